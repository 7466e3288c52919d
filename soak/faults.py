"""The fault run: many replicas, each driven by the real client in its own process, against
the real server in its own process, while the server is SIGKILLed and restarted every few
seconds and clients are SIGKILLed mid-sync; then the faults stop, every replica syncs until
the group is quiet, and the end state is checked (soak/checks.py).

    python -m soak faults [--backend postgres|sqlite] [--replicas 20] [--duration 240]
                          [--server-kill-every 8] [--client-kill-every 1.5] [--erasures 3]
                          [--seed 1] [--json-out FILE] [--keep DIR]

Exit code 0 only when every replica equals the server, no committed value is lost, nothing
was applied twice, no replica file is damaged, no client crashed and the server answered
no 5xx. Everything stays on 127.0.0.1 and stops by itself.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator

import requests

ROOT = Path(__file__).resolve().parent.parent
GROUP = "soak"
SEED_RECORDS = 12      # per collection, made before the clients start
HOT = 4                # per collection: the records every replica keeps editing
ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",   # tokens in 0600 files, not the user's keyring
       "PYTHONPATH": str(ROOT)}


@dataclass
class Figures:
    backend: str = ""
    replicas: int = 0
    seconds_faults: float = 0.0
    seconds_total: float = 0.0
    seconds_server_down: float = 0.0
    edits: int = 0
    edits_refused: int = 0
    syncs: int = 0
    syncs_failed: int = 0
    server_kills: int = 0
    client_kills: int = 0
    client_kills_mid_sync: int = 0
    erasures: int = 0
    conflicts_opened: int = 0
    conflicts_open_at_end: int = 0
    settle_rounds: int = 0
    records: int = 0
    records_in_trash: int = 0
    mismatches: int = 0
    lost: int = 0
    duplicated: int = 0
    damaged_replicas: int = 0
    client_crashes: int = 0
    server_errors: int = 0
    #: the run itself did not do what it should (kills not reached, group never quiet)
    incomplete: int = 0
    problems: list[str] = field(default_factory=list)
    #: per round of the settling syncs, per replica: pushed/received/conflicts/erasures
    settle_log: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.mismatches or self.lost or self.duplicated or self.damaged_replicas
                    or self.client_crashes or self.server_errors or self.incomplete)

    def table(self) -> str:
        rows = [("backend", self.backend), ("replicas", self.replicas),
                ("time under faults", f"{self.seconds_faults:.0f} s"),
                ("time in all", f"{self.seconds_total:.0f} s"),
                ("server down (restarting)", f"{self.seconds_server_down:.0f} s"),
                ("edits committed", self.edits), ("edits refused (record erased)", self.edits_refused),
                ("syncs", f"{self.syncs} ({self.syncs_failed} cut short by a fault)"),
                ("server SIGKILLs", self.server_kills),
                ("client SIGKILLs", f"{self.client_kills} ({self.client_kills_mid_sync} mid-sync)"),
                ("erasures", self.erasures), ("conflicts opened", self.conflicts_opened),
                ("conflicts open at the end", self.conflicts_open_at_end),
                ("rounds to quiet", self.settle_rounds),
                ("records", f"{self.records} ({self.records_in_trash} in the trash)"),
                ("replicas different from the server", self.mismatches),
                ("committed values lost", self.lost), ("applied twice", self.duplicated),
                ("damaged replica files", self.damaged_replicas), ("client crashes", self.client_crashes),
                ("server 5xx answers", self.server_errors)]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"  {k:<{width}}  {v}" for k, v in rows)


# -- the server, as a process -------------------------------------------------------------
def server_command() -> list[str]:
    script = Path(sys.executable).with_name("ruraldesk-server")
    return [str(script)] if script.exists() else [sys.executable, "-m", "sync.server.admin"]


class ServerProcess:
    def __init__(self, db_url: str, data_dir: Path, port: int, log: Path):
        self.db_url, self.data_dir, self.port, self.log = db_url, data_dir, port, log
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None
        self.down_since: float | None = None
        self.downtime = 0.0

    def start(self, timeout: float = 90) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [*server_command(), "--db", self.db_url, "--data-dir", str(self.data_dir),
                 "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=ROOT, env={**os.environ, **ENV}, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}; see {self.log}")
            try:
                if requests.get(self.url + "/v1/health", timeout=2).status_code == 200:
                    if self.down_since is not None:
                        self.downtime += time.monotonic() - self.down_since
                        self.down_since = None
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"the server did not answer within {timeout:.0f} s; see {self.log}")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.down_since = time.monotonic()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def errors(self) -> list[str]:
        """5xx answers and unhandled errors in the server's log, over every restart."""
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return [line for line in text.splitlines()
                if "unhandled error" in line or '" 50' in line and "HTTP/1" in line]


