"""File → Export changes for another computer… / Import changes from a file…, in the real
window, against replicas registered with the real server on loopback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ruraldesk.store import Store


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []

    def box_exec(self):
        shown.append(self.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    return shown


@pytest.fixture
def village(server, tokens, store, tmp_path):
    """ana's laptop and this window's replica (rui), both registered with the server."""
    from sync.client import Account, Replicator, save_account
    from sync.client.transport import Transport

    ana = Store(tmp_path / "ana" / "replica.sqlite", author="ana")
    save_account(ana, Account(server.url, "village", "ana"), tokens["ana"])
    save_account(store, Account(server.url, "village", "rui"), tokens["rui"])
    for s, who in ((ana, "ana"), (store, "rui")):
        Replicator(s, Transport(server.url, tokens[who], backoff_base=0.01), group="village").sync()
    from sync.relay.exchange import refresh_keys

    for s, who in ((ana, "ana"), (store, "rui")):     # as replicas that take hand-overs do
        refresh_keys(s, Transport(server.url, tokens[who]), "village")
    yield ana
    ana.close()


def test_import_a_file_from_the_menu_applies_it_once(qtbot, window, settle, store, village, boxes, tmp_path):
    from sync.relay.handover import export_file

    p = village.create("practice", {"title": "Shared oven", "kind": "good"})
    out = export_file(village, tmp_path / "stick.rdrelay", "oak moss reed lamp dune")
    assert window.action("handover-import").text() == "Import changes from a file…"
    window.handover.import_(out.path, "oak moss reed lamp dune")
    settle()
    assert store.get(p.id).fields["title"] == "Shared oven"
    assert boxes[-1] == "Applied: 1. Already here: 0. To pass on to the server: 0. Refused: 0."
    window.handover.import_(out.path, "oak moss reed lamp dune")
    settle()
    assert boxes[-1] == "Applied: 0. Already here: 1. To pass on to the server: 0. Refused: 0."


def test_export_from_the_menu_shows_the_words_once(qtbot, window, settle, store, village, boxes, tmp_path):
    from sync.relay.handover import import_file

    p = store.create("practice", {"title": "Tool library", "kind": "good"})
    path = tmp_path / "out.rdrelay"
    window.handover.export(path, "jade kite pond snow yarn")
    settle()
    assert path.exists() and "jade kite pond snow yarn" in boxes[-1]
    assert import_file(village, path, "jade kite pond snow yarn").applied == 1
    assert village.get(p.id).fields["title"] == "Tool library"


def test_a_damaged_file_is_refused_in_one_sentence_and_changes_nothing(qtbot, window, settle, store, village,
                                                                        boxes, tmp_path):
    from sync.relay.handover import export_file

    village.create("practice", {"title": "Seed swap", "kind": "good"})
    out = export_file(village, tmp_path / "stick.rdrelay", "oak moss reed lamp dune")
    data = bytearray(out.path.read_bytes())
    data[-3] ^= 0xFF
    out.path.write_bytes(bytes(data))
    before = store.count("practice")
    window.handover.import_(out.path, "oak moss reed lamp dune")
    settle()
    assert boxes[-1] == "Nothing was changed: The file was changed or damaged after it was made."
    assert store.count("practice") == before and store.relay.counts()["relayed"] == 0
    window.handover.import_(out.path, "wrong words")
    settle()
    assert "passphrase does not open" in boxes[-1]
