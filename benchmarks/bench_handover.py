"""Hand-over by file: 1,000 changes from a village laptop to a facilitator's, then to the
server, beside the same changes pushed by a normal server sync.

    python benchmarks/bench_handover.py [--changes N]

* export      outgoing() + pack + write: time and file size (compressed, encrypted; the
              passphrase key costs one scrypt, ~0.1 s, in both export and import)
* import      read + verify + apply on the facilitator's replica
* forward     the facilitator's next sync sending them on (POST /relay)
* direct      the same number of changes pushed by a normal sync (time, bytes sent)

The server is the real one (SQLite) on loopback. Results: benchmarks/results/handover.json.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import print_table, write_results

from ruraldesk.store import Store
from sync.client import Account, Replicator, save_account
from sync.client.transport import Transport
from sync.relay.exchange import refresh_keys
from sync.relay.handover import export_file, import_file

PHRASE = "oak moss reed lamp dune"


def _replica(root: Path, name: str, server, group: str, member: str, token: str) -> Store:
    s = Store(root / name / "replica.sqlite", author=member)
    save_account(s, Account(server.url, group, member), token)
    return s


def _sync(store, server, token, group) -> tuple[float, object]:
    t = Transport(server.url, token, read_timeout=120)
    started = time.perf_counter()
    report = Replicator(store, t, group=group, confirm_mass_change=lambda s: True).sync()
    seconds = time.perf_counter() - started
    t.close()
    return seconds, report


def _edits(store, n: int) -> None:
    with store.write() as w:
        for i in range(n):
            w.create("practice", {"title": f"Village practice {i}", "kind": "good",
                                  "summary": "Made offline in the village hall. " * 3})


def main(argv: list[str]) -> int:
    from sync.server.testing import serve

    n = int(argv[argv.index("--changes") + 1]) if "--changes" in argv else 1000
    root = Path(tempfile.mkdtemp(prefix="ruraldesk-bench-handover-"))
    out: dict = {"changes": n}
    try:
        with serve(None, root / "server") as server:
            tokens = server.make_group("bench", {"ana": "member", "rui": "member", "eva": "member"})
            village = _replica(root, "village", server, "bench", "ana", tokens["ana"])
            facilitator = _replica(root, "facilitator", server, "bench", "rui", tokens["rui"])
            direct = _replica(root, "direct", server, "bench", "eva", tokens["eva"])
            for s, who in ((village, "ana"), (facilitator, "rui"), (direct, "eva")):
                _sync(s, server, tokens[who], "bench")
            t = Transport(server.url, tokens["rui"])
            refresh_keys(facilitator, t, "bench")
            t.close()
            _edits(village, n)
            _edits(direct, n)

            started = time.perf_counter()
            exported = export_file(village, root / "stick.rdrelay", PHRASE)
            out["export"] = {"seconds": round(time.perf_counter() - started, 3), "bytes": exported.size,
                             "changes": exported.changes}
            started = time.perf_counter()
            report = import_file(facilitator, exported.path, PHRASE)
            out["import"] = {"seconds": round(time.perf_counter() - started, 3), "applied": report.applied}
            seconds, sync = _sync(facilitator, server, tokens["rui"], "bench")
            out["forward"] = {"seconds": round(seconds, 3), "requests": sync.requests,
                              "bytes_sent": sync.bytes_sent}
            seconds, sync = _sync(direct, server, tokens["eva"], "bench")
            out["direct"] = {"seconds": round(seconds, 3), "requests": sync.requests, "bytes_sent": sync.bytes_sent,
                             "pushed": sync.pushed}
            for s in (village, facilitator, direct):
                s.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print_table(f"hand-over of {n} changes", ["step", "s", "bytes"], [
        ["export (file)", out["export"]["seconds"], out["export"]["bytes"]],
        ["import (file)", out["import"]["seconds"], ""],
        ["forward (sync)", out["forward"]["seconds"], out["forward"]["bytes_sent"]],
        ["direct sync", out["direct"]["seconds"], out["direct"]["bytes_sent"]]])
    write_results("handover", out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
