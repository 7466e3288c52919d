"""Keyboard only and screen readers (issue 18 items 3 and 4): on every screen of the catalogue,
Tab reaches every control and comes back without a trap, the focused control is ringed, and
every control has a name a screen reader can announce."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from a11y_checks import accessible_name, by_keyboard_otherwise, controls, describe, tab_walk
from ui_screens import dialogs, populated_window, states


@pytest.fixture
def full_window(store, settings, qtbot, settle):
    with populated_window(store, settings, qtbot, settle, QSize(1350, 720)) as window:
        yield window


def screens(window, qtbot, settle, tmp_path):
    for state in states(window, qtbot, settle):
        yield f"main window: {state}", window
    for dialog in dialogs(window, tmp_path):
        dialog.show()
        qtbot.waitExposed(dialog)
        yield type(dialog).__name__, dialog
        dialog.close()
        dialog.deleteLater()


def keyboard_problems(top, qtbot) -> list[str]:
    from ruraldesk.ui.layout import FocusRing

    order, trouble = tab_walk(top, qtbot)
    problems = [trouble] if trouble else []
    reached = set(order)
    for w in controls(top):
        if w not in reached and not by_keyboard_otherwise(w, reached):
            problems.append(f"Tab never reaches {describe(w)}")
    ring = QApplication.instance().findChild(FocusRing)
    focused = QApplication.focusWidget()
    if ring is None or ring.target is not focused or ring.ring is None or not ring.ring.isVisible():
        problems.append(f"no visible focus ring on {describe(focused)}")
    return problems


def test_every_screen_is_usable_with_the_keyboard_alone(full_window, qtbot, settle, tmp_path):
    problems = {}
    for name, top in screens(full_window, qtbot, settle, tmp_path):
        found = keyboard_problems(top, qtbot)
        if found:
            problems[name] = found
    assert not problems, problems


def test_every_control_on_every_screen_has_an_accessible_name(full_window, qtbot, settle, tmp_path):
    problems = {}
    for name, top in screens(full_window, qtbot, settle, tmp_path):
        unnamed = [describe(w) for w in controls(top) if not accessible_name(w)]
        if unnamed:
            problems[name] = unnamed
    assert not problems, problems


def test_list_rows_and_the_record_pane_read_as_they_show(full_window, qtbot, settle):
    from PySide6.QtGui import QAccessible

    window = full_window
    window.list.table.selectRow(0)
    settle()
    assert accessible_name(window.list.table) and not window.list.table.tabKeyNavigation()
    table = QAccessible.queryAccessibleInterface(window.list.table)
    model = window.list.table.model()
    read = [table.child(i).text(QAccessible.Text.Name) for i in range(min(table.childCount(), 60))]
    assert model.headerData(0, Qt.Orientation.Horizontal) in read     # the columns are announced
    assert model.index(0, 0).data() in read                           # and each cell as it shows
    pane = QAccessible.queryAccessibleInterface(window.detail.view)
    assert accessible_name(window.detail.view)
    assert window.detail.record.title in pane.text(QAccessible.Text.Value)
