"""One change as it travels between replicas: the author's journal entry, signed.

The signature is Ed25519 over the canonical JSON of every field but `sig` (sorted keys,
no spaces, UTF-8, no NaN): anyone holding the author's registered device key can check
that nobody changed a value on the way, whoever carried it.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

VERSION = 1
_FIELDS = ("v", "group", "author", "device", "change_id", "record_id", "collection", "op", "fields",
           "previous", "base_seq", "at", "by", "resolves")


class EnvelopeError(ValueError):
    """An envelope that is not one (wrong shape); the message says why."""


@dataclass(frozen=True)
class Envelope:
    v: int
    group: str
    author: str              # member id of the person who made the change
    device: str              # the author's device id (the key that signed)
    change_id: str           # the author's journal change id: unique per author
    record_id: str
    collection: str
    op: str
    fields: dict[str, Any]
    previous: dict[str, Any]
    base_seq: int
    at: str
    by: str = ""
    resolves: tuple[str, ...] = ()
    sig: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """(author, change_id): a change is applied once per this pair."""
        return (self.author, self.change_id)

    def signed_fields(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("sig")
        d["resolves"] = list(self.resolves)
        return d

    def to_json(self) -> dict[str, Any]:
        return {**self.signed_fields(), "sig": self.sig}

    @classmethod
    def from_json(cls, data: Any) -> "Envelope":
        if not isinstance(data, Mapping):
            raise EnvelopeError("a relayed change must be a JSON object")
        missing = [k for k in _FIELDS + ("sig",) if k not in data and k not in ("by", "resolves")]
        if missing:
            raise EnvelopeError(f"a relayed change is missing {', '.join(missing)}")
        unknown = sorted(set(data) - set(_FIELDS) - {"sig"})
        if unknown:
            raise EnvelopeError(f"a relayed change has unknown keys: {', '.join(map(str, unknown))}")
        for k in ("group", "author", "device", "change_id", "record_id", "collection", "op", "at", "sig"):
            if not isinstance(data[k], str):
                raise EnvelopeError(f"a relayed change's {k} must be text")
        if not isinstance(data["fields"], dict) or not isinstance(data["previous"], dict):
            raise EnvelopeError("a relayed change's fields and previous must be objects")
        if type(data["base_seq"]) is not int or type(data["v"]) is not int:
            raise EnvelopeError("a relayed change's v and base_seq must be integers")
        if data["v"] != VERSION:
            raise EnvelopeError(f"relay format version {data['v']} is not known here")
        resolves = data.get("resolves") or []
        if not isinstance(resolves, list) or not all(isinstance(x, str) for x in resolves):
            raise EnvelopeError("a relayed change's resolves must be a list of conflict ids")
        by = data.get("by", "")
        if not isinstance(by, str):
            raise EnvelopeError("a relayed change's by must be text")
        return cls(v=data["v"], group=data["group"], author=data["author"], device=data["device"],
                   change_id=data["change_id"], record_id=data["record_id"], collection=data["collection"],
                   op=data["op"], fields=dict(data["fields"]), previous=dict(data["previous"]),
                   base_seq=data["base_seq"], at=data["at"], by=by, resolves=tuple(resolves),
                   sig=data["sig"])


def canonical(fields: Mapping[str, Any]) -> bytes:
    """The bytes that are signed: sorted keys, no spaces, UTF-8, strict JSON."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(env_fields: Mapping[str, Any], private_key: Ed25519PrivateKey) -> Envelope:
    """An Envelope of these fields (every field but sig), signed by the device key."""
    d = dict(env_fields)
    d.pop("sig", None)
    d.setdefault("v", VERSION)
    d.setdefault("by", "")
    d["resolves"] = tuple(d.get("resolves") or ())
    unsigned = Envelope(**d)
    return Envelope(**{**d, "sig": _b64(private_key.sign(canonical(unsigned.signed_fields())))})


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    """Raises ValueError for text that is not a raw 32-byte Ed25519 public key."""
    raw = _unb64(text)
    if len(raw) != 32:
        raise ValueError("a device public key is 32 bytes, base64url")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify(env: Envelope, public_key: Ed25519PublicKey | str) -> bool:
    """Is `sig` the signature of this envelope's other fields by this key?"""
    try:
        key = public_key_from_b64(public_key) if isinstance(public_key, str) else public_key
        key.verify(_unb64(env.sig), canonical(env.signed_fields()))
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


__all__ = ["VERSION", "Envelope", "EnvelopeError", "canonical", "public_key_from_b64", "sign", "verify"]
