"""Sync with a nearby computer (sync/peer): 1,000 changes each way between two laptops over
loopback — pairing, both bundles, applying — time and bytes on the wire.

    python benchmarks/bench_lan.py [--changes N]

* pair        TCP connect + SPAKE2 + key confirmation (the offer's code, the group id)
* exchange    the whole join(): pairing, N changes sent, N received, both applied
* again       the same two laptops right after: nothing new (duplicates only)

Device keys are registered with the real server (SQLite) on loopback first, as at set-up;
the exchange itself uses no server. Results: benchmarks/results/lan.json.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import print_table, write_results

from ruraldesk.store import Store
from sync.client import Account, Replicator, save_account
from sync.client.transport import Transport
from sync.peer.exchange import Offer, join
from sync.relay.exchange import refresh_keys


def _replica(root: Path, server, member: str, token: str) -> Store:
    s = Store(root / member / "replica.sqlite", author=member)
    save_account(s, Account(server.url, "bench", member), token)
    t = Transport(server.url, token)
    Replicator(s, t, group="bench").sync()
    t.close()
    return s


def _edits(store, n: int, who: str) -> None:
    with store.write() as w:
        for i in range(n):
            w.create("practice", {"title": f"{who}'s practice {i}", "kind": "good",
                                  "summary": "Written offline in the village hall. " * 3})


def _exchange(offering, joining) -> tuple[float, object, object]:
    offer = Offer(offering, name="Hall laptop", host="127.0.0.1")
    served: dict = {}
    thread = threading.Thread(target=lambda: served.update(r=offer.serve()), daemon=True)
    thread.start()
    started = time.perf_counter()
    result = join(joining, ("127.0.0.1", offer.port), offer.code, name="Ana's laptop")
    seconds = time.perf_counter() - started
    thread.join(60)
    return seconds, result, served.get("r")


def _pairing_only(offering) -> float:
    """A wrong code costs one full pairing round: connect, PAKE, confirmation, refusal."""
    from sync.peer import WrongCode

    offer = Offer(offering, name="Hall laptop", host="127.0.0.1", max_wrong=100)
    cancel = threading.Event()
    thread = threading.Thread(target=lambda: _quiet(offer.serve, cancel), daemon=True)
    thread.start()
    wrong = "000000" if offer.code != "000000" else "111111"
    started = time.perf_counter()
    try:
        join(offering, ("127.0.0.1", offer.port), wrong, name="timing")
    except WrongCode:
        pass
    seconds = time.perf_counter() - started
    cancel.set()
    thread.join(10)
    return seconds


def _quiet(fn, cancel) -> None:
    try:
        fn(cancel=cancel)
    except Exception:
        pass


def main(argv: list[str]) -> int:
    from sync.server.testing import serve

    n = int(argv[argv.index("--changes") + 1]) if "--changes" in argv else 1000
    root = Path(tempfile.mkdtemp(prefix="ruraldesk-bench-lan-"))
    out: dict = {"changes_each_way": n}
    try:
        with serve(None, root / "server") as server:
            tokens = server.make_group("bench", {"ana": "member", "rui": "member"})
            ana, rui = (_replica(root, server, m, tokens[m]) for m in ("ana", "rui"))
            for s, m in ((ana, "ana"), (rui, "rui")):
                t = Transport(server.url, tokens[m])
                refresh_keys(s, t, "bench")
                t.close()
        _edits(ana, n, "Ana")
        _edits(rui, n, "Rui")
        out["pair"] = {"seconds": round(_pairing_only(rui), 3)}
        seconds, result, served = _exchange(rui, ana)
        out["exchange"] = {"seconds": round(seconds, 3), "sent": result.sent, "received": result.received,
                           "applied_here": result.report.applied,
                           "applied_there": served.report.applied if served else None,
                           "bytes_sent": result.bytes_sent, "bytes_received": result.bytes_received}
        seconds, again, _ = _exchange(rui, ana)
        out["again"] = {"seconds": round(seconds, 3), "applied": again.report.applied,
                        "bytes": again.bytes_sent + again.bytes_received}
        ana.close()
        rui.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    e = out["exchange"]
    print_table(f"LAN sync, {n} changes each way (loopback)", ["step", "s", "bytes"], [
        ["pairing (wrong code)", out["pair"]["seconds"], ""],
        ["exchange", e["seconds"], e["bytes_sent"] + e["bytes_received"]],
        ["again, nothing new", out["again"]["seconds"], out["again"]["bytes"]]])
    write_results("lan", out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
