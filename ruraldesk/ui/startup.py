"""Opening the replica when the window starts, with a way forward for what a person can hit:
another running copy on the same workspace, a data folder that cannot be written, a full
disk, a damaged file. Each problem gets a plain message and choices, never a traceback."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLockFile, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ruraldesk.store import Store, StoreError, workspace_path
from ruraldesk.store.workspace import DEFAULT_WORKSPACE
from ruraldesk.store.backup import backup_dir

from .dialogs import Dialog
from .settings import Settings

#: below this much free space a warning comes before anything is written
MIN_FREE_BYTES = 200 * 2**20

Choose = Callable[[QWidget | None, str, str, list[str]], int]


def _t(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


class Opened:
    """The open replica and the lock that keeps a second copy of the app off it."""

    def __init__(self, store: Store, lock: QLockFile):
        self.store, self.lock = store, lock

    def close(self) -> None:
        self.store.close()
        self.lock.unlock()


def open_replica(path: Path | None, settings: Settings, *, choose: Choose = Dialog.choose,
                 pick_folder: Callable[[], str] | None = None,
                 min_free: int = MIN_FREE_BYTES) -> Opened | None:
    """The replica to work on, or None when the person chose to quit."""
    explicit = path is not None
    while True:
        target = Path(path) if explicit else workspace_path(settings.workspace or DEFAULT_WORKSPACE,
                                                            root=settings.data_root())
        problem = _prepare_folder(target.parent)
        if problem:
            answer = choose(None, _t("The data folder cannot be used"), problem,
                            [_t("Choose another folder…"), _t("Quit")])
            if answer == 0 and not explicit:
                folder = (pick_folder or _pick_folder)()
                if folder:
                    settings.data_folder = folder
                continue
            return None

        lock = QLockFile(str(target.with_name(target.name + ".lock")))
        lock.setStaleLockTime(0)       # a lock left by a crashed copy is taken over (its pid is gone)
        if not lock.tryLock(200):
            answer = choose(None, _t("RuralDesk is already open"),
                            _t("Another RuralDesk window is already working on this workspace "
                               "({path}). Switch to that window, or close it and try again.")
                            .format(path=target.parent), [_t("Try again"), _t("Quit")])
            if answer == 0:
                continue
            return None

        free = shutil.disk_usage(target.parent).free
        if free < min_free:
            answer = choose(None, _t("The disk is almost full"),
                            _t("Only {free} MB are free where your workspace is kept ({path}). "
                               "RuralDesk may not be able to save your changes. Free some space "
                               "(empty the computer's trash, remove large files), then continue.")
                            .format(free=free // 2**20, path=target.parent), [_t("Continue"), _t("Quit")])
            if answer != 0:
                lock.unlock()
                return None

        try:
            return Opened(Store(target), lock)
        except StoreError as exc:
            lock.unlock()
            answer = choose(None, _t("The workspace cannot be opened"),
                            _t("{problem}\n\nRuralDesk keeps automatic backups of your workspace in "
                               "{backups}. You can restore one by copying it over the damaged file.")
                            .format(problem=exc, backups=backup_dir(target)),
                            [_t("Try again"), _t("Show the backups"), _t("Quit")])
            if answer == 0:
                continue
            if answer == 1:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_dir(target))))
            return None


def _prepare_folder(folder: Path) -> str | None:
    """None when the folder exists (or was made) and can be written; else the reason, plainly."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".ruraldesk-write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        reason = _t("the disk is full") if getattr(exc, "errno", None) == 28 else (exc.strerror or str(exc))
        return _t("RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). "
                  "Choose another folder you can write to, such as one in your documents.").format(
            folder=folder, reason=reason)
    if not os.access(folder, os.W_OK):
        return _t("The folder {folder} is read-only. Choose another folder you can write to.").format(
            folder=folder)
    return None


def _pick_folder() -> str:
    return QFileDialog.getExistingDirectory(None, _t("Choose a folder for your workspace"))
