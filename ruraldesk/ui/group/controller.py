"""The Group window's work, without widgets: who I am in the group, its members, invitations
and audit log, and every coordinator action, each one request to the admin API run off the
UI thread through Operations.run (sync.client.groupadmin does the HTTP).

Views connect to the signals; `busy` says what runs (for the progress line), `failed` gives
one sentence a person can act on. After a change the lists it touches are loaded again, so
what the window shows is what the server holds.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from sync.client import account as accounts

#: audit entries per page ("Older entries" asks for the next page)
AUDIT_PAGE = 50


def _t(text: str) -> str:
    return QCoreApplication.translate("Group", text)


def failure(exc: BaseException) -> str:
    """Why a group request failed, as one sentence (the server's own words when it refused)."""
    from sync.client.groupadmin import GroupAdminError, InvalidInvitation, InvitationRefused
    from sync.client.transport import AuthRefused, Rejected

    from ..syncui import explain, sentence

    from sync.relay.bundle import BundleError

    from ..handover import refusal

    if isinstance(exc, (InvalidInvitation, InvitationRefused)):     # expired, used, mistyped...
        return sentence(str(exc))
    if isinstance(exc, BundleError):        # wrong words, another group, a damaged or cut file
        return sentence(refusal(exc))
    if isinstance(exc, OSError):            # the file (the network's errors come as SyncError)
        return sentence(_t("the file cannot be read ({reason})").format(reason=exc.strerror or exc))
    if isinstance(exc, (GroupAdminError, Rejected)):
        return sentence(exc.message)
    if isinstance(exc, AuthRefused):
        return sentence(_t("the server did not accept this computer's token; ask your coordinator "
                           "for a new invitation"))
    return sentence(explain(exc))


class GroupController(QObject):
    me_loaded = Signal(object)              # {"group", "member", "role"}
    members_loaded = Signal(list)
    invitations_loaded = Signal(list)
    audit_loaded = Signal(list, bool)       # entries, True when they follow the ones shown
    busy_changed = Signal(str)              # what runs now ("" when nothing)
    failed = Signal(str)
    succeeded = Signal(str)                 # a short confirmation for the status line

    def __init__(self, ops, parent: QObject | None = None):
        super().__init__(parent)
        self.ops, self.store = ops, ops.store
        self.account = accounts.load_account(self.store)
        self.role = ""
        self.member = self.account.member if self.account else ""
        self.members: list = []
        self.names: dict[str, str] = {}
        self.invitations: list = []
        self.audit: list = []
        self.audit_more = True
        self.audit_page = AUDIT_PAGE
        self._running: list[str] = []

    # -- plumbing ------------------------------------------------------------------------------
    @property
    def connected(self) -> bool:
        return self.account is not None

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def client(self):
        from sync.client.groupadmin import GroupAdmin

        return GroupAdmin(self.account, accounts.load_token(self.store, self.account))

    def _admin(self, call: Callable[[Any], Any]) -> Callable[[], Any]:
        """One admin request as work for the pool: its connection closed when it is done."""
        def work() -> Any:
            with self.client() as client:
                return call(client)
        return work

    def run(self, label: str, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
            done_text: str = "", then: Callable[[], None] | None = None, changes=None) -> None:
        self._running.append(label)
        self.busy_changed.emit(label)

        def finish() -> None:
            self._running.remove(label)
            self.busy_changed.emit(self._running[-1] if self._running else "")

        def done(value: Any) -> None:
            finish()
            if on_done is not None:
                on_done(value)
            if done_text:
                self.succeeded.emit(done_text)
            if then is not None:
                then()

        def error(exc: BaseException) -> None:
            finish()
            self.failed.emit(failure(exc))

        self.ops.run(fn, on_done=done, on_error=error, changes=changes)

    # -- reading -------------------------------------------------------------------------------
    def load(self) -> None:
        """Who I am first (the role decides what the window offers), then what I may see."""
        if not self.connected:
            self.failed.emit(_t("This workspace is not connected to a group server. Use Sync → Set up "
                                "sync… with the invitation code your coordinator gave you."))
            return
        acct, token = self.account, accounts.load_token(self.store, self.account)

        def me() -> dict:
            from ..syncui import probe

            return probe(acct, token or "")

        self.run(_t("Asking the server who you are…"), me, self._me)

    def _me(self, me: dict) -> None:
        self.role, self.member = str(me.get("role") or ""), str(me.get("member") or self.member)
        self.me_loaded.emit(me)
        # the audit log names people by the member list, so that comes first
        self.load_members(then=self._load_admin if self.is_coordinator else None)

    def _load_admin(self) -> None:
        self.load_invitations()
        self.load_audit()

    def load_members(self, then: Callable[[], None] | None = None) -> None:
        self.run(_t("Loading the members…"), self._admin(lambda c: c.members()), self._members, then=then)

    def _members(self, members: list) -> None:
        self.names = {m.member_id: m.name for m in members if m.name}     # removed ones too
        self.members = [m for m in members if not m.removed_at]
        self.members_loaded.emit(self.members)

    def load_invitations(self) -> None:
        self.run(_t("Loading the open invitations…"), self._admin(lambda c: c.invitations()),
                  self._invitations)

    def _invitations(self, invitations: list) -> None:
        self.invitations = [i for i in invitations if i.status == "open"]   # the rest are in the audit log
        self.invitations_loaded.emit(self.invitations)

    def load_audit(self, older: bool = False) -> None:
        before = self.audit[-1].id if older and self.audit else None

        def page() -> list:
            with self.client() as c:
                return c.audit(before=before, limit=self.audit_page)

        def loaded(entries: list) -> None:
            self.audit = [*self.audit, *entries] if older else list(entries)
            self.audit_more = len(entries) >= self.audit_page
            self.audit_loaded.emit(list(entries), older)

        self.run(_t("Loading the audit log…"), page, loaded)

    def tokens(self, member_id: str, on_done: Callable[[list], None]) -> None:
        self.run(_t("Loading the member's tokens…"), self._admin(lambda c: c.tokens(member_id)), on_done)

    # -- coordinator actions -------------------------------------------------------------------
    def invite(self, role: str, name: str, organisation: str, hours: int,
               on_done: Callable[[Any], None]) -> None:
        def work():
            with self.client() as c:
                return c.invite(role=role, name=name, organisation=organisation, hours=hours)

        self.run(_t("Creating the invitation…"), work, on_done,
                  _t("Invitation for {name} created.").format(name=name), self.load_invitations)

    def cancel_invitation(self, invitation) -> None:
        self.run(_t("Cancelling the invitation…"),
                  self._admin(lambda c: c.cancel_invitation(invitation.invitation_id)), None,
                  _t("Invitation for {name} cancelled.").format(name=invitation.name), self._after_admin)

    def set_role(self, member, role: str) -> None:
        self.run(_t("Changing the role…"), self._admin(lambda c: c.set_member(member.member_id, role=role)),
                  None, _t("{name} is now: {role}.").format(name=member.name or member.member_id,
                                                             role=role_label(role)), self._after_admin)

    def revoke_tokens(self, member, token_ids: list[str]) -> None:
        def work() -> None:
            with self.client() as client:
                for token_id in token_ids:
                    client.revoke_token(token_id)

        self.run(_t("Revoking…"), work, None,
                  _t("Tokens revoked for {name}: {count}.").format(name=member.name or member.member_id,
                                                                   count=len(token_ids)), self._after_admin)

    def remove(self, member) -> None:
        self.run(_t("Removing the member…"), self._admin(lambda c: c.remove_member(member.member_id)), None,
                  _t("{name} is no longer a member; their records stay.").format(
                      name=member.name or member.member_id), self._after_admin)

    def rename(self, name: str, on_done: Callable[[Any], None] | None = None) -> None:
        self.run(_t("Renaming the group…"), self._admin(lambda c: c.rename_group(name)), on_done,
                  _t("The group is now called “{name}”.").format(name=name), self._after_admin)

    def erase(self, record_id: str, title: str, on_done: Callable[[Any], None]) -> None:
        """The erasure every other way into it makes (ruraldesk.io.people.erase_person: the record,
        its history, links, the threads about the person and their posts), journaled for the
        server, which takes it from a coordinator only and hands it to every replica; the
        caller syncs at once (on_done) so it leaves now, not at the next automatic sync."""
        from ruraldesk.io.people import erase_person

        from ..ops import Change

        self.run(_t("Erasing…"), lambda: erase_person(self.store, record_id), on_done,
                 _t("“{name}” was erased here; the erasure goes to the server with this sync and "
                    "reaches every replica at its next sync.").format(name=title), changes=Change.everything())

    def hand_in(self, path: str, words: str, on_done: Callable[[Any], None] | None = None) -> None:
        """A hand-over file's changes to the server, not applied here first (sync.relay.handin);
        the file is verified whole before anything is sent."""
        from sync.relay.handin import hand_in

        acct, token = self.account, accounts.load_token(self.store, self.account)
        self.run(_t("Handing the file to the server…"), lambda: hand_in(path, words, acct, token or ""),
                 lambda handed: self._handed(handed, on_done), changes=None)

    def _handed(self, handed, on_done: Callable[[Any], None] | None) -> None:
        self.succeeded.emit(handed_text(handed))
        if on_done is not None:
            on_done(handed)

    def _after_admin(self) -> None:
        self.load_members(then=self._load_admin)


ROLES = ("coordinator", "member", "reader")


def role_label(role: str) -> str:
    return {"coordinator": _t("Coordinator"), "member": _t("Member"), "reader": _t("Reader")}.get(role, role)


def role_help(role: str) -> str:
    return {"coordinator": _t("manages the group: members, invitations, erasure"),
            "member": _t("adds and edits the group's records"),
            "reader": _t("reads the group's records, changes nothing")}.get(role, "")


def handed_text(handed) -> str:
    """What the server did with a handed-in file, in one sentence."""
    from .. import i18n

    if not handed.total:
        return _t("The file holds no changes; nothing was sent.")
    counts = dict(total=i18n.number(handed.total), applied=i18n.number(handed.applied),
                  already=i18n.number(handed.already))
    if not handed.refused:
        return _t("Of the file's {total} changes, the server applied {applied} and already had "
                  "{already}.").format(**counts)
    reasons = "; ".join(reason for reason, _n in handed.refused)
    return _t("Of the file's {total} changes, the server applied {applied}, already had {already} and "
              "refused {refused}: {reasons}.").format(refused=i18n.number(handed.refused_count),
                                                       reasons=reasons.rstrip("."), **counts)
