"""The long schemathesis runs: the suite's own test (tests/server/test_schemathesis.py, every
check enabled) with many more examples, on SQLite and on PostgreSQL.

    python -m soak fuzz [--sqlite-cases 20000] [--postgres-cases 5000]

The test takes its examples per operation from RURALDESK_FUZZ_EXAMPLES; this spreads each
total over the server's operations (from its OpenAPI), counts the cases really sent
(soak/fuzz_count.py) and fails when a run finds anything or sends fewer than asked.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST = "tests/server/test_schemathesis.py"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
MARGIN = 1.05     # a little over, so that the count is past the total even if a few stop early


def operations() -> tuple[int, int]:
    """(operations, operations that take any input) in the server's OpenAPI."""
    from sync.server.app import create_app
    from sync.server.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings.load(db_url=f"sqlite:///{tmp}/openapi.sqlite", data_dir=tmp))
        schema = app.openapi()
        app.state.db.dispose()
    total = with_input = 0
    for path in schema.get("paths", {}).values():
        shared = path.get("parameters") or []
        for method, op in path.items():
            if method not in METHODS:
                continue
            total += 1
            with_input += bool(shared or op.get("parameters") or op.get("requestBody"))
    return total, with_input


def examples_for(cases: int, with_input: int) -> int:
    """Examples per operation: an operation without any input has a handful of distinct
    requests (Hypothesis stops there), so the total is spread over the others."""
    return max(1, math.ceil(cases * MARGIN / max(1, with_input)))


def run_backend(backend: str, cases: int, with_input: int) -> dict:
    examples = examples_for(cases, with_input)
    with tempfile.TemporaryDirectory() as tmp:
        count_file = Path(tmp) / "cases"
        env = {**os.environ, "RURALDESK_FUZZ_EXAMPLES": str(examples),
               "RURALDESK_SOAK_FUZZ_COUNT": str(count_file), "RURALDESK_REQUIRE_POSTGRES": "1",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        cmd = [sys.executable, "-m", "pytest", TEST, "-q", "-p", "no:randomly", "-p", "soak.fuzz_count",
               "-p", "no:cacheprovider", "-k", backend, "--timeout", "0"]
        print(f"schemathesis on {backend}: {examples} examples per operation "
              f"(aim: {cases} cases)\n  $ RURALDESK_FUZZ_EXAMPLES={examples} {' '.join(cmd[2:])}", flush=True)
        started = time.monotonic()
        done = subprocess.run(cmd, cwd=ROOT, env=env)
        seconds = time.monotonic() - started
        sent = int(count_file.read_text()) if count_file.exists() else 0
    problem = ""
    if done.returncode == 5:
        problem = (f"no test of {TEST} runs on {backend} (it should take the `server` fixture, "
                   f"whose ids are sqlite and postgres)")
    elif done.returncode:
        problem = f"pytest exited with {done.returncode}: see its output above"
    elif sent < cases:
        problem = f"only {sent} cases were sent, fewer than {cases}"
    return {"backend": backend, "examples_per_operation": examples, "cases": sent,
            "seconds": round(seconds), "ok": not problem, "problem": problem}


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m soak fuzz", description=__doc__.split("\n\n")[0])
    p.add_argument("--sqlite-cases", type=int, default=20000)
    p.add_argument("--postgres-cases", type=int, default=5000)
    opts = p.parse_args(argv)
    total, with_input = operations()
    print(f"the server's OpenAPI has {total} operations ({with_input} take input)")
    results = [run_backend(b, n, with_input) for b, n in (("sqlite", opts.sqlite_cases),
                                                          ("postgres", opts.postgres_cases)) if n > 0]
    print("schemathesis long runs (every check enabled):")
    for r in results:
        state = "OK" if r["ok"] else f"FAILED: {r['problem']}"
        print(f"  {r['backend']:<9} {r['cases']:>6} cases ({r['examples_per_operation']} examples per "
              f"operation) in {r['seconds']} s: {state}")
    return 0 if all(r["ok"] for r in results) else 1
