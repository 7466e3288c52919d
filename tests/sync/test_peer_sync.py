"""LAN sync between two real replicas over real loopback sockets: pairing by code, changes
both ways, refusals that change nothing, a cut link that never half-applies, cancel."""

from __future__ import annotations

import random
import socket
import threading
import time

import pytest

from peer_helpers import CutProxy, Serving, known_to_each_other, replica_of
from sync_helpers import assert_same, snapshot
from sync.client.transport import Cancelled
from sync.peer import LinkLost, OfferLocked, OtherGroup, Protocol, WrongCode
from sync.peer.exchange import Offer, join
from sync.peer.link import PLAIN, Link
from sync.peer.pairing import PROTOCOL, VERSION, Pake

pytestmark = pytest.mark.timeout(120)


def _offer(store, **kw) -> Offer:
    return Offer(store, name="Hall laptop", host="127.0.0.1", idle=10, **kw)


@pytest.fixture
def pair(group):
    ana, rui = known_to_each_other(group, "ana", "rui")
    shared = ana.create("practice", {"kind": "good", "title": "Seed library", "summary": "first words"})
    group.sync(ana)
    group.sync(rui)
    # from here on, no server: both edit offline
    ana.create("practice", {"kind": "good", "title": "Bread oven rota"})
    ana.update(shared.id, {"summary": "ana's summary"})
    rui.create("contact", {"kind": "person", "name": "Rui Lopes"})
    rui.update(shared.id, {"title": "Seed library (village hall)"})
    return ana, rui, shared.id


def test_right_code_exchanges_changes_both_ways_and_converges(pair):
    ana, rui, shared = pair
    serving = Serving(_offer(ana))
    got = join(rui, serving.address, serving.offer.code, name="Rui's laptop")
    serving.join()
    assert serving.error is None
    offered = serving.result
    assert (got.peer, offered.peer) == ("Hall laptop", "Rui's laptop")
    assert got.received >= 2 and offered.received >= 2
    assert got.report.refused == [] and offered.report.refused == []
    assert_same(ana, rui)
    record = rui.get(shared)
    assert (record.fields["title"], record.fields["summary"]) == ("Seed library (village hall)", "ana's summary")
    assert [k for k, _ in serving.events][:3] == ["waiting", "connected", "paired"]

    again = Serving(_offer(rui))          # nothing new: a second exchange applies nothing
    second = join(ana, again.address, again.offer.code, name="Hall laptop")
    again.join()
    assert second.report.applied == 0 and again.result.report.applied == 0
    # each side lists what it could send and the other wants none of it: no change goes twice
    assert (second.sent, second.received, again.result.sent, again.result.received) == (0, 0, 0, 0)
    assert_same(ana, rui)


def test_the_code_may_be_typed_with_spaces_or_a_dash(pair):
    ana, rui, _ = pair
    serving = Serving(_offer(ana))
    code = serving.offer.code
    join(rui, serving.address, f" {code[:3]}-{code[3:]} ", name="Rui's laptop")
    serving.join()
    assert_same(ana, rui)


def test_a_wrong_code_is_refused_changes_nothing_and_the_offer_survives(pair):
    ana, rui, _ = pair
    before = snapshot(ana), snapshot(rui)
    serving = Serving(_offer(ana))
    wrong = "000000" if serving.offer.code != "000000" else "111111"
    with pytest.raises(WrongCode) as refused:
        join(rui, serving.address, wrong, name="Rui's laptop")
    assert refused.value.tries_left == 2
    assert "not the one shown on the other computer" in str(refused.value)
    assert (snapshot(ana), snapshot(rui)) == before
    assert serving.thread.is_alive()
    join(rui, serving.address, serving.offer.code, name="Rui's laptop")     # then the right one
    serving.join()
    assert_same(ana, rui)


def test_the_offer_locks_after_three_wrong_codes(pair):
    ana, rui, _ = pair
    before = snapshot(ana), snapshot(rui)
    serving = Serving(_offer(ana))
    wrong = "000000" if serving.offer.code != "000000" else "111111"
    lefts = []
    for _ in range(2):
        with pytest.raises(WrongCode) as refused:
            join(rui, serving.address, wrong, name="Rui's laptop")
        lefts.append(refused.value.tries_left)
    with pytest.raises(OfferLocked):
        join(rui, serving.address, wrong, name="Rui's laptop")
    serving.join()
    assert lefts == [2, 1]
    assert isinstance(serving.error, OfferLocked)
    with pytest.raises(LinkLost):           # the offer's port is closed: even the right code is too late
        join(rui, serving.address, serving.offer.code, name="Rui's laptop")
    assert (snapshot(ana), snapshot(rui)) == before


