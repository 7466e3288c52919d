"""HTTP for the sync client: one `requests.Session` with everything a poor link needs.

    t = Transport("https://group.example.org", token="…", connect_timeout=10, read_timeout=60,
                  cancel=threading.Event())
    resp = t.request("GET", "/v1/groups/g/changes", params={"since": "0"})
    resp = t.request("POST", "/v1/groups/g/changes", json={...})      # body gzipped
    t.stats  -> TransferStats(requests=2, bytes_sent=…, bytes_received=…, retries=…)

* every request has a connect and a read timeout;
* JSON request bodies are gzipped (``Content-Encoding: gzip``) once they are bigger
  than `GZIP_MIN`; responses are accepted gzipped;
* connection errors, timeouts, 5xx, 408 and 429 are retried with jittered exponential
  back-off (full jitter, capped); ``Retry-After`` (seconds or an HTTP date) is honoured;
* `cancel` (a `threading.Event`) is checked before every attempt and while sleeping,
  and between the chunks of a streamed download: setting it raises `Cancelled`;
* `stats` counts requests (attempts, retries included) and the bytes that went over
  the wire each way (request line + headers + body as sent, status line + headers +
  body as received, compressed);
* failures become one of four exceptions with a plain message for a person:
  `Unreachable(reason)`, `AuthRefused`, `Rejected(message)` (the server refused the
  request itself: 4xx other than 401/403/408/429) and `Cancelled`.
"""

from __future__ import annotations

import bz2
import email.utils
import gzip
import json as jsonlib
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

import requests

from sync.protocol.wire import BZIP2

GZIP_MIN = 512                 # bodies smaller than this are sent as they are
#: a link whose quickest answer took this long is a slow one (see Transport.slow_link)
SLOW_LINK_S = 0.1
#: wire bytes a second above which gzip's quickest level pays for itself (Transport.fast_link):
#: on a 280 KB pull page level 1 takes 1.7 ms to level 6's 4.4 ms, for 23 % more bytes,
#: which cost less than the 2.7 ms saved only from about 50 Mbit/s on
FAST_LINK_RATE = 8_000_000
#: an exchange this large (wire bytes) measures the link's rate; a smaller one is its latency
RATE_MIN_BYTES = 64 * 1024
#: asked for on a pull when the link is fast: gzip at its quickest level (docs/sync-protocol.md)
FAST_HEADER = {"RuralDesk-Compression": "fast"}
USER_AGENT = "RuralDesk-sync/1"
RETRY_STATUSES = {408, 429, 500, 502, 503, 504}


def pack_json(encoded: bytes, level: int = 6) -> tuple[bytes, dict[str, str]]:
    """A JSON request body as it goes out, and its headers: gzipped from GZIP_MIN bytes on.
    The push packs its next batch while the server works on the one before (zlib lets go
    of the GIL), so the compression is not between one answer and the next request."""
    if len(encoded) < GZIP_MIN:
        return encoded, {"Content-Type": "application/json"}
    return gzip.compress(encoded, compresslevel=level), {"Content-Type": "application/json",
                                                         "Content-Encoding": "gzip"}


def _wire_bytes(resp: requests.Response) -> int:
    """The answer's body bytes as they came over the link (compressed), once it is read."""
    try:
        return resp.raw.tell() if resp.raw is not None else len(resp.content)
    except Exception:
        return len(resp.content or b"")


def server_seconds(value: str | None) -> float:
    """The `app` metric of a Server-Timing header, in seconds (0 when absent or unreadable)."""
    for metric in (value or "").split(","):
        name, _, params = metric.strip().partition(";")
        if name.strip() != "app":
            continue
        for param in params.split(";"):
            key, _, number = param.strip().partition("=")
            if key.strip() == "dur":
                try:
                    ms = float(number.strip().strip('"'))
                except ValueError:
                    return 0.0
                return ms / 1000 if 0 <= ms < 3_600_000 else 0.0
    return 0.0


class SyncError(Exception):
    """Base class: `str(exc)` is a plain sentence for the status line."""


class Unreachable(SyncError):
    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(f"cannot reach the server: {reason}")


class AuthRefused(SyncError):
    def __init__(self, message: str = ""):
        super().__init__("the server refused the token (ask your group coordinator for a new one)"
                         + (f": {message}" if message else ""))


