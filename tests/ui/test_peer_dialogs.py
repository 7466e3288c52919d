"""Sync with a nearby computer, in the window (real Qt offscreen, real sockets on loopback):
Ana's window offers or joins; Rui's replica is another laptop, driven headless."""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import Qt

from ruraldesk.store import Store
from sync.client import Account, Replicator, load_account, save_account
from sync.client.transport import Transport
from sync.peer.exchange import Offer, join
from sync.relay.exchange import refresh_keys

pytestmark = pytest.mark.timeout(120)
LOOPBACK = ["127.0.0.1"]


@pytest.fixture
def laptops(tmp_path, shell, window, server, tokens):
    """Ana's window and Rui's replica, both of the group, each knowing the other's device key."""
    save_account(shell.store, Account(server.url, "village", "ana"), tokens["ana"])
    rui = Store(tmp_path / "rui" / "replica.sqlite", author="rui")
    save_account(rui, Account(server.url, "village", "rui"), tokens["rui"])
    for store in (shell.store, rui):
        Replicator(store, load_account(store)).sync()
    for store, member in ((shell.store, "ana"), (rui, "rui")):
        refresh_keys(store, Transport(server.url, tokens[member]), "village")
    shell.sync.refresh()
    yield shell, window, rui
    rui.close()


class _Offering:
    """Rui's laptop offering, on a thread."""

    def __init__(self, rui):
        self.offer = Offer(rui, name="Rui's laptop", host="127.0.0.1", idle=10)
        self.cancel, self.result, self.error = threading.Event(), None, None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        try:
            self.result = self.offer.serve(cancel=self.cancel)
        except BaseException as exc:
            self.error = exc

    def stop(self):
        self.cancel.set()
        self.thread.join(10)


def _titles(store, collection):
    return sorted(r.title for r in store.get_many(collection, store.list_ids(collection)).values())


def test_offering_shows_code_and_address_and_syncs_with_who_connected(qtbot, laptops):
    from ruraldesk.ui.peersync import OfferDialog

    shell, window, rui = laptops
    shell.store.create("practice", {"kind": "good", "title": "Ana's bread oven"})
    rui.create("contact", {"kind": "person", "name": "Rui Lopes"})
    dialog = OfferDialog(shell, window, host="127.0.0.1", interfaces=LOOPBACK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    code = dialog.code.text().replace(" ", "")
    assert len(code) == 6 and code.isdigit()
    assert f"127.0.0.1:{dialog.offer.port}" in dialog.where.text()
    assert "Waiting" in dialog.status.text() and dialog.stop.isEnabled()
    got = {}
    threading.Thread(target=lambda: got.update(r=join(rui, ("127.0.0.1", dialog.offer.port), code,
                                                      name="Rui's laptop")), daemon=True).start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome.state == "done", dialog.outcome.message
    assert "“Rui's laptop”" in dialog.status.text() and "1 changes received" in dialog.status.text()
    assert _titles(shell.store, "contact") == ["Rui Lopes"]
    qtbot.waitUntil(lambda: "r" in got, timeout=10_000)
    assert _titles(rui, "practice") == ["Ana's bread oven"]
    assert not dialog.stop.isEnabled()


def test_joining_with_a_wrong_code_says_so_changes_nothing_and_the_right_one_syncs(qtbot, laptops):
    from ruraldesk.ui.peersync import JoinDialog

    shell, window, rui = laptops
    rui.create("contact", {"kind": "person", "name": "Rui Lopes"})
    offering = _Offering(rui)
    dialog = JoinDialog(shell, window, interfaces=LOOPBACK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    dialog.address.setText(f"127.0.0.1:{offering.offer.port}")
    dialog.code.setText("12345")
    dialog.connect_button.click()
    assert "six digits" in dialog.status.text() and dialog.task is None

    dialog.code.setText("000000" if offering.offer.code != "000000" else "111111")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome.state == "failed"
    assert dialog.status.text() == ("That is not the code shown on the other computer; nothing was "
                                    "changed. Tries left: 2.")
    assert dialog.code.text() == "" and dialog.connect_button.isEnabled()
    assert _titles(shell.store, "contact") == []

    dialog.code.setText(offering.offer.code[:3] + " " + offering.offer.code[3:])
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None and dialog.task is None, timeout=30_000)
    assert dialog.outcome.state == "done", dialog.outcome.message
    assert _titles(shell.store, "contact") == ["Rui Lopes"]
    offering.thread.join(10)
    assert offering.error is None


def test_stop_cancels_a_join_that_waits(qtbot, laptops):
    from ruraldesk.ui.peersync import JoinDialog

    shell, window, _ = laptops
    silent = socket.create_server(("127.0.0.1", 0))
    dialog = JoinDialog(shell, window, interfaces=LOOPBACK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    dialog.address.setText(f"127.0.0.1:{silent.getsockname()[1]}")
    dialog.code.setText("123456")
    dialog.connect_button.click()
    assert dialog.stop.isEnabled()
    dialog.stop.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    assert dialog.outcome.state == "cancelled"
    assert dialog.status.text() == "Stopped. Nothing was half-applied."
    silent.close()


def test_the_join_dialog_lists_offers_found_on_the_network(qtbot, laptops):
    from ruraldesk.ui.peersync import JoinDialog
    from sync.peer.discovery import Announcement

    shell, window, rui = laptops
    offering = _Offering(rui)
    announced = Announcement(offering.offer, interfaces=LOOPBACK)
    try:
        if not announced.available:
            pytest.skip("no multicast on this machine")
        dialog = JoinDialog(shell, window, interfaces=LOOPBACK)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        # a parallel worker's window may offer for its own "village" on the same multicast network
        def rows():
            return [dialog.found.item(i) for i in range(dialog.found.count())
                    if dialog.found.item(i).data(Qt.ItemDataRole.UserRole).port == offering.offer.port]

        qtbot.waitUntil(lambda: len(rows()) == 1, timeout=15_000)
        assert rows()[0].text() == "Rui's laptop (127.0.0.1)"
        if dialog.found.count() == 1:       # the only offer found is chosen for the person
            assert dialog.found.currentRow() == 0
        dialog.found.setCurrentItem(rows()[0])
        assert dialog.target() == ("127.0.0.1", offering.offer.port)
        dialog.close()
    finally:
        announced.close()
        offering.stop()


def test_the_sync_menu_offers_both_and_an_unconfigured_workspace_is_told_why(qtbot, shell, window):
    from ruraldesk.ui.peersync import JoinDialog, OfferDialog

    sync_menu = [a.objectName() for a in window.menu("sync").actions()]
    assert "peer-offer" in sync_menu and "peer-join" in sync_menu
    window.action("peer-offer").trigger()
    offer = window.findChild(OfferDialog)
    assert offer is not None and offer.outcome.state == "failed"
    assert "not part of a group yet" in offer.status.text()
    offer.close()
    window.action("peer-join").trigger()
    joining = window.findChild(JoinDialog)
    assert "not part of a group yet" in joining.status.text() and not joining.connect_button.isEnabled()
    joining.close()
