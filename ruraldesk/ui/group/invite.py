"""Inviting someone: the invitation's details, then the code to hand over, as text to copy
and as a QR code to scan from the screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QWidget)

from .. import i18n
from ..dialogs import Dialog
from . import qr
from .controller import ROLES, role_help, role_label
from .redeem import code_font

#: how long an invitation can be redeemed, in hours
VALIDITY_HOURS = (24, 72, 168, 336)
DEFAULT_HOURS = 72


def _t(text: str) -> str:
    return QCoreApplication.translate("Group", text)


@dataclass(frozen=True)
class InviteRequest:
    name: str
    organisation: str
    role: str
    hours: int


class FittedDialog(Dialog):
    """A dialog as tall as its wrapped text needs at the width it opens with: Qt sizes a new
    window from its size hint, which is too short once a label wraps (large fonts)."""

    def showEvent(self, event) -> None:  # noqa: N802
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)
        super().showEvent(event)


def labelled(form, label: str, widget: QWidget) -> None:
    lab = QLabel(label)
    lab.setBuddy(widget)
    widget.setAccessibleName(label.replace("&", "").rstrip(":"))
    form.addRow(lab, widget)


def validity_label(hours: int) -> str:
    if hours % 168 == 0:
        weeks = hours // 168
        return _t("1 week") if weeks == 1 else _t("{count} weeks").format(count=weeks)
    days = hours // 24
    return _t("1 day") if days == 1 else _t("{count} days").format(count=days)


class InviteDialog(FittedDialog):
    """Who is invited, with which role, for how long. OK only once a name is given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, _t("Invite someone"))
        intro = QLabel(_t("The invitation gives one person a place in the group. They paste the code "
                          "into RuralDesk (Sync → Set up sync…) on their computer; it works once."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = self.form()
        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("as the group will see it"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(_t("optional"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(f"{role_label(role)} — {role_help(role)}", role)
        self.role.setCurrentIndex(ROLES.index("member"))
        self.validity = QComboBox()
        for hours in VALIDITY_HOURS:
            self.validity.addItem(validity_label(hours), hours)
        self.validity.setCurrentIndex(VALIDITY_HOURS.index(DEFAULT_HOURS))
        for label, widget in ((_t("&Name:"), self.name), (_t("&Organisation:"), self.organisation),
                              (_t("&Role:"), self.role), (_t("&Valid for:"), self.validity)):
            labelled(form, label, widget)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_t("Create the invitation"))
        self.name.textChanged.connect(lambda: self.ok.setEnabled(bool(self.request().name)))
        self.ok.setEnabled(False)
        self.finish()
        self.setMinimumWidth(520)

    def request(self) -> InviteRequest:
        return InviteRequest(" ".join(self.name.text().split()), " ".join(self.organisation.text().split()),
                             self.role.currentData(), int(self.validity.currentData()))

    @classmethod
    def getRequest(cls, parent: QWidget | None = None) -> tuple[InviteRequest | None, bool]:  # noqa: N802
        dialog = cls(parent)
        ok = dialog.exec() == Dialog.DialogCode.Accepted
        return (dialog.request() if ok else None), ok


class InvitationCodeDialog(FittedDialog):
    """The code for one invitation: to read aloud, copy into a message, or scan."""

    def __init__(self, invitation, name: str, parent: QWidget | None = None):
        super().__init__(parent, _t("Invitation for {name}").format(name=name),
                         buttons=QDialogButtonBox.StandardButton.Close)
        self.invitation = invitation
        expires = i18n.timestamp(invitation.expires_at) if invitation.expires_at else ""
        text = QLabel(_t("Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, "
                         "or scan the picture with a phone and send it to themselves. It works once, "
                         "until {expires}.").format(name=name, expires=expires))
        text.setWordWrap(True)
        self.body.addWidget(text)
        row = QHBoxLayout()
        self.code = QLineEdit(invitation.code)
        self.code.setReadOnly(True)
        self.code.setFont(code_font())
        self.code.setAccessibleName(_t("Invitation code"))
        self.code.setCursorPosition(0)
        self.copy = QPushButton(_t("&Copy"))
        self.copy.setAccessibleName(_t("Copy the invitation code"))
        self.copy.clicked.connect(self.copy_code)
        row.addWidget(self.code, 1)
        row.addWidget(self.copy)
        self.body.addLayout(row)
        self.image = qr.image(invitation.code)
        self.picture = QLabel()
        self.picture.setPixmap(QPixmap.fromImage(self.image))
        # never squeezed: a QR code cut at its edges does not scan
        self.picture.setMinimumSize(self.image.size())
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(_t("Invitation code as a QR code"))
        self.body.addWidget(self.picture)
        self.copied = QLabel()
        self.copied.setAccessibleName(_t("Copied"))
        self.body.addWidget(self.copied)
        self.finish()
        self.setMinimumWidth(520)

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.invitation.code)
        self.copied.setText(_t("The code is on the clipboard."))
