"""Attachments by sha256: ask, chunked resumable upload, Range download, size limits."""

from __future__ import annotations

import hashlib
import os

import pytest
import requests


def test_resumable_chunked_upload_and_range_download(group):
    ana, reader = group["ana"], group["reader"]
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    url = ana.url(f"/blobs/{sha}")
    assert ana.http.post(ana.url("/blobs/missing"), json={"sha256": [sha]}).json() == {"missing": [sha]}
    head = ana.http.head(url)
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"
    total, chunk = len(data), 100_000
    r = ana.http.put(url, data=data[:chunk], headers={"Content-Range": f"bytes 0-{chunk - 1}/{total}"})
    assert r.status_code == 200 and r.json() == {"sha256": sha, "received": chunk, "size": total,
                                                 "complete": False}
    # the connection is cut; the client asks where to resume
    assert ana.http.head(url).headers["Upload-Offset"] == str(chunk)
    # a chunk at the wrong offset is refused and tells the right one
    r = ana.http.put(url, data=data[2 * chunk:], headers={"Content-Range": f"bytes {2 * chunk}-{total - 1}/{total}"})
    assert r.status_code == 409 and r.json()["expected_offset"] == chunk
    r = ana.http.put(url, data=data[chunk:], headers={"Content-Range": f"bytes {chunk}-{total - 1}/{total}"})
    assert r.status_code == 201 and r.json()["complete"] is True
    assert ana.http.post(ana.url("/blobs/missing"), json={"sha256": [sha]}).json() == {"missing": []}
    head = reader.http.head(url)
    assert head.status_code == 200 and head.headers["Content-Length"] == str(total)
    assert reader.http.get(url).content == data
    part = reader.http.get(url, headers={"Range": "bytes=1000-1999"})
    assert part.status_code == 206 and part.content == data[1000:2000]
    assert part.headers["Content-Range"] == f"bytes 1000-1999/{total}"
    tail = reader.http.get(url, headers={"Range": f"bytes={total - 10}-"})
    assert tail.status_code == 206 and tail.content == data[-10:]
    # uploading it again is a no-op
    assert ana.http.put(url, data=data).json()["complete"] is True


def test_wrong_hash_is_refused_and_discarded(group):
    ana = group["ana"]
    sha = hashlib.sha256(b"the real bytes").hexdigest()
    r = ana.http.put(ana.url(f"/blobs/{sha}"), data=b"other bytes")
    assert r.status_code == 422 and "sha256" in r.json()["message"]
    assert ana.http.head(ana.url(f"/blobs/{sha}")).headers["Upload-Offset"] == "0"


def test_bad_sha_and_bad_range_are_4xx(group):
    ana = group["ana"]
    assert ana.http.get(ana.url("/blobs/not-a-sha")).status_code == 404   # no such endpoint
    sha = hashlib.sha256(b"x").hexdigest()
    assert ana.http.get(ana.url(f"/blobs/{sha}")).status_code == 404
    r = ana.http.put(ana.url(f"/blobs/{sha}"), data=b"x", headers={"Content-Range": "bytes nonsense"})
    assert r.status_code == 400
    ana.http.put(ana.url(f"/blobs/{sha}"), data=b"x")
    r = ana.http.get(ana.url(f"/blobs/{sha}"), headers={"Range": "bytes=50-60"})
    assert r.status_code == 416


def test_size_limits(tmp_path):
    from sync.server.testing import serve

    with serve(None, tmp_path, max_body=64_000, max_blob=100_000) as server:
        tokens = server.make_group("small")
        h = {"Authorization": f"Bearer {tokens['member']}"}
        base = f"{server.url}/v1/groups/small"
        sha = "ab" * 32
        r = requests.put(f"{base}/blobs/{sha}", headers={**h, "Content-Range": "bytes 0-9/200000"}, data=b"0" * 10)
        assert r.status_code == 413 and r.json()["error"] == "too_large"
        r = requests.put(f"{base}/blobs/{sha}", headers=h, data=b"0" * 70_000)
        assert r.status_code == 413
        r = requests.post(f"{base}/changes", headers=h, data=b"{" + b" " * 70_000 + b"}",
                          )
        assert r.status_code == 413 and "larger" in r.json()["message"]
        # a gzip bomb: small on the wire, too large once unpacked
        import gzip

        bomb = gzip.compress(b'{"changes": [' + b" " * 1_000_000 + b"]}")
        r = requests.post(f"{base}/changes", headers={**h, "Content-Encoding": "gzip",
                                                      "Content-Type": "application/json"}, data=bomb)
        assert r.status_code == 413
        assert server.service.group_seq("small") == 0


@pytest.mark.parametrize("who", ["reader"])
def test_reader_cannot_upload(group, who):
    sha = hashlib.sha256(b"r").hexdigest()
    r = group[who].http.put(group[who].url(f"/blobs/{sha}"), data=b"r")
    assert r.status_code == 403
