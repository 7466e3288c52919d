"""Sync as a new member meets it (issue 13 items 8, 17, 24): demo data never syncs, edits and
conflicts name the member, a record in conflict says so. Real server on loopback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop

from ruraldesk.store import Store, mark_demo
from sync.client import Account, Replicator, load_account, save_account
from sync.client.account import DemoWorkspace


@pytest.fixture
def rui(tmp_path, server, tokens):
    """Rui's laptop signs with its login name, as a replica set up long ago would."""
    store = Store(tmp_path / "rui" / "replica.sqlite", author="root")
    save_account(store, Account(server.url, "village", "rui"), tokens["rui"])
    yield store
    store.close()


def sync_headless(store):
    return Replicator(store, load_account(store)).sync()


def sync_in_window(qtbot, shell):
    assert shell.sync.sync_now() is not None
    qtbot.waitUntil(lambda: shell.sync.task is None, timeout=20_000)


def fill_account_dialog(dialog, url, group, token):
    dialog.url.setText(url)
    dialog.group.setText(group)
    dialog.token.setText(token)
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    dialog.check()
    loop.exec()
    return dialog.result()


# -- item 17: the member signs ------------------------------------------------------------------
def test_after_set_up_edits_are_signed_by_the_member(qtbot, shell, window, server, tokens, settle,
                                                     monkeypatch):
    from ruraldesk.ui.syncui import AccountDialog

    assert shell.store.author == "tester"
    monkeypatch.setattr(AccountDialog, "exec",
                        lambda self: fill_account_dialog(self, server.url, "village", tokens["ana"]))
    assert shell.sync.setup(window)
    assert shell.store.author == "ana" and shell.store.get_meta("author") == "ana"
    made = []
    window.ops.create("practice", {"title": "Seed swap", "kind": "good"}, on_done=made.append)
    settle(10_000)
    record = shell.store.get(made[0].id)
    assert record.created_by == record.updated_by == "ana"
    assert shell.store.history(record.id)[-1].by == "ana"


def test_a_sync_learns_the_member_for_an_account_set_up_before(qtbot, shell, window, server, tokens):
    save_account(shell.store, Account(server.url, "village", ""), tokens["ana"])
    shell.sync.refresh()
    sync_in_window(qtbot, shell)
    assert shell.store.author == "ana"
    assert load_account(shell.store).member == "ana"


# -- items 17 and 24: the conflict names the member; the record pane shows it --------------------
def test_a_conflict_names_the_member_and_the_record_pane_shows_it_until_settled(qtbot, shell, window, server,
                                                                                tokens, rui, settle):
    store = shell.store
    save_account(store, Account(server.url, "village", "ana"), tokens["ana"])
    shell.sync.refresh()
    record = store.create("practice", {"title": "Community bakery", "kind": "good"})
    sync_in_window(qtbot, shell)
    sync_headless(rui)
    rui.update(record.id, {"title": "Community bakery (Rui)"})
    sync_headless(rui)
    store.update(record.id, {"title": "Community bakery (Ana)"})
    sync_in_window(qtbot, shell)
    window.ops.notify()
    settle(10_000)

    window.open_record(record.id)
    settle(10_000)
    banner = window.detail.banner
    assert banner.isVisibleTo(window.detail) and "in conflict" in banner.text()

    opened = []
    real = shell.sync.show_conflicts
    shell.sync.show_conflicts = lambda parent, record_id=None: opened.append(real(parent, record_id)) or opened[-1]
    window.detail.link_activated.emit("conflicts", record.id)     # the banner's Resolve… link
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert "by rui" in dialog.theirs_label.text() and "root" not in dialog.theirs_label.text()

    dialog.keep_mine.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
    assert not dialog.split.isVisibleTo(dialog)              # no empty boxes left behind
    assert "Settled" in dialog.empty.text() and "Community bakery" in dialog.empty.text()
    settle(10_000)
    window.open_record(record.id)
    settle(10_000)
    window.detail.show_record(store.get(record.id))
    assert not banner.isVisibleTo(window.detail)


# -- item 8: demo data never syncs ----------------------------------------------------------------
def test_set_up_sync_on_a_demo_workspace_moves_to_a_new_empty_one_and_goes_on_there(
        qtbot, tmp_path, shell, server, tokens, settle, monkeypatch):
    """No restart: the window is built again on the new workspace and the set-up continues."""
    from ruraldesk.ui.dialogs import Dialog
    from ruraldesk.ui.syncui import AccountDialog

    window = shell.show()            # not handed to qtbot: the switch deletes it

    shell.settings.data_folder = str(tmp_path / "data")
    demo = shell.store
    mark_demo(demo)
    demo.create("contact", {"kind": "person", "name": "Fictional Person"})
    asked, accounts_asked = [], []
    monkeypatch.setattr(Dialog, "ask", staticmethod(lambda parent, title, text: asked.append(text) or True))

    def fill(dialog):
        accounts_asked.append(dialog.store)
        return fill_account_dialog(dialog, server.url, "village", tokens["ana"])

    monkeypatch.setattr(AccountDialog, "exec", fill)
    try:
        assert shell.sync.setup(window) is True
        assert "demo data" in asked[0]
        new = shell.store
        assert new is not demo and shell.settings.workspace == "Group"
        assert new.path.parent.name == "Group" and str(tmp_path / "data") in str(new.path)
        assert accounts_asked == [new]                        # the set-up went on in the new one
        assert load_account(new) is not None and new.count("contact") == 0
        assert shell.window is not window and shell.window.store is new and shell.sync.store is new
        assert shell.window.ops is shell.ops and shell.ops.store is new
        qtbot.waitUntil(lambda: shell.sync.task is None, timeout=20_000)
        shell.window.ops.create("contact", {"kind": "person", "name": "Real Member"})
        settle(10_000)
        assert new.count("contact") == 1
        assert sync_in_window(qtbot, shell) is None and not shell.sync.failure
        other = Store(tmp_path / "other" / "replica.sqlite")
        save_account(other, Account(server.url, "village", "rui"), tokens["rui"])
        sync_headless(other)
        names = [r.fields["name"] for r in other.get_many("contact", other.list_ids("contact")).values()]
        assert names == ["Real Member"]                       # the demo contact never left
        other.close()
        # the demo workspace was closed and unlocked: it opens again, as it was
        again = Store(demo.path)
        assert again.count("contact") == 1 and load_account(again) is None
        again.close()
    finally:
        if shell.opened is not None:
            shell.sync.shutdown()
            from ruraldesk.ui import worker

            worker.wait_all(10_000)
            shell.opened.close()


def test_a_demo_workspace_refuses_an_account(server, tokens, store):
    mark_demo(store)
    with pytest.raises(DemoWorkspace):
        save_account(store, Account(server.url, "village", "ana"), tokens["ana"])


def test_a_demo_replica_with_an_account_still_never_pushes(tmp_path, server, tokens):
    store = Store(tmp_path / "demo" / "replica.sqlite")
    save_account(store, Account(server.url, "village", "ana"), tokens["ana"])
    store.create("contact", {"kind": "person", "name": "Fictional Person"})
    mark_demo(store)                       # demo data loaded after the account was set up
    with pytest.raises(DemoWorkspace):
        Replicator(store, load_account(store)).sync()
    other = Store(tmp_path / "other" / "replica.sqlite")
    save_account(other, Account(server.url, "village", "rui"), tokens["rui"])
    sync_headless(other)
    assert other.count("contact") == 0
    store.close()
    other.close()
