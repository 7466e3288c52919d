"""The HTTP edge, below the routes: how uvicorn is run, and what every request body passes.

`server_options` is the one uvicorn configuration (used by `ruraldesk-server serve` and by
the tests' `serve`), so what the tests prove is what runs. `RequestBody` reads each body
before any route sees it: bounded size, bounded wait, no ambiguous framing, strict gzip.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
import zlib
from typing import Any

import h11
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers, MutableHeaders
from uvicorn.protocols.http.h11_impl import STATUS_PHRASES, H11Protocol

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

from .config import Settings

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 408: "timeout", 409: "conflict", 411: "length_required",
         413: "too_large", 415: "unsupported_media_type", 416: "bad_range", 422: "invalid",
         429: "too_many_requests", 431: "headers_too_large"}
#: the request line and headers together; more gets 431
MAX_HEAD = 32 * 1024
#: after refusing a broken request, how long and how much we still read (and drop) so the
#: client, perhaps still sending, reads our answer instead of a connection reset
LINGER_SECONDS = 5.0
LINGER_BYTES = 8 * 1024 * 1024


def error(status: int, message: str, *, close: bool = False, **extra: Any) -> JSONResponse:
    response = JSONResponse({"error": CODES.get(status, "error" if status < 500 else "internal"),
                             "message": message, **extra}, status_code=status)
    if close:
        response.headers["Connection"] = "close"
    return response


def server_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for uvicorn.Config / uvicorn.run."""
    return {"http": EdgeProtocol, "h11_max_incomplete_event_size": MAX_HEAD,
            "timeout_keep_alive": 30, "server_header": False}


class EdgeProtocol(H11Protocol):
    """uvicorn's h11 protocol, answering a request it cannot parse in our JSON error format
    (431 when the head is too large, else 400) and closing gracefully, not with a reset."""

    _lingering = False
    _dropped = 0

    def connection_made(self, transport) -> None:
        # An answer goes out as its head then its body: with Nagle on, the body waits for
        # the client's delayed ACK of the head, 40 ms on every request after a connection's
        # first. asyncio turns Nagle off by itself only on sockets made as IPPROTO_TCP, which
        # a socket handed to uvicorn (a test's, systemd's) need not be.
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        super().connection_made(transport)

    def send_400_response(self, msg: str) -> None:
        too_large = len(self.conn.trailing_data[0]) > MAX_HEAD
        status = 431 if too_large else 400
        message = (f"the request line and headers are larger than this server accepts "
                   f"({MAX_HEAD} bytes)" if too_large else "the request is not valid HTTP/1.1")
        body = json.dumps({"error": CODES[status], "message": message}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   (b"connection", b"close"), (PROTOCOL_HEADER.lower().encode(), str(PROTOCOL_VERSION).encode())]
        for event in (h11.Response(status_code=status, headers=headers, reason=STATUS_PHRASES[status]), h11.Data(data=body),
                      h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self._lingering = True
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER_SECONDS, self.transport.close)

    def data_received(self, data: bytes) -> None:
        if not self._lingering:
            return super().data_received(data)
        self._dropped += len(data)
        if self._dropped > LINGER_BYTES:
            self.transport.close()


def _head_too_large(scope) -> JSONResponse | None:
    # h11 bounds only a head still arriving; one that came in a single read is measured here
    size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
    size += sum(len(k) + len(v) + 4 for k, v in scope["headers"])
    if size <= MAX_HEAD:
        return None
    return error(431, f"the request line and headers are larger than this server accepts ({MAX_HEAD} bytes)",
                 close=True)


