"""What a person can hit when the app starts, and the way forward each time."""

from __future__ import annotations

from PySide6.QtCore import QLockFile

from ruraldesk.ui.startup import open_replica


class Answers:
    """Answers the start-up questions in order, and remembers what was asked."""

    def __init__(self, *answers: int):
        self.answers, self.asked = list(answers), []

    def __call__(self, parent, title, text, choices):
        self.asked.append((title, text, choices))
        return self.answers.pop(0)


def test_a_second_copy_on_the_same_workspace_is_told_and_can_try_again(tmp_path, settings):
    replica = tmp_path / "ws" / "replica.sqlite"
    first = open_replica(replica, settings, choose=Answers())
    assert first is not None
    answers = Answers(1)                     # "Quit"
    assert open_replica(replica, settings, choose=answers) is None
    title, text, choices = answers.asked[0]
    assert "already open" in title and str(replica.parent) in text and len(choices) == 2

    first.close()
    answers = Answers()
    second = open_replica(replica, settings, choose=answers)
    assert second is not None and answers.asked == []
    second.close()


def test_a_lock_left_by_a_crashed_copy_does_not_block(tmp_path, settings):
    replica = tmp_path / "ws" / "replica.sqlite"
    replica.parent.mkdir(parents=True)
    from PySide6.QtCore import QCoreApplication, QSysInfo

    host = QSysInfo.machineHostName()
    (replica.parent / "replica.sqlite.lock").write_text(
        f"4194000\n{QCoreApplication.applicationName()}\n{host}\n")   # a pid no process has
    opened = open_replica(replica, settings, choose=Answers())
    assert opened is not None
    opened.close()


def test_a_folder_that_cannot_be_written_offers_another_folder(tmp_path, settings):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    settings.data_folder = str(blocker)
    better = tmp_path / "chosen"
    answers = Answers(0)                     # "Choose another folder…"
    opened = open_replica(None, settings, choose=answers, pick_folder=lambda: str(better))
    assert opened is not None
    title, text, _ = answers.asked[0]
    assert str(blocker) in text and "cannot write" in text
    assert settings.data_folder == str(better)
    assert opened.store.path.is_relative_to(better)
    opened.close()


def test_little_free_space_warns_before_anything_is_written(tmp_path, settings):
    replica = tmp_path / "ws" / "replica.sqlite"
    answers = Answers(1)                     # "Quit"
    assert open_replica(replica, settings, choose=answers, min_free=2**62) is None
    assert "almost full" in answers.asked[0][0]
    assert not replica.exists()
    lock = QLockFile(str(replica) + ".lock")
    assert lock.tryLock(0)                   # quitting released the lock
    lock.unlock()


def test_a_damaged_replica_points_to_the_backups(tmp_path, settings):
    replica = tmp_path / "ws" / "replica.sqlite"
    replica.parent.mkdir(parents=True)
    replica.write_bytes(b"this is not a database" * 100)
    answers = Answers(2)                     # "Quit"
    assert open_replica(replica, settings, choose=answers) is None
    title, text, choices = answers.asked[0]
    assert "cannot be opened" in title and "backups" in text and len(choices) == 3
