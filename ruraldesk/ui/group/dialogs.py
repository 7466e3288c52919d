"""The Group window's questions. Each one is a class method that returns (value, ok), so a
test answers the question itself (monkeypatching the class method) and tests the dialog on
its own by filling it in; nothing patches exec."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QRadioButton, QWidget)

from .. import i18n
from ..dialogs import Dialog
from .controller import ROLES, role_help, role_label
from .invite import FittedDialog, labelled


def _t(text: str) -> str:
    return QCoreApplication.translate("Group", text)


def who(member) -> str:
    """A member as people know them: name and organisation (the id when no name was given)."""
    name = member.name or member.member_id
    return f"{name} ({member.organisation})" if member.organisation else name


class RoleDialog(FittedDialog):
    def __init__(self, member, parent: QWidget | None = None):
        super().__init__(parent, _t("Change the role of {name}").format(name=who(member)))
        self.choices = QButtonGroup(self)
        for role in ROLES:
            button = QRadioButton(f"{role_label(role)} — {role_help(role)}")
            button.setAccessibleName(role_label(role))
            button.setProperty("role", role)
            button.setChecked(role == member.role)
            self.choices.addButton(button)
            self.body.addWidget(button)
        self.finish()
        self.setMinimumWidth(460)

    def role(self) -> str:
        checked = self.choices.checkedButton()
        return checked.property("role") if checked is not None else ""

    @classmethod
    def getRole(cls, member, parent: QWidget | None = None) -> tuple[str, bool]:  # noqa: N802
        dialog = cls(member, parent)
        ok = dialog.exec() == Dialog.DialogCode.Accepted and dialog.role() not in ("", member.role)
        return dialog.role(), ok


class RenameDialog(FittedDialog):
    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent, _t("Rename the group"))
        self.name = QLineEdit(current)
        labelled(self.form(), _t("&Name:"), self.name)
        note = QLabel(_t("Members see the new name after their next sync; the group's address stays."))
        note.setWordWrap(True)
        self.body.addWidget(note)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda: ok.setEnabled(bool(self.value())))
        self.finish()
        self.setMinimumWidth(420)

    def value(self) -> str:
        return " ".join(self.name.text().split())

    @classmethod
    def getName(cls, current: str, parent: QWidget | None = None) -> tuple[str, bool]:  # noqa: N802
        dialog = cls(current, parent)
        ok = dialog.exec() == Dialog.DialogCode.Accepted and dialog.value() not in ("", current)
        return dialog.value(), ok


class TokensDialog(FittedDialog):
    """A member's tokens (one per computer), to tick the ones to revoke."""

    def __init__(self, member, tokens: list, parent: QWidget | None = None):
        super().__init__(parent, _t("Revoke tokens of {name}").format(name=who(member)))
        text = QLabel(_t("A revoked token stops syncing at once: that computer keeps its copy but can "
                         "no longer send or receive. Tick the computers to cut off."))
        text.setWordWrap(True)
        self.body.addWidget(text)
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Tokens"))
        for token in tokens:
            if token.revoked_at:
                continue
            item = QListWidgetItem(_t("{label}, since {when}").format(
                label=token.label or _t("unnamed computer"), when=i18n.timestamp(token.created_at)))
            item.setData(Qt.ItemDataRole.UserRole, token.token_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        if not self.list.count():
            self.body.addWidget(QLabel(_t("This member has no token in use.")))
        self.body.addWidget(self.list)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Revoke"))
        self.finish()
        self.setMinimumWidth(460)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    @classmethod
    def getTokens(cls, member, tokens: list, parent: QWidget | None = None) -> tuple[list[str], bool]:  # noqa: N802
        dialog = cls(member, tokens, parent)
        ok = dialog.exec() == Dialog.DialogCode.Accepted and bool(dialog.chosen())
        return dialog.chosen(), ok


class Confirm(FittedDialog):
    """A question that names exactly what happens, with the action on its button; Cancel is
    the default, so Enter never removes or erases anything."""

    def __init__(self, title: str, text: str, action: str, parent: QWidget | None = None,
                 items: list[str] | None = None):
        super().__init__(parent, title)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(label)
        self._lines = list(items or [])
        self.items = QLabel("\n".join(f"•  {line}" for line in self._lines))
        self.items.setWordWrap(True)
        self.items.setTextFormat(Qt.TextFormat.PlainText)
        self.items.setContentsMargins(12, 0, 0, 0)
        self.items.setAccessibleName(_t("What will happen"))
        self.items.setVisible(bool(items))
        self.body.addWidget(self.items)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action)
        ok.setAutoDefault(False)
        ok.setDefault(False)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setDefault(True)
        self.finish()
        self.setMinimumWidth(520)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.cancel.setFocus()      # nor does Space

    def lines(self) -> list[str]:
        return list(self._lines)

    @classmethod
    def getAnswer(cls, title: str, text: str, action: str, parent: QWidget | None = None,  # noqa: N802
                  items: list[str] | None = None) -> tuple[bool, bool]:
        ok = cls(title, text, action, parent, items).exec() == Dialog.DialogCode.Accepted
        return ok, ok


