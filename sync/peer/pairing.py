"""The pairing code and the handshake that turns it into the link's keys.

SPAKE2 (symmetric) over the code, with "ruraldesk-lan-v1" and the group id as its identity:
two computers end with the same 32 bytes only if they typed the same code AND belong to the
same group; a listener learns nothing it could test codes against offline, and an active
guesser gets one try per connection (the offer counts them and locks). HKDF-SHA256 over that
secret, salted with the hash of both hellos, gives one ChaCha20-Poly1305 key per direction.
Each side's first sealed frame is a confirmation: it opens only with the right keys.

The group is announced as a salted tag, never in clear: tag = SHA-256(salt | group)[:16].
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from spake2 import SPAKE2_Symmetric

PROTOCOL = "ruraldesk-lan"
VERSION = 2          # 2: the exchange starts with what each side offers and wants
CODE_DIGITS = 6
_IDENTITY = b"ruraldesk-lan-v1\x00"


def new_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def normalise_code(text: str) -> str:
    """What the person typed, as the digits of a code ("123 456", "123-456" and full-width
    digits all count); "" when it is not six digits."""
    digits = "".join(str(int(c)) for c in text if c.isdecimal())
    return digits if len(digits) == CODE_DIGITS else ""


def show_code(code: str) -> str:
    return f"{code[:3]} {code[3:]}"


def new_salt() -> str:
    return b64(secrets.token_bytes(12))


def group_tag(salt: str, group: str) -> str:
    return hashlib.sha256(unb64(salt) + group.encode("utf-8")).hexdigest()[:32]


def same_tag(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("ascii", "replace"), b.encode("ascii", "replace"))


class Pake:
    """One side's half of the exchange: start() gives the message to send, keys() finishes."""

    def __init__(self, code: str, group: str):
        self._spake = SPAKE2_Symmetric(code.encode("ascii"), idSymmetric=_IDENTITY + group.encode("utf-8"))
        self.message = b64(self._spake.start())

    def keys(self, their_message: str, transcript: bytes, *, offering: bool) -> tuple[bytes, bytes, bytes]:
        """(send key, receive key, bundle key). Raises ValueError for a message that is not one
        (spake2's own errors, e.g. our message reflected back, are not ValueErrors)."""
        try:
            secret = self._spake.finish(unb64(their_message))
        except Exception as exc:
            raise ValueError(f"not a pairing message: {type(exc).__name__}") from None
        salt = hashlib.sha256(transcript).digest()
        offer_to_join = _hkdf(secret, salt, b"ruraldesk-lan-v1 offer->join")
        join_to_offer = _hkdf(secret, salt, b"ruraldesk-lan-v1 join->offer")
        bundle = _hkdf(secret, salt, b"ruraldesk-lan-v1 bundle")
        if offering:
            return offer_to_join, join_to_offer, bundle
        return join_to_offer, offer_to_join, bundle


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
