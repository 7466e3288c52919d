"""The HTTP edge of the real server (uvicorn on loopback, raw sockets where a client library
would tidy the request up): framing, oversized heads, slow bodies, gzip, Range, 405, group
probing, and the modes of the files the server creates."""

from __future__ import annotations

import gzip
import hashlib
import socket
import stat

import pytest
import requests

from sync.server.testing import serve


def _exchange(url: str, data: bytes, wait: float = 20.0) -> bytes:
    """Send `data` on a fresh connection and read until the server closes it."""
    host, port = url.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as s:
        s.sendall(data)
        out = b""
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                return out + b"<reset>"
            if not chunk:
                return out
            out += chunk


def _request(method: str, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: test\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return head.encode() + b"\r\n" + body


def test_content_length_with_transfer_encoding_is_refused_and_nothing_smuggled(group):
    server, token = group["server"], group["tokens"]["ana"]
    smuggled = _request("GET", "/v1/health", {})
    body = b"0\r\n\r\n" + smuggled
    data = _request("POST", f"/v1/groups/{group['name']}/changes",
                    {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                     "Content-Length": str(len(body)), "Transfer-Encoding": "chunked"}, body)
    out = _exchange(server.url, data)   # returns only once the server closed the connection
    assert out.startswith(b"HTTP/1.1 400 "), out
    assert out.count(b"HTTP/1.1 ") == 1 and b'"status":"ok"' not in out, out   # never answered
    assert b"Content-Length and Transfer-Encoding" in out and b"application/json" in out
    assert server.service.group_seq(group["name"]) == 0


def test_a_megabyte_header_gets_431_not_a_reset(group):
    server = group["server"]
    r = requests.get(server.url + "/v1/health", headers={"X-Big": "a" * 1_000_000}, timeout=30)
    assert r.status_code == 431 and r.json()["error"] == "headers_too_large", r.text
    out = _exchange(server.url, _request("GET", "/v1/health", {"X-Big": "b" * 1_000_000}))
    assert out.startswith(b"HTTP/1.1 431 ") and not out.endswith(b"<reset>"), out[:300]
    assert requests.get(server.url + "/v1/health", timeout=30).status_code == 200


@pytest.mark.parametrize("size", [40_000, 200_000])
def test_a_large_head_arriving_at_once_gets_431(group, size):
    # h11's limit counts only a head still incomplete; on loopback this one arrives whole
    out = _exchange(group["server"].url, _request("GET", "/v1/health", {"X-Big": "c" * size}))
    assert out.startswith(b"HTTP/1.1 431 ") and b"headers_too_large" in out, out[:300]


def test_unparseable_request_gets_a_json_400(group):
    out = _exchange(group["server"].url, b"GARBAGE\x01 / HTTP/1.1\r\n\r\n")
    assert out.startswith(b"HTTP/1.1 400 ") and b'"error": "bad_request"' in out, out


def test_a_half_sent_body_gets_408_and_the_connection_closed(tmp_path):
    with serve(None, tmp_path / "data", body_timeout=0.5) as server:
        token = server.make_group("slow")["member"]
        data = _request("POST", "/v1/groups/slow/changes",
                        {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                         "Content-Length": "100"}, b'{"changes": [')
        out = _exchange(server.url, data)   # ends only because the server closed it
        assert out.startswith(b"HTTP/1.1 408 "), out
        assert b'"error":"timeout"' in out and b"connection: close" in out.lower()
        assert server.service.group_seq("slow") == 0


def test_gzip_with_trailing_bytes_is_refused(group):
    ana = group["ana"]
    body = gzip.compress(b'{"changes": []}')
    for data in (body + b"garbage", body + body):
        r = ana.http.post(ana.url("/changes"), data=data,
                          headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
        assert r.status_code == 400 and "gzip" in r.json()["message"], r.text
    r = ana.http.post(ana.url("/changes"), data=body,
                      headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert r.status_code == 200


def test_range_errors_answer_json(group):
    ana = group["ana"]
    data = b"twelve bytes"
    sha = hashlib.sha256(data).hexdigest()
    first = ana.http.put(ana.url(f"/blobs/{sha}"), data=data)
    again = ana.http.put(ana.url(f"/blobs/{sha}"), data=data)
    assert (first.status_code, again.status_code) == (201, 200)   # created, then already there
    r = ana.http.get(ana.url(f"/blobs/{sha}"), headers={"Range": "bytes=50-60"})
    assert r.status_code == 416 and r.headers["Content-Type"] == "application/json", r.headers
    assert r.json()["error"] == "bad_range" and r.headers["Content-Range"] == f"bytes */{len(data)}"
    r = ana.http.get(ana.url(f"/blobs/{sha}"), headers={"Range": "bytes=5-2"})
    assert r.status_code == 400 and r.json()["error"] == "bad_request"
    r = ana.http.get(ana.url(f"/blobs/{sha}"), headers={"Range": "bytes=2-4"})
    assert r.status_code == 206 and r.content == data[2:5]
    head = ana.http.head(ana.url(f"/blobs/{sha}"))
    assert head.status_code == 200 and head.headers["Content-Type"] == "application/octet-stream"
    missing = ana.http.head(ana.url(f"/blobs/{'0' * 64}"))
    assert missing.status_code == 404 and missing.headers["Content-Type"] == "application/json"
    assert missing.headers["Upload-Offset"] == "0"


@pytest.mark.parametrize("method, path, allow", [("DELETE", "/changes", "GET, POST"),
                                                 ("PUT", "/blobs/missing", "POST"),
                                                 ("PATCH", "/me", "GET"),
                                                 ("DELETE", "/blobs/" + "a" * 64, "GET, HEAD, PUT")])
def test_405_lists_the_allowed_methods(group, method, path, allow):
    ana = group["ana"]
    r = ana.http.request(method, ana.url(path))
    assert r.status_code == 405 and r.headers["Allow"] == allow, (r.status_code, r.headers)
    assert r.json()["error"] == "method_not_allowed"


def test_unknown_groups_cannot_be_told_from_known_ones(group):
    server = group["server"]
    other = server.make_group("other-" + group["name"][2:])
    token_here = group["tokens"]["ana"]

    def answer(name, headers):
        r = requests.get(f"{server.url}/v1/groups/{name}/changes", headers=headers, timeout=30)
        return r.status_code, r.json(), r.headers.get("WWW-Authenticate")

    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": f"Bearer {token_here}"}):
        known_elsewhere = answer("other-" + group["name"][2:], headers)
        unknown = answer("no-such-group-at-all", headers)
        assert known_elsewhere == unknown and unknown[0] == 401, (headers, known_elsewhere, unknown)
    assert answer("other-" + group["name"][2:], {"Authorization": f"Bearer {other['member']}"})[0] == 200


def test_server_files_are_private(tmp_path):
    data = tmp_path / "data"
    with serve(None, data) as server:
        token = server.make_group("files")["member"]
        r = requests.post(f"{server.url}/v1/groups/files/changes", headers={"Authorization": f"Bearer {token}"},
                          json={"changes": []}, timeout=30)
        assert r.status_code == 200
        sha = hashlib.sha256(b"x").hexdigest()
        assert requests.put(f"{server.url}/v1/groups/files/blobs/{sha}", data=b"x", timeout=30,
                            headers={"Authorization": f"Bearer {token}"}).status_code == 201
        files = {p.name: stat.S_IMODE(p.stat().st_mode) for p in data.iterdir()}
    assert files["server.sqlite"] == 0o600 and files["blobs"] == 0o700, files
    assert all(mode == 0o600 for name, mode in files.items() if name.startswith("server.sqlite")), files
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
