"""A desktop session with an accessibility bus: a private D-Bus session, Xvfb, the AT-SPI bus
launcher, the real app in its own process, and a screen reader's agent (atspi_agent.py) that
reads it from outside, as Orca would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def missing() -> str | None:
    """What this machine lacks for the session, or None."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(LAUNCHER).exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed"
    return None


class Session:
    def __init__(self, tmp: Path, language: str = "en"):
        self.tmp = tmp
        self.language = language
        self.procs: list[subprocess.Popen] = []
        self.env = dict(os.environ)
        self.agent: subprocess.Popen | None = None
        self.app: subprocess.Popen | None = None

    def _start(self, args, **kw) -> subprocess.Popen:
        proc = subprocess.Popen(args, env=self.env, **kw)
        self.procs.append(proc)
        return proc

    def __enter__(self) -> "Session":
        home = self.tmp / "home"
        for sub in ("config", "data", "cache", "runtime"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        (home / "runtime").chmod(0o700)
        self.env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                        XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"),
                        LANGUAGE=self.language, LANG="C.UTF-8", NO_AT_BRIDGE="0")
        self.env.pop("QT_QPA_PLATFORM", None)
        bus = self._start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        xvfb = self._start(["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.env["DISPLAY"] = ":" + xvfb.stdout.readline().strip()
        self._start([LAUNCHER, "--launch-immediately"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        return self

    def start_app(self, db: Path) -> None:
        env = dict(self.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        self.app = subprocess.Popen([sys.executable, "-m", "ruraldesk", "--db", str(db)], env=env, cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=open(self.tmp / "app.log", "w"))
        self.procs.append(self.app)
        self.agent = self._start([SYSTEM_PYTHON, str(HERE / "atspi_agent.py"), "RuralDesk"],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(self, **command) -> dict:
        assert self.agent is not None and self.agent.stdin and self.agent.stdout
        self.agent.stdin.write(json.dumps(command) + "\n")
        self.agent.stdin.flush()
        return json.loads(self.agent.stdout.readline())

    def wait_window(self, name: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        seen: list = []
        while time.monotonic() < deadline:
            seen = self.ask(op="windows").get("windows", [])
            if any(name in w for w in seen):
                return
            time.sleep(0.3)
        log = (self.tmp / "app.log").read_text(errors="replace")[-2000:]
        raise AssertionError(f"no window {name!r} within {timeout} s; windows: {seen}; app log: {log}")

    def tree(self, window: str) -> list[dict]:
        for _ in range(20):     # objects can vanish while the reader walks (a list refilling)
            reply = self.ask(op="tree", window=window)
            if "nodes" in reply:
                return reply["nodes"]
            time.sleep(0.25)
        raise AssertionError(reply)

    def act(self, window: str, role: str, name: str) -> None:
        for _ in range(20):     # the tree may be changing under the reader (a form closing)
            reply = self.ask(op="act", window=window, role=role, name=name)
            if reply.get("ok"):
                return
            time.sleep(0.25)
        raise AssertionError(reply)

    def __exit__(self, *exc) -> None:
        if self.agent is not None and self.agent.stdin:
            self.agent.stdin.close()
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
