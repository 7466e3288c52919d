"""Helpers for tests (ours and the sync client's): a real server on a loopback port, and a
throwaway PostgreSQL cluster started from the installed binaries.

    with postgres_cluster(tmp) as url, serve(url, tmp / "data") as server:
        admin = server.service
        admin.create_group("demo"); admin.add_member("demo", "ana", "coordinator")
        _, token = admin.issue_token("demo", "ana")
        requests.get(server.url + "/v1/groups/demo/changes",
                     headers={"Authorization": f"Bearer {token}"})
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .config import Settings


class PostgresUnavailable(RuntimeError):
    """PostgreSQL binaries (initdb, pg_ctl) are not installed here."""


@dataclass
class ServerHandle:
    url: str
    settings: Settings
    service: "object"
    _server: "object"
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)
        self.service.db.dispose()

    # handy for tests: a group with members of every role and their tokens
    def make_group(self, group: str, roles: dict[str, str] | None = None) -> dict[str, str]:
        """Create `group` with members {member: role}; returns {member: token}."""
        roles = roles or {"coord": "coordinator", "member": "member", "reader": "reader"}
        self.service.create_group(group)
        tokens = {}
        for member, role in roles.items():
            self.service.add_member(group, member, role)
            tokens[member] = self.service.issue_token(group, member)[1]
        return tokens


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db_url: str | None, data_dir: Path, *, max_body: int | None = None,
          max_blob: int | None = None, body_timeout: float | None = None) -> Iterator[ServerHandle]:
    """The real app under uvicorn on a free 127.0.0.1 port, in a background thread."""
    import uvicorn

    from .app import create_app
    from .http import server_options

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(db_url=db_url, data_dir=data_dir, max_body=max_body, max_blob=max_blob,
                             body_timeout=body_timeout)
    app = create_app(settings)
    # IPPROTO_TCP, not 0: asyncio turns Nagle off only on sockets that say they are TCP
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                            **server_options(settings))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name=f"ruraldesk-server-{port}")
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    handle = ServerHandle(f"http://127.0.0.1:{port}", settings, app.state.service, server, thread)
    try:
        yield handle
    finally:
        handle.stop()
        sock.close()


def postgres_bindir() -> Path:
    env = os.environ.get("RURALDESK_PG_BIN")
    candidates = [env] if env else []
    candidates += ["/usr/lib/postgresql/15/bin", *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).parent))
    for c in candidates:
        if c and (Path(c) / "initdb").is_file() and (Path(c) / "pg_ctl").is_file():
            return Path(c)
    raise PostgresUnavailable("PostgreSQL is not installed here (no initdb/pg_ctl in "
                              "/usr/lib/postgresql/*/bin or on PATH; set RURALDESK_PG_BIN)")


@contextmanager
def postgres_cluster(tmp_dir: Path | None = None) -> Iterator[str]:
    """A fresh PostgreSQL cluster on a free 127.0.0.1 port; yields its SQLAlchemy URL and
    removes everything on exit. As root, the cluster runs as the `postgres` user."""
    bindir = postgres_bindir()
    prefix: list[str] = []
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no 'postgres' user to run "
                                      "the cluster as") from None
        runuser = shutil.which("runuser") or shutil.which("su")
        if not runuser:
            raise PostgresUnavailable("running as root and neither runuser nor su is available")
        prefix = [runuser, "-u", "postgres", "--"]
    # pytest's tmp dirs are private to root: the cluster lives in a folder its user can reach
    root = Path(tempfile.mkdtemp(prefix="ruraldesk-pg-", dir=None if owner else tmp_dir))
    data, sockets, logfile = root / "data", root / "sock", root / "postgres.log"
    sockets.mkdir()
    if owner:
        for p in (root, sockets):
            os.chown(p, owner.pw_uid, owner.pw_gid)
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, *args], env=env, capture_output=True, text=True, check=check,
                              timeout=120)

    try:
        try:
            run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--no-sync", "--no-instructions")
        except subprocess.CalledProcessError as exc:
            raise PostgresUnavailable(f"initdb failed: {exc.stderr.strip()[-500:]}") from None
        port = None
        for _attempt in range(5):
            port = free_port()
            opts = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
                    f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            started = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(logfile), "-o", opts,
                          "-w", "-t", "60", "start", check=False)
            if started.returncode == 0:
                break
        else:
            log = logfile.read_text(errors="replace")[-800:] if logfile.exists() else ""
            raise PostgresUnavailable(f"PostgreSQL did not start: {log}")
        created = subprocess.run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                                  "-U", "postgres", "ruraldesk"], env=env, capture_output=True,
                                 text=True, timeout=60)
        if created.returncode != 0:
            raise PostgresUnavailable(f"createdb failed: {created.stderr.strip()}")
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/ruraldesk"
        finally:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop", check=False)
    finally:
        shutil.rmtree(root, ignore_errors=True)
