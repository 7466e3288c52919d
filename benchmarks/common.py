"""Shared by the benchmarks: cached generated data sets, timing, tables, JSON results."""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
RESULTS = ROOT / "results"
SIZES = (1_000, 10_000, 100_000)
SEED = 42

sys.path.insert(0, str(ROOT.parent))


def dataset(size: int) -> Path:
    """A replica with `size` practices, contacts and tools each; generated once, then reused."""
    from ruraldesk.io.demo import generate
    from ruraldesk.store import Store

    path = DATA / f"replica-{size}" / "replica.sqlite"
    done = path.with_suffix(".done")
    if not done.exists():
        for old in path.parent.glob("*"):
            if old.is_file():
                old.unlink()
        started = time.perf_counter()
        with Store(path) as store:
            generate(store, size, seed=SEED)
        done.write_text(f"{time.perf_counter() - started:.3f}")
    return path


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def summary(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return {"median_ms": round(statistics.median(ordered), 3), "p95_ms": round(p95, 3),
            "max_ms": round(ordered[-1], 3), "n": len(ordered)}


def print_table(title: str, headers: list[str], rows: list[list]) -> None:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    print(f"\n{title}")
    print("  ".join(str(h).rjust(w) for h, w in zip(headers, widths)))
    for r in rows:
        print("  ".join(str(c).rjust(w) for c, w in zip(r, widths)))


def write_results(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{name}.json"
    data = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "processor": platform.machine()},
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **data}
    out.write_text(json.dumps(data, indent=2))
    print(f"\nwrote {out}")
    return out


def sizes_from_args(argv: list[str]) -> tuple[int, ...]:
    return SIZES[:2] if "--quick" in argv else SIZES
