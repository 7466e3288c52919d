"""Group window → Hand a file to the server…: a coordinator sends a hand-over file a member
brought straight to the real server on loopback, without applying it to their own replica;
the status line says in one sentence what the server did. Questions are answered through
HandInDialog.getHandIn (the dialog itself is filled in by the last test)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ruraldesk.store import Store
from sync.client import Account, Replicator, load_account, save_account
from sync.relay.handover import export_file

WORDS = "oak moss reed lamp dune"
ROLES = {"coord": "coordinator", "ana": "member", "rui": "reader"}


@pytest.fixture
def group(server):
    return server.make_group("coop", ROLES)


@pytest.fixture
def laptop(tmp_path, server, group):
    """ana's village laptop: synced once (its device key reached the server), then offline."""
    store = Store(tmp_path / "ana" / "replica.sqlite", author="ana")
    save_account(store, Account(server.url, "coop", "ana"), group["ana"])
    Replicator(store, load_account(store)).sync()
    yield store
    store.close()


def open_as(qtbot, shell, window, server, group, who: str):
    save_account(shell.store, Account(server.url, "coop", who), group[who])
    shell.sync.refresh()
    gw = shell.sync.show_group(window)
    qtbot.addWidget(gw)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=15_000)
    return gw


def hand_in(qtbot, monkeypatch, gw, path, words: str) -> str:
    from ruraldesk.ui.group.dialogs import HandInDialog

    monkeypatch.setattr(HandInDialog, "getHandIn", classmethod(lambda cls, parent=None: ((str(path), words), True)))
    qtbot.mouseClick(gw.hand_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gw.controller.busy, timeout=15_000)
    return gw.status.text()


def on_server(server, record_id: str):
    from sync.server.service import NotFound

    try:
        return server.service.record("coop", record_id)
    except NotFound:
        return None


def test_a_coordinator_hands_a_file_to_the_server_once_under_its_authors_name(
        qtbot, monkeypatch, tmp_path, shell, window, server, group, laptop):
    oven = laptop.create("practice", {"title": "Shared bread oven", "kind": "good"})
    laptop.update(oven.id, {"summary": "Baked on Fridays by turns."})
    (tmp_path / "stick").mkdir()
    out = export_file(laptop, tmp_path / "stick" / "ana.rdrelay", WORDS)
    gw = open_as(qtbot, shell, window, server, group, "coord")
    assert gw.hand_in_button.isVisible()

    text = hand_in(qtbot, monkeypatch, gw, out.path, WORDS)
    assert text == "Of the file's 2 changes, the server applied 2 and already had 0."
    state = on_server(server, oven.id)
    assert state is not None and state.fields["summary"] == "Baked on Fridays by turns."
    assert {row["member_id"] for row in server.service.history("coop", oven.id)} == {"ana"}
    assert shell.store.find(oven.id) is None               # not applied to the coordinator's replica

    # the same file again, and then the author's own sync: nothing is taken twice
    assert hand_in(qtbot, monkeypatch, gw, out.path, "  OAK moss reed  lamp dune ") == \
        "Of the file's 2 changes, the server applied 0 and already had 2."
    Replicator(laptop, load_account(laptop)).sync()
    assert len(server.service.history("coop", oven.id)) == 2


def test_a_readers_change_in_the_file_is_refused_with_the_servers_reason(
        qtbot, monkeypatch, tmp_path, shell, window, server, group, laptop):
    rui = Store(tmp_path / "rui" / "replica.sqlite", author="rui")
    save_account(rui, Account(server.url, "coop", "rui"), group["rui"])
    Replicator(rui, load_account(rui)).sync()               # a reader pulls: its key is registered
    note = rui.create("tool", {"title": "Notes from the meeting", "kind": "guideline"})
    out = export_file(rui, tmp_path / "rui.rdrelay", WORDS)
    rui.close()
    gw = open_as(qtbot, shell, window, server, group, "coord")
    text = hand_in(qtbot, monkeypatch, gw, out.path, WORDS)
    n = out.changes         # the note and what a reader's new replica made (its themes), never pushed
    assert n >= 1 and text == (f"Of the file's {n} changes, the server applied 0, already had 0 and refused {n}: "
                               "readers cannot push changes.")
    assert on_server(server, note.id) is None


@pytest.mark.parametrize("problem", ["words", "group", "damaged", "missing"])
def test_a_file_that_cannot_be_handed_in_says_why_in_one_sentence_and_sends_nothing(
        qtbot, monkeypatch, tmp_path, shell, window, server, group, laptop, problem):
    seed = laptop.create("practice", {"title": "Seed swap", "kind": "good"})
    path, words = tmp_path / "ana.rdrelay", WORDS
    if problem == "group":
        tokens = server.make_group("elsewhere", {"eva": "member"})
        eva = Store(tmp_path / "eva" / "replica.sqlite", author="eva")
        save_account(eva, Account(server.url, "elsewhere", "eva"), tokens["eva"])
        Replicator(eva, load_account(eva)).sync()
        seed = eva.create("practice", {"title": "Another group's practice", "kind": "good"})
        export_file(eva, path, WORDS)
        eva.close()
    else:
        export_file(laptop, path, WORDS)
    if problem == "words":
        words = "jade kite pond snow yarn"
    elif problem == "damaged":
        data = bytearray(path.read_bytes())
        data[-5] ^= 0x40
        path.write_bytes(bytes(data))
    elif problem == "missing":
        path = tmp_path / "not-copied.rdrelay"
    gw = open_as(qtbot, shell, window, server, group, "coord")
    text = hand_in(qtbot, monkeypatch, gw, path, words)
    expected = {"words": "Not done: The passphrase does not open this file: check the words and try again.",
                "group": "Not done: This file holds changes of another group.",
                "damaged": "Not done: The file was changed or damaged after it was made.",
                "missing": "Not done: The file cannot be read (No such file or directory)."}[problem]
    assert text == expected
    assert on_server(server, seed.id) is None and server.service.history("coop", seed.id) == []
    assert shell.store.find(seed.id) is None


def test_members_are_not_offered_the_hand_in(qtbot, shell, window, server, group):
    gw = open_as(qtbot, shell, window, server, group, "ana")
    assert not gw.hand_in_button.isVisible() and gw.members.table.topLevelItemCount() == 3


def test_the_hand_in_dialog_asks_for_a_file_and_its_words(qtbot, tmp_path):
    from ruraldesk.ui.group.dialogs import HandInDialog

    dialog = HandInDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Hand to the server" and not ok.isEnabled()
    dialog.path.setText(str(tmp_path / "ana.rdrelay"))
    assert not ok.isEnabled()                                # no words yet
    dialog.words.setText("  oak moss   reed lamp dune ")
    assert ok.isEnabled()
    assert dialog.value() == (str(tmp_path / "ana.rdrelay"), "oak moss reed lamp dune")
    assert dialog.words.accessibleName() == "Passphrase" and dialog.path.accessibleName() == "File"
