"""Invitation codes and the admin API's paths: one description for the server that makes a
code and the client that reads it.

    rdinv1.<payload>.<check>

`payload` is base64url (no padding) of compact JSON {"s": server address (may be absent),
"g": group, "k": secret}; `check` is base64url of the first 6 bytes of sha256 of
"rdinv1.<payload>". The check lets a reader say "mistyped or incomplete" before asking the
server, so a person is never told "expired" about a code they copied wrongly. The secret is
16 random bytes (128 bits): guessing one is hopeless, and the server bounds tries anyway.

The token a redemption issues is derived from the secret and a nonce the redeeming client
makes (`derive_token`): the coordinator, who knows the secret, never knows the nonce, so
never the token; and a client whose answer was lost on a bad link can ask again with the
same nonce and get the same token instead of "already used".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
from dataclasses import dataclass

from .wire import API_PREFIX, GROUP_RE

PREFIX = "rdinv1."
SECRET_BYTES = 16
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")
NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{22,128}$")
MAX_CODE = 2000
#: invitations live 72 hours unless the coordinator says otherwise; 30 days at most
DEFAULT_HOURS = 72
MAX_HOURS = 30 * 24
_CHECK_BYTES = 6
_OLD_OR_NEW = re.compile(r"^rdinv(\d+)\.")

MISTYPED = ("this invitation code is incomplete or mistyped: copy it again, whole, from the "
            "message you received")


class AdminPaths:
    MEMBERS = API_PREFIX + "/groups/{group}/members"
    MEMBER = API_PREFIX + "/groups/{group}/members/{member_id}"
    MEMBER_TOKENS = API_PREFIX + "/groups/{group}/members/{member_id}/tokens"
    TOKEN = API_PREFIX + "/groups/{group}/tokens/{token_id}"
    GROUP = API_PREFIX + "/groups/{group}"
    INVITATIONS = API_PREFIX + "/groups/{group}/invitations"
    INVITATION = API_PREFIX + "/groups/{group}/invitations/{invitation_id}"
    AUDIT = API_PREFIX + "/groups/{group}/audit"
    REDEEM = API_PREFIX + "/invitations/redeem"


class InvalidInvitation(ValueError):
    """A code that is not one: `str(exc)` is one sentence for the person who pasted it."""


@dataclass(frozen=True)
class InvitationCode:
    server: str          # "" when the code names no server (the person then types it)
    group: str
    secret: str


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _check(head: str) -> str:
    return _b64(hashlib.sha256(head.encode("ascii")).digest()[:_CHECK_BYTES])


def new_secret() -> str:
    return _b64(secrets.token_bytes(SECRET_BYTES))


def new_nonce() -> str:
    return _b64(secrets.token_bytes(32))


def derive_token(secret: str, nonce: str) -> str:
    return _b64(hashlib.sha256(f"ruraldesk-invitation-token\0{secret}\0{nonce}".encode()).digest())


def make_code(server: str, group: str, secret: str) -> str:
    body = {"g": group, "k": secret}
    if server:
        body = {"s": server, **body}
    payload = _b64(json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    head = PREFIX + payload
    return f"{head}.{_check(head)}"


def parse_code(code: object) -> InvitationCode:
    """The parts of a pasted code (whitespace anywhere is ignored: mail programs wrap long
    lines), or InvalidInvitation saying in one sentence what is wrong with it."""
    if not isinstance(code, str):
        raise InvalidInvitation("an invitation code is text starting with rdinv1.")
    text = "".join(code.split())
    if len(text) > MAX_CODE:
        raise InvalidInvitation("this is too long to be an invitation code: copy only the code "
                                "itself (it starts with rdinv1.)")
    version = _OLD_OR_NEW.match(text)
    if version and version.group(1) != "1":
        raise InvalidInvitation("this invitation code was made by a newer RuralDesk: update "
                                "RuralDesk, then paste it again")
    if not text.startswith(PREFIX):
        raise InvalidInvitation("this is not a RuralDesk invitation code (a code starts with "
                                "rdinv1.)")
    head, _, check = text.rpartition(".")
    if not text.isascii() or head == PREFIX[:-1] or not check or not secrets.compare_digest(check, _check(head)):
        raise InvalidInvitation(MISTYPED)
    try:
        body = json.loads(_unb64(head[len(PREFIX):]).decode("utf-8"))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise InvalidInvitation(MISTYPED) from None
    if not isinstance(body, dict):
        raise InvalidInvitation(MISTYPED)
    server, group, secret = body.get("s", ""), body.get("g"), body.get("k")
    if not (isinstance(server, str) and isinstance(group, str) and isinstance(secret, str)
            and GROUP_RE.fullmatch(group) and SECRET_RE.fullmatch(secret)
            and (not server or server.startswith(("http://", "https://")))):
        raise InvalidInvitation(MISTYPED)
    return InvitationCode(server.rstrip("/"), group, secret)


__all__ = ["AdminPaths", "DEFAULT_HOURS", "InvalidInvitation", "InvitationCode", "MAX_HOURS", "MISTYPED",
           "NONCE_RE", "PREFIX", "derive_token", "make_code", "new_nonce", "new_secret", "parse_code"]