def test_a_computer_of_another_group_cannot_pair(pair, server, tmp_path):
    ana, _, _ = pair
    eva = replica_of(server, tmp_path, "hill", "eva")
    eva.create("practice", {"kind": "good", "title": "Hill goats"})
    before = snapshot(ana), snapshot(eva)
    serving = Serving(_offer(ana))
    with pytest.raises(OtherGroup):
        join(eva, serving.address, serving.offer.code, name="Eva's laptop")
    assert serving.thread.is_alive() and serving.offer.wrong == 0
    assert (snapshot(ana), snapshot(eva)) == before
    serving.stop()
    eva.close()


def test_copying_the_announced_group_tag_is_not_enough(pair):
    """Someone who saw the offer's tag and the code, but does not know the group id, gets
    keys that do not match: counted as a wrong try, nothing exchanged."""
    ana, _, _ = pair
    before = snapshot(ana)
    serving = Serving(_offer(ana))
    link = Link(socket.create_connection(serving.address), idle=10)
    hello = link.recv_plain()
    pake = Pake(serving.offer.code, "not-the-group")
    link.send_plain({"hello": PROTOCOL, "v": VERSION, "group": hello["group"], "name": "intruder",
                     "pake": pake.message})
    from sync.peer.exchange import _canon

    send, recv, _ = pake.keys(hello["pake"], _canon(hello) + _canon(
        {"hello": PROTOCOL, "v": VERSION, "group": hello["group"], "name": "intruder", "pake": pake.message}),
        offering=False)
    link.seal_with(send, recv)
    link.send({"confirm": "join"})
    kind, answer = link.recv_any(allow_plain=True)
    link.close()
    assert (kind, answer) == (PLAIN, {"error": "code", "left": 2})
    assert snapshot(ana) == before
    serving.stop()


def test_an_offer_survives_its_own_pairing_message_sent_back(pair):
    """A reflection (the offer's SPAKE2 message echoed with its tag) is refused without
    ending the offer; the right code still works afterwards."""
    ana, rui, _ = pair
    serving = Serving(_offer(ana))
    link = Link(socket.create_connection(serving.address), idle=10)
    hello = link.recv_plain()
    link.send_plain({"hello": PROTOCOL, "v": VERSION, "group": hello["group"], "name": "mirror",
                     "pake": hello["pake"]})
    with pytest.raises(LinkLost):
        link.recv_any(allow_plain=True)
    link.close()
    assert serving.thread.is_alive()
    join(rui, serving.address, serving.offer.code, name="Rui's laptop")
    serving.join()
    assert serving.error is None
    assert_same(ana, rui)


# a clean exchange of these edits is about 21,430 bytes: pairing to ~600, the joiner's bundle
# to ~10,600, the offer's to ~21,260; "confirmations" cuts the link just before the joiner's
# fifth frame (hello, confirmation, bundle header, bundle, then "done": what it applied)
@pytest.mark.parametrize("cut", [{"cut_at": 300}, {"cut_at": 5_000}, {"cut_at": 15_000}, {"cut_before_frame": 5}],
                         ids=["pairing", "joiner's bundle", "offer's bundle", "confirmations"])
