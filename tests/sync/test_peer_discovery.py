"""Offers found on the network by mDNS/DNS-SD (real zeroconf, on the loopback interface):
a replica lists its own group's offers and not another group's, and the announcement
carries no group id or member name in clear."""

from __future__ import annotations

import time
import uuid

import pytest

from peer_helpers import replica_of
from sync.peer.discovery import Announcement, Browser
from sync.peer.exchange import Offer

pytestmark = pytest.mark.timeout(60)
LOOPBACK = ["127.0.0.1"]


def _wait(predicate, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_a_browser_lists_its_groups_offers_only(server, tmp_path):
    # group ids of this run only: a parallel worker's offers are on the same multicast network
    river, hill = (f"{name}-{uuid.uuid4().hex[:8]}" for name in ("river", "hill"))
    ana = replica_of(server, tmp_path, river, "ana")
    eva = replica_of(server, tmp_path, hill, "eva")
    with Offer(ana, name="Hall laptop", host="127.0.0.1") as ours, \
            Offer(eva, name="Hill laptop", host="127.0.0.1") as theirs:
        announced = [Announcement(ours, interfaces=LOOPBACK), Announcement(theirs, interfaces=LOOPBACK)]
        if not all(a.available for a in announced):
            for a in announced:
                a.close()
            pytest.skip("no multicast on this machine")
        browser = Browser(river, interfaces=LOOPBACK)
        try:
            assert _wait(lambda: browser.offers()), "the offer was not found"
            time.sleep(1.0)             # give the other group's offer the time to show up too
            offers = browser.offers()
            assert [(o.name, o.port) for o in offers] == [("Hall laptop", ours.port)]
            assert offers[0].address == ("127.0.0.1", ours.port)
            txt = announced[0]._info.properties
            flat = b" ".join([*txt.keys(), *txt.values()]) + announced[0]._info.name.encode()
            assert river.encode() not in flat and b"river" not in flat and b"ana" not in flat
            announced[0].close()
            assert _wait(lambda: not browser.offers()), "a closed offer stays listed"
        finally:
            browser.close()
            for a in announced:
                a.close()
    for s in (ana, eva):
        s.close()
