"""A tiny stdlib HTTP server for transport tests: echoes what it got (body un-gzipped)."""

from __future__ import annotations

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet
        pass

    def _body(self) -> bytes:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        return raw

    def _answer(self, status: int, payload: dict, extra: dict | None = None) -> None:
        data = json.dumps(payload).encode()
        if "gzip" in (self.headers.get("Accept-Encoding") or "") and len(data) > 100:
            data = gzip.compress(data)
            extra = {**(extra or {}), "Content-Encoding": "gzip"}
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _any(self) -> None:
        body = self._body()
        srv = self.server
        with srv.lock:
            srv.hits.append((self.command, self.path, self.headers.get("Content-Encoding"), body,
                             self.headers.get("Authorization")))
        if self.path.startswith("/status/"):
            code = int(self.path.split("/")[2])
            self._answer(code, {"detail": f"status {code}"}, {"Retry-After": "0"} if code == 429 else None)
            return
        if self.path.startswith("/busy/"):       # a server that works MS ms and says so
            ms = int(self.path.split("/")[2])
            started = time.monotonic()
            time.sleep(ms / 1000)
            spent = (time.monotonic() - started) * 1000      # what it really took, as a server says
            self._answer(200, {"busy": ms}, {"Server-Timing": f'db;dur=3, app;desc="work";dur={spent:.1f}'})
            return
        self._answer(200, {"method": self.command, "path": self.path, "body": body.decode("utf-8"),
                           "padding": "x" * 400})

    do_GET = do_POST = do_PUT = _any


class EchoServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.hits = []
        self.httpd.lock = threading.Lock()
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def hits(self):
        return self.httpd.hits

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