def test_a_cut_link_never_leaves_half_a_transfer_and_a_retry_completes(group, cut):
    ana, rui = known_to_each_other(group, "ana", "rui")
    noise = random.Random(19)   # incompressible text of the same size every run: the cuts land alike
    for i in range(40):         # enough bytes for the cut points to land inside the bundles
        ana.create("practice", {"kind": "good", "title": f"Ana's practice {i}", "summary": noise.randbytes(100).hex()})
        rui.create("contact", {"kind": "person", "name": f"Rui's contact {i}", "notes": noise.randbytes(100).hex()})
    ana_before, rui_before = snapshot(ana), snapshot(rui)
    serving = Serving(_offer(ana))
    proxy = CutProxy(serving.address, **cut)
    for attempt in range(3):        # the first is cut; the retry completes
        if not serving.thread.is_alive():       # it ended having heard the joiner confirm: offer again
            assert serving.error is None
            serving = Serving(_offer(ana))
            proxy.upstream = serving.address
        try:
            if join(rui, proxy.address, serving.offer.code, name="Rui's laptop").theirs is not None:
                break
        except (LinkLost, Protocol):
            pass
        time.sleep(0.3)
        for store, before, other_before in ((ana, ana_before, rui_before), (rui, rui_before, ana_before)):
            now = snapshot(store)
            assert now == before or now == {**before, **other_before}, "half a transfer was applied"
    time.sleep(0.3)         # the proxy's own count, on its thread
    assert proxy.faults == 1
    serving.stop()          # ended, or still waiting for a confirmation that went out on the cut link
    proxy.close()
    assert serving.error is None or isinstance(serving.error, Cancelled)
    assert_same(ana, rui)
    assert len(snapshot(ana)) == len(ana_before) + 40


def test_a_changed_byte_on_the_way_is_refused_and_nothing_is_applied(group):
    ana, rui = known_to_each_other(group, "ana", "rui")
    for i in range(20):
        ana.create("practice", {"kind": "good", "title": f"Ana's practice {i}"})
    before = snapshot(ana), snapshot(rui)
    serving = Serving(_offer(ana))
    proxy = CutProxy(serving.address, flip_at=1_500)
    with pytest.raises((Protocol, LinkLost)):
        join(rui, proxy.address, serving.offer.code, name="Rui's laptop")
    time.sleep(0.3)
    assert (snapshot(ana), snapshot(rui)) == before
    time.sleep(0.3)         # the proxy's own count, on its thread
    assert proxy.faults == 1
    serving.stop()
    proxy.close()


def test_cancel_stops_an_offer_and_a_join_that_waits(pair):
    ana, rui, _ = pair
    serving = Serving(_offer(ana))
    time.sleep(0.3)
    serving.stop()
    assert isinstance(serving.error, Cancelled)
    with pytest.raises(LinkLost):
        join(rui, serving.address, serving.offer.code, name="Rui's laptop")

    silent = socket.create_server(("127.0.0.1", 0))     # accepts, never answers
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        join(rui, silent.getsockname(), "123456", name="Rui's laptop", cancel=cancel, idle=60)
    assert time.monotonic() - started < 30
    silent.close()


def test_a_workspace_without_a_group_cannot_offer(tmp_path):
    from ruraldesk.store import Store
    from sync.peer import NotInGroup

    with Store(tmp_path / "alone.sqlite", author="ana") as alone:
        with pytest.raises(NotInGroup):
            Offer(alone, name="x", host="127.0.0.1")


def test_changes_signed_by_a_device_not_known_yet_wait_for_the_next_server_sync(group):
    """Ana registered before Rui did, so her replica has not got Rui's key: his changes are
    kept, not applied, and the next server sync (which fetches the keys) applies them."""
    ana = group.replica("ana")
    group.sync(ana)
    rui = group.replica("rui")
    group.sync(rui)
    rui.create("contact", {"kind": "person", "name": "Rui Lopes"})
    ana.create("practice", {"kind": "good", "title": "Bread oven rota"})
    serving = Serving(_offer(ana))
    got = join(rui, serving.address, serving.offer.code, name="Rui's laptop")
    serving.join()
    assert serving.result.report.held == 1 and serving.result.report.applied == 0
    assert got.report.applied + got.report.held == 1 and got.report.refused == []
    assert [r.title for r in ana.get_many("contact", ana.list_ids("contact")).values()] == []
    group.sync(ana)
    group.sync(rui)
    assert_same(ana, rui)


def test_a_want_list_that_is_not_one_ends_the_exchange():
    from sync.peer.exchange import _pick

    mine = ["a", "b", "c"]
    assert _pick(mine, {"want": [2, 0, 2]}) == ["a", "c"]
    for bad in ({}, {"want": "all"}, {"want": [3]}, {"want": [-1]}, {"want": [True]}, {"want": [1.0]}):
        with pytest.raises(Protocol):
            _pick(mine, bad)
