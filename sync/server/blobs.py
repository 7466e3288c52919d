"""Attachment bytes, content-addressed by sha256, one folder per group.

A finished blob is `<root>/<group>/<aa>/<sha256>`; an upload in progress is
`<sha256>.part` beside it, so the received offset survives a restart and a
cut upload resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from .service import Invalid, ServiceError

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


class TooLarge(ServiceError):
    status, code = 413, "too_large"


class WrongOffset(ServiceError):
    status, code = 409, "conflict"

    def __init__(self, message: str, expected: int):
        super().__init__(message)
        self.expected = expected


@dataclass(frozen=True)
class UploadState:
    sha256: str
    received: int
    size: int | None
    complete: bool

    def to_json(self) -> dict:
        return {"sha256": self.sha256, "received": self.received, "size": self.size,
                "complete": self.complete}


def _lock(key: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


class BlobStore:
    def __init__(self, root: Path, max_blob: int):
        self.root = Path(root)
        self.max_blob = max_blob

    def path(self, group: str, sha: str) -> Path:
        return self.root / group / sha[:2] / sha

    def _part(self, group: str, sha: str) -> Path:
        return self.path(group, sha).with_suffix(".part")

    def has(self, group: str, sha: str) -> bool:
        return self.path(group, sha).is_file()

    def state(self, group: str, sha: str) -> UploadState:
        final = self.path(group, sha)
        if final.is_file():
            size = final.stat().st_size
            return UploadState(sha, size, size, True)
        part = self._part(group, sha)
        return UploadState(sha, part.stat().st_size if part.is_file() else 0, None, False)

    def delete(self, group: str, sha: str) -> bool:
        """Remove the bytes (and any upload in progress); True if there were any."""
        if not SHA_RE.fullmatch(sha):
            return False
        with _lock(f"{group}/{sha}"):
            found = False
            for path in (self.path(group, sha), self._part(group, sha)):
                try:
                    path.unlink()
                    found = True
                except FileNotFoundError:
                    pass
            return found

    def missing(self, group: str, shas: list[str]) -> list[str]:
        return [s for s in dict.fromkeys(shas) if not self.has(group, s)]

    def put(self, group: str, sha: str, body: bytes, content_range: str | None) -> UploadState:
        if content_range:
            m = _RANGE.match(content_range.strip())
            if not m:
                raise ServiceError("Content-Range must look like 'bytes <first>-<last>/<total>'")
            first, last, total = (int(x) for x in m.groups())
            if last < first or last >= total or last - first + 1 != len(body):
                raise ServiceError("Content-Range does not match the body's length")
        else:
            first, total = 0, len(body)
        if total > self.max_blob:
            raise TooLarge(f"the attachment is {total} bytes; this server accepts at most {self.max_blob}")
        with _lock(f"{group}/{sha}"):
            final = self.path(group, sha)
            if final.is_file():
                size = final.stat().st_size
                return UploadState(sha, size, size, True)
            part = self._part(group, sha)
            part.parent.mkdir(parents=True, exist_ok=True)
            have = part.stat().st_size if part.is_file() else 0
            if first != have:
                raise WrongOffset(f"the upload continues at byte {have}, not {first}", have)
            with open(part, "ab") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
            received = have + len(body)
            if received < total:
                return UploadState(sha, received, total, False)
            digest = hashlib.sha256()
            with open(part, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
            if digest.hexdigest() != sha:
                part.unlink(missing_ok=True)
                raise Invalid("the uploaded bytes do not have this sha256; the upload was discarded")
            os.replace(part, final)
            return UploadState(sha, total, total, True)
