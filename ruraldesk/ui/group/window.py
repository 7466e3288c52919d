"""The Group window (Sync → Group…): the members of the group this workspace syncs with and,
for coordinators, invitations, roles, tokens, removal, the group's name, the audit log and
people's data requests. Members and readers see the member list, read-only.

Every request runs off the UI thread (GroupController); the line at the bottom says what
runs and, when something failed, why, in one sentence."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from .. import i18n
from ..dialogs import Dialog
from .controller import GroupController, role_label
from .dialogs import Confirm, HandInDialog, RenameDialog, RoleDialog, SaveTarget, TokensDialog, remove_question
from .invite import InvitationCodeDialog, InviteDialog
from .panes import AuditPane, InvitationsPane, MembersPane
from .peoplepane import PeoplePane
from .people import erasure_plan, export_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Group", text)


class GroupWindow(Dialog):
    def __init__(self, ops, parent: QWidget | None = None, *, sync_now: Callable[[], object] | None = None):
        """`sync_now` starts a sync (SyncController.sync_now): after an erasure on the server,
        this replica erases the person the way every other replica does."""
        super().__init__(parent, _t("Group"), buttons=QDialogButtonBox.StandardButton.Close)
        self.ops, self.sync_now = ops, sync_now
        self.controller = GroupController(self.ops, self)
        self.group_name = self.controller.account.group if self.controller.account else ""
        self.code_dialog: InvitationCodeDialog | None = None
        self._build()
        c = self.controller
        c.me_loaded.connect(self._me)
        c.members_loaded.connect(lambda members: self.members.show_members(members, c.member))
        c.invitations_loaded.connect(self.invitations.show_invitations)
        c.audit_loaded.connect(lambda entries, older: self.audit.show_entries(
            entries, c.audit_more, older, c.names))
        c.busy_changed.connect(self._busy)
        c.failed.connect(self._failed)
        c.succeeded.connect(self._succeeded)
        self._refresh_people = QTimer(self, singleShot=True, interval=300)
        self._refresh_people.timeout.connect(self.people.refresh)
        self.ops.changed.connect(self._records_changed)
        self.set_admin(False)       # until the server says who we are: nothing to do wrong
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)    # opened again, it loads afresh
        self.resize(920, 600)

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        head.addLayout(titles, 1)
        self.rename_button = QPushButton(_t("Re&name the group…"))
        self.hand_in_button = QPushButton(_t("&Hand a file to the server…"))
        self.hand_in_button.setToolTip(_t("Send the changes in a hand-over file someone brought straight to "
                                          "the server"))
        self.reload_button = QPushButton(_t("Re&load"))
        for b in (self.rename_button, self.hand_in_button, self.reload_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…").rstrip())
            head.addWidget(b)
        self.body.addLayout(head)
        self.note = QLabel(_t("Only the group's coordinators can invite people, change roles or remove "
                              "members. Ask one of them."))
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)

        self.tabs = QTabWidget()
        self.members = MembersPane()
        self.invitations = InvitationsPane()
        self.audit = AuditPane()
        self.people = PeoplePane(self.ops)
        self.tabs.addTab(self.members, _t("&Members"))
        self.tabs.addTab(self.invitations, _t("&Invitations"))
        self.tabs.addTab(self.audit, _t("&Audit log"))
        self.tabs.addTab(self.people, _t("&People's data"))
        self.body.addWidget(self.tabs, 1)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(_t("Working"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_t("Group window status"))
        status.addWidget(self.progress)
        status.addWidget(self.status, 1)
        status.addWidget(self.buttons)      # beside the status line: no empty strip above Close
        self.body.addLayout(status)

        self.members.invite.clicked.connect(self.invite)
        self.invitations.invite.clicked.connect(self.invite)
        self.members.role.clicked.connect(self.change_role)
        self.members.revoke.clicked.connect(self.revoke)
        self.members.remove.clicked.connect(self.remove)
        self.invitations.cancel.clicked.connect(self.cancel_invitation)
        self.audit.older.clicked.connect(lambda: self.controller.load_audit(older=True))
        self.audit.reload.clicked.connect(lambda: self.controller.load_audit())
        self.rename_button.clicked.connect(self.rename)
        self.hand_in_button.clicked.connect(self.hand_in)
        self.reload_button.clicked.connect(self.load)
        self.people.export.clicked.connect(self.export_person)
        self.people.erase.clicked.connect(self.erase_person)
        self._show_heading()

    def _show_heading(self) -> None:
        acct = self.controller.account
        self.heading.setText(_t("Group “{group}”").format(group=self.group_name) if acct else _t("Group"))
        if acct is None:
            self.subheading.setText(_t("Not connected to a group server."))
        elif self.controller.role:
            self.subheading.setText(_t("At {url} · you are: {role}").format(
                url=acct.url, role=role_label(self.controller.role).lower()))
        else:
            self.subheading.setText(_t("At {url}").format(url=acct.url))

    def set_admin(self, admin: bool) -> None:
        self.members.set_admin(admin)
        for pane in (self.invitations, self.audit):
            self.tabs.setTabVisible(self.tabs.indexOf(pane), admin)
        self.rename_button.setVisible(admin)
        self.hand_in_button.setVisible(admin)
        self.people.erase.setVisible(admin)
        self.note.setVisible(not admin and bool(self.controller.role))

    # -- state -------------------------------------------------------------------------------
    def load(self) -> None:
        self.controller.load()
        self.people.refresh()

    def _me(self, me: dict) -> None:
        self.set_admin(self.controller.is_coordinator)
        self._show_heading()

    def _busy(self, label: str) -> None:
        """What runs, while it runs; then the last result (a confirmation or why it failed)."""
        self.progress.setVisible(bool(label))
        self.status.setText(label or self.last_result)
        self.reload_button.setEnabled(not label)

    last_result = ""

    def _failed(self, message: str) -> None:
        self.last_result = _t("Not done: {why}").format(why=message)
        self.status.setText(self.last_result)

    def _succeeded(self, message: str) -> None:
        self.last_result = message
        self.status.setText(message)

    def _records_changed(self, change) -> None:
        if change.touches("contact"):
            self._refresh_people.start()

    # -- coordinator actions -------------------------------------------------------------------
    def invite(self) -> None:
        request, ok = InviteDialog.getRequest(self)
        if not ok:
            return
        self.controller.invite(request.role, request.name, request.organisation, request.hours,
                               on_done=lambda invitation: self._show_code(invitation, request.name))

    def _show_code(self, invitation, name: str) -> None:
        self.code_dialog = InvitationCodeDialog(invitation, name, self)
        self.code_dialog.open()

    def change_role(self) -> None:
        member = self.members.member()
        if member is None:
            return
        role, ok = RoleDialog.getRole(member, self)
        if ok:
            self.controller.set_role(member, role)

    def revoke(self) -> None:
        member = self.members.member()
        if member is None:
            return

        def chosen(tokens: list) -> None:
            ids, ok = TokensDialog.getTokens(member, tokens, self)
            if ok:
                self.controller.revoke_tokens(member, ids)

        self.controller.tokens(member.member_id, chosen)

    def remove(self) -> None:
        member = self.members.member()
        if member is None:
            return
        title, text, action = remove_question(member)
        yes, ok = Confirm.getAnswer(title, text, action, self)
        if yes and ok:
            self.controller.remove(member)

    def cancel_invitation(self) -> None:
        invitation = self.invitations.invitation()
        if invitation is None:
            return
        yes, ok = Confirm.getAnswer(
            _t("Cancel the invitation"),
            _t("Cancel the invitation for {name}? The code stops working at once; you can invite them "
               "again later.").format(name=invitation.name), _t("Cancel the invitation"), self)
        if yes and ok:
            self.controller.cancel_invitation(invitation)

    def rename(self) -> None:
        name, ok = RenameDialog.getName(self.group_name, self)
        if ok:
            self.controller.rename(name, on_done=self._renamed)

    def hand_in(self) -> None:
        (path, words), ok = HandInDialog.getHandIn(self)
        if ok:
            self.controller.hand_in(path, words)

    def _renamed(self, name: str) -> None:
        self.group_name = name
        self._show_heading()

    # -- people's data -------------------------------------------------------------------------
    def export_person(self) -> None:
        from ruraldesk.io.people import write_person_export

        record_id = self.people.person()
        if record_id is None:
            return
        title = i18n.title(self.ops.store.get(record_id))
        path, ok = SaveTarget.getPath(self, _t("Export everything about {name}").format(name=title),
                                      export_name(title))
        if not ok:
            return
        self.controller.run(_t("Exporting…"), lambda: write_person_export(self.ops.store, record_id, path),
                            done_text=_t("Everything about {name} was written to {path}.").format(
                                name=title, path=path))

    def erase_person(self) -> None:
        record_id = self.people.person()
        if record_id is None:
            return
        self.controller.run(_t("Listing what the erasure removes…"),
                            lambda: erasure_plan(self.ops.store, record_id), self._confirm_erasure)

    @staticmethod
    def erasure_question(plan) -> tuple[tuple[str, str, str], list[str]]:
        """(title, text, button) and the lines naming what goes, for the question before an erasure."""
        text = _t("Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent "
                  "to the server at once; every member's copy of RuralDesk erases it at its next sync:").format(
            name=plan.title)
        if plan.mentions:
            text += "\n\n" + _t("The person is also named in the text of {count} other records. That "
                                "text is not changed: review it after the erasure (the export lists "
                                "where).").format(count=plan.mentions)
        return (_t("Erase “{name}”").format(name=plan.title), text, _t("Erase on every replica")), plan.lines()

    def _confirm_erasure(self, plan) -> None:
        (title, text, action), items = self.erasure_question(plan)
        yes, ok = Confirm.getAnswer(title, text, action, self, items)
        if yes and ok:
            self.controller.erase(plan.record_id, plan.title,
                                  on_done=lambda _seq: self.sync_now() if self.sync_now else None)

    def done(self, result: int) -> None:
        try:
            self.ops.changed.disconnect(self._records_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