# -- the clients, as processes ------------------------------------------------------------
class Client:
    def __init__(self, run_dir: Path, index: int, rng: random.Random, during: float):
        self.run_dir, self.index, self.rng, self.during = run_dir, index, rng, during
        self.starts = 0
        self.syncing = False
        self.proc: subprocess.Popen | None = None
        self.stderr = run_dir / "replicas" / f"r{index:02d}" / "driver.log"

    def start(self) -> None:
        self.starts += 1
        self.syncing = False
        with self.stderr.open("ab") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "soak.replica", str(self.run_dir), str(self.index),
                 str(self.starts), str(self.rng.randrange(2**32)), str(self.during)],
                cwd=ROOT, env={**os.environ, **ENV}, stdout=subprocess.PIPE, stderr=err,
                stdin=subprocess.DEVNULL, start_new_session=True)
        threading.Thread(target=self._follow, args=(self.proc,), daemon=True).start()

    def _follow(self, proc: subprocess.Popen) -> None:
        for line in proc.stdout:
            if proc is self.proc:
                self.syncing = line.strip() == b"sync"
        proc.stdout.close()

    def kill(self) -> bool:
        """SIGKILL; True when it was in the middle of a sync."""
        mid = self.syncing
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
        return mid

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)

    def wait(self, timeout: float) -> None:
        if not self.proc:
            return
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()


