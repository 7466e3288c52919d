"""Wiring: settings, language, the replica, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_STARTED = time.perf_counter()


def main(args=None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ruraldesk import APP_NAME, __version__
    from ruraldesk.ui import i18n
    from ruraldesk.ui.settings import Settings
    from ruraldesk.ui.shell import Shell

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("org.ruraldesk.RuralDesk")
    settings = Settings()
    i18n.install(settings.effective_language())

    from ruraldesk.ui.startup import open_replica

    db = getattr(args, "db", None) if args is not None else None
    opened = open_replica(Path(db) if db else None, settings)
    if opened is None:
        return 1
    store = opened.store
    shell = Shell(store, settings)
    shell.opened = opened
    window = shell.show()
    from ruraldesk.ui import worker

    worker.background(store.backup_if_due)

    if os.environ.get("RURALDESK_BENCH_PAINT"):   # benchmarks: report the first painted list, quit
        _report_first_paint(app, window, store)
    elif shell.needs_first_run():
        QTimer.singleShot(0, shell.first_run)
    code = app.exec()
    shell.shutdown()
    worker.wait_all(5_000)
    shell.opened.close()          # the workspace open now (Set up sync may have moved to another)
    return code


def build_window_for_check(store) -> None:
    """`ruraldesk self-check --gui`: build the real window on `store`, let it load and paint
    its list, and close it — proves the bundle carries Qt, its plugins and our UI."""
    import tempfile

    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from ruraldesk.ui import worker
    from ruraldesk.ui.settings import Settings
    from ruraldesk.ui.shell import Shell

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="ruraldesk-check-ui-") as tmp:
        shell = Shell(store, Settings(Path(tmp) / "settings.ini"))
        window = shell.show()
        window.go("practice")
        clock = QElapsedTimer()
        clock.start()
        while window.list.model().rowCount() == 0 and clock.elapsed() < 10_000:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        rows = window.list.model().rowCount()
        if window.grab().isNull() or rows == 0:
            raise RuntimeError("the main window did not show the replica's practices")
        window.close()
        worker.wait_all(5_000)
        app.processEvents()


def _report_first_paint(app, window, store) -> None:
    """Print JSON when the main window has painted with its list filled, then quit."""
    import json

    from PySide6.QtCore import QEvent, QObject, QTimer

    import psutil

    t0 = float(os.environ["RURALDESK_BENCH_PAINT"])
    marks: dict[str, float] = {}

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                now = time.time()
                marks.setdefault("window_painted", now - t0)
                if window.list.model().rowCount() and "list_painted" not in marks:
                    marks["list_painted"] = now - t0
                    QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        rss = psutil.Process().memory_info().rss
        print(json.dumps({"window_painted_s": marks.get("window_painted"),
                          "list_painted_s": marks.get("list_painted"),
                          "rows": window.list.model().rowCount(),
                          "rss_mb": rss / 2**20}), flush=True)
        app.quit()

    watch = Watch(window)
    window.list.table.viewport().installEventFilter(watch)
    window._bench_watch = watch
    QTimer.singleShot(30_000, app.quit)


if __name__ == "__main__":
    sys.exit(main())
