"""A hand-over file (or a LAN message): relayed changes, compressed, then AEAD-encrypted.

Layout (all integers big-endian)::

    magic    8 bytes   b"RDRELAY1"
    glen     1 byte    length of the group id
    group    glen      the group id, UTF-8 (in clear: "this file is for group X" before any key)
    salt     16 bytes  scrypt salt of a passphrase key (zeros for a session key)
    check    16 bytes  HMAC-SHA256(key, "ruraldesk-relay-check")[:16]: tells a wrong passphrase
                       from a damaged file
    length   8 bytes   length of what follows the nonce
    nonce    12 bytes
    sealed   length    AES-256-GCM of zlib(JSON {"v":1,"group":…,"envelopes":[…]}), the whole
                       header as associated data: a changed byte anywhere is refused

A wrong group, a wrong passphrase, a file cut short and a changed byte each raise
BundleError with one sentence; nothing is applied before the whole file is verified.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import struct
import zlib
from typing import Callable, Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .envelope import Envelope, EnvelopeError

MAGIC = b"RDRELAY1"
SALT_LEN, CHECK_LEN, NONCE_LEN = 16, 16, 12
#: a hand-over of 100,000 changes is well under this; a bigger "file" is not one of ours
MAX_PLAIN = 512 * 1024 * 1024
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1

Key = "bytes | Callable[[bytes], bytes]"


class BundleError(ValueError):
    """A file that cannot be applied; str() is one sentence for the person, `reason` one of
    not_ours, other_group, passphrase, truncated, tampered, damaged, too_large (the desktop
    says it in the interface language)."""

    def __init__(self, message: str, reason: str = "damaged"):
        super().__init__(message)
        self.reason = reason


def key_from_passphrase(passphrase: str, salt: bytes) -> bytes:
    """32 bytes from a passphrase (scrypt); spaces and case do not matter."""
    norm = " ".join(passphrase.lower().split()).encode("utf-8")
    return hashlib.scrypt(norm, salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 1024 * 1024,
                          dklen=32)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_LEN)


def _check(key: bytes) -> bytes:
    return hmac.new(key, b"ruraldesk-relay-check", hashlib.sha256).digest()[:CHECK_LEN]


def pack(envelopes: Iterable[Envelope], group_id: str, key: bytes, salt: bytes = bytes(SALT_LEN)) -> bytes:
    """The bundle of these envelopes for this group, sealed with a 32-byte key. With a
    passphrase key, pass the salt it was made with (it is stored in the header)."""
    g = group_id.encode("utf-8")
    if not 0 < len(g) < 256 or len(salt) != SALT_LEN or len(key) != 32:
        raise ValueError("bad group id, salt or key length")
    plain = json.dumps({"v": 1, "group": group_id, "envelopes": [e.to_json() for e in envelopes]},
                       ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    body = zlib.compress(plain, 6)
    nonce = secrets.token_bytes(NONCE_LEN)
    sealed_len = len(body) + 16
    header = MAGIC + bytes([len(g)]) + g + salt + _check(key) + struct.pack(">Q", sealed_len) + nonce
    return header + AESGCM(key).encrypt(nonce, body, header)


def peek_group(data: bytes) -> str:
    """The group a bundle is for, read from its clear header (no key needed)."""
    return _header(data)[0]


def _header(data: bytes) -> tuple[str, bytes, bytes, int, int]:
    if len(data) < len(MAGIC) + 1 or not data.startswith(MAGIC):
        raise BundleError("This is not a RuralDesk hand-over file.", "not_ours")
    glen = data[len(MAGIC)]
    at = len(MAGIC) + 1
    end = at + glen + SALT_LEN + CHECK_LEN + 8 + NONCE_LEN
    if len(data) < end:
        raise BundleError("This hand-over file is cut short (it was not copied completely).", "truncated")
    try:
        group = data[at:at + glen].decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError("This hand-over file is damaged.") from None
    at += glen
    salt, check = data[at:at + SALT_LEN], data[at + SALT_LEN:at + SALT_LEN + CHECK_LEN]
    (length,) = struct.unpack(">Q", data[at + SALT_LEN + CHECK_LEN:at + SALT_LEN + CHECK_LEN + 8])
    return group, salt, check, length, end


def unpack(data: bytes, group_id: str, key: "bytes | Callable[[bytes], bytes]") -> list[Envelope]:
    """The envelopes of a bundle, all verified as one piece. `key` is the 32-byte key or a
    function of the salt (lambda salt: key_from_passphrase(p, salt)). Raises BundleError."""
    group, salt, check, length, end = _header(data)
    if group != group_id:
        raise BundleError(f"This file holds changes of the group “{group}”, not of this group "
                          f"(“{group_id}”).", "other_group")
    k = key(salt) if callable(key) else key
    if not hmac.compare_digest(_check(k), check):
        raise BundleError("The passphrase does not open this file (check the words and try again).", "passphrase")
    if len(data) < end + length:
        raise BundleError("This hand-over file is cut short (it was not copied completely).", "truncated")
    if len(data) > end + length:
        raise BundleError("This hand-over file has extra bytes at its end: it was changed after it was made.",
                          "tampered")
    try:
        body = AESGCM(k).decrypt(data[end - NONCE_LEN:end], data[end:], data[:end])
    except InvalidTag:
        raise BundleError("This hand-over file was changed or damaged after it was made.", "tampered") from None
    try:
        d = zlib.decompressobj()
        plain = d.decompress(body, MAX_PLAIN)
        if d.unconsumed_tail:
            raise BundleError("This hand-over file is too large to be one of ours.", "too_large")
        content = json.loads(plain)
        if not isinstance(content, dict) or content.get("group") != group_id:
            raise BundleError("This hand-over file is damaged.")
        return [Envelope.from_json(e) for e in content["envelopes"]]
    except BundleError:
        raise
    except (zlib.error, ValueError, KeyError, TypeError, EnvelopeError):
        raise BundleError("This hand-over file is damaged.") from None


def pack_with_passphrase(envelopes: Iterable[Envelope], group_id: str, passphrase: str) -> bytes:
    salt = new_salt()
    return pack(envelopes, group_id, key_from_passphrase(passphrase, salt), salt)


def unpack_with_passphrase(data: bytes, group_id: str, passphrase: str) -> list[Envelope]:
    return unpack(data, group_id, lambda salt: key_from_passphrase(passphrase, salt))


_WORDS = (
    "able acid aged also area army away baby back bake ball band bank barn base bath bead beam bean "
    "bear beef bell belt bend best bike bird blue boat body bone book boot bowl bulb bush cake calm "
    "camp card care cart case cave cell chef city clay club coal coat code coin cold cook cool copy "
    "corn crab crew crop cube cup dark dawn deck deer desk dice dish dock door dove down draw drum "
    "duck dune dust east echo edge face farm fern film fire fish flag flax foam fog fold food foot "
    "fork form fox frog fuel game gate gift glow goat gold golf gown grid hail hall hand harp hat "
    "hawk heat herb hill hive home hook horn hose iron jade jar jazz jump kale kelp kite knot lake "
    "lamb lamp land lane leaf lens lily lime line lion loaf lock loft loom lute mail malt map mask "
    "meal melt mild milk mill mint mist mole moon moss moth mule nest net node note oak oar oats "
    "oven owl page palm park path peak pear pine pipe plum pond pony pool port pot quay rain ramp "
    "reed reef rice ring road rock roof room root rope rose ruby rug sail salt sand seal seed ship "
    "silk sink snow soap sock soil song soup star stem step stew sun swan tail tank tape tea tent "
    "tide tile toad town tree tube tuna vase veil vine wave weld well west whey wind wing wire wolf "
    "wood wool yard yarn yeti zinc zone").split()


def new_passphrase(words: int = 5) -> str:
    """Five short everyday words, easy to read out over a phone."""
    return " ".join(secrets.choice(_WORDS) for _ in range(words))


__all__ = ["BundleError", "key_from_passphrase", "new_passphrase", "new_salt", "pack", "pack_with_passphrase",
           "peek_group", "unpack", "unpack_with_passphrase"]
