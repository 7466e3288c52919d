"""Undo never writes over a value it did not write (issue 12 item 7): a pull between an edit
and its Ctrl+Z brings someone else's value; the undo is refused and says why. Real server on
loopback, real replicator, real window."""

from __future__ import annotations

import pytest

from ruraldesk.store import Store, UndoRefused
from sync.client import Account, Replicator, load_account, save_account


@pytest.fixture
def pair(tmp_path, server, shell, window):
    tokens = server.make_group("village", {"ana": "member", "rui": "member"})
    save_account(shell.store, Account(server.url, "village", "ana"), tokens["ana"])
    rui = Store(tmp_path / "rui" / "replica.sqlite", author="rui")
    save_account(rui, Account(server.url, "village", "rui"), tokens["rui"])
    yield shell.store, rui
    rui.close()


def sync(store):
    return Replicator(store, load_account(store)).sync()


def test_undo_after_a_pull_keeps_the_pulled_value_and_says_why(qtbot, window, pair, settle):
    ana, rui = pair
    practice = ana.create("practice", {"title": "Seed swap", "kind": "good", "summary": "first",
                                       "results": "none yet"})
    ops = window.ops
    ops.update(practice.id, {"results": "forty families"})
    settle()
    ops.update(practice.id, {"summary": "mine"})
    settle()
    sync(ana)
    sync(rui)
    rui.update(practice.id, {"summary": "theirs, newer"})
    sync(rui)
    assert sync(ana).pulled == 1
    assert ana.get(practice.id).fields["summary"] == "theirs, newer"

    messages: list[str] = []
    ops.failed.connect(messages.append)
    window.action("undo").trigger()                  # the summary edit: the pull changed it since
    settle()
    assert ana.get(practice.id).fields["summary"] == "theirs, newer"
    assert messages and "Summary" in messages[0] and "Seed swap" in messages[0] \
        and "someone else" in messages[0]
    assert "someone else" in window.statusBar().currentMessage()

    window.action("undo").trigger()                  # the results edit: nobody touched it
    settle()
    record = ana.get(practice.id)
    assert record.fields["results"] == "none yet"
    assert record.fields["summary"] == "theirs, newer"
    assert len(messages) == 1


def test_undo_of_a_delete_is_refused_when_a_pull_restored_it(qtbot, window, pair, settle):
    ana, rui = pair
    practice = ana.create("practice", {"title": "Tool library", "kind": "good"})
    sync(ana)
    sync(rui)
    window.ops.delete([practice.id])
    settle()
    sync(ana)
    sync(rui)
    rui.restore(practice.id)
    rui.update(practice.id, {"summary": "we still run it"})
    sync(rui)
    sync(ana)
    assert not ana.get(practice.id).deleted

    messages: list[str] = []
    window.ops.failed.connect(messages.append)
    window.action("undo").trigger()                  # "bring it back": it is back already
    settle()
    assert messages and "trash" in messages[0]
    assert ana.get(practice.id).fields["summary"] == "we still run it"


def test_undo_change_checks_and_writes_in_one_step(store):
    record = store.create("contact", {"kind": "person", "name": "Ana", "organisation": "Coop"})
    store.update(record.id, {"organisation": "Other"})
    with pytest.raises(UndoRefused) as refused:
        store.undo_change(record.id, {"organisation": "Mine", "name": "Ana"}, {"organisation": "Coop",
                                                                              "name": "Anna"})
    assert refused.value.fields == ["organisation"]
    assert store.get(record.id).fields == {"kind": "person", "name": "Ana", "organisation": "Other"}
    assert store.undo_change(record.id, {"organisation": "Other"}, {"organisation": "Coop"}) \
        .fields["organisation"] == "Coop"


def test_a_refused_undo_leaves_the_history_and_redo_does_not_offer_it(qtbot, window, pair, settle):
    ana, rui = pair
    practice = ana.create("practice", {"title": "Seed swap", "kind": "good", "summary": "first",
                                       "results": "none yet"})
    ops, stack = window.ops, window.ops.undo_stack
    ops.update(practice.id, {"results": "forty families"})
    settle()
    ops.update(practice.id, {"summary": "mine"})
    settle()
    sync(ana)
    sync(rui)
    rui.update(practice.id, {"summary": "theirs, newer"})
    sync(rui)
    sync(ana)
    assert stack.count() == 2

    window.action("undo").trigger()                  # refused: the pull changed the summary
    settle()
    assert ana.get(practice.id).fields["summary"] == "theirs, newer"
    assert stack.count() == 1 and not stack.canRedo()
    assert not window.action("redo").isEnabled()
    assert stack.undoText() == ops.undo_stack.command(0).text() and "Seed swap" in stack.undoText()

    window.action("undo").trigger()                  # the results edit still undoes
    settle()
    assert ana.get(practice.id).fields["results"] == "none yet"
    assert stack.canRedo() and not stack.canUndo()


def test_a_refused_redo_leaves_the_history_too(qtbot, window, pair, settle):
    ana, rui = pair
    practice = ana.create("practice", {"title": "Tool library", "kind": "good", "summary": "first"})
    ops, stack = window.ops, window.ops.undo_stack
    ops.update(practice.id, {"summary": "mine"})
    settle()
    window.action("undo").trigger()
    settle()
    assert ana.get(practice.id).fields["summary"] == "first" and stack.canRedo()
    sync(ana)
    sync(rui)
    rui.update(practice.id, {"summary": "theirs"})
    sync(rui)
    sync(ana)

    messages: list[str] = []
    ops.failed.connect(messages.append)
    window.action("redo").trigger()                  # refused: redo would write over "theirs"
    settle()
    assert messages, "the refusal is said"
    assert ana.get(practice.id).fields["summary"] == "theirs"
    assert stack.count() == 0 and not stack.canUndo() and not stack.canRedo()
    assert not window.action("undo").isEnabled()