class RequestBody:
    """Reads the whole body (at most `limit` bytes, after gunzip too; at most `timeout`
    seconds of silence), so routes see a plain body and a broken one never reaches them."""

    def __init__(self, app, limit: int, timeout: float):
        self.app = app
        self.limit = limit
        self.timeout = timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        refused = _head_too_large(scope) or self._refusal(Headers(scope=scope))
        if refused is not None:
            return await refused(scope, receive, send)
        headers = Headers(scope=scope)
        length = headers.get("content-length")
        if scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE") and length in (None, "0") \
                and "transfer-encoding" not in headers:
            return await self.app(scope, receive, send)
        chunks, size = [], 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), self.timeout)
            except asyncio.TimeoutError:
                return await error(408, f"the body did not arrive (nothing for {self.timeout:g} s)",
                                   close=True)(scope, receive, send)
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await error(413, f"the body is larger than this server accepts ({self.limit} bytes)")(
                    scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if headers.get("content-encoding", "identity").strip().lower() == "gzip" and body:
            body = self._gunzip(body)
            if isinstance(body, JSONResponse):
                return await body(scope, receive, send)
        scope = dict(scope)
        raw = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length",
                                                                 b"transfer-encoding")]
        raw.append((b"content-length", str(len(body)).encode()))
        scope["headers"] = raw
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    def _refusal(self, headers: Headers) -> JSONResponse | None:
        length = headers.get("content-length")
        if length is not None and "transfer-encoding" in headers:
            # two framings: a proxy in front may read the other one, so whatever follows in
            # this connection could be a request it never saw (request smuggling)
            return error(400, "a request must not have both Content-Length and Transfer-Encoding",
                         close=True)
        if length is not None and not (length.isascii() and length.isdigit()):
            return error(400, "Content-Length is not a number", close=True)
        if length is not None and int(length) > self.limit:
            return error(413, f"the body is larger than this server accepts ({self.limit} bytes)")
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "gzip", ""):
            return error(415, f"Content-Encoding {encoding!r} is not supported (use gzip)")
        return None

    def _gunzip(self, body: bytes) -> bytes | JSONResponse:
        try:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            plain = d.decompress(body, self.limit + 1)
            if len(plain) > self.limit or d.unconsumed_tail:
                return error(413, f"the body, uncompressed, is larger than this server accepts "
                                  f"({self.limit} bytes)")
            if not d.eof:
                raise zlib.error("truncated")
            if d.unused_data:
                return error(400, "the body is not valid gzip data (bytes after the end of the "
                                  "compressed data)")
        except zlib.error:
            return error(400, "the body is not valid gzip data")
        return plain


class ProtocolHeader:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def wrapped(message):
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
            await send(message)

        return await self.app(scope, receive, wrapped)


class ServerTiming:
    """`Server-Timing: app;dur=MS` on every answer: the server's time from a request's last
    body byte to its answer's head, compression included. A client takes it from an
    exchange's time to see its link alone (a slow server is not a slow link)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        ready = time.monotonic()

        async def received():
            nonlocal ready
            message = await receive()
            if message["type"] == "http.request" and not message.get("more_body"):
                ready = time.monotonic()
            return message

        async def timed(message):
            if message["type"] == "http.response.start":
                ms = (time.monotonic() - ready) * 1000
                MutableHeaders(scope=message).append("Server-Timing", f"app;dur={ms:.1f}")
            await send(message)

        return await self.app(scope, received, timed)


def on_success(send, then, *, before_answer: bool = False):
    """`send`, calling the coroutine `then()` for a 2xx answer (pure ASGI, nothing buffered):
    once the answer has gone out whole (what a request leaves to do after its client has its
    answer), or, `before_answer`, just before its head goes out (what the client may count on
    as soon as it has the answer)."""
    status = 0

    async def watch(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            if before_answer and 200 <= status < 300:
                await then()
        await send(message)
        if not before_answer and message["type"] == "http.response.body" and not message.get("more_body") \
                and 200 <= status < 300:
            await then()

    return watch


def bearer_token(scope) -> str | None:
    """The bearer token of an ASGI request, if it carries one."""
    for k, v in scope.get("headers", ()):
        if k == b"authorization":
            value = v.decode("latin-1")
            if value[:7].lower() == "bearer ":
                return value[7:].strip() or None
    return None
