"""A sync killed with SIGKILL at random moments resumes correctly: nothing lost, nothing
applied twice (the replica commits each batch's results and each page with its cursor)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from ruraldesk.io.demo import generate
from ruraldesk.store import Store

from sync_helpers import assert_same

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _run_killed(db, rng: random.Random, kills: int, progress) -> list:
    """Start `ruraldesk sync`, SIGKILL it when the work reaches a random point (progress()
    is the share done, 0..1, read from the replica file), `kills` times; then let it finish."""
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    cmd = [sys.executable, "-m", "ruraldesk.cli", "sync", "--db", str(db), "--quiet",
           "--batch", "40", "--page", "10"]        # small pages: a loopback pull is quick
    moments = []
    for _ in range(kills):
        target = rng.uniform(0.0, 0.95)
        extra = rng.uniform(0, 0.02)
        start = progress()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if progress() >= max(target, start + 0.01):
                time.sleep(extra)
                break
            time.sleep(0.005)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            moments.append((round(start, 2), round(progress(), 2)))
        else:
            assert proc.returncode == 0, proc.stderr.read()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return moments


def test_sigkill_at_random_moments_resumes(group):
    seed = int(os.environ.get("RURALDESK_KILL_SEED", "5"))
    rng = random.Random(seed)
    a = group.replica("ana")
    generate(a, 300, seed=3)          # 900 records + links + attachments, all pending
    a.update(a.list_ids("practice")[0], {"title": "edited before the first sync"})
    pending = a.pending_count()
    assert pending > 900
    killed_push = _run_killed(a.path, rng, 4, lambda: 1 - a.pending_count() / pending)
    assert a.pending_count() == 0
    b = group.replica("rui")
    total = sum(a.count(c) for c in ("practice", "contact", "tool", "attachment"))
    killed_pull = _run_killed(b.path, rng, 4, lambda: sum(
        b.count(c) for c in ("practice", "contact", "tool", "attachment")) / total)
    print("kills (share done before, after):", killed_push, killed_pull)
    # kills landed in the middle of the work
    assert any(0 < after < 1 for _, after in killed_push)
    assert any(0 < after < 1 for _, after in killed_pull)
    group.sync(a)
    assert_same(a, b)
    # nothing applied twice: one create per record on the server and on the pulling replica
    svc = group.server.service
    for rid in rng.sample(a.list_ids("contact"), 20):
        creates = [h for h in svc.history(group.name, rid) if h["op"] == "create"]
        assert len(creates) == 1
    with b.read() as conn:
        dupes = conn.exec_driver_sql("SELECT record_id, count(*) FROM journal WHERE op = 'create' "
                                     "GROUP BY record_id HAVING count(*) > 1").all()
    assert dupes == []
    # every attachment's bytes arrived whole
    for att in b.window("attachment", 0, 1000):
        assert b.blobs.has(att.fields["sha256"])
    with Store(b.path) as again:
        assert again.check_integrity() == []
