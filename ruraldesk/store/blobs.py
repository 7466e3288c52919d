"""Content-addressed attachment store: bytes live under their sha256, stored once."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_stream(self, stream: BinaryIO) -> tuple[str, int]:
        """Copy a stream in, hashing as it goes; a file already present is not stored twice."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            dest = self.path(sha)
            if dest.exists():
                os.unlink(tmp)
            else:
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, dest)
            return sha, size
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    def put_file(self, source: Path) -> tuple[str, int]:
        with open(source, "rb") as fh:
            return self.put_stream(fh)

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        import io

        return self.put_stream(io.BytesIO(data))

    def remove(self, sha256: str) -> None:
        """The bytes, and a download of them cut half-way (sync resumes those)."""
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            return                     # not a name this store made: never a path to follow
        self.path(sha256).unlink(missing_ok=True)
        (self.root / f".partial-{sha256}").unlink(missing_ok=True)

    def shas(self) -> set[str]:
        """Every sha256 with bytes here, whole or half-downloaded."""
        if not self.root.exists():
            return set()
        whole = {p.name for p in self.root.glob("??/*") if p.is_file()}
        return whole | {p.name[len(".partial-"):] for p in self.root.glob(".partial-*")}

    def total_size(self) -> int:
        if not self.root.exists():
            return 0
        return sum(p.stat().st_size for p in self.root.glob("??/*") if p.is_file())

    def copy_to(self, sha256: str, dest: Path) -> None:
        shutil.copyfile(self.path(sha256), dest)
