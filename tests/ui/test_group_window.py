"""The Group window and invitation codes against the real server on loopback, through the
real admin client: a volunteer joins with a code, a coordinator manages the group, a reader
only reads, and an erasure reaches a second replica. Questions are answered through the
dialogs' getX() class methods (tests of the dialogs themselves: test_group_dialogs.py)."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from PySide6.QtCore import Qt
from qrdecode import decode

from ruraldesk.store import Store
from sync.client import Account, Replicator, load_account, load_token, save_account
from sync.client.groupadmin import GroupAdmin

ROLES = {"coord": "coordinator", "ana": "member", "rui": "reader"}


@pytest.fixture
def group(server):
    return server.make_group("coop", ROLES)


def admin(server, group, who: str = "coord") -> GroupAdmin:
    return GroupAdmin(Account(server.url, "coop", who), group[who])


def replica(tmp_path, server, group, who: str) -> Store:
    store = Store(tmp_path / who / "replica.sqlite", author=who)
    save_account(store, Account(server.url, "coop", who), group[who])
    return store


def sync_headless(store):
    return Replicator(store, load_account(store)).sync()


def wait_sync(qtbot, shell):
    qtbot.waitUntil(lambda: shell.sync.task is None, timeout=20_000)


def as_member(shell, server, group, who: str) -> None:
    save_account(shell.store, Account(server.url, "coop", who), group[who])
    shell.sync.refresh()


def open_group(qtbot, shell, window):
    group_window = shell.sync.show_group(window)
    qtbot.addWidget(group_window)
    qtbot.waitUntil(lambda: not group_window.controller.busy, timeout=15_000)
    return group_window


def rows(view) -> list[list[str]]:
    return [[view.topLevelItem(i).text(c) for c in range(view.columnCount())]
            for i in range(view.topLevelItemCount())]


def select_member(group_window, member_id: str) -> None:
    view = group_window.members.table
    for i in range(view.topLevelItemCount()):
        item = view.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole).member_id == member_id:
            view.setCurrentItem(item)
            item.setSelected(True)
            return
    raise AssertionError(f"{member_id} is not listed")


def answer(monkeypatch, cls, method: str, value, seen: list | None = None) -> None:
    """The person's answer to a question: the dialog's result class method returns it."""
    def reply(_cls, *args, **kwargs):
        if seen is not None:
            seen.append(args)
        return value
    monkeypatch.setattr(cls, method, classmethod(reply))


# -- redeeming an invitation ---------------------------------------------------------------------
def test_a_volunteer_joins_with_an_invitation_code_and_the_first_sync_brings_the_records(
        qtbot, tmp_path, shell, window, server, group):
    coordinator = replica(tmp_path, server, group, "coord")
    practice = coordinator.create("practice", {"title": "Shared tractor", "kind": "good"})
    sync_headless(coordinator)
    invitation = admin(server, group).invite("member", "Marta Reis", organisation="Junta de Freguesia")

    # the first-run dialog hands its code to the set-up dialog, which redeems it at once
    assert shell.sync.setup(window, code="  " + invitation.code + "\n") is True
    wait_sync(qtbot, shell)

    acct = load_account(shell.store)
    assert (acct.url, acct.group) == (server.url, "coop") and acct.member.startswith("marta")
    assert shell.store.author == acct.member                 # edits are signed by the new member
    assert shell.store.find(practice.id) is not None         # the first sync ran
    assert "Up to date" in window.sync_label.text()
    from sqlalchemy import text
    token = load_token(shell.store, acct)                   # kept as a typed token is: keyring or 0600 file
    assert token and stat.S_IMODE((shell.store.path.parent / "sync-token").stat().st_mode) == 0o600
    with shell.store.read() as conn:
        meta = str(conn.execute(text("SELECT * FROM meta")).all())
    assert invitation.code not in meta and token not in meta
    members = {m.member_id: m for m in admin(server, group).members()}
    assert members[acct.member].name == "Marta Reis" and members[acct.member].role == "member"
    coordinator.close()


@pytest.mark.parametrize("problem", ["expired", "used", "mistyped"])
def test_a_code_that_cannot_be_used_says_why_in_one_sentence_and_saves_nothing(
        qtbot, shell, window, server, group, problem):
    from ruraldesk.ui.syncui import AccountDialog

    invitation = admin(server, group).invite("member", "Marta Reis")
    code = invitation.code
    if problem == "expired":
        later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=80)
        server._server.config.app.state.group_admin.clock = lambda: later
    elif problem == "used":
        from sync.client.groupadmin import redeem
        redeem(code, "another computer")
    else:
        code = code[:-3] + ("aaa" if not code.endswith("aaa") else "bbb")
    dialog = AccountDialog(shell.store, window, ops=shell.ops)
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    message = dialog.message.text()
    assert {"expired": "expired", "used": "already used", "mistyped": "mistyped"}[problem] in message
    assert message.count(".") == 1 and message.endswith(".")   # one sentence
    assert dialog.result() == 0
    assert load_account(shell.store) is None and not (shell.store.path.parent / "sync-token").exists()


# -- the coordinator's desk ----------------------------------------------------------------------
def test_coordinator_invites_and_sees_a_code_and_a_qr_code_that_decodes_to_it(
        qtbot, monkeypatch, shell, window, server, group):
    from ruraldesk.ui.group.invite import InviteDialog, InviteRequest

    as_member(shell, server, group, "coord")
    gw = open_group(qtbot, shell, window)
    assert gw.members.invite.isVisible() and gw.tabs.isTabVisible(gw.tabs.indexOf(gw.audit))
    names = [r[0] for r in rows(gw.members.table)]
    assert names == ["ana", "coord (you)", "rui"]

    answer(monkeypatch, InviteDialog, "getRequest",
           (InviteRequest("Marta Reis", "Junta de Freguesia", "reader", 24), True))
    qtbot.mouseClick(gw.members.invite, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gw.code_dialog is not None and not gw.controller.busy, timeout=10_000)
    code = gw.code_dialog.code.text()
    assert code.startswith("rdinv1.") and decode(gw.code_dialog.picture.pixmap().toImage()) == [code]
    assert rows(gw.invitations.table)[0][:3] == ["Marta Reis", "Junta de Freguesia", "Reader"]
    assert "Invitation for Marta Reis created." in gw.status.text()

    # cancelled: the code no longer works
    from ruraldesk.ui.group.dialogs import Confirm
    answer(monkeypatch, Confirm, "getAnswer", (True, True))
    gw.invitations.table.setCurrentItem(gw.invitations.table.topLevelItem(0))
    qtbot.mouseClick(gw.invitations.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=10_000)
    assert rows(gw.invitations.table) == []
    from sync.client.groupadmin import InvitationRefused, redeem
    with pytest.raises(InvitationRefused) as refused:
        redeem(code, "too late")
    assert refused.value.reason == "cancelled"
    actions = [r[2] for r in rows(gw.audit.table)]
    assert actions[:2] == ["Cancelled an invitation", "Invited someone"]     # newest first


def test_coordinator_changes_a_role_revokes_a_token_and_removes_a_member(
        qtbot, monkeypatch, tmp_path, shell, window, server, group):
    from ruraldesk.ui.group.dialogs import Confirm, RoleDialog, TokensDialog
    from sync.client.transport import AuthRefused

    ana = replica(tmp_path, server, group, "ana")
    kept = ana.create("tool", {"title": "Seed library guide", "kind": "guideline"})
    sync_headless(ana)
    as_member(shell, server, group, "coord")
    gw = open_group(qtbot, shell, window)

    select_member(gw, "ana")
    answer(monkeypatch, RoleDialog, "getRole", ("reader", True))
    qtbot.mouseClick(gw.members.role, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=10_000)
    assert ["ana", "", "Reader"] == rows(gw.members.table)[0][:3]
    assert {m.member_id: m.role for m in admin(server, group).members()}["ana"] == "reader"

    select_member(gw, "ana")
    seen: list = []
    monkeypatch.setattr(TokensDialog, "getTokens", classmethod(
        lambda cls, member, tokens, parent=None: seen.append(tokens) or ([t.token_id for t in tokens], True)))
    qtbot.mouseClick(gw.members.revoke, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) and not gw.controller.busy, timeout=10_000)
    assert len(seen[0]) == 1
    with pytest.raises(AuthRefused):
        sync_headless(ana)

    select_member(gw, "ana")
    questions: list = []
    answer(monkeypatch, Confirm, "getAnswer", (True, True), questions)
    qtbot.mouseClick(gw.members.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=10_000)
    title, text, action = questions[0][:3]
    assert "ana" in title and "stays" in text
    assert "ana" not in [r[0] for r in rows(gw.members.table)]
    assert "their records stay" in gw.status.text()
    coordinator = replica(tmp_path, server, group, "coord")
    sync_headless(coordinator)
    assert coordinator.get(kept.id).created_by == "ana"        # their records stay, attributed
    coordinator.close()
    ana.close()


def test_coordinator_renames_the_group(qtbot, monkeypatch, shell, window, server, group):
    from ruraldesk.ui.group.dialogs import RenameDialog

    as_member(shell, server, group, "coord")
    gw = open_group(qtbot, shell, window)
    answer(monkeypatch, RenameDialog, "getName", ("Alentejo Cooperative", True))
    qtbot.mouseClick(gw.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=10_000)
    assert gw.heading.text() == "Group “Alentejo Cooperative”"
    assert rows(gw.audit.table)[0][2] == "Renamed the group"


def test_a_reader_sees_the_member_list_and_no_admin_action(qtbot, shell, window, server, group):
    as_member(shell, server, group, "rui")
    gw = open_group(qtbot, shell, window)
    assert [r[0] for r in rows(gw.members.table)] == ["ana", "coord", "rui (you)"]
    assert [r[2] for r in rows(gw.members.table)] == ["Member", "Coordinator", "Reader"]
    assert gw.members.table.isVisibleTo(gw)
    for b in (*gw.members.admin, gw.rename_button):
        assert not b.isVisibleTo(gw)
    assert not gw.tabs.isTabVisible(gw.tabs.indexOf(gw.invitations))
    assert not gw.tabs.isTabVisible(gw.tabs.indexOf(gw.audit))
    assert gw.note.isVisibleTo(gw) and "coordinators" in gw.note.text()
    gw.tabs.setCurrentWidget(gw.people)
    assert gw.people.export.isVisibleTo(gw)          # their own replica's data: anyone may export
    assert not gw.people.erase.isVisibleTo(gw)
    assert "you are: reader" in gw.subheading.text()


def test_a_member_who_tries_an_admin_call_gets_the_servers_sentence(qtbot, shell, window, server, group):
    as_member(shell, server, group, "ana")
    gw = open_group(qtbot, shell, window)
    gw.controller.rename("Mine now")                  # not offered to a member; the server decides
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=10_000)
    assert gw.status.text() == "Not done: Only a coordinator of this group can do this."


# -- people's data -------------------------------------------------------------------------------
def test_erasure_lists_what_goes_and_reaches_a_second_replica(
        qtbot, monkeypatch, tmp_path, shell, window, server, group):
    from ruraldesk.ui.group.dialogs import Confirm

    from ruraldesk.store.discussions import Discussions

    as_member(shell, server, group, "coord")
    ana = replica(tmp_path, server, group, "ana")
    _topic, own_post = Discussions(ana).start_topic("Bread oven", "Who has the key to the oven?")
    sync_headless(ana)
    # the person erased is also a member who posts (their contact names their member id)
    person = shell.store.create("contact", {"kind": "person", "name": "Joana Prates", "member": "ana",
                                            "emails": [{"value": "joana@example.org"}]})
    shell.store.update(person.id, {"role": "Treasurer"})
    practice = shell.store.create("practice", {"title": "Village bakery", "kind": "good"})
    shell.store.link(practice.id, person.id)
    Discussions(shell.store).comment(person.id, "Called her about the bakery's accounts.")
    shell.sync.sync_now()
    wait_sync(qtbot, shell)
    sync_headless(ana)
    assert ana.find(person.id) is not None

    gw = open_group(qtbot, shell, window)
    gw.tabs.setCurrentWidget(gw.people)
    qtbot.waitUntil(lambda: gw.people.select(person.id), timeout=10_000)
    questions: list = []
    answer(monkeypatch, Confirm, "getAnswer", (True, True), questions)
    qtbot.mouseClick(gw.people.erase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(questions), timeout=10_000)
    title, text, action, _parent, items = questions[0]
    assert title == "Erase “Joana Prates”" and action == "Erase on every replica"
    assert "every member's copy" in text
    assert items[0] == "The contact “Joana Prates” and every field value it had"
    assert items[1].startswith("Its history, with the values it held (changes recorded: ")
    assert items[2] == "Its attachments: none"
    assert items[3] == "Links to it from practices (1): “Village bakery”"
    assert items[4] == "The discussion about this contact, with its posts (1)"
    assert items[5].startswith("Their own posts in the group's discussions (1)")

    qtbot.waitUntil(lambda: not gw.controller.busy and shell.sync.task is None, timeout=20_000)
    wait_sync(qtbot, shell)
    assert shell.store.find(person.id) is None              # this replica, through the sync
    sync_headless(ana)
    assert ana.find(person.id) is None                      # and the second replica
    assert ana.get(practice.id).fields.get("contacts") in (None, [])
    assert shell.store.find(own_post.id) is None              # their own post went with them
    assert ana.find(own_post.id) is None                      # on the second replica too
    ana.close()


def test_export_everything_about_a_person(qtbot, monkeypatch, tmp_path, shell, window, server, group):
    import json

    from ruraldesk.ui.group.dialogs import SaveTarget

    as_member(shell, server, group, "rui")         # a reader exports what their replica holds
    person = shell.store.create("contact", {"kind": "person", "name": "Joana Prates"})
    gw = open_group(qtbot, shell, window)
    qtbot.waitUntil(lambda: gw.people.select(person.id), timeout=10_000)
    out = tmp_path / "joana.json"
    monkeypatch.setattr(SaveTarget, "getPath", staticmethod(lambda parent, title, suggested: (str(out), True)))
    qtbot.mouseClick(gw.people.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gw.controller.busy and out.exists(), timeout=10_000)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["subject"] == {"id": person.id, "name": "Joana Prates"}
    assert str(out) in gw.status.text()


def test_the_group_window_opens_from_the_sync_menu_once_connected(qtbot, shell, window, server, group):
    assert not window.action("group").isEnabled()         # offline: nothing to show yet
    as_member(shell, server, group, "ana")
    assert window.action("group").isEnabled()
    window.action("group").trigger()
    gw = window.group_window
    qtbot.addWidget(gw)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=15_000)
    assert gw.isVisible() and "ana (you)" in [r[0] for r in rows(gw.members.table)]
    window.action("group").trigger()                      # again: the same window, raised
    assert window.group_window is gw


def test_the_audit_log_pages_back_newest_first(qtbot, shell, window, server, group):
    as_member(shell, server, group, "coord")
    gw = open_group(qtbot, shell, window)
    everything = admin(server, group).audit(limit=100)        # 3 members added, 3 tokens issued
    gw.controller.audit_page = 4
    qtbot.mouseClick(gw.audit.reload, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=10_000)
    assert gw.audit.table.topLevelItemCount() == 4 and gw.audit.older.isEnabled()
    qtbot.mouseClick(gw.audit.older, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=10_000)
    shown = [gw.audit.table.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).id
             for i in range(gw.audit.table.topLevelItemCount())]
    assert shown == [e.id for e in everything] and not gw.audit.older.isEnabled()


def test_closing_the_group_window_lets_it_open_afresh(qtbot, shell, window, server, group):
    as_member(shell, server, group, "ana")
    first = open_group(qtbot, shell, window)
    first.close()
    second = shell.sync.show_group(window)
    assert second is not first and window.group_window is second
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: not second.controller.busy, timeout=15_000)
    assert second.isVisible() and second.members.table.topLevelItemCount() == 3
