"""Group administration without HTTP: members, roles, tokens, invitations, the audit log.

Nobody removes themselves, changes their own role or revokes the token they are using:
another coordinator does (a group window must not lock its own user out by one click), and
the last coordinator stays one (else only the server's command line could administer it).

The admin API (admin_api.py), the admin command line (admin.py) and Service's own member
and token methods all come here, so every act is checked the same way and written to the
audit log in the same transaction as the act itself: the log never says something happened
that did not, nor misses something that did.

`clock` (a function returning an aware datetime) is the one source of "now" for expiry, so
tests move time instead of sleeping.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import unicodedata
from typing import Any, Callable

from sqlalchemy import Connection, and_, insert, select, update

from ruraldesk.domain.ids import new_id
from sync.protocol import ROLES
from sync.protocol.invitations import (DEFAULT_HOURS, MAX_HOURS, MISTYPED, NONCE_RE, InvalidInvitation,
                                       derive_token, make_code, new_nonce, new_secret, parse_code)
from sync.protocol.wire import MEMBER_RE

from .db import Database
from .models import Audit, Group, Invitation, Member, Token
from .service import Invalid, NotFound, ServiceError, hash_token

Clock = Callable[[], dt.datetime]


class Conflicting(ServiceError):
    status, code = 409, "conflict"


class InvitationRefused(ServiceError):
    """A redemption refused; `reason` tells the client which case it is."""

    def __init__(self, status: int, reason: str, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status, self.reason, self.retry_after = status, reason, retry_after
        self.code = {404: "not_found", 409: "conflict", 429: "too_many_requests"}.get(status, "bad_request")


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def stamp(when: dt.datetime) -> str:
    """The one timestamp format (as service.now): fixed width, so strings compare as times."""
    return when.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def write_audit(c: Connection, group_id: str, by: str, action: str, target: str = "",
                detail: dict[str, Any] | None = None, at: str | None = None) -> None:
    """One line of the log, in the caller's transaction."""
    c.execute(insert(Audit).values(group_id=group_id, audit_id=new_id(), at=at or stamp(_utc_now()),
                                   by=by[:200], action=action, target=target[:200], detail=detail or {}))