class Rejected(SyncError):
    def __init__(self, message: str, status: int = 400):
        self.status = status
        self.message = message
        super().__init__(f"the server refused the request: {message}")


class Cancelled(SyncError):
    def __init__(self) -> None:
        super().__init__("sync cancelled")


@dataclass
class TransferStats:
    requests: int = 0
    retries: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    by_path: dict[str, int] = field(default_factory=dict)

    def snapshot(self) -> TransferStats:
        return TransferStats(self.requests, self.retries, self.bytes_sent, self.bytes_received,
                             dict(self.by_path))

    def since(self, before: TransferStats) -> TransferStats:
        return TransferStats(self.requests - before.requests, self.retries - before.retries,
                             self.bytes_sent - before.bytes_sent,
                             self.bytes_received - before.bytes_received)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _message_of(resp: requests.Response) -> str:
    """The server's own explanation, if it sent one."""
    try:
        data = resp.json()
    except ValueError:
        text = (resp.text or "").strip()
        return text[:300] or f"HTTP {resp.status_code}"
    if isinstance(data, dict):
        for key in ("detail", "message", "error"):
            value = data.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, list) and value:  # FastAPI validation errors
                first = value[0]
                if isinstance(first, dict) and "msg" in first:
                    loc = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
                    return f"{loc}: {first['msg']}" if loc else str(first["msg"])
                return str(first)
    return f"HTTP {resp.status_code}"


def _explain(exc: BaseException, url: str) -> str:
    host = urlsplit(url).netloc or url
    text = str(exc)
    if isinstance(exc, requests.exceptions.SSLError):
        return f"the secure connection to {host} failed (certificate problem?)"
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return f"{host} did not answer in time"
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return f"{host} stopped answering in the middle of a transfer"
    if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return f"the name {host.split(':')[0]} cannot be found (no internet connection?)"
    if "Connection refused" in text or "actively refused" in text:
        return f"{host} refused the connection (is the server running?)"
    if isinstance(exc, (requests.exceptions.ChunkedEncodingError,
                        requests.exceptions.ContentDecodingError)):
        return f"the connection to {host} was cut in the middle of a transfer"
    if isinstance(exc, requests.exceptions.ConnectionError):
        return f"the connection to {host} was lost"
    return f"{host}: {text[:200]}"


def _header_bytes(headers: Any) -> int:
    return sum(len(str(k)) + len(str(v)) + 4 for k, v in headers.items()) + 2


