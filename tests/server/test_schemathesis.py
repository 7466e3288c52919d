"""Schemathesis, every check enabled, against the server's own OpenAPI description, on
SQLite and on PostgreSQL: the description is exact (no undeclared status, header, content
type or body; nothing it calls valid refused; nothing it calls invalid accepted; 405 with
Allow; auth never ignored) and no input makes a 5xx.

It runs the schemathesis command line, as an outside tester would, with all four phases
(examples, coverage, fuzzing, stateful) against the real server on loopback, a coordinator's
token and the real group in the path. Two protocol rules JSON Schema cannot state are kept
by tests/server/schemathesis_hooks.py.

RURALDESK_FUZZ_EXAMPLES (default 8: about 300 cases, 20-30 s a backend) sets the examples
per operation and phase; RURALDESK_FUZZ_SEED makes a run random but repeatable (default:
deterministic); RURALDESK_FUZZ_WORKERS (default 1); RURALDESK_FUZZ_MIN_CASES fails a run
that generated fewer cases. A long run (`make soak`), e.g.
    RURALDESK_FUZZ_EXAMPLES=1500 RURALDESK_FUZZ_MIN_CASES=20000 RURALDESK_FUZZ_SEED=$RANDOM \\
        .venv/bin/pytest -q -s tests/server/test_schemathesis.py -p no:randomly -k sqlite
prints the case count ("schemathesis[sqlite]: N cases").
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path


HERE = Path(__file__).parent
EXAMPLES = int(os.environ.get("RURALDESK_FUZZ_EXAMPLES", "8"))
SEED = os.environ.get("RURALDESK_FUZZ_SEED")
WORKERS = os.environ.get("RURALDESK_FUZZ_WORKERS", "1")
MIN_CASES = int(os.environ.get("RURALDESK_FUZZ_MIN_CASES", "100"))


def _run(server, tmp_path: Path) -> tuple[int, str]:
    group = "fuzz-" + uuid.uuid4().hex[:8]
    token = server.make_group(group, {"coord": "coordinator"})["coord"]
    config = tmp_path / "schemathesis.toml"
    config.write_text(f'[parameters]\n"path.group" = "{group}"\n')
    cmd = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run",
           f"{server.url}/openapi.json", "--checks", "all", "--max-examples", str(EXAMPLES),
           "--workers", WORKERS, "--no-color", "-H", f"Authorization: Bearer {token}",
           *(["--seed", SEED] if SEED else ["--generation-deterministic"])]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "schemathesis_hooks",
           "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=tmp_path,
                          timeout=max(600, EXAMPLES * 10))
    return done.returncode, done.stdout + done.stderr


def test_schemathesis_with_every_check_passes(server, tmp_path, request):
    code, out = _run(server, tmp_path)
    generated = re.search(r"(\d+) generated", out)
    cases = int(generated.group(1)) if generated else 0
    backend = request.node.callspec.id
    print(f"\nschemathesis[{backend}]: {cases} cases, {EXAMPLES} examples per operation")
    # the report's tail holds the failures (with a curl line to reproduce each)
    assert code == 0, out[-12000:]
    assert "Failures:" not in out and "Errors:" not in out, out[-12000:]
    assert cases >= MIN_CASES, out[-3000:]   # it really ran
