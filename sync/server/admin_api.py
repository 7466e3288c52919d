"""The admin API: the coordinator's desk over HTTP (routes only; group_admin does the work).

Any member may list the members (read-only); everything else is for coordinators and is
written to the audit log. Redeeming an invitation needs no token: the code is the proof.
Failed redemptions of well-formed codes are counted per client address in this process's
memory (`FailedTries`): past `LIMIT` in `WINDOW` seconds that address is answered 429 until
the window has passed. A mistyped code (its check does not match) is refused before any
lookup and not counted: it could never find a secret.
"""


import threading
import time
from collections import OrderedDict, deque
from typing import Annotated, Any, Callable, Literal

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from sync.protocol import ROLES
from sync.protocol.invitations import DEFAULT_HOURS, MAX_CODE, MAX_HOURS, NONCE_RE, AdminPaths
from sync.protocol import values
from sync.protocol.wire import MEMBER_RE

from .app import UUID_PATTERN, GroupPath, _ascii_int, _errors, _StrictRoute, _whole_number, bearer
from .group_admin import GroupAdmin, InvitationRefused
from .http import error
from .last_sync import LastSync, NoteSyncs
from .service import Caller, Forbidden

LIMIT = 10           # failed redemptions per client address ...
WINDOW = 15 * 60     # ... in this many seconds
_ADDRESSES = 10_000  # addresses remembered (oldest forgotten first): bounded memory


class FailedTries:
    def __init__(self, limit: int = LIMIT, window: float = WINDOW, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._tries: OrderedDict[str, deque] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque:
        tries = self._tries.get(address)
        if tries is None:
            return deque()
        while tries and tries[0] <= now - self.window:
            tries.popleft()
        return tries

    def refuse_if_blocked(self, address: str) -> None:
        with self._lock:
            now = self.clock()
            tries = self._recent(address, now)
            if len(tries) >= self.limit:
                wait = int(tries[0] + self.window - now) + 1
                raise InvitationRefused(429, "rate_limited", f"too many wrong invitation codes from this "
                                        f"address: try again in {max(1, wait // 60)} minute(s)", retry_after=wait)

    def failed(self, address: str) -> None:
        with self._lock:
            now = self.clock()
            tries = self._recent(address, now)
            tries.append(now)
            self._tries[address] = tries
            self._tries.move_to_end(address)
            while len(self._tries) > _ADDRESSES:
                self._tries.popitem(last=False)


# -- bodies and answers ----------------------------------------------------------------
_text = Annotated[str, Field(max_length=200, json_schema_extra={"pattern": values.TEXT_PATTERN})]
_name = Annotated[str, Field(min_length=1, max_length=200, json_schema_extra={"pattern": values.TEXT_PATTERN})]
_role = Literal[tuple(ROLES)]  # type: ignore[valid-type]
_hours = Annotated[int, Field(ge=1, le=MAX_HOURS), BeforeValidator(_whole_number)]
MemberPath = Annotated[str, Path(pattern=MEMBER_RE.pattern, description="the member id")]
TokenPath = Annotated[str, Path(pattern=r"^[0-9a-f]{1,16}$", description="a token id (from the token list)")]
InvitationPath = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="an invitation id")]


class MemberPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: _role | None = None
    name: _text | None = Field(None, description="empty keeps the current name")
    organisation: _text | None = None


class GroupPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Annotated[str, Field(min_length=1, max_length=200, description="blank keeps the current name",
                               json_schema_extra={"pattern": values.TEXT_PATTERN})]


class InviteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: _role = "member"
    name: _name
    organisation: _text = ""
    hours: _hours = DEFAULT_HOURS
    server: Annotated[str, Field(max_length=500, pattern=r"^https?://[!-~]+$",
                                 description="the address the inviting computer reaches this server at; "
                                             "RURALDESK_SERVER_PUBLIC_URL on the server overrides it")] | None = None
    member_id: Annotated[str, Field(pattern=MEMBER_RE.pattern,
                                    description="the id the new member gets (default: made from the name)")] | None = None


class RedeemIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: Annotated[str, Field(max_length=MAX_CODE, description="the invitation code (rdinv1.…)")]
    label: _text = ""
    nonce: Annotated[str, Field(pattern=NONCE_RE.pattern,
                                description="made once by the client per redemption: asking again with the same "
                                            "nonce (after a lost answer) gives the same token")] | None = None


class MemberOut(BaseModel):
    member_id: str
    name: str
    organisation: str
    role: str
    last_sync_at: str | None
    removed_at: str | None
    created_at: str


class TokenOut(BaseModel):
    token_id: str
    member_id: str
    label: str
    created_at: str
    revoked_at: str | None


class GroupOut(BaseModel):
    group: str
    name: str


class InvitationOut(BaseModel):
    invitation_id: str
    role: str
    name: str
    organisation: str
    member_id: str | None
    created_at: str
    created_by: str
    expires_at: str
    status: Literal["open", "expired", "cancelled", "redeemed"]
    cancelled_at: str | None
    redeemed_at: str | None
    redeemed_by: str | None


class InvitationCreated(InvitationOut):
    code: str = Field(description="shown this once: the server keeps only a hash of its secret")
    server: str | None


class RedeemedOut(BaseModel):
    server: str | None
    group: str
    member_id: str
    token: str = Field(description="the new member's own token: shown this once, stored hashed")
    role: str
    name: str


class AuditOut(BaseModel):
    id: str
    at: str
    by: str
    action: str
    target: str
    detail: dict[str, Any]


class RefusalOut(BaseModel):
    error: str
    message: str
    reason: Literal["mistyped", "unknown", "expired", "cancelled", "used", "rate_limited"]


_AUTH = (401, 422)
_COORD = (*_AUTH, 403, 404)
_REFUSED = {404: {"model": RefusalOut, "description": "a mistyped or unknown code"},
            409: {"model": RefusalOut, "description": "an expired, cancelled or already used invitation"},
            429: {"model": RefusalOut, "description": "too many wrong codes from this address",
                  "headers": {"Retry-After": {"schema": {"type": "integer", "minimum": 1}, "required": True}}}}


