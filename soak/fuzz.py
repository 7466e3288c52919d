"""The long schemathesis runs: the suite's own test (tests/server/test_schemathesis.py, the
schemathesis command line with every check and every phase) with many more examples, on
SQLite and on PostgreSQL.

    python -m soak fuzz [--sqlite-cases 20000] [--postgres-cases 5000]

The test takes its examples per operation and phase from RURALDESK_FUZZ_EXAMPLES and prints
how many cases schemathesis generated ("schemathesis[sqlite]: N cases"). How many cases an
example makes depends on the schema, so two short runs on SQLite measure it first; each
total is then asked for with a small margin, and a run fails when it finds anything or
generated fewer cases than asked.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST = "tests/server/test_schemathesis.py"
MARGIN = 1.05
CALIBRATION = (4, 12)      # examples per operation of the two measuring runs
_CASES = re.compile(r"schemathesis\[(\w+)\]: (\d+) cases")


def run_test(backend: str, examples: int, *, quiet: bool = False) -> tuple[int, int, float]:
    """(pytest's exit code, cases generated, seconds)."""
    env = {**os.environ, "RURALDESK_FUZZ_EXAMPLES": str(examples), "RURALDESK_REQUIRE_POSTGRES": "1"}
    env.setdefault("RURALDESK_FUZZ_SEED", str(int(time.time())))   # a new search each soak
    cmd = [sys.executable, "-m", "pytest", TEST, "-q", "-s", "-p", "no:randomly", "-p", "no:cacheprovider",
           "-k", backend, "--timeout", "0"]
    if not quiet:
        print(f"  $ RURALDESK_FUZZ_EXAMPLES={examples} RURALDESK_FUZZ_SEED={env['RURALDESK_FUZZ_SEED']} "
              f"{' '.join(cmd[2:])}", flush=True)
    started = time.monotonic()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if not quiet or done.returncode:
        print(done.stdout[-6000:], done.stderr[-3000:], sep="\n", flush=True)
    found = [int(n) for b, n in _CASES.findall(done.stdout) if b == backend]
    return done.returncode, (found[-1] if found else 0), time.monotonic() - started


def examples_for(cases: int, line: tuple[float, float]) -> int:
    slope, intercept = line
    return max(1, math.ceil((cases * MARGIN - intercept) / max(slope, 1e-9)))


def calibrate() -> tuple[float, float] | str:
    """Cases per example (slope) and the part that does not grow with examples (intercept)."""
    points = []
    for n in CALIBRATION:
        code, cases, _ = run_test("sqlite", n, quiet=True)
        if code or not cases:
            return f"the measuring run with {n} examples failed (exit {code}, {cases} cases)"
        points.append((n, cases))
    (x1, y1), (x2, y2) = points
    slope = max((y2 - y1) / (x2 - x1), 1.0)
    return slope, max(0.0, y1 - slope * x1)


def run_backend(backend: str, cases: int, line: tuple[float, float]) -> dict:
    examples = examples_for(cases, line)
    print(f"schemathesis on {backend}: {examples} examples per operation and phase (aim: {cases} cases)",
          flush=True)
    code, sent, seconds = run_test(backend, examples)
    problem = ""
    if code == 5:
        problem = f"no test of {TEST} ran on {backend}"
    elif code:
        problem = f"pytest exited with {code}: see its output above"
    elif sent < cases:
        problem = f"only {sent} cases were generated, fewer than {cases}"
    return {"backend": backend, "examples": examples, "cases": sent, "seconds": round(seconds),
            "ok": not problem, "problem": problem}


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m soak fuzz", description=__doc__.split("\n\n")[0])
    p.add_argument("--sqlite-cases", type=int, default=20000)
    p.add_argument("--postgres-cases", type=int, default=5000)
    opts = p.parse_args(argv)
    line = calibrate()
    if isinstance(line, str):
        print(f"schemathesis long runs: FAILED: {line}")
        return 1
    print(f"schemathesis makes about {line[0]:.0f} cases per example (+{line[1]:.0f})")
    results = [run_backend(b, n, line) for b, n in (("sqlite", opts.sqlite_cases),
                                                    ("postgres", opts.postgres_cases)) if n > 0]
    print("schemathesis long runs (every check, every phase):")
    for r in results:
        state = "OK" if r["ok"] else f"FAILED: {r['problem']}"
        print(f"  {r['backend']:<9} {r['cases']:>6} cases ({r['examples']} examples per operation and "
              f"phase) in {r['seconds']} s: {state}")
    return 0 if all(r["ok"] for r in results) else 1
