"""This device's Ed25519 signing key: made once, kept in a 0600 file next to the replica."""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@dataclass(frozen=True)
class DeviceKey:
    private: Ed25519PrivateKey

    @classmethod
    def create(cls) -> "DeviceKey":
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def load_or_create(cls, path: str | os.PathLike) -> "DeviceKey":
        """The key in `path` (raw 32 bytes), made and written 0600 on first use. The file is
        created exclusively, so two processes starting at once end up with the same key."""
        p = Path(path)
        try:
            raw = p.read_bytes()
        except FileNotFoundError:
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
            p.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                raw = p.read_bytes()
            else:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(raw)
        if len(raw) != 32:
            raise ValueError(f"{p} is not a device key (expected 32 bytes)")
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    @property
    def public_b64(self) -> str:
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw,
                                                     serialization.PublicFormat.Raw)
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")

    @property
    def device_id(self) -> str:
        """Named after the key: a copied replica that makes a new key is a new device."""
        return "d-" + hashlib.sha256(self.public_b64.encode("ascii")).hexdigest()[:20]


__all__ = ["DeviceKey"]