def member_id_from(name: str) -> str:
    """A readable id from a display name: "Rui Lopes" -> "rui-lopes" (accents dropped)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:32].strip("-")
    return slug or "member"


def _member_out(m) -> dict[str, Any]:
    return {"member_id": m.member_id, "name": m.name, "organisation": m.organisation or "", "role": m.role,
            "last_sync_at": m.last_sync_at, "removed_at": m.removed_at, "created_at": m.created_at}


def _token_out(t) -> dict[str, Any]:
    return {"token_id": t.token_id, "member_id": t.member_id, "label": t.label, "created_at": t.created_at,
            "revoked_at": t.revoked_at}


class GroupAdmin:
    def __init__(self, db: Database, clock: Clock | None = None, public_url: str = ""):
        self.db = db
        self.clock: Clock = clock or _utc_now
        #: when set (RURALDESK_SERVER_PUBLIC_URL), invitation codes name this address
        self.public_url = public_url

    def now(self) -> str:
        return stamp(self.clock())

    # -- reads -------------------------------------------------------------------------
    @staticmethod
    def _group(c: Connection, group_id: str):
        g = c.execute(select(Group.__table__).where(Group.group_id == group_id)).first()
        if g is None:
            raise NotFound(f"there is no group {group_id!r}")
        return g

    def _live_member(self, c: Connection, group_id: str, member_id: str):
        self._group(c, group_id)
        m = c.execute(select(Member.__table__).where(Member.group_id == group_id, Member.member_id == member_id,
                                                     Member.removed_at.is_(None))).first()
        if m is None:
            raise NotFound(f"{member_id!r} is not a member of this group")
        return m

    def members(self, group_id: str) -> list[dict[str, Any]]:
        """Removed members too: their records stay signed with their id, and the name shown
        for it has to come from somewhere."""
        with self.db.read() as c:
            self._group(c, group_id)
            rows = c.execute(select(Member.__table__).where(Member.group_id == group_id)
                             .order_by(Member.member_id)).all()
        return [_member_out(m) for m in rows]

    def member(self, group_id: str, member_id: str) -> dict[str, Any]:
        with self.db.read() as c:
            return _member_out(self._live_member(c, group_id, member_id))

    def tokens(self, group_id: str, member_id: str) -> list[dict[str, Any]]:
        with self.db.read() as c:
            self._live_member(c, group_id, member_id)
            rows = c.execute(select(Token.__table__).where(Token.group_id == group_id, Token.member_id == member_id)
                             .order_by(Token.created_at, Token.token_id)).all()
        return [_token_out(t) for t in rows]

    def audit(self, group_id: str, before: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Newest first; `before` is an entry's id, for the page after it."""
        with self.db.read() as c:
            self._group(c, group_id)
            q = select(Audit.__table__).where(Audit.group_id == group_id)
            if before:
                q = q.where(Audit.audit_id < before)
            rows = c.execute(q.order_by(Audit.audit_id.desc()).limit(max(1, min(limit, 500)))).all()
        return [{"id": a.audit_id, "at": a.at, "by": a.by, "action": a.action, "target": a.target,
                 "detail": dict(a.detail or {})} for a in rows]

    def invitations(self, group_id: str) -> list[dict[str, Any]]:
        now = self.now()
        with self.db.read() as c:
            self._group(c, group_id)
            rows = c.execute(select(Invitation.__table__).where(Invitation.group_id == group_id)
                             .order_by(Invitation.created_at.desc(), Invitation.invitation_id)).all()
        return [self._invitation_out(i, now) for i in rows]

    @staticmethod
    def _status(i, now: str) -> str:
        if i.redeemed_at:
            return "redeemed"
        if i.cancelled_at:
            return "cancelled"
        return "expired" if i.expires_at <= now else "open"

    def _invitation_out(self, i, now: str) -> dict[str, Any]:
        return {"invitation_id": i.invitation_id, "role": i.role, "name": i.name, "organisation": i.organisation,
                "member_id": i.member_id, "created_at": i.created_at, "created_by": i.created_by,
                "expires_at": i.expires_at, "status": self._status(i, now), "cancelled_at": i.cancelled_at,
                "redeemed_at": i.redeemed_at, "redeemed_by": i.redeemed_by}

    # -- members -----------------------------------------------------------------------
    @staticmethod
    def _check_role(role: str) -> None:
        if role not in ROLES:
            raise Invalid(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")

    def add_member(self, group_id: str, member_id: str, role: str = "member", name: str = "",
                   organisation: str = "", *, by: str) -> dict[str, Any]:
        if not isinstance(member_id, str) or not MEMBER_RE.fullmatch(member_id):
            raise Invalid("a member id is 1-40 lower-case letters, digits, - or _")
        self._check_role(role)
        with self.db.write(group_id) as c:
            self._group(c, group_id)
            self._put_member(c, group_id, member_id, role, name, organisation)
            write_audit(c, group_id, by, "member.add", member_id, {"role": role, "name": name or member_id},
                        self.now())
            return _member_out(self._live_member(c, group_id, member_id))

    def _put_member(self, c: Connection, group_id: str, member_id: str, role: str, name: str,
                    organisation: str) -> None:
        row = c.execute(select(Member.__table__).where(Member.group_id == group_id,
                                                       Member.member_id == member_id)).first()
        if row is not None and row.removed_at is None:
            raise Conflicting(f"{member_id!r} is already a member of {group_id!r}")
        if row is not None:  # back after a removal: the same id, so their old records are theirs again
            c.execute(update(Member).where(Member.group_id == group_id, Member.member_id == member_id)
                      .values(role=role, removed_at=None, name=name or row.name,
                              organisation=organisation or row.organisation or ""))
        else:
            c.execute(insert(Member).values(group_id=group_id, member_id=member_id, role=role,
                                            name=name or member_id, organisation=organisation,
                                            created_at=self.now()))

    def _coordinators_left(self, c: Connection, group_id: str, without: str) -> int:
        return len(c.execute(select(Member.member_id).where(
            Member.group_id == group_id, Member.role == "coordinator", Member.removed_at.is_(None),
            Member.member_id != without)).all())

    def update_member(self, group_id: str, member_id: str, *, by: str, role: str | None = None,
                      name: str | None = None, organisation: str | None = None) -> dict[str, Any]:
        if role is not None:
            self._check_role(role)
        with self.db.write(group_id) as c:
            m = self._live_member(c, group_id, member_id)
            wanted = {"role": role, "name": name.strip() if name is not None else None,
                      "organisation": organisation.strip() if organisation is not None else None}
            changed = {k: v for k, v in wanted.items() if v is not None and v != (getattr(m, k) or "")}
            if changed.get("name") == "":
                changed.pop("name")        # a member always has a name to show; keep the old one
            if changed.get("role") and by == member_id:
                raise Conflicting("you cannot change your own role: ask another coordinator")
            if changed.get("role") and m.role == "coordinator" and not self._coordinators_left(c, group_id, member_id):
                raise Conflicting(f"{member_id!r} is the group's only coordinator: make someone else "
                                  "coordinator first")
            if changed:
                c.execute(update(Member).where(Member.group_id == group_id, Member.member_id == member_id)
                          .values(**changed))
                write_audit(c, group_id, by, "member.update", member_id,
                            {k: {"from": getattr(m, k) or "", "to": v} for k, v in changed.items()}, self.now())
            return _member_out(self._live_member(c, group_id, member_id))

    def remove_member(self, group_id: str, member_id: str, *, by: str) -> dict[str, Any]:
        """Their tokens stop working at once (every request checks); their records stay."""
        with self.db.write(group_id) as c:
            m = self._live_member(c, group_id, member_id)
            if by == member_id:
                raise Conflicting("you cannot remove yourself from the group: ask another coordinator")
            if m.role == "coordinator" and not self._coordinators_left(c, group_id, member_id):
                raise Conflicting(f"{member_id!r} is the group's only coordinator: make someone else "
                                  "coordinator first")
            at = self.now()
            c.execute(update(Member).where(Member.group_id == group_id, Member.member_id == member_id)
                      .values(removed_at=at))
            revoked = c.execute(update(Token).where(Token.group_id == group_id, Token.member_id == member_id,
                                                    Token.revoked_at.is_(None)).values(revoked_at=at)).rowcount
            write_audit(c, group_id, by, "member.remove", member_id, {"tokens_revoked": revoked}, at)
            row = c.execute(select(Member.__table__).where(Member.group_id == group_id,
                                                           Member.member_id == member_id)).first()
            return _member_out(row)

    # -- tokens ------------------------------------------------------------------------
    def issue_token(self, group_id: str, member_id: str, label: str = "", *, by: str) -> tuple[str, str]:
        """(token id, token): the token is shown this once; only its sha256 is stored."""
        token = secrets.token_urlsafe(32)
        with self.db.write(group_id) as c:
            self._live_member(c, group_id, member_id)
            token_id = self._insert_token(c, group_id, member_id, token, label)
            write_audit(c, group_id, by, "token.issue", member_id, {"token_id": token_id, "label": label[:200]},
                        self.now())
        return token_id, token

    def _insert_token(self, c: Connection, group_id: str, member_id: str, token: str, label: str) -> str:
        token_id = secrets.token_hex(6)
        c.execute(insert(Token).values(group_id=group_id, token_id=token_id, member_id=member_id,
                                       token_hash=hash_token(token), label=label[:200], created_at=self.now()))
        return token_id

    def revoke_token(self, group_id: str, token: str, *, by: str, in_use: str | None = None) -> dict[str, Any]:
        """By token id, or (on the command line) by the token itself. `in_use`: the id of the
        token making this request, which is refused (it would lock the caller out mid-task)."""
        if in_use is not None and token == in_use:
            raise Conflicting("this is the token this computer is using: revoke it from another "
                              "computer, or remove the account from this one")
        with self.db.write(group_id) as c:
            self._group(c, group_id)
            match = and_(Token.group_id == group_id, Token.revoked_at.is_(None),
                         (Token.token_id == token) | (Token.token_hash == hash_token(token)))
            row = c.execute(select(Token.__table__).where(match)).first()
            if row is None:
                raise NotFound(f"no live token {token!r} in this group" if len(token) <= 16
                               else "no live token like this one in this group")
            at = self.now()
            c.execute(update(Token).where(Token.group_id == group_id, Token.token_id == row.token_id)
                      .values(revoked_at=at))
            write_audit(c, group_id, by, "token.revoke", row.member_id, {"token_id": row.token_id,
                                                                         "label": row.label}, at)
            return {**_token_out(row), "revoked_at": at}

    # -- the group ---------------------------------------------------------------------
    def rename_group(self, group_id: str, name: str, *, by: str) -> dict[str, Any]:
        name = name.strip()
        with self.db.write(group_id) as c:
            g = self._group(c, group_id)
            if not name:           # a group always has a name to show; keep it
                return {"group": group_id, "name": g.name}
            if name != g.name:
                c.execute(update(Group).where(Group.group_id == group_id).values(name=name[:200]))
                write_audit(c, group_id, by, "group.rename", group_id, {"from": g.name, "to": name[:200]}, self.now())
        return {"group": group_id, "name": name[:200]}

    # -- invitations -------------------------------------------------------------------
    def invite(self, group_id: str, *, by: str, role: str = "member", name: str = "", organisation: str = "",
               hours: int = DEFAULT_HOURS, server: str = "", member_id: str | None = None) -> dict[str, Any]:
        """A one-time code. Its secret is in the answer only; the server keeps its sha256."""
        self._check_role(role)
        if not isinstance(hours, int) or not 1 <= hours <= MAX_HOURS:
            raise Invalid(f"an invitation lasts 1 to {MAX_HOURS} hours (30 days)")
        if member_id is not None and not MEMBER_RE.fullmatch(member_id):
            raise Invalid("a member id is 1-40 lower-case letters, digits, - or _")
        address = (self.public_url or server or "").strip().rstrip("/")
        if address and not address.startswith(("http://", "https://")):
            raise Invalid("the server address must start with http:// or https://")
        secret = new_secret()
        created = self.clock()
        with self.db.write(group_id) as c:
            self._group(c, group_id)
            if member_id is not None and c.execute(select(Member.member_id).where(
                    Member.group_id == group_id, Member.member_id == member_id,
                    Member.removed_at.is_(None))).first():
                raise Conflicting(f"{member_id!r} is already a member of this group")
            row = {"group_id": group_id, "invitation_id": secrets.token_hex(8),
                   "secret_hash": hashlib.sha256(secret.encode()).hexdigest(), "role": role,
                   "name": name.strip()[:200], "organisation": organisation.strip()[:200], "member_id": member_id,
                   "created_at": stamp(created), "created_by": by[:200],
                   "expires_at": stamp(created + dt.timedelta(hours=hours))}
            c.execute(insert(Invitation).values(**row))
            write_audit(c, group_id, by, "invitation.create", row["name"] or (member_id or ""),
                        {"invitation_id": row["invitation_id"], "role": role, "expires_at": row["expires_at"],
                         "member_id": member_id}, row["created_at"])
        out = self._invitation_out(_Row(row, cancelled_at=None, redeemed_at=None, redeemed_by=None),
                                   row["created_at"])
        return {**out, "code": make_code(address, group_id, secret), "server": address or None}

    def cancel_invitation(self, group_id: str, invitation_id: str, *, by: str) -> dict[str, Any]:
        with self.db.write(group_id) as c:
            self._group(c, group_id)
            i = c.execute(select(Invitation.__table__).where(Invitation.group_id == group_id,
                                                             Invitation.invitation_id == invitation_id)).first()
            if i is None:
                raise NotFound(f"there is no invitation {invitation_id!r} in this group")
            now = self.now()
            status = self._status(i, now)
            if status in ("redeemed", "cancelled"):
                raise Conflicting(f"this invitation was already {status}")
            c.execute(update(Invitation).where(Invitation.group_id == group_id,
                                               Invitation.invitation_id == invitation_id).values(cancelled_at=now))
            write_audit(c, group_id, by, "invitation.cancel", i.name or (i.member_id or ""),
                        {"invitation_id": invitation_id}, now)
            i = c.execute(select(Invitation.__table__).where(Invitation.group_id == group_id,
                                                             Invitation.invitation_id == invitation_id)).first()
            return self._invitation_out(i, now)

    def redeem(self, code: str, label: str = "", nonce: str | None = None) -> dict[str, Any]:
        """The invited person's own token. In one transaction under the group's lock, so two
        redemptions of one code give one token; a repeat with the same nonce (a lost answer,
        retried) gives the same token again."""
        try:
            parsed = parse_code(code)
        except InvalidInvitation as exc:
            raise InvitationRefused(404, "mistyped", str(exc)) from None
        if nonce is not None and not NONCE_RE.fullmatch(nonce):
            raise Invalid("nonce: 22 to 128 characters of A-Z, a-z, 0-9, - and _")
        nonce = nonce or new_nonce()
        token = derive_token(parsed.secret, nonce)
        secret_hash = hashlib.sha256(parsed.secret.encode()).hexdigest()
        unknown = InvitationRefused(404, "unknown", "this server knows no such invitation: check the code "
                                    "is the one your coordinator sent, for this server")
        with self.db.read() as c:   # a guess is answered without taking the group's write lock
            if c.execute(select(Invitation.invitation_id).where(Invitation.group_id == parsed.group,
                                                                Invitation.secret_hash == secret_hash)).first() is None:
                raise unknown
        with self.db.write(parsed.group) as c:
            i = c.execute(select(Invitation.__table__).where(Invitation.group_id == parsed.group,
                                                             Invitation.secret_hash == secret_hash)).first()
            if i is None:
                raise unknown
            now = self.now()
            if i.redeemed_at:
                again = c.execute(select(Token.revoked_at).where(
                    Token.group_id == i.group_id, Token.token_id == i.token_id,
                    Token.token_hash == hash_token(token))).first()
                if again is not None and again.revoked_at is None:
                    return self._redeemed(c, i, parsed.server, token)
                raise InvitationRefused(409, "used", f"this invitation was already used ({i.redeemed_at[:10]}): "
                                        "ask your coordinator for a new one")
            if i.cancelled_at:
                raise InvitationRefused(409, "cancelled", "this invitation was cancelled by the coordinator: "
                                        "ask them for a new one")
            if i.expires_at <= now:
                raise InvitationRefused(409, "expired", f"this invitation expired on {i.expires_at[:16].replace('T', ' ')} "
                                        "UTC: ask your coordinator for a new one")
            member_id = i.member_id or self._free_member_id(c, i.group_id, i.name)
            self._put_member(c, i.group_id, member_id, i.role, i.name, i.organisation)
            token_id = self._insert_token(c, i.group_id, member_id, token, label or "invitation")
            done = c.execute(update(Invitation).where(
                Invitation.group_id == i.group_id, Invitation.invitation_id == i.invitation_id,
                Invitation.redeemed_at.is_(None), Invitation.cancelled_at.is_(None))
                .values(redeemed_at=now, redeemed_by=member_id, token_id=token_id)).rowcount
            if done != 1:   # cannot happen under the group lock; never hand out a second token
                raise InvitationRefused(409, "used", "this invitation was just used: ask your coordinator "
                                        "for a new one")
            write_audit(c, i.group_id, member_id, "invitation.redeem", member_id,
                        {"invitation_id": i.invitation_id, "role": i.role, "token_id": token_id,
                         "invited_by": i.created_by}, now)
            i = c.execute(select(Invitation.__table__).where(Invitation.group_id == i.group_id,
                                                             Invitation.invitation_id == i.invitation_id)).first()
            return self._redeemed(c, i, parsed.server, token)

    def _redeemed(self, c: Connection, i, server: str, token: str) -> dict[str, Any]:
        m = c.execute(select(Member.__table__).where(Member.group_id == i.group_id,
                                                     Member.member_id == i.redeemed_by)).first()
        return {"server": server or self.public_url or None, "group": i.group_id, "member_id": i.redeemed_by,
                "token": token, "role": m.role if m else i.role, "name": m.name if m else i.name}

    @staticmethod
    def _free_member_id(c: Connection, group_id: str, name: str) -> str:
        """Never the id of a removed member: their records would become the newcomer's."""
        base = member_id_from(name)
        taken = {r.member_id for r in c.execute(select(Member.member_id).where(
            Member.group_id == group_id, Member.member_id.like(base + "%")))}
        if base not in taken:
            return base
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"


class _Row:
    """A dict read like a row (the invitation just inserted)."""

    def __init__(self, values: dict[str, Any], **more: Any):
        self.__dict__.update(values, **more)


__all__ = ["Conflicting", "GroupAdmin", "InvitationRefused", "MISTYPED", "member_id_from", "stamp", "write_audit"]
