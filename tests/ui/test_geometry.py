"""The window and every dialog fit a 1024×600 netbook and a 1366×768 laptop, at the system
font, at 150 % and at 14 pt, in every state a first hour goes through (issue 13 items 2–4).

The offscreen screen cannot change size in-process, so each check is against the screen's
room the window manager leaves: the window's minimum size must fit it, and at exactly that
size no visible control may lie outside the pane that holds it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QSplitterHandle, QWidget

from ruraldesk.ui import layout
from ui_screens import dialogs, populated_window, states

SCREENS = {"1024x600": QSize(1024, 600), "1366x768": QSize(1366, 768)}
FONTS = ("100%", "150%", "14pt")


def room(screen: QSize) -> QSize:
    """What a window can have of the screen: the frame and title bar take the rest."""
    return screen - layout.FRAME


@pytest.fixture(params=FONTS)
def font(request, qapp):
    """The application font of the case; put back afterwards (Shell keeps what it finds)."""
    before = QFont(qapp.font())
    font = QFont(before)
    if request.param == "150%":
        font.setPointSizeF(before.pointSizeF() * 1.5)
    elif request.param == "14pt":
        font.setPointSize(14)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


@pytest.fixture
def big_window(font, store, settings, qtbot, settle):
    with populated_window(store, settings, qtbot, settle, None) as window:
        yield window


def outside(root: QWidget) -> list[str]:
    """Visible controls under `root` that stick out of the widget holding them. Content that
    scrolls may be taller than its viewport, never wider (no sideways scrolling)."""
    problems = []
    for w in root.findChildren(QWidget):
        parent = w.parentWidget()
        if not w.isVisible() or w.isWindow() or parent is None or isinstance(w, QSplitterHandle) \
                or w.objectName() == "focus-ring" or w.width() <= 0 or w.height() <= 0:
            continue
        area = parent.parentWidget()
        scrolled = isinstance(area, QAbstractScrollArea) and parent is area.viewport()
        box = parent.rect()
        g = w.geometry()
        if scrolled:    # the edit form: taller than its pane is fine, wider is not
            inside = g.left() >= 0 and g.right() <= box.right() \
                or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        else:
            inside = box.contains(g)
        if not inside:
            name = w.accessibleName() or w.objectName() or type(w).__name__
            pname = parent.accessibleName() or parent.objectName() or type(parent).__name__
            problems.append(f"{name} {g.getRect()} outside {pname} {box.getRect()}")
    return problems


def fits(window: QWidget, screen: QSize) -> list[str]:
    QApplication.processEvents()
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    out = []
    if need.width() > room(screen).width() or need.height() > room(screen).height():
        out.append(f"needs {need.width()}×{need.height()}, the screen leaves {room(screen).width()}×"
                   f"{room(screen).height()}")
    window.resize(room(screen))
    QApplication.processEvents()
    QApplication.processEvents()
    return out + outside(window)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_window_fits_the_screen_in_every_state(screen, big_window, qtbot, settle, font):
    problems = {}
    for state in states(big_window, qtbot, settle):
        found = fits(big_window, SCREENS[screen])
        if found:
            problems[state] = found
    assert not problems, f"at {screen}, font {font}: {problems}"


def test_the_first_window_is_no_larger_than_the_screen(window):
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() - layout.FRAME.width()
    assert window.height() <= available.height() - layout.FRAME.height()
    assert layout.initial_size(QSize(1024, 600)).boundedTo(QSize(1024, 600)) == layout.initial_size(QSize(1024, 600))
    assert layout.initial_size(QSize(1366, 768)) == QSize(1350, 720)
    assert layout.initial_size(QSize(2560, 1440)) == layout.PREFERRED


def test_a_window_restored_from_a_bigger_screen_is_brought_inside(window):
    available = window.screen().availableGeometry()
    window.resize(available.width() + 400, available.height() + 300)
    window.move(available.right() + 50, available.bottom() + 50)
    layout.fit_inside(window, available)
    assert window.width() <= available.width() and window.height() <= available.height()
    assert available.contains(QRect(window.pos(), window.size()).topLeft())


def test_the_panes_can_be_moved_and_shrunk_on_a_small_screen(window, qtbot, settle):
    window.resize(room(SCREENS["1024x600"]))
    qtbot.wait(20)
    before = window.splitter.sizes()
    handle = window.splitter.handle(2)
    window.splitter.moveSplitter(window.splitter.sizes()[0] + window.splitter.sizes()[1] - 150, 2)
    after = window.splitter.sizes()
    assert after[1] < before[1] and after[2] > before[2], (before, after)
    window.splitter.moveSplitter(window.splitter.sizes()[0] + 60, 2)   # the list narrows further
    assert window.splitter.sizes()[1] < after[1]
    assert handle.isVisible()


@pytest.mark.parametrize("screen", SCREENS)
def test_every_dialog_fits_the_screen(screen, big_window, qtbot, tmp_path, font):
    problems = {}
    for dialog in dialogs(big_window, tmp_path):
        assert isinstance(dialog, QDialog)
        dialog.show()
        available = dialog.screen().availableGeometry()
        found = [] if dialog.width() <= available.width() and dialog.height() <= available.height() \
            else [f"opens at {dialog.width()}×{dialog.height()} on a {available.width()}×{available.height()} screen"]
        found += fits(dialog, SCREENS[screen])
        if found:
            problems[type(dialog).__name__] = found
        dialog.close()
        dialog.deleteLater()
    assert not problems, f"at {screen}, font {font}: {problems}"
