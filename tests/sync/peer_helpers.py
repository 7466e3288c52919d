"""Shared by the LAN sync tests: two replicas of one group that know each other's device keys,
an offer served on a thread, and a TCP proxy that cuts or corrupts the link on purpose."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from ruraldesk.store import Store
from sync.client import Account, save_account
from sync.peer.exchange import Offer


def known_to_each_other(group, *members: str) -> list[Store]:
    """Replicas that have each synced with the server (their device keys are registered) and
    then cached everyone's (what a LAN sync checks signatures with)."""
    from sync.relay.exchange import refresh_keys

    stores = [group.replica(m) for m in members]
    for s in stores:
        group.sync(s)               # registers its device key
    for s in stores:
        refresh_keys(s, group.replicator(s).transport, group.name)
    return stores


def replica_of(server, tmp_path: Path, group_name: str, member: str) -> Store:
    tokens = server.make_group(group_name, {member: "member"})
    store = Store(tmp_path / f"{group_name}-{member}" / "replica.sqlite", author=member)
    save_account(store, Account(server.url, group_name, member), tokens[member])
    return store


class Serving:
    """offer.serve() on a thread; .result or .error once it ends."""

    def __init__(self, offer: Offer, **kw):
        self.offer, self.cancel = offer, threading.Event()
        self.events: list[tuple[str, dict]] = []
        self.result = self.error = None
        self.thread = threading.Thread(target=self._run, kwargs=kw, daemon=True)
        self.thread.start()

    def _run(self, **kw) -> None:
        try:
            self.result = self.offer.serve(cancel=self.cancel, events=lambda k, d: self.events.append((k, d)), **kw)
        except BaseException as exc:
            self.error = exc

    def join(self, timeout: float = 60) -> None:
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the offer did not end"

    def stop(self) -> None:
        self.cancel.set()
        self.thread.join(10)

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.offer.port)


class CutProxy:
    """Forwards one connection at a time to `upstream`; with `cut_at` it closes both sides once
    that many bytes have passed (both directions counted), with `flip_at` it flips one bit of
    the byte at that offset. Then it goes on forwarding later connections cleanly."""

    def __init__(self, upstream: tuple[str, int], *, cut_at: int | None = None, flip_at: int | None = None,
                 cut_before_frame: int | None = None):
        self.upstream, self.cut_at, self.flip_at = upstream, cut_at, flip_at
        #: close the link just before the joiner's frame number N (1 = its hello) would pass
        self.cut_before_frame = cut_before_frame
        self.passed = 0
        self.faults = 0
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.address = ("127.0.0.1", self.port)
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            up = socket.create_connection(self.upstream)
            done = threading.Event()
            for a, b in ((client, up), (up, client)):
                pump = self._frames if a is client and self.cut_before_frame else self._pump
                threading.Thread(target=pump, args=(a, b, client, up, done), daemon=True).start()
            done.wait()

    def _frames(self, src, dst, client, up, done) -> None:
        """The joiner's side, frame by frame (4-byte length, then the frame)."""
        def exact(n: int) -> bytes:
            data = b""
            while len(data) < n:
                chunk = src.recv(n - len(data))
                if not chunk:
                    raise OSError("closed")
                data += chunk
            return data

        frame = 0
        try:
            while True:
                head = exact(4)
                body = exact(int.from_bytes(head, "big"))
                frame += 1
                if frame == self.cut_before_frame:
                    self.faults += 1
                    self.cut_before_frame = None
                    break
                dst.sendall(head + body)
        except OSError:
            pass
        self._close(client, up, done)

    def _pump(self, src, dst, client, up, done) -> None:
        try:
            while data := src.recv(4096):
                with self._lock:
                    start, self.passed = self.passed, self.passed + len(data)
                    cut = self.cut_at is not None and self.passed >= self.cut_at
                    flip = self.flip_at is not None and start <= self.flip_at < self.passed
                    if cut or flip:
                        self.faults += 1
                if flip:
                    i = self.flip_at - start
                    data = data[:i] + bytes([data[i] ^ 0x10]) + data[i + 1:]
                    self.flip_at = None
                if cut:
                    dst.sendall(data[:len(data) - (self.passed - self.cut_at)])
                    self.cut_at = None
                    break
                dst.sendall(data)
        except OSError:
            pass
        self._close(client, up, done)

    @staticmethod
    def _close(client, up, done) -> None:
        for s in (client, up):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
        done.set()
