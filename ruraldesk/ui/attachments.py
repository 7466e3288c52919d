"""Opening an attachment with the program the system has for it, without leaking it.

The copy handed to the other program goes into a folder only this user can enter (0700,
made fresh for this session) as a file only this user can read (0600): a shared temporary
folder must not show a contact's scanned ID card to every account on the machine. When the
system has no program for the file, the person is told so and can save a copy instead."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from .dialogs import Dialog

_folder: Path | None = None


def _t(text: str) -> str:
    return QCoreApplication.translate("Attachments", text)


def private_folder() -> Path:
    """This session's own folder for opened copies (made 0700 by mkdtemp)."""
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="ruraldesk-open-"))
        os.chmod(_folder, 0o700)
    return _folder


def private_copy(source: Path, name: str, key: str) -> Path:
    """A copy of `source` named `name`, readable by this user only; `key` (the content's
    hash) keeps two files of the same name apart."""
    folder = private_folder() / key[:16]
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / (Path(name).name or "attachment")
    if not target.exists():
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
    return target


def open_copy(parent: QWidget | None, source: Path, name: str, key: str) -> bool:
    """Open with the system's program; when there is none, say so and offer to save a copy."""
    target = private_copy(source, name, key)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        return True
    choice = Dialog.choose(parent, _t("No program to open this file"),
                           _t("This computer has no program that opens “{name}”. You can save a copy "
                              "and open it later with a program of your choice.").format(name=target.name),
                           [_t("Save a copy…"), _t("Close")])
    if choice == 0:
        path, _ = QFileDialog.getSaveFileName(parent, _t("Save a copy"), str(Path.home() / target.name))
        if path:
            shutil.copyfile(source, path)
    return False
