"""The large-text case that test_large_text.py runs in a child process on a screen of the case's
size (the offscreen screen's size is fixed when Qt starts): every screen of the catalogue is
grabbed as a person would see it, and every label, button, check box, group title and tab is
measured against the room it was given. RURALDESK_LARGE_TEXT names the case."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QLabel, QPushButton,
                               QRadioButton, QTabBar, QToolButton, QWidget)

from ruraldesk.ui import layout
from ui_screens import dialogs, populated_window, states

CASES = {"150%": (1.5, QSize(1366, 768)), "200%": (2.0, QSize(1920, 1080))}


def _shown(w: QWidget, top: QWidget) -> bool:
    return w.isVisibleTo(top) and w.window() is top and not w.visibleRegion().isEmpty() and w.width() > 0


def clipped(top: QWidget) -> list[str]:
    """Visible text that does not fit the widget showing it."""
    from ruraldesk.ui.layout import ElidedLabel

    out = []
    for w in top.findChildren(QWidget):
        if not _shown(w, top):
            continue
        name = f"{type(w).__name__}({getattr(w, 'text', lambda: '')() if callable(getattr(w, 'text', None)) else ''})"
        if isinstance(w, QLabel) and w.text() and not isinstance(w, ElidedLabel) and w.pixmap().isNull():
            hint = w.sizeHint()
            if w.wordWrap():
                room = w.contentsRect().width()
                need = w.heightForWidth(w.width())
                if need > w.height() + 1 or (room < w.fontMetrics().averageCharWidth() * 4):
                    out.append(f"{name}: wrapped text needs {need} px of height, has {w.height()}")
            elif hint.width() > w.width() + 1 or w.fontMetrics().height() > w.contentsRect().height() + 1:
                out.append(f"{name}: needs {hint.width()}×{hint.height()}, has {w.width()}×{w.height()}")
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)) and w.text():
            hint = w.sizeHint()
            if hint.width() > w.width() + 1 or w.fontMetrics().height() > w.height():
                out.append(f"{name}: needs {hint.width()}×{hint.height()}, has {w.width()}×{w.height()}")
        elif isinstance(w, QToolButton) and w.text() and w.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly:
            if w.sizeHint().width() > w.width() + 1:
                out.append(f"{name}: needs {w.sizeHint().width()}, has {w.width()}")
        elif isinstance(w, QGroupBox) and w.title():
            if w.fontMetrics().horizontalAdvance(w.title()) > w.width():
                out.append(f"QGroupBox({w.title()}): title wider than the box")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.tabRect(i).width() < w.tabSizeHint(i).width() - 1 \
                        and w.elideMode() == 0:
                    out.append(f"tab {w.tabText(i)!r} cut")
    return out


@pytest.fixture
def big_text(qapp):
    case = os.environ.get("RURALDESK_LARGE_TEXT", "150%")
    scale, screen = CASES[case]
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * scale)
    qapp.setFont(font)
    yield case, screen
    qapp.setFont(before)


@pytest.fixture
def large_window(big_text, store, settings, qtbot, settle):
    with populated_window(store, settings, qtbot, settle, big_text[1] - layout.FRAME) as window:
        yield window


def shots_dir(tmp_path: Path) -> Path:
    """Where the screenshots go: RURALDESK_SHOTS to keep and look at them, else the test's tmp."""
    out = Path(os.environ.get("RURALDESK_SHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_no_text_is_cut_off(big_text, large_window, qtbot, settle, tmp_path):
    size, screen = big_text
    shots = shots_dir(tmp_path)
    problems = {}
    window = large_window
    for state in states(window, qtbot, settle):
        QApplication.processEvents()
        assert window.grab().save(str(shots / f"{size}-main-{state.replace(' ', '-')}.png"))
        found = clipped(window)
        if found:
            problems[f"main window: {state}"] = found
    for dialog in dialogs(window, tmp_path):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.size().boundedTo(screen - layout.FRAME))
        QApplication.processEvents()
        assert dialog.grab().save(str(shots / f"{size}-{type(dialog).__name__}.png"))
        found = clipped(dialog)
        if found:
            problems[type(dialog).__name__] = found
        dialog.close()
        dialog.deleteLater()
    assert not problems, f"at {size}: {problems}"
