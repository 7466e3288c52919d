"""The shell: owns the operations, the settings and the main window; first run; language and font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from ruraldesk.store import Store

from . import i18n
from .dialogs import Dialog, FirstRunDialog
from .layout import FocusRing
from .mainwindow import MainWindow
from .ops import Operations
from .settings import Settings

FIRST_RUN_KEY = "ui.first_run_done"


def _t(text: str) -> str:
    return QCoreApplication.translate("Shell", text)


class Shell(QObject):
    def __init__(self, store: Store, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.ops = Operations(store, self)
        app = QApplication.instance()
        self._system_font = QFont(app.font())
        self.apply_font()
        FocusRing.install(app)      # a focus mark plain enough to see, in every window
        self.window: MainWindow | None = None
        #: startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app);
        #: switch_workspace() replaces both
        self.opened = None
        self.window_created_hooks: list = []    # callables(window): import/export and sync add their actions
        from .syncui import SyncController

        self.sync = SyncController(self)
        from .transfer import install as install_transfer
        install_transfer(self)
        from .whatsnew import install as install_news
        install_news(self)
        from .discussions import install as install_discussions
        install_discussions(self)
        from .handover import install as install_handover   # changes by file (issue 19)
        install_handover(self)

    def make_window(self) -> MainWindow:
        window = MainWindow(self.ops, self.settings)
        window.settings_applied.connect(self.settings_applied)
        for hook in self.window_created_hooks:
            hook(window)
        self.window = window
        return window

    def show(self) -> MainWindow:
        window = self.make_window()
        window.show()
        return window

    def shutdown(self) -> None:
        self.sync.shutdown()

    # -- first run ---------------------------------------------------------------------
    def needs_first_run(self) -> bool:
        if self.store.get_meta(FIRST_RUN_KEY):
            return False
        return not any(self.store.count(c) for c in ("practice", "contact", "tool"))

    def first_run(self, parent: QWidget | None = None) -> str:
        dialog = FirstRunDialog(parent or self.window)
        if dialog.exec() != Dialog.DialogCode.Accepted:
            return FirstRunDialog.EMPTY
        choice = dialog.choice()
        self.store.set_meta(FIRST_RUN_KEY, "1")
        if choice == FirstRunDialog.DEMO:
            self.load_demo(dialog.records.value())
        elif choice == FirstRunDialog.CONNECT:
            self.sync.setup(self.window, code=dialog.invitation_code())
        return choice

    def load_demo(self, records: int):
        from ruraldesk.io.demo import generate

        def work(task):
            from ruraldesk.store import mark_demo

            mark_demo(self.store)       # demo data never syncs (sync.client.account.refuse_demo)
            return generate(self.store, records, progress=task.report)

        window = self.window
        return window.run_with_progress(
            _t("Loading demo data"), work,
            on_done=lambda counts: window.statusBar().showMessage(_t("Demo data loaded."), 6000),
            on_error=lambda exc: window.statusBar().showMessage(
                _t("Stopped loading demo data; what was loaded stays.") if type(exc).__name__ == "Cancelled"
                else _t("Could not load demo data: {error}").format(error=exc), 8000))

    # -- settings that change the whole window ----------------------------------------
    def apply_font(self) -> None:
        font = QFont(self._system_font)
        if self.settings.font_size > 0:
            font.setPointSize(self.settings.font_size)
        QApplication.instance().setFont(font)

    def settings_applied(self, names: set) -> None:
        if "font_size" in names:
            self.apply_font()
        if "language" in names or "font_size" in names:
            self.rebuild_window(language="language" in names)
        if "data_folder" in names and self.window is not None:
            self.window.statusBar().showMessage(_t("The new data folder is used from the next start."), 8000)

    def rebuild_window(self, language: bool = True, *, keep_place: bool = True) -> MainWindow:
        """New language or font: build the window again (every string is read anew)."""
        if language:
            i18n.install(self.settings.effective_language())
        old = self.window
        geometry = old.saveGeometry() if old is not None else None
        node = old.node if old is not None and keep_place else None
        current = old.detail.record.id if old is not None and old.detail.record is not None and keep_place \
            else None
        window = self.make_window()
        if geometry is not None:
            window.restoreGeometry(geometry)
        if node is not None:
            window.node = node
        window.show()
        if current:
            window.open_record(current, remember=False)
        if old is not None:
            old.settings_applied.disconnect(self.settings_applied)
            old.detach()            # no long-lived signal may call into the old window
            old.hide()
            old.deleteLater()
        return window

    # -- another workspace, without a restart ----------------------------------------------
    def switch_workspace(self, name: str) -> MainWindow | None:
        """Work on workspace `name` from now on (made, empty, when it is new): the window is
        built again on it and the one it replaces is closed and unlocked. None when it could
        not be opened (the person was told why and chose to stay); nothing changed then."""
        from . import worker
        from .startup import open_replica

        previous = self.settings.workspace
        self.settings.workspace = name
        opened = open_replica(None, self.settings)
        if opened is None:
            self.settings.workspace = previous
            return None
        self.sync.shutdown()
        worker.wait_all(10_000)          # nothing may still write to the old replica
        old_store, old_opened, old_ops = self.store, self.opened, self.ops
        self.store, self.opened = opened.store, opened
        self.store.set_meta(FIRST_RUN_KEY, "1")      # chosen here: no first-run question
        self.ops = Operations(self.store, self)
        self.sync.rebind()
        window = self.rebuild_window(language=False, keep_place=False)
        QApplication.instance().removeEventFilter(old_ops)
        old_ops.deleteLater()
        if old_opened is not None:
            old_opened.close()
        else:                            # a store handed in by a caller: it closes it itself
            old_store.close()
        return window
