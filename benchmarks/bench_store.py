"""Local replica: generation, search (vs raw FTS5), list windows and memory.

    python benchmarks/bench_store.py [--quick]

Sizes are records per collection (practices, contacts and tools each).
Targets at 100k: search p95 < 20 ms and within 2x of raw FTS5; a 200-row
list window < 10 ms; memory flat across sizes.

"view-window" is what a list view does (fetch the 200 rows on screen by id
from the ordered ids it holds); "offset-window" is LIMIT/OFFSET paging.

"raw" runs the store's own statements straight on sqlite3 (what the store
adds is the cost of SQLAlchemy, filters and snippets); "rank-all" is the
textbook query that ranks every match, which the store avoids for broad
queries (see RANK_WINDOW in ruraldesk/store/search.py).
"""

from __future__ import annotations

import json
import subprocess
import sys

from common import dataset, print_table, sizes_from_args, summary, timed, write_results

QUERIES = ["cooperativa", "energy cooperative", "coop", "Alentejo", "village shop", "Malopolskie",
           "epicerie solidaire", "Bürgerenergie", "transporte", "toolkit governance",
           "Andalucia", "tiers lieu", "comunità energetica", "work integration", "wojcik"]
REPEAT = 20

# Run in a fresh process per size so that peak RSS belongs to that size alone.
PROBE = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from common import summary, timed
from ruraldesk.store import Store
from ruraldesk.store.search import RANK, RANK_WINDOW, match_expression
queries = json.loads(sys.argv[3]); repeat = int(sys.argv[4])
t = time.perf_counter()
store = Store(sys.argv[1])
open_ms = (time.perf_counter() - t) * 1000
out = {"open_ms": round(open_ms, 2)}
store.search("warm up"); store.window("practice", 0, 10)
ours, raw, uncapped = [], [], []
# the same statements the store runs, straight on sqlite3 ...
raw_sql = ("SELECT rid, record_id, collection, rank FROM (SELECT search.rowid AS rid, d.record_id, "
           f"d.collection, {RANK} AS rank FROM search JOIN doc d ON d.doc_id = search.rowid "
           "WHERE search MATCH ? AND d.deleted = 0 ORDER BY search.rowid DESC LIMIT ?) "
           "ORDER BY rank LIMIT 50")
# the index keeps no text (contentless): the hits' text comes from their records, as in the store
fetch_sql = ("SELECT d.doc_id, coalesce(p.fields, c.fields, t.fields) FROM doc d "
             "LEFT JOIN practice p ON p.id = d.record_id LEFT JOIN contact c ON c.id = d.record_id "
             "LEFT JOIN tool t ON t.id = d.record_id WHERE d.doc_id IN (%s)")
# ... and textbook FTS5 ranking of every match, for reference
plain_sql = ("SELECT d.record_id, " + RANK + " AS rank "
             "FROM search JOIN doc d ON d.doc_id = search.rowid WHERE search MATCH ? AND d.deleted = 0 "
             "ORDER BY rank LIMIT 50")
conn = store.engine.raw_connection()

def raw_search(m):
    rows = conn.execute(raw_sql, (m, RANK_WINDOW)).fetchall()
    if rows:
        conn.execute(fetch_sql % ",".join(str(r[0]) for r in rows)).fetchall()

for q in queries:
    ours += timed(lambda: store.search(q, limit=50), repeat)
    m = match_expression(q)
    raw += timed(lambda: raw_search(m), repeat)
    uncapped += timed(lambda: conn.execute(plain_sql, (m,)).fetchall(), max(3, repeat // 4))
out["search"] = summary(ours)
out["raw_fts5"] = summary(raw)
out["raw_fts5_rank_all"] = summary(uncapped)
n = store.count("practice")
offsets = [0, n // 4, n // 2, max(0, n - 200)]
win = []
for off in offsets:
    win += timed(lambda: store.window("practice", off, 200), repeat)
out["window_200"] = summary(win)
# what a list view does: it holds the ordered ids and fetches the rows on screen
ids = store.list_ids("practice")
fetch = []
for off in offsets:
    fetch += timed(lambda: store.get_many("practice", ids[off:off + 200]), repeat)
out["fetch_200"] = summary(fetch)
sorted_ids = timed(lambda: store.list_ids("practice"), 5)
out["list_ids"] = summary(sorted_ids)
out["count"] = n
out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print(json.dumps(out))
"""


def main(argv: list[str]) -> int:
    import time

    from common import ROOT

    results = {}
    rows = []
    for size in sizes_from_args(argv):
        t = time.perf_counter()
        path = dataset(size)
        gen_s = float(path.with_suffix(".done").read_text())
        probe = subprocess.run([sys.executable, "-c", PROBE, str(path), str(ROOT), json.dumps(QUERIES),
                                str(REPEAT)], capture_output=True, text=True, check=True)
        r = json.loads(probe.stdout)
        r["generation_s"] = round(gen_s, 2)
        r["generation_records_per_s"] = round(size * 3 / gen_s)
        r["file_mb"] = round(path.stat().st_size / 1e6, 1)
        results[str(size)] = r
        ratio = r["search"]["p95_ms"] / max(r["raw_fts5"]["p95_ms"], 1e-6)
        rows.append([size, r["generation_s"], r["search"]["median_ms"], r["search"]["p95_ms"],
                     r["raw_fts5"]["median_ms"], r["raw_fts5"]["p95_ms"], round(ratio, 2),
                     r["raw_fts5_rank_all"]["p95_ms"],
                     r["window_200"]["median_ms"], r["window_200"]["p95_ms"], r["fetch_200"]["median_ms"],
                     r["fetch_200"]["p95_ms"], r["list_ids"]["median_ms"],
                     r["peak_rss_mb"], r["file_mb"]])
        print(f"size {size}: done in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    print_table("Local replica (sizes = records per collection; times in ms unless noted)",
                ["size", "gen s", "search med", "search p95", "raw med", "raw p95", "p95 ratio", "rank-all p95",
                 "offset-window med", "offset-window p95", "view-window med", "view-window p95",
                 "list_ids med", "peak MB", "file MB"], rows)
    write_results("store", {"queries": QUERIES, "repeat": REPEAT, "sizes": results})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
