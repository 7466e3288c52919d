"""File → Export changes for another computer… / Import changes from a file… (issue 19).

The work (sync.relay.handover) runs off the UI thread through the operations layer, behind
the progress dialog with Cancel; a cancelled or refused import changes nothing (the file is
verified whole, then applied in one transaction).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from . import i18n
from .dialogs import Dialog
from .ops import Change
from . import transfer

SUFFIX = ".rdrelay"


def _t(text: str) -> str:
    return QCoreApplication.translate("Handover", text)


class Cancelled(Exception):
    pass


def refusal(exc: BaseException) -> str:
    reasons = {
        "other_group": _t("This file holds changes of another group."),
        "passphrase": _t("The passphrase does not open this file: check the words and try again."),
        "truncated": _t("The file is cut short: it was not copied completely."),
        "tampered": _t("The file was changed or damaged after it was made."),
        "damaged": _t("The file was changed or damaged after it was made."),
        "not_ours": _t("This is not a RuralDesk hand-over file."),
        "too_large": _t("This is not a RuralDesk hand-over file."),
    }
    from sync.relay.exchange import NotSetUp

    if isinstance(exc, NotSetUp):
        return _t("Connect this computer to the group's server once before handing changes over.")
    return reasons.get(getattr(exc, "reason", ""), i18n.text(exc))


class PassphraseDialog(Dialog):
    """The words that lock (export: proposed, editable) or open (import: typed) a file."""

    def __init__(self, parent, words: str = ""):
        super().__init__(parent, _t("Passphrase"))
        intro = QLabel(_t("The file will be locked with these words (change them if you like). Give them to "
                          "the person who imports it, separately from the file.") if words else
                       _t("Type the words the file was locked with."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.words = QLineEdit(words)
        self.words.setAccessibleName(_t("Passphrase"))
        self.body.addWidget(self.words)
        intro.setBuddy(self.words)
        self.finish()
        # wide enough for five words in the field; as tall as the wrapped text needs there
        self.setMinimumWidth(440)
        self.resize(440, self.layout().totalHeightForWidth(440))

    def value(self) -> str:
        return " ".join(self.words.text().split())


def install(shell) -> None:
    shell.window_created_hooks.append(lambda window: Handover(window))


class Handover:
    """The two menu items of one window. `ask_path` / `ask_words` are what tests replace."""

    def __init__(self, window):
        self.window, self.store = window, window.store
        window.handover = self
        add = window.add_action
        add("handover-export", _t("Export changes for another computer…"), self.export, menu="file", section="io")
        add("handover-import", _t("Import changes from a file…"), self.import_, menu="file", section="io")

    # -- asking ---------------------------------------------------------------------------
    def ask_path(self, saving: bool) -> Path | None:
        filters = _t("Hand-over files (*.rdrelay);;All files (*)")
        if saving:
            name = f"ruraldesk-changes-{dt.date.today().isoformat()}{SUFFIX}"
            path = transfer.save_path(self.window, _t("Export changes for another computer…"), name, filters)
            return None if path is None else transfer._with_suffix(path, SUFFIX)
        return transfer.open_path(self.window, _t("Import changes from a file…"), filters)

    def ask_words(self, proposed: str) -> str | None:
        d = PassphraseDialog(self.window, proposed)
        return d.value() if d.exec() == Dialog.DialogCode.Accepted and d.value() else None

    def _failed(self, title: str):
        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled) or type(exc).__name__ == "Cancelled":
                self.window.statusBar().showMessage(_t("Stopped. Nothing was changed."), 8000)
            else:
                Dialog.warn(self.window, title, _t("Nothing was changed: {reason}").format(reason=refusal(exc)))
        return failed

    # -- the two actions ------------------------------------------------------------------------
    def export(self, path: Path | str | None = None, words: str | None = None):
        from sync.relay.bundle import new_passphrase
        from sync.relay.handover import export_file

        path = Path(path) if path is not None else self.ask_path(saving=True)
        if path is None:
            return None
        words = words if words is not None else self.ask_words(new_passphrase())
        if not words:
            return None
        title = _t("Exporting changes")

        def work(task):
            def check() -> None:
                if not task.report(1, 3):
                    raise Cancelled()
            return export_file(self.store, path, words, check=check)

        def done(out) -> None:
            text = _t("Changes written: {count}, to {path}.\n\nPassphrase (shown only now): {words}").format(
                count=i18n.number(out.changes), path=out.path, words=out.passphrase)
            self.last_message = text
            self.window.statusBar().showMessage(text.split("\n")[0], 8000)   # the words only in the box
            Dialog.inform(self.window, title, text)

        return self.window.run_with_progress(title, work, on_done=done, on_error=self._failed(title), changes=None)

    def import_(self, path: Path | str | None = None, words: str | None = None):
        from sync.relay.handover import import_file

        path = Path(path) if path is not None else self.ask_path(saving=False)
        if path is None:
            return None
        words = words if words is not None else self.ask_words("")
        if not words:
            return None
        title = _t("Importing changes")

        def work(task):
            def check() -> None:
                if not task.report(1, 2):
                    raise Cancelled()
            return import_file(self.store, path, words, check=check)

        def done(report) -> None:
            text = _t("Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. "
                      "Refused: {refused}.").format(
                applied=i18n.number(report.applied), duplicates=i18n.number(report.duplicates),
                held=i18n.number(report.held), refused=i18n.number(len(report.refused)))
            self.last_message = text
            self.window.statusBar().showMessage(text, 12000)
            Dialog.inform(self.window, title, text)

        return self.window.run_with_progress(title, work, on_done=done, on_error=self._failed(title),
                                             changes=Change.everything())


def screenshot_scenes(window, shot, pump) -> None:
    """For scripts/screenshots: the five words proposed when exporting, and typed when importing."""
    export = PassphraseDialog(window, "oak moss reed lamp dune")
    export.show()
    shot(export, "handover-export")
    export.close()
    typed = PassphraseDialog(window)
    typed.words.setText("oak moss reed lamp dune")
    typed.show()
    shot(typed, "handover-import")
    typed.close()