def remove_question(member) -> tuple[str, str, str]:
    """Title, text and button of the question before removing a member."""
    name = who(member)
    return (_t("Remove {name} from the group").format(name=name),
            _t("Remove {name} from the group? Their tokens stop working at once and they no longer "
               "receive the group's records. Everything they added or changed stays, under their name.")
            .format(name=name),
            _t("Remove {name}").format(name=member.name or member.member_id))


class SaveTarget:
    """Where to write a file: the system's save dialog."""

    @staticmethod
    def getPath(parent: QWidget | None, title: str, suggested: str) -> tuple[str, bool]:  # noqa: N802
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, _t("JSON files (*.json)"))
        return path, bool(path)


class HandInDialog(FittedDialog):
    """A hand-over file someone brought and the words it was locked with, to send its changes
    to the server without applying them here."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, _t("Hand a file to the server"))
        intro = QLabel(_t("The changes in the file go to the server under the names of the people who made "
                          "them; this computer gets them at its next sync, like everyone. Changes the "
                          "server already has are not taken twice."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = self.form()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText("ruraldesk-changes-2026-12-02.rdrelay")
        self.browse = QPushButton(_t("C&hoose…"))
        self.browse.setAccessibleName(_t("Choose the file"))
        self.browse.clicked.connect(self.choose)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        label = QLabel(_t("&File:"))
        label.setBuddy(self.path)
        self.path.setAccessibleName(_t("File"))
        form.addRow(label, row)
        self.words = QLineEdit()
        labelled(form, _t("&Passphrase:"), self.words)
        note = QLabel(_t("The five words given with the file, separately from it."))
        note.setWordWrap(True)
        self.body.addWidget(note)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_t("Hand to the server"))
        for field in (self.path, self.words):
            field.textChanged.connect(lambda: ok.setEnabled(all(self.value())))
        ok.setEnabled(False)
        self.finish()
        self.setMinimumWidth(520)
        # as tall as the wrapped text needs at that width, no taller: no empty band above the buttons
        self.resize(520, self.layout().totalHeightForWidth(520))

    def choose(self) -> None:
        from ..transfer import open_path

        path = open_path(self, _t("Hand a file to the server"),
                         QCoreApplication.translate("Handover", "Hand-over files (*.rdrelay);;All files (*)"))
        if path is not None:
            self.path.setText(str(path))
            self.words.setFocus()

    def value(self) -> tuple[str, str]:
        return self.path.text().strip(), " ".join(self.words.text().split())

    @classmethod
    def getHandIn(cls, parent: QWidget | None = None) -> tuple[tuple[str, str], bool]:  # noqa: N802
        dialog = cls(parent)
        ok = dialog.exec() == Dialog.DialogCode.Accepted and all(dialog.value())
        return dialog.value(), ok
