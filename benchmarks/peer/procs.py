"""Child processes of the peer benchmark: servers, the counting proxy, the throttle."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent


class Child:
    """A child process whose first stdout line is a JSON object (its ports)."""

    def __init__(self, argv: list[str], *, cwd: Path | None = None, log: Path | None = None,
                 env: dict[str, str] | None = None, first_line: bool = True, timeout: float = 60,
                 control: bool = False):
        self.log = open(log, "ab") if log else subprocess.DEVNULL
        self.proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE if first_line else self.log,
                                     stdin=subprocess.PIPE if control else subprocess.DEVNULL,
                                     stderr=self.log, env=env, start_new_session=True)
        self.info: dict = {}
        if first_line:
            lines: queue.Queue = queue.Queue()
            threading.Thread(target=lambda: lines.put(self.proc.stdout.readline()), daemon=True).start()
            try:
                line = lines.get(timeout=timeout)
            except queue.Empty:
                self.stop()
                raise RuntimeError(f"{argv[:2]} did not start within {timeout} s") from None
            if not line:
                self.stop()
                raise RuntimeError(f"{argv[:2]} exited before printing its ports (see {log})")
            self.info = json.loads(line)
            if not control:     # keep the pipe drained so that a chatty child never blocks on it
                threading.Thread(target=lambda: [None for _ in self.proc.stdout], daemon=True).start()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if self.log is not subprocess.DEVNULL:
            self.log.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with code {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


class CountingProxy:
    """The peer's proxy.js, standalone: the same request and wire-byte accounting for both
    systems (counted on the client side of the proxy, as the client sent and received them)."""

    def __init__(self, peer_dir: Path, target_port: int, log: Path):
        self.child = Child(["node", str(peer_dir / "proxy.js"), "--target", str(target_port)],
                           cwd=peer_dir, log=log)
        self.port = self.child.info["proxy_port"]
        self.control = self.child.info["control_port"]
        self.url = f"http://127.0.0.1:{self.port}"

    def _call(self, method: str, path: str) -> dict:
        req = urllib.request.Request(f"http://127.0.0.1:{self.control}{path}", method=method,
                                     data=b"" if method == "POST" else None)
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read())

    def reset(self) -> None:
        self._call("POST", "/reset")

    def stats(self) -> dict:
        s = self._call("GET", "/stats")
        return {k: s[k] for k in ("requests", "bytes_up", "bytes_down", "body_up", "body_down",
                                  "gzip_responses", "connections", "errors", "by_route")}

    def stop(self) -> None:
        self.child.stop()


class ThrottleProxy:
    """throttle.py in its own process, so that its timers never wait on the client's GIL.
    Starts as a pass-through; on() switches the slow link in for new connections."""

    def __init__(self, target_port: int, profile: dict, log: Path):
        self.child = Child([sys.executable, str(HERE / "throttle.py"), "--target", str(target_port),
                            "--down-kbit", str(profile["down_kbit"]), "--up-kbit", str(profile["up_kbit"]),
                            "--rtt-ms", str(profile["rtt_ms"]), "--off"], log=log, control=True)
        self.url = f"http://127.0.0.1:{self.child.info['port']}"

    def _switch(self, word: str) -> None:
        self.child.proc.stdin.write(word.encode() + b"\n")
        self.child.proc.stdin.flush()
        if self.child.proc.stdout.readline().strip() != b"ok":
            raise RuntimeError("the throttle did not answer")

    def on(self) -> None:
        self._switch("on")

    def off(self) -> None:
        self._switch("off")

    def stop(self) -> None:
        self.child.stop()


def dir_bytes(path: Path) -> int:
    if not path.exists():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def env_without(*names: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in names}


def ruraldesk_server(data_dir: Path, log: Path, code: str | None = None) -> tuple[Child, int]:
    """`ruraldesk-server serve` on `data_dir` in a child process, listening on a free
    loopback port; `code` is the source tree it runs (this one by default)."""
    port = free_port()
    env = env_without("RURALDESK_SERVER_DB", "RURALDESK_SERVER_DATA_DIR")
    env["PYTHONPATH"] = code or str(HERE.parent.parent)
    child = Child([str(Path(sys.executable).with_name("ruraldesk-server")), "--data-dir", str(data_dir),
                   "serve", "--host", "127.0.0.1", "--port", str(port)], log=log, env=env, first_line=False)
    try:
        wait_port(port, child.proc)
    except BaseException:
        child.stop()
        raise
    return child, port
