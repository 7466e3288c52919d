"""Frames over TCP: a 4-byte big-endian length, then one kind byte and the body.

Before pairing only PLAIN frames pass (small JSON: hello, PAKE message, refusals). After it,
every frame is SEALED with ChaCha20-Poly1305 under the key of its direction; the nonce is
the frame's number in that direction, so a frame dropped, replayed or moved fails to open.
Blocking sockets with a short timeout, so a cancel is noticed within a quarter second and a
silent peer within `idle` seconds.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from sync.client.transport import Cancelled

from .errors import LinkLost, Protocol

PLAIN, SEALED = 0, 1
JSON, DATA = b"J", b"D"       # the first byte of a sealed frame's clear text
MAX_PLAIN = 4096
MAX_FRAME = 2 * 1024 * 1024
POLL_S = 0.25
_HEAD = struct.Struct(">I")


class Link:
    def __init__(self, sock: socket.socket, *, cancel: threading.Event | None = None, idle: float = 30.0):
        self.sock = sock
        self.cancel = cancel or threading.Event()
        self.idle = idle
        self.sock.settimeout(POLL_S)
        self._send_aead: ChaCha20Poly1305 | None = None
        self._recv_aead: ChaCha20Poly1305 | None = None
        self._sent = self._received = 0
        self.bytes_sent = self.bytes_received = 0

    def seal_with(self, send_key: bytes, recv_key: bytes) -> None:
        self._send_aead, self._recv_aead = ChaCha20Poly1305(send_key), ChaCha20Poly1305(recv_key)

    @property
    def sealed(self) -> bool:
        return self._send_aead is not None

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass

    # -- bytes ---------------------------------------------------------------------------
    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()

    def _send_bytes(self, data: bytes) -> None:
        view = memoryview(data)
        waited = 0.0
        while view:
            self._check_cancel()
            try:
                n = self.sock.send(view[:65536])
            except socket.timeout:
                waited += POLL_S
                if waited > self.idle:
                    raise LinkLost("the other computer stopped answering") from None
                continue
            except OSError as exc:
                raise LinkLost(exc.strerror or str(exc)) from None
            waited = 0.0
            view = view[n:]
        self.bytes_sent += len(data)

    def _recv_exact(self, size: int) -> bytes:
        parts, got, waited = [], 0, 0.0
        while got < size:
            self._check_cancel()
            try:
                chunk = self.sock.recv(min(size - got, 1 << 20))
            except socket.timeout:
                waited += POLL_S
                if waited > self.idle:
                    raise LinkLost("the other computer stopped answering") from None
                continue
            except OSError as exc:
                raise LinkLost(exc.strerror or str(exc)) from None
            if not chunk:
                raise LinkLost("the other computer closed the connection")
            waited = 0.0
            parts.append(chunk)
            got += len(chunk)
        self.bytes_received += size
        return b"".join(parts)

    # -- frames --------------------------------------------------------------------------
    def _send_frame(self, kind: int, body: bytes) -> None:
        self._send_bytes(_HEAD.pack(len(body) + 1) + bytes([kind]) + body)

    def _recv_frame(self) -> tuple[int, bytes]:
        (size,) = _HEAD.unpack(self._recv_exact(_HEAD.size))
        if size < 1 or size > MAX_FRAME + 64:
            raise Protocol(f"a frame of {size} bytes")
        frame = self._recv_exact(size)
        kind = frame[0]
        if kind == PLAIN and size - 1 > MAX_PLAIN:
            raise Protocol("an oversized plain frame")
        return kind, frame[1:]

    def send_plain(self, message: dict[str, Any]) -> None:
        self._send_frame(PLAIN, json.dumps(message, separators=(",", ":")).encode("utf-8"))

    def send(self, message: dict[str, Any]) -> None:
        self._send_sealed(JSON + json.dumps(message, separators=(",", ":")).encode("utf-8"))

    def send_data(self, data: bytes) -> None:
        self._send_sealed(DATA + data)

    def _send_sealed(self, clear: bytes) -> None:
        if self._send_aead is None:
            raise RuntimeError("the link is not paired yet")
        if len(clear) > MAX_FRAME:
            raise ValueError("frame too large")
        body = self._send_aead.encrypt(self._sent.to_bytes(12, "big"), clear, None)
        self._sent += 1
        self._send_frame(SEALED, body)

    def recv_any(self, *, allow_plain: bool = False) -> tuple[int, Any]:
        """(PLAIN, dict) or (SEALED, dict | bytes). A sealed frame that does not open raises
        InvalidTag (the caller decides what that means: a wrong code during pairing). Once
        sealed, a plain frame is refused unless `allow_plain` (the pairing's refusals)."""
        kind, body = self._recv_frame()
        if kind == PLAIN:
            if self.sealed and not allow_plain:
                raise Protocol("a plain frame after pairing")
            return PLAIN, _json(body)
        if kind != SEALED or self._recv_aead is None:
            raise Protocol(f"an unexpected frame of kind {kind}")
        clear = self._recv_aead.decrypt(self._received.to_bytes(12, "big"), body, None)
        self._received += 1
        if clear[:1] == JSON:
            return SEALED, _json(clear[1:])
        if clear[:1] == DATA:
            return SEALED, clear[1:]
        raise Protocol("an unknown sealed frame")

    def recv_plain(self) -> dict[str, Any]:
        kind, message = self.recv_any()
        if kind != PLAIN:
            raise Protocol("a sealed frame before pairing")
        return message

    def recv(self) -> dict[str, Any]:
        message = self._recv_sealed()
        if not isinstance(message, dict):
            raise Protocol("data where a message was expected")
        return message

    def recv_data(self) -> bytes:
        data = self._recv_sealed()
        if not isinstance(data, bytes):
            raise Protocol("a message where data was expected")
        return data

    def _recv_sealed(self) -> dict[str, Any] | bytes:
        try:
            kind, message = self.recv_any()
        except InvalidTag:
            raise Protocol("a frame that does not open with the link's key") from None
        if kind != SEALED:
            raise Protocol("a plain frame after pairing")
        return message


def _json(body: bytes) -> dict[str, Any]:
    try:
        message = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Protocol("a frame that is not JSON") from None
    if not isinstance(message, dict):
        raise Protocol("a frame that is not a JSON object")
    return message
