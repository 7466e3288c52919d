"""Launch to a painted main window, and resident memory, at 1k / 10k / 100k records per collection.

    python benchmarks/bench_ui.py [--quick]

Each run starts the real app in a fresh process (offscreen) on a cached data set
(benchmarks/common.py) and reports when the window first painted and when the
practice list painted with rows in it, measured from just before the process
was started. Targets at 100k: first paint under 1.5 s, memory under 250 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import ROOT, dataset, print_table, sizes_from_args, write_results

RUNS = 3


def launch(replica, settings_dir) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RURALDESK_BENCH_PAINT=repr(time.time()),
               XDG_CONFIG_HOME=settings_dir, RURALDESK_LOG_DIR=settings_dir)
    out = subprocess.run([sys.executable, "-m", "ruraldesk", "--db", str(replica)], env=env, cwd=ROOT.parent,
                         capture_output=True, text=True, timeout=120)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"the app reported nothing: {out.stderr[-2000:]}")
    return json.loads(line)


def main(argv: list[str]) -> int:
    rows, results = [], {}
    with tempfile.TemporaryDirectory(prefix="ruraldesk-bench-ui-") as settings_dir:
        for size in sizes_from_args(argv):
            replica = dataset(size)
            launch(replica, settings_dir)      # warm the OS file cache, as a second start would be
            runs = [launch(replica, settings_dir) for _ in range(RUNS)]
            window = statistics.median(r["window_painted_s"] for r in runs)
            listed = statistics.median(r["list_painted_s"] for r in runs)
            rss = max(r["rss_mb"] for r in runs)
            results[str(size)] = {"window_painted_s": round(window, 3), "list_painted_s": round(listed, 3),
                                  "rss_mb": round(rss, 1), "rows": runs[0]["rows"], "runs": RUNS}
            rows.append([f"{size:,}", f"{window:.3f}", f"{listed:.3f}", f"{rss:.0f}", f"{runs[0]['rows']:,}"])
    print_table("Launch to paint (median of 3 warm starts) and peak resident memory",
                ["records/collection", "window painted s", "list painted s", "RSS MB", "rows"], rows)
    write_results("ui", {"launch": results, "targets": {"first_paint_s": 1.5, "rss_mb": 250}})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
