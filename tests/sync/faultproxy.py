"""A small loopback HTTP proxy that breaks things on purpose.

    with FaultProxy(("127.0.0.1", server_port)) as proxy:
        url = proxy.url                                  # point the client here
        proxy.plan(["drop_response", "pass", "429:1"])   # the next requests' fates, in order
        proxy.randomize(0.3, random.Random(7))           # or: each request faulty with p=0.3
        proxy.limit(8_000)                               # 64 kbit/s both ways
        proxy.delay(0.15)                                # and a 150 ms round trip

Faults (one per request; the proxy serves one request per connection and closes it):

* ``pass``           forward as is;
* ``drop_request``   read part of the request body, then close: the server never sees it;
* ``drop_response``  forward (the server *does* apply it), send back the headers and part
                     of the body, then close — the case that needs idempotent retries;
* ``500``            answer 500 without forwarding;
* ``429:N``          answer 429 with ``Retry-After: N`` without forwarding;
* ``trickle``        forward, and send the response back in small pieces, slowly.

Counts every request and the bytes both ways (`proxy.requests`, `proxy.bytes_up`,
`proxy.bytes_down`, `proxy.faults`).
"""

from __future__ import annotations

import random
import socket
import threading
import time
from collections import Counter, deque

FAULTS = ("pass", "drop_request", "drop_response", "500", "429:0", "429:1", "trickle")


class FaultProxy:
    def __init__(self, upstream: tuple[str, int], *, host: str = "127.0.0.1"):
        self.upstream = upstream
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self._plan: deque[str] = deque()
        self._rate = 0.0
        self._rng = random.Random(0)
        self._choices: tuple[str, ...] = FAULTS[1:]
        self._bps: float | None = None
        self._rtt = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.requests = 0
        self.bytes_up = 0
        self.bytes_down = 0
        self.faults: Counter[str] = Counter()
        self.lines: list[str] = []          # request lines seen, e.g. "GET /v1/...?since=3 HTTP/1.1"
        self._thread = threading.Thread(target=self._serve, daemon=True, name="faultproxy")
        self._thread.start()

    # -- configuration -----------------------------------------------------------------
    def plan(self, faults: list[str]) -> None:
        with self._lock:
            self._plan.extend(faults)

    def randomize(self, rate: float, rng: random.Random | None = None,
                  choices: tuple[str, ...] | None = None) -> None:
        with self._lock:
            self._rate = rate
            if rng is not None:
                self._rng = rng
            if choices is not None:
                self._choices = choices

    def clean(self) -> None:
        with self._lock:
            self._plan.clear()
            self._rate = 0.0
            self.lines.clear()
            self._bps = None
            self._rtt = 0.0

    def limit(self, bytes_per_second: float | None) -> None:
        self._bps = bytes_per_second

    def delay(self, round_trip: float) -> None:
        """Every request waits this long before it goes on (the link's latency)."""
        self._rtt = round_trip

    def _next_fault(self) -> str:
        with self._lock:
            self.requests += 1
            if self._plan:
                fault = self._plan.popleft()
            elif self._rate and self._rng.random() < self._rate:
                fault = self._rng.choice(self._choices)
            else:
                fault = "pass"
            self.faults[fault] += 1
            return fault

    # -- running -------------------------------------------------------------------------
    def close(self) -> None:
        self._stop.set()
        try:
            self._sock.close()
        except OSError:
            pass

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _send(self, conn: socket.socket, data: bytes, *, piece: int = 0, delay: float = 0.0) -> None:
        bps = self._bps
        if bps:
            piece = piece or max(256, int(bps / 20))
        if not piece:
            conn.sendall(data)
            return
        for i in range(0, len(data), piece):
            chunk = data[i:i + piece]
            conn.sendall(chunk)
            wait = max(delay, len(chunk) / bps if bps else 0.0)
            if wait:
                time.sleep(wait)

    def _read_request(self, conn: socket.socket) -> tuple[bytes, bytes] | None:
        buf = b""
        while b"\r\n\r\n" not in buf:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            buf += chunk
        head, _, body = buf.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            body += chunk
        if self._bps:
            time.sleep((len(head) + len(body)) / self._bps)
        return head, body

    def _forward(self, head: bytes, body: bytes) -> bytes:
        lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith((b"connection:", b"keep-alive:"))]
        lines.append(b"Connection: close")
        with socket.create_connection(self.upstream, timeout=120) as up:
            up.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
            out = b""
            while True:
                chunk = up.recv(65536)
                if not chunk:
                    return out
                out += chunk

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(120)
            got = self._read_request(conn)
            if got is None:
                return
            head, body = got
            with self._lock:
                self.bytes_up += len(head) + 4 + len(body)
                self.lines.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
            fault = self._next_fault()
            if self._rtt:
                time.sleep(self._rtt)
            if fault == "drop_request":
                return  # read it all but never forwarded: as if cut on the way
            if fault == "500":
                self._reply(conn, 500, "Internal Server Error", b'{"detail":"injected failure"}')
                return
            if fault.startswith("429"):
                after = fault.partition(":")[2] or "1"
                self._reply(conn, 429, "Too Many Requests", b'{"detail":"slow down"}',
                            extra=f"Retry-After: {after}\r\n")
                return
            response = self._forward(head, body)
            with self._lock:
                self.bytes_down += len(response)
            if fault == "drop_response":
                head_end = response.find(b"\r\n\r\n") + 4
                cut = head_end + max(0, (len(response) - head_end) // 2)
                if cut >= len(response):
                    cut = max(1, head_end - 2)  # no body: cut inside the headers
                self._send(conn, response[:cut])
                return
            if fault == "trickle":
                self._send(conn, response, piece=max(64, len(response) // 8), delay=0.05)
                return
            self._send(conn, response)
        except OSError:
            pass
        finally:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()

    def _reply(self, conn: socket.socket, status: int, reason: str, body: bytes, extra: str = "") -> None:
        head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n").encode()
        with self._lock:
            self.bytes_down += len(head) + len(body)
        self._send(conn, head + body)