# -- set-up -------------------------------------------------------------------------------
@contextmanager
def database(backend: str, work: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{work / 'server' / 'server.sqlite'}"
        return
    from sync.server.testing import postgres_cluster

    with postgres_cluster(work) as url:
        yield url


def make_group(db_url: str, replicas: int) -> dict[str, str]:
    from sync.server.db import Database
    from sync.server.service import Service

    svc = Service(Database(db_url))
    try:
        svc.create_group(GROUP, "Fault run")
        members = {"coord": "coordinator"} | {f"r{i:02d}": "member" for i in range(replicas)}
        tokens = {}
        for member, role in members.items():
            svc.add_member(GROUP, member, role)
            tokens[member] = svc.issue_token(GROUP, member, "soak")[1]
        return tokens
    finally:
        svc.db.dispose()


def make_replicas(run_dir: Path, url: str, tokens: dict[str, str], replicas: int) -> None:
    """Replica files with their accounts; the first creates the shared records, every one
    fetches them, so the clients' edits meet on the same records from the start."""
    from ruraldesk.store import Store
    from sync.client import Account, Replicator, save_account

    from .replica import replica_dir

    stores = []
    for i in range(replicas):
        d = replica_dir(run_dir, i)
        d.mkdir(parents=True, exist_ok=True)
        s = Store(d / "replica.sqlite", author=f"r{i:02d}")
        save_account(s, Account(url, GROUP, f"r{i:02d}"), tokens[f"r{i:02d}"])
        stores.append(s)
    try:
        first = stores[0]
        practices = [first.create("practice", {"title": f"seed practice {n}", "kind": "good"}).id
                     for n in range(SEED_RECORDS)]
        contacts = [first.create("contact", {"kind": "person", "name": f"seed contact {n}"}).id
                    for n in range(SEED_RECORDS)]
        for s in stores:
            _clean_sync(s)
        (run_dir / "seed.json").write_text(json.dumps({
            "hot": [["practice", i] for i in practices[:HOT]] + [["contact", i] for i in contacts[:HOT]],
            "cold": practices[HOT:] + contacts[HOT:]}))
    finally:
        for s in stores:
            s.close()


def _clean_sync(store):
    from sync.client import Replicator, load_account

    rep = Replicator(store, load_account(store), confirm_mass_change=lambda summary: True,
                     read_timeout=120, max_attempts=8, backoff_base=0.2, backoff_cap=2)
    try:
        return rep.sync()
    finally:
        rep.transport.close()


# -- the run ------------------------------------------------------------------------------
def erase_one(url: str, token: str, record_id: str) -> bool:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            r = requests.post(f"{url}/v1/groups/{GROUP}/records/{record_id}/erase",
                              headers={"Authorization": f"Bearer {token}"}, timeout=30)
            return r.status_code == 200
        except requests.RequestException:   # the server is being restarted
            time.sleep(0.2)
    return False


def fault_phase(opts, rng: random.Random, server: ServerProcess, clients: list[Client],
                tokens: dict[str, str], cold: list[str], fig: Figures) -> None:
    started = time.monotonic()
    end = started + opts.duration
    next_server_kill = started + rng.uniform(0.5, 1.5) * opts.server_kill_every
    next_client_kill = started + rng.uniform(0.5, 1.5) * opts.client_kill_every
    erase_at = sorted(started + opts.duration * (n + 1) / (opts.erasures + 1) for n in range(opts.erasures))
    erasable = list(cold)
    rng.shuffle(erasable)
    pending_kill: tuple[float, Client] | None = None
    while True:
        now = time.monotonic()
        if now >= end and fig.server_kills >= opts.min_server_kills and fig.client_kills >= opts.min_client_kills:
            break
        if now > end + opts.duration + 120:
            fig.incomplete += 1
            fig.problems.append("the minimum numbers of kills were not reached in time")
            break
        if now >= next_server_kill:
            server.kill()
            fig.server_kills += 1
            time.sleep(rng.uniform(0, 0.5))   # down for a moment: clients meet refused connections
            server.start()
            next_server_kill = time.monotonic() + rng.uniform(0.5, 1.5) * opts.server_kill_every
        if pending_kill is None and now >= next_client_kill:
            syncing = [c for c in clients if c.syncing]
            if syncing:   # a moment into its sync, so that it dies in the middle of the work
                pending_kill = (now + rng.uniform(0, 0.3), rng.choice(syncing))
        if pending_kill and now >= pending_kill[0]:
            victim = pending_kill[1]
            fig.client_kills += 1
            fig.client_kills_mid_sync += victim.kill()
            victim.start()
            pending_kill = None
            next_client_kill = time.monotonic() + rng.uniform(0.5, 1.5) * opts.client_kill_every
        if erase_at and now >= erase_at[0] and erasable:
            erase_at.pop(0)
            fig.erasures += erase_one(server.url, tokens["coord"], erasable.pop())
        for c in clients:
            if c.proc and c.proc.poll() is not None:   # exited on its own: a crash, keep going
                fig.client_crashes += 1
                fig.problems.append(f"client r{c.index:02d} exited with {c.proc.returncode}; see {c.stderr}")
                c.start()
        time.sleep(0.02)
    fig.seconds_faults = time.monotonic() - started
    fig.seconds_server_down = server.downtime


def settle(run_dir: Path, replicas: int, fig: Figures, max_rounds: int = 12) -> list:
    """Sync every replica, round after round, until a whole round moves nothing (and at
    least twice around); returns the open stores."""
    from ruraldesk.store import Store

    from .replica import replica_dir

    stores = [Store(replica_dir(run_dir, i) / "replica.sqlite", author=f"r{i:02d}") for i in range(replicas)]
    for n in range(1, max_rounds + 1):
        reports = [_clean_sync(s) for s in stores]
        quiet = all(r.up_to_date for r in reports)
        fig.settle_rounds = n
        fig.settle_log.append(" ".join(f"{r.pushed}/{r.received}/{r.conflicts}/{r.erasures}" for r in reports))
        if quiet and n >= 2:
            return stores
    fig.incomplete += 1
    fig.problems.append(f"the group was not quiet after {max_rounds} rounds of syncs")
    return stores


def check(db_url: str, run_dir: Path, stores: list, fig: Figures) -> None:
    from . import checks
    from .replica import replica_dir

    server = checks.server_state(db_url, GROUP)
    fig.records = len(server.records)
    fig.records_in_trash = sum(1 for _, _, deleted in server.records.values() if deleted)
    fig.conflicts_opened = len(server.all_conflicts)
    fig.conflicts_open_at_end = len(server.open_conflicts)
    for s in stores:
        diff = checks.replica_differences(s, server)
        if diff:
            fig.mismatches += 1
            fig.problems += [f"{s.path.parent.name}: {d}" for d in diff]
        damage = s.check_integrity()
        if damage:
            fig.damaged_replicas += 1
            fig.problems += [f"{s.path.parent.name}: integrity: {d}" for d in damage[:5]]
    logs = {f"r{i:02d}": checks.read_log(replica_dir(run_dir, i) / "edits.jsonl") for i in range(len(stores))}
    for entries in logs.values():
        for e in entries:
            op = e.get("op")
            if op == "sync":
                fig.syncs += 1
                fig.syncs_failed += not e.get("ok")
            elif op == "refused":
                fig.edits_refused += 1
            elif op == "crash":
                fig.problems.append(f"client crash: {e.get('error', '')[-600:]}")
            elif op:
                fig.edits += 1
    lost = checks.lost_values(logs, server, checks.replaced_on_replicas(stores))
    fig.lost = len(lost)
    fig.problems += lost[:20]
    dupes = checks.duplicates(server, stores)
    fig.duplicated = len(dupes)
    fig.problems += dupes[:20]


def dump_server(db_url: str, out: Path) -> None:
    """The group's tables as JSON, for a failed run: the throwaway cluster is gone afterwards."""
    from sqlalchemy import create_engine, select

    from sync.server.config import normalise_url
    from sync.server.models import Change, Conflict, Erasure, Record

    engine = create_engine(normalise_url(db_url))
    try:
        with engine.connect() as c:
            data = {t.__tablename__: [dict(r._mapping) for r in c.execute(
                select(t.__table__).where(t.group_id == GROUP))] for t in (Record, Change, Conflict, Erasure)}
    finally:
        engine.dispose()
    out.write_text(json.dumps(data, default=str, ensure_ascii=False))


def run(opts) -> Figures:
    rng = random.Random(opts.seed)
    fig = Figures(backend=opts.backend, replicas=opts.replicas)
    t0 = time.monotonic()
    work = Path(opts.keep) if opts.keep else Path(tempfile.mkdtemp(prefix="ruraldesk-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    run_dir = work / "run"
    if run_dir.exists():
        shutil.rmtree(run_dir)
    (run_dir / "replicas").mkdir(parents=True)
    os.environ.update(ENV)
    from sync.server.testing import free_port

    clients: list[Client] = []
    server = None
    try:
        with database(opts.backend, run_dir) as db_url:
            tokens = make_group(db_url, opts.replicas)
            server = ServerProcess(db_url, run_dir / "server", free_port(), run_dir / "server.log")
            server.start()
            make_replicas(run_dir, server.url, tokens, opts.replicas)
            cold = json.loads((run_dir / "seed.json").read_text())["cold"]
            clients = [Client(run_dir, i, random.Random(rng.randrange(2**32)), opts.edits_during_sync) for i in range(opts.replicas)]
            for c in clients:
                c.start()
            try:
                fault_phase(opts, rng, server, clients, tokens, cold, fig)
            finally:
                for c in clients:
                    c.stop()
                for c in clients:
                    c.wait(60)
            if server.proc is None or server.proc.poll() is not None:
                server.start()
            stores = settle(run_dir, opts.replicas, fig)
            try:
                server.stop()
                errors = server.errors()
                fig.server_errors = len(errors)
                fig.problems += [f"server: {line}" for line in errors[:10]]
                check(db_url, run_dir, stores, fig)
                if not fig.ok:
                    dump_server(db_url, run_dir / "server-dump.json")
            finally:
                for s in stores:
                    s.close()
    finally:
        for c in clients:
            c.kill()
        if server:
            server.kill()
        fig.seconds_total = time.monotonic() - t0
        if not opts.keep and fig.ok:
            shutil.rmtree(work, ignore_errors=True)
        elif not fig.ok:
            print(f"(the run's files are kept in {work})", file=sys.stderr)
    return fig


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m soak faults", description=__doc__.split("\n\n")[0])
    p.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    p.add_argument("--replicas", type=int, default=20)
    p.add_argument("--duration", type=float, default=240, help="seconds under faults (default 240)")
    p.add_argument("--server-kill-every", type=float, default=8.0, metavar="S",
                   help="mean seconds the server runs between SIGKILLs (default 8)")
    p.add_argument("--client-kill-every", type=float, default=1.5, metavar="S",
                   help="mean seconds between client SIGKILLs (default 1.5)")
    p.add_argument("--min-server-kills", type=int, default=0, help="go on past --duration until this many")
    p.add_argument("--min-client-kills", type=int, default=0, help="go on past --duration until this many")
    p.add_argument("--erasures", type=int, default=3, help="records a coordinator erases during the run")
    p.add_argument("--edits-during-sync", type=float, default=0.3, metavar="SHARE",
                   help="share of syncs during which the client edits too, as in the app (default 0.3)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json-out", type=Path, help="also write the figures to this JSON file")
    p.add_argument("--keep", help="work in this folder and keep it (default: a temporary folder, "
                   "removed after a clean run)")
    return p


def main(argv: list[str]) -> int:
    opts = parser().parse_args(argv)
    fig = run(opts)
    print(f"fault run on {opts.backend}:")
    print(fig.table())
    for line in fig.problems[:40]:
        print("  !", line)
    if opts.json_out:
        opts.json_out.write_text(json.dumps(asdict(fig) | {"ok": fig.ok}, indent=2))
    print("fault run: OK" if fig.ok else "fault run: FAILED")
    return 0 if fig.ok else 1
