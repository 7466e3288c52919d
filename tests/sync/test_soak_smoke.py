"""The fault run of `make soak` (soak/faults.py), small enough for every test run: 4 replicas,
each driven by the real client in its own process, against the real server process on a
real PostgreSQL; the server SIGKILLed and restarted at least twice, clients SIGKILLed
mid-sync, conflicting edits on the same fields; after the faults every replica equals the
server and no committed value is lost or applied twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sync.server.testing import PostgresUnavailable, postgres_bindir

pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]

ROOT = Path(__file__).resolve().parents[2]


def test_small_fault_run_on_postgres_loses_nothing(tmp_path):
    try:
        postgres_bindir()
    except PostgresUnavailable as exc:
        if os.environ.get("RURALDESK_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here: {exc}")
        pytest.skip(str(exc))
    out = tmp_path / "figures.json"
    # The kills are counted, not timed: the run goes on past --duration until both minimums
    # are reached, however slow the machine.
    cmd = [sys.executable, "-m", "soak", "faults", "--backend", "postgres", "--replicas", "4",
           "--duration", "6", "--server-kill-every", "2.5", "--client-kill-every", "1",
           "--min-server-kills", "2", "--min-client-kills", "2", "--erasures", "1",
           "--seed", "7", "--keep", str(tmp_path / "run"),
           "--json-out", str(out)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    print(done.stdout[-4000:], done.stderr[-4000:])
    assert out.exists(), done.stderr[-2000:]
    fig = json.loads(out.read_text())
    assert fig["server_kills"] >= 2 and fig["client_kills"] >= 2
    assert fig["edits"] > 0 and fig["syncs"] > 0 and fig["records"] > 0
    assert (fig["mismatches"], fig["lost"], fig["duplicated"]) == (0, 0, 0), fig["problems"]
    assert (fig["damaged_replicas"], fig["client_crashes"], fig["server_errors"]) == (0, 0, 0), fig["problems"]
    assert fig["ok"] and done.returncode == 0, fig["problems"]
