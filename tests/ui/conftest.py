"""The real main window on a real replica file, offscreen, with throwaway settings."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _application_font(qapp):
    """A test that applies a font size (Settings, the geometry cases) changes the whole
    application's font; the next test, in whatever order, starts from the same font."""
    from PySide6.QtGui import QFont

    before = QFont(qapp.font())
    yield
    qapp.setFont(before)


@pytest.fixture(autouse=True)
def _no_background_work_left(qapp):
    """A test ends when its background work has: a task still running (a sync, an offer
    waiting for its peer) would keep the next test's settle() waiting, in whatever order."""
    yield
    from ruraldesk.ui import worker

    worker.wait_all(30_000)


@pytest.fixture(autouse=True)
def _no_window_left(qapp):
    """Windows a test leaves open are deleted when it ends: qtbot only schedules their
    deletion, which no later event loop runs in a headless session, so hundreds of widgets
    would pile up and every language switch (one LanguageChange per widget) grow slower."""
    yield
    from PySide6.QtCore import QEvent

    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def settings(tmp_path, qapp):
    from ruraldesk.ui.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def shell(store, settings, qtbot):
    from ruraldesk.ui import worker
    from ruraldesk.ui.shell import Shell

    shell = Shell(store, settings)
    shell.store.set_meta("ui.first_run_done", "1")
    shell.sync.transport_options = {"backoff_base": 0.01, "backoff_cap": 0.05, "max_attempts": 3}
    yield shell
    shell.shutdown()
    if shell.window is not None:
        shell.window.close()
    worker.wait_all(10_000)


@pytest.fixture
def window(shell, qtbot):
    window = shell.show()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def settle(qtbot):
    """Wait until background writes and reads have landed and the views caught up."""
    from ruraldesk.ui import worker

    def wait(ms: int = 15_000) -> None:      # a bound, not a timing: a loaded machine is slow
        qtbot.waitUntil(lambda: not worker.busy(), timeout=ms)
        qtbot.wait(50)
    return wait


@pytest.fixture
def server(tmp_path):
    """The real group server on loopback (SQLite), for the sync screens."""
    from sync.server.testing import serve

    with serve(None, tmp_path / "server") as handle:
        yield handle


@pytest.fixture
def tokens(server):
    return server.make_group("village", {"ana": "member", "rui": "member"})
