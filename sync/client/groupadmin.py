"""The coordinator's desk over HTTP: members, roles, tokens, invitations, the audit log.
No Qt: the Group window runs these calls off the UI thread.

    admin = GroupAdmin(account, token)            # account: sync.client.account.Account
    admin.members()                               # [Member(...)], any member may list
    inv = admin.invite("member", "Rui Lopes", organisation="Casa do Povo", hours=72)
    inv.code                                      # "rdinv1.…": shown once, paste it or draw a QR code
    admin.set_member("rui-lopes", role="reader"); admin.remove_member("rui-lopes")
    admin.audit(limit=50)                         # newest first; audit(before=entries[-1].id) pages on

    code = parse_invitation(pasted)               # InvitationCode(server, group, secret) or InvalidInvitation
    got = redeem(pasted, label="Rui's laptop")    # Redeemed(server, group, member_id, token, role, name)

Every call goes through sync.client.transport (timeouts, retries with back-off, gzip).
A refusal by the server becomes `GroupAdminError` carrying the server's own sentence
(`str(exc)`), its HTTP status and, for invitations, a `reason` ("mistyped", "unknown",
"expired", "cancelled", "used", "rate_limited"). `Unreachable`, `AuthRefused` (the token
itself was refused) and `Cancelled` come from the transport unchanged.

A redemption is safe to retry: it sends a nonce made once per `redeem` call, and the server
answers a repeat of the same nonce with the same token instead of "already used".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from sync.protocol.invitations import (DEFAULT_HOURS, AdminPaths, InvalidInvitation, InvitationCode,
                                       new_nonce, parse_code)

from .transport import SyncError, Transport

#: refusals whose JSON answer we read ourselves (the transport would retry 429 and hide `reason`)
_READ_OURSELVES = (400, 403, 404, 409, 413, 415, 422, 429)


class GroupAdminError(SyncError):
    """The server refused the request: `str(exc)` is its sentence."""

    def __init__(self, message: str, status: int = 400, reason: str = ""):
        self.message, self.status, self.reason = message, status, reason
        super().__init__(message)


class InvitationRefused(GroupAdminError):
    """The server did not take an invitation code: mistyped, unknown, expired, cancelled, used,
    or too many failed tries from this address (`reason`)."""


@dataclass(frozen=True)
class Member:
    member_id: str
    name: str
    organisation: str
    role: str
    last_sync_at: str | None
    removed_at: str | None

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@dataclass(frozen=True)
class TokenInfo:
    token_id: str
    label: str
    created_at: str
    revoked_at: str | None


@dataclass(frozen=True)
class Invitation:
    invitation_id: str
    role: str
    name: str
    organisation: str
    expires_at: str
    status: str = "open"               # open, expired, cancelled, redeemed
    code: str = ""                     # only in the answer to invite(): the server keeps no copy
    member_id: str | None = None       # the id the redeemer gets (None: made from the name)
    created_at: str = ""
    created_by: str = ""
    redeemed_at: str | None = None
    redeemed_by: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: str
    by: str
    action: str
    target: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Redeemed:
    server: str
    group: str
    member_id: str
    token: str
    role: str = ""
    name: str = ""


def _fields(cls, data: dict[str, Any]) -> Any:
    names = cls.__dataclass_fields__
    return cls(**{k: v for k, v in data.items() if k in names})


def _refusal(resp, cls=GroupAdminError) -> GroupAdminError:
    try:
        body = resp.json()
    except ValueError:
        body = {}
    body = body if isinstance(body, dict) else {}
    message = body.get("message") if isinstance(body.get("message"), str) else f"HTTP {resp.status_code}"
    return cls(message, resp.status_code, str(body.get("reason") or ""))


class GroupAdmin:
    """One group's administration, as the member whose token this is. Reads are open to
    every member; everything else answers 403 to anyone but a coordinator."""

    def __init__(self, account, token: str, *, transport: Transport | None = None, **options: Any):
        self.account = account
        self.group = account.group
        self.transport = transport or Transport(account.url, token, **options)

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> GroupAdmin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------
    def _path(self, template: str, **params: str) -> str:
        return template.format(group=quote(self.group, safe=""),
                               **{k: quote(str(v), safe="") for k, v in params.items()})

    def _call(self, method: str, path: str, *, json: Any = None, params: dict | None = None) -> Any:
        resp = self.transport.request(method, path, json=json, params=params, ok=_READ_OURSELVES)
        if resp.status_code >= 400:
            raise _refusal(resp)
        try:
            return resp.json()
        except ValueError:
            raise GroupAdminError("the server sent an answer that is not JSON (a proxy in the way?)",
                                  resp.status_code) from None

    # -- members -----------------------------------------------------------------------
    def members(self) -> list[Member]:
        """Every member, removed ones included (their records stay attributed to them)."""
        return [_fields(Member, m) for m in self._call("GET", self._path(AdminPaths.MEMBERS))]

    def set_member(self, member_id: str, *, role: str | None = None, name: str | None = None,
                   organisation: str | None = None) -> Member:
        body = {k: v for k, v in (("role", role), ("name", name), ("organisation", organisation))
                if v is not None}
        return _fields(Member, self._call("PATCH", self._path(AdminPaths.MEMBER, member_id=member_id),
                                          json=body))

    def remove_member(self, member_id: str) -> Member:
        """Their tokens stop working at once; what they wrote stays, signed with their id."""
        return _fields(Member, self._call("DELETE", self._path(AdminPaths.MEMBER, member_id=member_id)))

    def tokens(self, member_id: str) -> list[TokenInfo]:
        return [_fields(TokenInfo, t)
                for t in self._call("GET", self._path(AdminPaths.MEMBER_TOKENS, member_id=member_id))]

    def revoke_token(self, token_id: str) -> TokenInfo:
        return _fields(TokenInfo, self._call("DELETE", self._path(AdminPaths.TOKEN, token_id=token_id)))

    def rename_group(self, name: str) -> str:
        return self._call("PATCH", self._path(AdminPaths.GROUP), json={"name": name})["name"]

    # -- invitations -------------------------------------------------------------------
    def invite(self, role: str, name: str, organisation: str = "", hours: int = DEFAULT_HOURS,
               member_id: str | None = None) -> Invitation:
        """A one-time code for one person. The code names the server by the address this
        computer uses (a server behind a proxy cannot know its public one), unless the
        server's operator set RURALDESK_SERVER_PUBLIC_URL."""
        body: dict[str, Any] = {"role": role, "name": name, "organisation": organisation, "hours": hours,
                                "server": self.transport.base_url}
        if member_id:
            body["member_id"] = member_id
        return _fields(Invitation, self._call("POST", self._path(AdminPaths.INVITATIONS), json=body))

    def invitations(self) -> list[Invitation]:
        return [_fields(Invitation, i) for i in self._call("GET", self._path(AdminPaths.INVITATIONS))]

    def cancel_invitation(self, invitation_id: str) -> Invitation:
        return _fields(Invitation, self._call("DELETE", self._path(AdminPaths.INVITATION,
                                                                   invitation_id=invitation_id)))

    def erase_record(self, record_id: str) -> int:
        """Erase a record (GDPR) on the server; every replica purges it on its next sync.
        Returns the erasure's seq."""
        from sync.protocol import Paths

        return int(self._call("POST", self._path(Paths.ERASE, record_id=record_id))["seq"])

    # -- audit -------------------------------------------------------------------------
    def audit(self, before: str | None = None, limit: int = 100) -> list[AuditEntry]:
        """Newest first; pass the last entry's id as `before` for the page after."""
        params: dict[str, Any] = {"limit": limit}
        if before:
            params["before"] = before
        return [_fields(AuditEntry, e) for e in self._call("GET", self._path(AdminPaths.AUDIT), params=params)]


