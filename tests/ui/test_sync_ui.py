"""Sync in the window, against the real server on loopback: set-up, status, the conflicts
view, and the question before a large loss."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ruraldesk.store import Store
from sync.client import Account, Replicator, save_account


@pytest.fixture
def other(tmp_path, server, tokens):
    """Rui's replica, synced headless as another member's laptop would."""
    store = Store(tmp_path / "rui" / "replica.sqlite", author="rui")
    save_account(store, Account(server.url, "village", "rui"), tokens["rui"])
    yield store
    store.close()


def sync_headless(store):
    from sync.client import load_account

    return Replicator(store, load_account(store)).sync()


def sync_in_window(qtbot, window):
    controller = window.parent_shell.sync if hasattr(window, "parent_shell") else None
    controller = controller or window._sync
    task = controller.sync_now()
    assert task is not None
    qtbot.waitUntil(lambda: controller.task is None, timeout=20_000)
    return controller


@pytest.fixture
def connected(shell, window, server, tokens):
    save_account(shell.store, Account(server.url, "village", "ana"), tokens["ana"])
    shell.sync.refresh()
    window._sync = shell.sync
    return shell.sync


def test_set_up_sync_checks_the_token_and_keeps_it_out_of_the_replica(qtbot, shell, window, server, tokens,
                                                                   monkeypatch):
    from ruraldesk.ui.syncui import AccountDialog

    assert "offline" in window.sync_label.text().lower()
    dialog = AccountDialog(shell.store, window)
    qtbot.addWidget(dialog)
    dialog.url.setText(server.url)
    dialog.group.setText("village")
    dialog.token.setText("not-the-token")
    dialog.check()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    assert "Not saved" in dialog.message.text() and dialog.result() == 0

    dialog.token.setText(tokens["ana"])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.check()
    assert dialog.saved_where.endswith("sync-token")            # no keyring here: the owner-only file
    import os
    import stat
    assert stat.S_IMODE(os.stat(dialog.saved_where).st_mode) == 0o600
    with shell.store.read() as conn:
        from sqlalchemy import text
        assert tokens["ana"] not in str(conn.execute(text("SELECT * FROM meta")).all())


def test_sync_now_shares_changes_and_says_so_in_plain_language(qtbot, connected, window, other, settle):
    before = window.store.pending_count()  # the seeded themes wait too
    window.new_record("practice")
    form = window.detail.form
    form.editors["title"].set_value("Shared tractor")
    form.editors["kind"].set_value("good")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle()
    connected.refresh()
    assert window.sync_label.text() == f"Not synced yet · Changes waiting: {before + 1}"

    sync_in_window(qtbot, window)
    assert window.sync_label.text().startswith("Up to date")
    sync_headless(other)
    assert [r.title for r in other.get_many("practice", other.list_ids("practice")).values()] == ["Shared tractor"]


def test_no_sync_starts_while_paused_for_a_restore(qtbot, connected, window):
    connected.pause()
    assert connected.sync_now(manual=False) is None and connected.sync_now() is None
    assert not connected.timer.isActive() and connected.task is None
    connected.resume()
    assert connected.timer.isActive()          # automatic sync is scheduled again
    sync_in_window(qtbot, window)
    assert window.sync_label.text().startswith("Up to date")


def test_a_conflict_is_resolved_in_the_conflicts_view_and_both_replicas_agree(qtbot, connected, window,
                                                                              other, settle):
    store = connected.store
    record = store.create("practice", {"title": "Community bakery", "kind": "good"})
    sync_in_window(qtbot, window)
    sync_headless(other)
    other.update(record.id, {"title": "Community bakery (Rui)"})
    sync_headless(other)
    store.update(record.id, {"title": "Community bakery (Ana)"})
    sync_in_window(qtbot, window)
    assert connected.status["open_conflicts"] == 1
    qtbot.waitUntil(lambda: window.conflicts_button.isVisible(), timeout=3000)

    dialog = connected.show_conflicts(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert dialog.mine.toPlainText() == "Community bakery (Ana)"
    assert dialog.theirs.toPlainText() == "Community bakery (Rui)"
    dialog.merged.setPlainText("Community bakery (Ana and Rui)")
    qtbot.mouseClick(dialog.save_merged, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
    settle()

    sync_in_window(qtbot, window)
    sync_headless(other)
    assert store.get(record.id).title == other.get(record.id).title == "Community bakery (Ana and Rui)"
    assert connected.status["open_conflicts"] == 0
    from sync.client import sync_status
    assert sync_status(other)["open_conflicts"] == 0


def test_a_large_deletion_from_the_server_asks_first(qtbot, connected, window, other, monkeypatch, settle):
    from ruraldesk.ui.dialogs import Dialog

    store = connected.store
    with store.write() as w:
        ids = [w.create("contact", {"kind": "person", "name": f"Person {i}"}).id for i in range(30)]
    sync_in_window(qtbot, window)
    sync_headless(other)
    with other.write() as w:
        for i in ids[:20]:
            w.delete(i)
    sync_headless(other)

    asked = []
    monkeypatch.setattr(Dialog, "ask", staticmethod(lambda parent, title, text: asked.append(text) or False))
    sync_in_window(qtbot, window)
    assert asked and "20" in asked[0]
    assert store.count("contact") == 30                       # nothing applied
    assert "large change" in window.sync_label.text()

    monkeypatch.setattr(Dialog, "ask", staticmethod(lambda parent, title, text: True))
    sync_in_window(qtbot, window)
    assert store.count("contact") == 10


def test_an_unreachable_server_is_explained_and_retried(qtbot, shell, window, tmp_path, tokens):
    from sync.server.testing import free_port

    save_account(shell.store, Account(f"http://127.0.0.1:{free_port()}", "village", "ana"), tokens["ana"])
    shell.sync.refresh()
    window._sync = shell.sync
    sync_in_window(qtbot, window)
    text = window.sync_label.text()
    assert text.startswith("Could not reach the server — trying again at ")      # what happens next
    assert shell.sync.timer.isActive() and shell.sync.next_try is not None
    tip = window.sync_label.toolTip()
    assert "refused the connection (is the server running?)" in tip and "?))" not in tip and "?)." not in tip


def test_a_silent_server_is_given_up_on_within_the_probe_deadline(qtbot, shell, window, tokens):
    """A server that takes the connection and never answers: the window says so after the
    probe's few seconds, not after the replicator's minutes of patient retries."""
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)                       # connections are queued, never answered
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        save_account(shell.store, Account(url, "village", "ana"), tokens["ana"])
        shell.sync.refresh()
        shell.sync.probe_deadline = 1.5
        shell.sync.transport_options = {}         # the real, patient retries of the replicator
        controller = shell.sync
        assert controller.sync_now() is not None
        assert window.sync_label.text() == "Syncing… checking the server"
        qtbot.waitUntil(lambda: controller.task is None, timeout=15_000)
        assert window.sync_label.text().startswith("Could not reach the server — trying again at ")
    finally:
        silent.close()



def test_set_up_sync_keeps_the_account_off_the_ui_thread(qtbot, shell, window, server, tokens, monkeypatch):
    """The keyring can wait on an unlock prompt and the replica on the writer: neither may hold
    up the window."""
    import threading

    from sync.client import account
    from ruraldesk.ui.syncui import AccountDialog

    threads = []
    real = account.save_account

    def save_account(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(account, "save_account", save_account)
    dialog = AccountDialog(shell.store, window)
    qtbot.addWidget(dialog)
    dialog.url.setText(server.url)
    dialog.group.setText("village")
    dialog.token.setText(tokens["ana"])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.check()
    assert threads and threading.main_thread() not in threads
    assert account.load_account(shell.store).group == "village" and shell.store.author == "ana"

def test_setup_messages_are_composed_once(qtbot, shell, server, tokens):
    from PySide6.QtCore import QEventLoop

    from ruraldesk.ui.syncui import AccountDialog

    dialog = AccountDialog(shell.store)
    qtbot.addWidget(dialog)

    def check(group, token):
        dialog.url.setText(server.url)
        dialog.group.setText(group)
        dialog.token.setText(token)
        loop = QEventLoop()
        dialog.buttons.setEnabled(False)
        dialog.check()
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=15_000)
        return dialog.message.text()

    wrong_group = check("vilage", tokens["ana"])
    assert wrong_group.count("refused the request") <= 1 and "(the server refused" not in wrong_group
    assert wrong_group.endswith(".") and not wrong_group.endswith("..")
    wrong_token = check("village", "not-a-token")
    assert "…." not in wrong_token and "Set up sync" not in wrong_token and wrong_token.endswith(".")


def test_first_run_connects_to_the_group_server(qtbot, shell, server, tokens, other, monkeypatch):
    from PySide6.QtCore import QEventLoop

    from ruraldesk.ui.dialogs import FirstRunDialog
    from ruraldesk.ui.syncui import AccountDialog

    other.create("tool", {"title": "Facilitation toolkit", "kind": "toolkit"})
    sync_headless(other)
    shell.store.set_meta("ui.first_run_done", "")
    window = shell.show()
    qtbot.addWidget(window)

    def choose_connect(dialog):
        assert dialog.connect.isEnabled()          # the sync module is there: the choice is offered
        dialog.connect.setChecked(True)
        return FirstRunDialog.DialogCode.Accepted

    def fill_and_check(dialog):
        dialog.url.setText(server.url)
        dialog.group.setText("village")
        dialog.token.setText(tokens["ana"])
        loop = QEventLoop()
        dialog.finished.connect(loop.quit)
        dialog.check()
        loop.exec()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", choose_connect)
    monkeypatch.setattr(AccountDialog, "exec", fill_and_check)
    assert shell.first_run() == FirstRunDialog.CONNECT
    qtbot.waitUntil(lambda: shell.sync.task is None, timeout=20_000)
    assert shell.store.count("tool") == 1
    assert window.sync_label.text().startswith("Up to date")


def test_attachments_kept_on_demand_download_when_opened(qtbot, connected, window, other, tmp_path,
                                                         monkeypatch):
    from PySide6.QtGui import QDesktopServices

    practice = other.create("practice", {"title": "Seed library", "kind": "good"})
    leaflet = tmp_path / "leaflet.pdf"
    leaflet.write_bytes(b"%PDF-1.4 " + b"seed " * 5000)
    attachment = other.add_attachment(practice.id, leaflet)
    sync_headless(other)

    assert window.settings.attachment_mode == "on_demand"
    sync_in_window(qtbot, window)
    store = connected.store
    local = store.get(attachment.id)
    assert not store.attachment_path(local).exists()          # not fetched with the records

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.open_attachment(attachment.id)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert store.attachment_path(local).read_bytes() == leaflet.read_bytes()
    assert opened[0].endswith("leaflet.pdf")