def install(app: FastAPI, service, settings) -> None:
    """The admin routes, their refusal format and the last-sync stamps, on the app."""
    admin = GroupAdmin(service.db, public_url=settings.public_url)
    tries = FailedTries()
    last_sync = LastSync(service.db)
    app.state.group_admin, app.state.redeem_tries, app.state.last_sync = admin, tries, last_sync
    app.add_middleware(NoteSyncs, last_sync=last_sync)

    @app.exception_handler(InvitationRefused)
    async def _refused(_request: Request, exc: InvitationRefused):
        response = error(exc.status, exc.message, reason=exc.reason)
        if exc.retry_after:
            response.headers["Retry-After"] = str(exc.retry_after)
        return response

    def member(group: GroupPath,
               creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> Caller:
        return service.authenticate(group, creds.credentials if creds else None)

    def coordinator(who: Annotated[Caller, Depends(member)]) -> Caller:
        if not who.is_coordinator:
            raise Forbidden("only a coordinator of this group can do this")
        return who

    Who = Annotated[Caller, Depends(member)]
    Coord = Annotated[Caller, Depends(coordinator)]
    r = APIRouter(route_class=_StrictRoute, tags=["group admin"])

    @r.get(AdminPaths.MEMBERS, response_model=list[MemberOut], responses=_errors(*_AUTH),
           summary="Every member (removed ones too, with removed_at): any member may list")
    def members(who: Who):
        return JSONResponse(admin.members(who.group_id))

    @r.patch(AdminPaths.MEMBER, response_model=MemberOut, responses=_errors(*_COORD, 409),
             summary="Change a member's role, name or organisation (coordinators)")
    def set_member(who: Coord, member_id: MemberPath, body: MemberPatch):
        return JSONResponse(admin.update_member(who.group_id, member_id, by=who.member_id, role=body.role,
                                                name=body.name, organisation=body.organisation))

    @r.delete(AdminPaths.MEMBER, response_model=MemberOut, responses=_errors(*_COORD, 409),
              summary="Remove a member: their tokens stop working at once, their records stay theirs")
    def remove_member(who: Coord, member_id: MemberPath):
        return JSONResponse(admin.remove_member(who.group_id, member_id, by=who.member_id))

    @r.get(AdminPaths.MEMBER_TOKENS, response_model=list[TokenOut], responses=_errors(*_COORD),
           summary="A member's tokens, live and revoked (never the tokens themselves)")
    def tokens(who: Coord, member_id: MemberPath):
        return JSONResponse(admin.tokens(who.group_id, member_id))

    @r.delete(AdminPaths.TOKEN, response_model=TokenOut, responses=_errors(*_COORD, 409),
              summary="Revoke a token: it stops working at once (not the one making this request)")
    def revoke_token(who: Coord, token_id: TokenPath):
        return JSONResponse(admin.revoke_token(who.group_id, token_id, by=who.member_id, in_use=who.token_id))

    @r.patch(AdminPaths.GROUP, response_model=GroupOut, responses=_errors(*_AUTH, 403),
             summary="Rename the group (coordinators)")
    def rename(who: Coord, body: GroupPatch):
        return JSONResponse(admin.rename_group(who.group_id, body.name, by=who.member_id))

    @r.post(AdminPaths.INVITATIONS, response_model=InvitationCreated, status_code=201,
            responses=_errors(*_AUTH, 403, 409), summary="Invite a person: a one-time code")
    def invite(who: Coord, body: InviteIn):
        out = admin.invite(who.group_id, by=who.member_id, role=body.role, name=body.name,
                           organisation=body.organisation, hours=body.hours, server=body.server or "",
                           member_id=body.member_id)
        return JSONResponse(out, status_code=201)

    @r.get(AdminPaths.INVITATIONS, response_model=list[InvitationOut], responses=_errors(*_AUTH, 403),
           summary="The group's invitations, newest first (no codes: the server keeps none)")
    def invitations(who: Coord):
        return JSONResponse(admin.invitations(who.group_id))

    @r.delete(AdminPaths.INVITATION, response_model=InvitationOut, responses=_errors(*_COORD, 409),
              summary="Cancel an open invitation")
    def cancel(who: Coord, invitation_id: InvitationPath):
        return JSONResponse(admin.cancel_invitation(who.group_id, invitation_id, by=who.member_id))

    @r.get(AdminPaths.AUDIT, response_model=list[AuditOut], responses=_errors(*_AUTH, 403),
           summary="The audit log, newest first: who did what, when")
    def audit(who: Coord,
              before: Annotated[str | None, Query(pattern=UUID_PATTERN,
                                                  description="an entry's id: the entries older than it")] = None,
              limit: Annotated[int, Query(ge=1, le=500), BeforeValidator(_ascii_int)] = 100):
        return JSONResponse(admin.audit(who.group_id, before.lower() if before else None, limit))

    @r.post(AdminPaths.REDEEM, response_model=RedeemedOut, status_code=201,
            responses={**_errors(422), **_REFUSED},
            summary="Redeem an invitation code (no token needed): the new member's own token")
    def redeem(request: Request, body: RedeemIn):
        address = request.client.host if request.client else "unknown"
        tries.refuse_if_blocked(address)
        try:
            return JSONResponse(admin.redeem(body.code, body.label, body.nonce), status_code=201)
        except InvitationRefused as exc:
            if exc.reason == "unknown":
                tries.failed(address)
            raise

    app.include_router(r)


__all__ = ["FailedTries", "LIMIT", "WINDOW", "install"]