class Transport:
    """A requests.Session bound to one server (base URL + bearer token). Thread-compatible:
    use one Transport per sync run; `cancel` may be set from any thread."""

    def __init__(self, base_url: str, token: str | None = None, *, connect_timeout: float = 10.0,
                 read_timeout: float = 60.0, max_attempts: int = 8, backoff_base: float = 0.5,
                 backoff_cap: float = 30.0, max_retry_after: float = 300.0,
                 cancel: threading.Event | None = None, session: requests.Session | None = None,
                 on_retry: Callable[[str, float], None] | None = None, deadline: float | None = None):
        if not base_url or not urlsplit(base_url).scheme in ("http", "https"):
            raise ValueError(f"the server address must start with http:// or https:// (got {base_url!r})")
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = (connect_timeout, read_timeout)
        #: seconds one logical request may take, retries and pauses included (None: no limit)
        self.deadline = deadline
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_retry_after = max_retry_after
        self.cancel = cancel or threading.Event()
        self.on_retry = on_retry
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept-Encoding"] = "gzip"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self.stats = TransferStats()
        self._lock = threading.Lock()
        self._rng = random.Random()
        self._fastest = float("inf")     # link seconds of the quickest exchange (slow_link)
        self._hint: float | None = None  # what an earlier sync measured (assume_link)
        self._rate = 0.0                 # wire bytes a second of the quickest large exchange
        self._rate_hint: float | None = None

    def close(self) -> None:
        self.session.close()

    # -- the link --------------------------------------------------------------------------
    def _timed(self, seconds: float, resp: requests.Response, sent: int) -> None:
        """An exchange took `seconds`; what the link took is that less the server's own
        time on it, which the server states in `Server-Timing: app;dur=MS`. One that moved
        RATE_MIN_BYTES or more (`sent` body bytes and the answer's) measures its rate too."""
        link = max(0.0, seconds - server_seconds(resp.headers.get("Server-Timing")))
        wire = sent + _wire_bytes(resp)
        with self._lock:
            self._fastest = min(self._fastest, link)
            if wire >= RATE_MIN_BYTES:
                self._rate = max(self._rate, wire / max(link, 1e-4))

    @property
    def link_seconds(self) -> float | None:
        """The link's part of the quickest exchange so far (None before the first)."""
        return None if self._fastest == float("inf") else self._fastest

    def assume_link(self, seconds: float | None, rate: float | None = None) -> None:
        """What an earlier sync measured of this link, taken until this one has an answer
        of its own (a laptop moves between an office and a village)."""
        self._hint = seconds
        self._rate_hint = rate

    @property
    def link_rate(self) -> float | None:
        """Wire bytes a second of the quickest large exchange so far (None before one)."""
        return self._rate or None

    @property
    def fast_link(self) -> bool:
        """Is the link, by a measure (this sync's or the last one's), quick enough that
        compressing less pays (FAST_LINK_RATE)? Then request bodies go at gzip level 1, and
        pull pages are asked for so (FAST_HEADER). Never on a guess, nor on a slow link."""
        rate = self._rate or self._rate_hint
        return bool(rate) and rate >= FAST_LINK_RATE and not self.slow_link

    def pack(self, encoded: bytes) -> tuple[bytes, dict[str, str]]:
        """pack_json at the gzip level this link calls for."""
        return pack_json(encoded, 1 if self.fast_link else 6)

    @property
    def slow_link(self) -> bool:
        """Has the link's part of every answer so far taken SLOW_LINK_S or more? That is
        the round trip plus the time the bytes take: on a LAN a few ms, through a mobile
        link at least its latency. Bulk answers are then asked for in the strong coding
        (ACCEPT_STRONG): the bytes cost more than the CPU. Before any answer, the last
        sync's measure holds; without one the link is taken as slow."""
        seconds = self.link_seconds
        if seconds is None:
            seconds = self._hint
        return seconds is None or seconds >= SLOW_LINK_S

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers -----------------------------------------------------------------------
    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.base_url + path

    def check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()

    def sleep(self, seconds: float) -> None:
        """Sleep, waking at once when cancelled."""
        if seconds > 0 and self.cancel.wait(seconds):
            raise Cancelled()
        self.check_cancel()

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(cap, base * 2**attempt)], at least a little."""
        ceiling = min(self.backoff_cap, self.backoff_base * (2 ** attempt))
        return self._rng.uniform(ceiling / 4, ceiling)

    def _count(self, resp: requests.Response | None, prepared: requests.PreparedRequest,
               body_len: int, received: int | None = None) -> None:
        sent = len(prepared.method or "") + len(prepared.path_url) + 12 + _header_bytes(prepared.headers) + body_len
        got = 0
        if resp is not None:
            got = 15 + len(resp.reason or "") + _header_bytes(resp.headers)
            got += _wire_bytes(resp) if received is None else received
        with self._lock:
            self.stats.requests += 1
            self.stats.bytes_sent += sent
            self.stats.bytes_received += got
            key = urlsplit(prepared.url or "").path
            self.stats.by_path[key] = self.stats.by_path.get(key, 0) + 1

    # -- the request -------------------------------------------------------------------
    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                json: Any = None, encoded: bytes | None = None,
                packed: tuple[bytes, dict[str, str]] | None = None, data: bytes | None = None,
                headers: dict[str, str] | None = None,
                stream: bool = False, ok: tuple[int, ...] = (), timeout: tuple[float, float] | None = None,
                retry: bool = True, before_retry: Callable[[str], None] | None = None) -> requests.Response:
        """One logical request, retried as needed. Returns the response for 2xx/3xx and for
        any status listed in `ok` (e.g. 404 when asking whether something exists).
        `before_retry(reason)` runs before each new attempt; it may change `params` in
        place (the replicator asks for smaller pages on a link that keeps breaking)."""
        hdrs = dict(headers or {})
        body: bytes | None = data
        if json is not None:
            encoded = jsonlib.dumps(json, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if encoded is not None:     # JSON the caller encoded already
            packed = self.pack(encoded)
        if packed is not None:      # ... or packed already
            body, coding = packed
            hdrs = {**coding, **hdrs}
        url = self.url(path)
        attempts = self.max_attempts if retry else 1
        last_reason = "no attempt was made"
        stop = time.monotonic() + self.deadline if self.deadline else None
        for attempt in range(attempts):
            self.check_cancel()
            req = requests.Request(method, url, params=params, data=body, headers=hdrs)
            prepared = self.session.prepare_request(req)
            wait: float | None = None
            limits = timeout or self.timeout
            if stop is not None:
                left = max(0.5, stop - time.monotonic())
                limits = (min(limits[0], left), min(limits[1], left))
            try:
                sent_at = time.monotonic()
                resp = self.session.send(prepared, timeout=limits, stream=stream,
                                         allow_redirects=False)
                if not stream:
                    resp.content  # read it all now, so a cut body is retried here
                    self._timed(time.monotonic() - sent_at, resp, len(body or b""))
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                    requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.ContentDecodingError) as exc:
                self._count(None, prepared, len(body or b""))
                last_reason = _explain(exc, url)
            else:
                if stream:
                    self._count(resp, prepared, len(body or b""), received=0)
                else:
                    self._count(resp, prepared, len(body or b""))
                status = resp.status_code
                if status < 400 or status in ok:
                    return resp
                if status == 401 or status == 403:
                    msg = _message_of(resp)
                    resp.close()
                    if status == 403 and "token" not in msg.lower():
                        raise Rejected(msg, status)
                    raise AuthRefused(msg)
                if status in RETRY_STATUSES:
                    wait = parse_retry_after(resp.headers.get("Retry-After"))
                    if status == 429:
                        last_reason = "the server is busy (too many requests)"
                    else:
                        last_reason = f"the server had a problem (HTTP {status}: {_message_of(resp)[:120]})"
                    resp.close()
                else:
                    msg = _message_of(resp)
                    resp.close()
                    raise Rejected(msg, status)
            if attempt + 1 >= attempts:
                break
            delay = self.backoff(attempt)
            if wait is not None:
                if wait > self.max_retry_after:
                    raise Unreachable(f"{last_reason}; it asked to wait {int(wait)} s")
                delay = wait + self._rng.uniform(0, min(1.0, self.backoff_base))
            if stop is not None and time.monotonic() + delay >= stop:
                break
            with self._lock:
                self.stats.retries += 1
            if self.on_retry:
                self.on_retry(last_reason, delay)
            if before_retry:
                before_retry(last_reason)
            self.sleep(delay)
        raise Unreachable(last_reason)

    def get_json(self, path: str, **kw: Any) -> Any:
        return _decode(self.request("GET", path, **kw))

    def post_json(self, path: str, payload: Any, **kw: Any) -> Any:
        return _decode(self.request("POST", path, json=payload, **kw))

    def iter_content(self, resp: requests.Response, chunk: int = 64 * 1024) -> Iterator[bytes]:
        """Stream a response body, counting bytes and honouring cancel between chunks."""
        try:
            for piece in resp.iter_content(chunk):
                with self._lock:
                    self.stats.bytes_received += len(piece)
                if self.cancel.is_set():
                    resp.close()
                    raise Cancelled()
                yield piece
        finally:
            resp.close()


def _decode(resp: requests.Response) -> Any:
    try:
        if resp.headers.get("Content-Encoding", "").strip().lower() == BZIP2:
            return jsonlib.loads(bz2.decompress(resp.content))   # requests leaves it as it came
        return resp.json()
    except (ValueError, OSError, EOFError):
        raise Unreachable("the server sent an answer that is not JSON (a proxy or captive "
                          "portal in the way?)") from None


__all__ = ["AuthRefused", "Cancelled", "Rejected", "SyncError", "TransferStats", "Transport",
           "Unreachable", "parse_retry_after"]


def probe(base_url: str, token: str, group: str, *, connect_timeout: float = 5.0, deadline: float = 8.0,
          cancel: threading.Event | None = None, **options: Any) -> dict[str, Any]:
    """Who am I in this group (member, role): proves the address, the group and the token in
    one request, and answers within `deadline` seconds even when the server is gone, so a
    person is never left looking at "starting" while retries run."""
    from sync.protocol import Paths

    options.setdefault("max_attempts", 3)
    options.setdefault("backoff_base", 0.5)
    options.setdefault("backoff_cap", 2.0)
    with Transport(base_url, token, connect_timeout=connect_timeout, read_timeout=deadline,
                   deadline=deadline, cancel=cancel, **options) as transport:
        me = transport.get_json(Paths.fill(Paths.ME, group=group))
    return me if isinstance(me, dict) else {}
