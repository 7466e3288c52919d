"""An invitation code pasted in the set-up dialog: checked here at once (a mistyped code never
reaches the server), redeemed off the UI thread, and kept as the workspace's account with
the token in the keyring (or the owner-only file), exactly as a typed token would be."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLineEdit

from sync.client import account as accounts

from .. import worker
from .controller import failure


def _t(text: str) -> str:
    return QCoreApplication.translate("Group", text)


def code_font() -> QFont:
    """A fixed-width font (0 and O, l and 1 told apart) at the size the person chose."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(QApplication.font().pointSizeF())
    return font


def code_field() -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText("rdinv1.…")
    field.setFont(code_font())
    field.setClearButtonEnabled(True)
    return field


class Redeemer(QObject):
    """start(code): `redeemed(account, where)` once the account is saved, or `failed(sentence)`
    with nothing saved."""

    redeemed = Signal(object, str)
    failed = Signal(str)

    def __init__(self, store, run: Callable | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        #: starts network work off the UI thread: Operations.run, or the worker itself
        self.run = run or worker.background

    def start(self, code: str) -> bool:
        """False (and `failed`) when the code cannot be one or the workspace may not sync."""
        from sync.client.groupadmin import parse_invitation

        code = "".join(code.split())     # a code copied across lines of a message comes back whole
        try:
            accounts.refuse_demo(self.store)     # before the code is spent
            parse_invitation(code)
        except (ValueError, accounts.DemoWorkspace) as exc:
            self.failed.emit(self._why(exc))
            return False
        self.run(accounts.redeem_invitation, code, on_done=self._keep,
                 on_error=lambda exc: self.failed.emit(self._why(exc)), **self._quiet())
        return True

    def _quiet(self) -> dict:
        # Operations.run would announce a change to every view; redeeming changes no record
        return {"changes": None} if self.run is not worker.background else {}

    def _keep(self, redeemed) -> None:
        # on the writer thread: the keyring may wait on an unlock prompt, and meta writes
        # queue behind the operations layer's
        worker.background(accounts.keep_redeemed, self.store, redeemed, serial=True,
                          on_done=lambda result: self.redeemed.emit(*result),
                          on_error=lambda exc: self.failed.emit(
                              _t("Joined the group, but the token could not be kept: {error}").format(error=exc)))

    @staticmethod
    def _why(exc: BaseException) -> str:
        from ..syncui import explain, sentence

        if isinstance(exc, accounts.DemoWorkspace):
            return sentence(explain(exc))
        return failure(exc)