def parse_invitation(code: str) -> InvitationCode:
    """The server, group and secret in a pasted code; InvalidInvitation (one sentence) when it
    is not a whole, well-formed code. Asks no server."""
    return parse_code(code)


def redeem(code: str, label: str = "", *, server: str | None = None, **options: Any) -> Redeemed:
    """Join the group an invitation names: the new member's own token, made for this computer
    (`label` names it in the coordinator's token list). `server` is needed only when the code
    names none. InvalidInvitation for a code that is not one; InvitationRefused when the server
    does not take it."""
    parsed = parse_code(code)
    address = (server or parsed.server or "").strip().rstrip("/")
    if not address:
        raise InvalidInvitation("this invitation code does not say which server to use: type the "
                                "server address your coordinator gave you")
    body = {"code": "".join(code.split()), "label": label[:200], "nonce": new_nonce()}
    with Transport(address, None, **options) as transport:
        resp = transport.request("POST", AdminPaths.REDEEM, json=body, ok=_READ_OURSELVES)
        if resp.status_code >= 400:
            raise _refusal(resp, InvitationRefused)
        try:
            data = resp.json()
        except ValueError:
            raise InvitationRefused("the server sent an answer that is not JSON (a proxy in the way?)",
                                    resp.status_code) from None
    # the address that just worked, rather than the one the server believes it has
    return Redeemed(server=address, group=data["group"],
                    member_id=data["member_id"], token=data["token"], role=data.get("role", ""),
                    name=data.get("name", ""))


__all__ = ["AuditEntry", "GroupAdmin", "GroupAdminError", "InvalidInvitation", "Invitation",
           "InvitationCode", "InvitationRefused", "Member", "Redeemed", "TokenInfo", "parse_invitation",
           "redeem"]
