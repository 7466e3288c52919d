"""What a keyboard user and a screen-reader user need of a screen, as functions the tests share:
the controls a screen offers, a walk of its Tab order, and the name each control is read by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                               QApplication, QCalendarWidget, QComboBox, QLineEdit, QPlainTextEdit,
                               QRadioButton, QScrollBar, QTabBar, QTextEdit, QToolBar, QToolButton, QWidget)

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox,
               QAbstractItemView, QTabBar, QAbstractSlider)


def describe(w: QWidget) -> str:
    text = getattr(w, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(w).__name__}({w.objectName() or shown or w.accessibleName()!s}) in {type(w.parentWidget()).__name__}"


def _inner(w: QWidget) -> bool:
    """A part of a compound control that the compound stands for (a combo's line edit, a spin
    box's editor, a calendar popup's buttons, a line edit's clear button, a table's header and
    cell editors: the table is one stop and is read with its headers)."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit, QAbstractItemView)):
            return True
        p = p.parentWidget()
    return False


def controls(top: QWidget) -> list[QWidget]:
    """The visible, enabled controls a person can operate on this screen."""
    out = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QScrollBar):
            continue
        if w.window() is not top or not w.isVisibleTo(top) or not w.isEnabled() or _inner(w):
            continue
        if w.focusProxy() is not None:
            continue
        out.append(w)
    return out


def by_keyboard_otherwise(w: QWidget, reached: set[QWidget]) -> bool:
    """A control outside the Tab order that the keyboard still reaches another way: a toolbar
    button whose action is in the menus or has a shortcut, a radio button of a group Tab
    enters (the arrow keys move within it)."""
    if isinstance(w, QRadioButton) and w.autoExclusive():
        return any(isinstance(r, QRadioButton) and r.parentWidget() is w.parentWidget() for r in reached)
    if isinstance(w, QToolButton) and isinstance(w.parentWidget(), QToolBar):
        action = w.defaultAction()
        return action is not None and (not action.shortcut().isEmpty() or bool(action.associatedObjects()[1:]))
    return False


STAY = 40


def tab_walk(top: QWidget, qtbot, limit: int = 1500) -> tuple[list[QWidget], str | None]:
    """Press Tab from the screen's first focus until focus comes back; the widgets focused in
    order, and what went wrong if it never came back (a trap, or focus leaving the screen)."""
    top.activateWindow()
    top.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)
    start = QApplication.focusWidget()
    if start is None or start.window() is not top:
        top.focusNextChild()
        start = QApplication.focusWidget()
    if start is None:
        return [], "nothing takes the focus"
    order, stay = [start], 0
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now.window() is not top:
            return order, f"focus left the screen after {describe(order[-1])}"
        if now is start:      # round, or the screen's only stop
            return order, None
        if now is order[-1]:
            # a record's links and a date's day, month and year are Tab stops inside one
            # widget; past the last one Tab moves on, so only a long stay is a trap
            stay += 1
            if stay > STAY:
                return order, f"Tab is trapped in {describe(now)}"
            continue
        stay = 0
        order.append(now)
    return order, f"no way back to the start after {limit} presses"


def accessible_name(w: QWidget) -> str:
    """The name a screen reader announces: Qt's accessibility interface, which also takes a
    label's text when the label is the control's buddy."""
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()
