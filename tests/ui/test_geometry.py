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

SCREENS = {"1024x600": QSize(1024, 600), "1366x768": QSize(1366, 768)}
FONTS = ("100%", "150%", "14pt")
LONG_TITLE = ("Coopérative énergétique citoyenne du Morvan et des villages voisins pour le partage "
              "d'un toit solaire et d'une batterie communs")


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
    from ruraldesk.io.demo import generate
    from ruraldesk.ui import worker
    from ruraldesk.ui.shell import Shell

    generate(store, 40, seed=5)
    store.create("practice", {"title": LONG_TITLE, "kind": "good", "country": "FR", "region": "FRH0",
                              "start_date": "2025-01-06", "summary": "Twelve families share a solar roof."})
    shell = Shell(store, settings)
    shell.store.set_meta("ui.first_run_done", "1")
    window = shell.show()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.list.model().rowCount() > 0, timeout=5000)
    settle()
    yield window
    shell.shutdown()
    window.close()
    worker.wait_all(10_000)


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


def states(window, qtbot, settle):
    """The states of a first hour: the list, a record, its form, search results, a form
    opened from them, the long-titled record and its form, another collection."""
    yield "list"
    window.list.table.selectRow(0)
    settle()
    yield "record shown"
    window.edit_record()
    yield "editing"
    window.detail.close_form()
    window.search.setText("solar")
    qtbot.waitUntil(lambda: window.list.mode == "search" and window.list.model().rowCount() > 0, timeout=5000)
    settle()
    window.list.table.selectRow(0)
    settle()
    yield "search results"
    window.edit_record()
    yield "editing from results"
    window.detail.close_form()
    window.search.clear()
    settle()
    record = next(r for r in window.store.get_many("practice", window.store.list_ids("practice")).values()
                  if r.title == LONG_TITLE)
    window.open_record(record.id)
    settle()
    yield "long title"
    window.edit_record()
    yield "editing the long title"
    window.detail.close_form()
    window.go("contact")
    settle()
    window.list.table.selectRow(0)
    settle()
    window.edit_record()
    yield "editing a contact"


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


def dialogs(window, tmp_path):
    """Every dialog a first hour opens, made as the window makes them."""
    from ruraldesk.io.csvimport import guess_collection, open_table, suggest_mapping
    from ruraldesk.ui.conflicts import ConflictsDialog
    from ruraldesk.ui.dialogs import ColumnsDialog, FirstRunDialog, LinkDialog, SettingsDialog
    from ruraldesk.ui.helpmenu import AboutDialog, GuideWindow
    from ruraldesk.ui.listpane import column_options
    from ruraldesk.ui.mainwindow import NameDialog
    from ruraldesk.ui.models import column_label
    from ruraldesk.ui.syncui import AccountDialog
    from ruraldesk.ui.transfer_dialogs import EraseDialog, MappingDialog, MentionsDialog

    yield FirstRunDialog(window)
    yield SettingsDialog(window.settings, window)
    yield LinkDialog(window.store, ("contact", "tool"), "Link “Village shop” to…", window)
    yield ColumnsDialog([(k, column_label("practice", k)) for k in column_options("practice")],
                        ["title", "kind"], window)
    yield NameDialog(window, "Save search", "&Name:", "solar roof")
    yield AccountDialog(window.store, window)
    yield ConflictsDialog(window.ops, window)
    yield AboutDialog(window.store, window)
    yield GuideWindow(window)
    yield EraseDialog(window, "Élodie Girard", synced=True, linked=3)
    yield MentionsDialog(window, "Élodie Girard", [])
    path = tmp_path / "members.csv"
    path.write_text("Nom;Prénom;Courriel;Téléphone;Organisation;Pays;Remarques\n"
                    "Dupont;Hélène;helene.dupont@example.fr;+33 3 86 00 00 01;Coop énergie Morvan;FR;Présidente\n",
                    encoding="utf-8")
    table = open_table(path)
    collection = guess_collection(table.headers)
    yield MappingDialog(window, window.store, table, collection, suggest_mapping(table.headers, collection),
                        reopen=lambda e, d: open_table(path, encoding=e, delimiter=d))


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
