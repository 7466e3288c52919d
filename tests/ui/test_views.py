"""Item models, search, filters, saved searches, first run, settings and accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTextEdit, QWidget

from ruraldesk.io.demo import generate
from ruraldesk.store import Filters


@pytest.fixture
def demo_store(store):
    generate(store, 120, seed=7)
    return store


def test_item_models_pass_qt_model_tester(qtbot, qtmodeltester, demo_store, qapp):
    from ruraldesk.ui.models import NavigationModel, RecordListModel, SearchModel

    records = RecordListModel(demo_store)
    records.configure(("practice",), ["title", "kind", "country", "region"], Filters())
    records.reload()
    qtbot.waitUntil(lambda: records.rowCount() == 120, timeout=3000)
    qtmodeltester.check(records, force_py=True)

    hits = SearchModel(demo_store)
    hits.search("cooperat", Filters())
    qtbot.waitUntil(lambda: hits.rowCount() > 0, timeout=3000)
    qtmodeltester.check(hits, force_py=True)

    nav = NavigationModel(demo_store)
    nav.rebuild([{"name": "Energy", "text": "energy", "filters": {}}],
                list(demo_store.get_many("theme", demo_store.list_ids("theme")).values()))
    qtmodeltester.check(nav, force_py=True)


def test_list_model_fetches_rows_only_when_shown(qtbot, demo_store, qapp):
    from ruraldesk.ui.models import RecordListModel

    model = RecordListModel(demo_store)
    model.configure(("contact",), ["name", "kind"], Filters())
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 120, timeout=3000)
    assert model.cached_count() == 0            # ids only until a row is shown
    model.index(100, 0).data()
    assert 0 < model.cached_count() < 120


def test_filters_narrow_the_list_and_a_saved_search_comes_back(qtbot, window, demo_store, settle,
                                                               monkeypatch):
    from ruraldesk.ui.mainwindow import NameDialog

    window.go("practice")
    qtbot.waitUntil(lambda: window.list.model().rowCount() == 120, timeout=3000)
    filters = window.list.filters
    filters.kind.setCurrentIndex(filters.kind.findData("bad"))
    expected = demo_store.count("practice", Filters(kind="bad"))
    qtbot.waitUntil(lambda: window.list.model().rowCount() == expected, timeout=3000)
    assert 0 < expected < 120

    window.search.setText("energ")
    qtbot.waitUntil(lambda: window.list.mode == "search" and window.list.model().rowCount() > 0, timeout=3000)
    monkeypatch.setattr(NameDialog, "exec", lambda self: NameDialog.DialogCode.Accepted)
    window.save_search()
    assert [s["text"] for s in window.settings.saved_searches] == ["energ"]

    window.search.clear()
    window.go("contact")
    window.apply_saved_search(0)
    qtbot.waitUntil(lambda: window.list.mode == "search" and window.search.text() == "energ", timeout=3000)


def test_first_run_offers_empty_demo_and_connect_and_loads_demo_data(qtbot, shell, monkeypatch, settle):
    from ruraldesk.ui.dialogs import FirstRunDialog

    shell.store.set_meta("ui.first_run_done", "")
    window = shell.show()
    qtbot.addWidget(window)
    assert shell.needs_first_run()

    def accept_demo(dialog):
        assert {dialog.empty.text(), dialog.demo.text(), dialog.connect.text()} and dialog.empty.isChecked()
        dialog.demo.setChecked(True)
        dialog.records.setValue(25)
        return FirstRunDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunDialog, "exec", accept_demo)
    assert shell.first_run() == FirstRunDialog.DEMO
    qtbot.waitUntil(lambda: shell.store.count("practice") == 25, timeout=20_000)
    settle()
    assert not shell.needs_first_run()


def test_language_and_font_size_settings_rebuild_the_window(qtbot, shell, settle):
    window = shell.show()
    qtbot.addWidget(window)
    shell.settings.font_size = 15
    shell.settings_applied({"font_size"})
    assert shell.window is not window
    qtbot.addWidget(shell.window)
    assert shell.window.font().pointSize() == 15


def test_every_control_has_an_accessible_name_and_is_reachable_by_keyboard(qtbot, window, settle):
    window.go("practice")
    window.new_record("practice")
    settle()
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QTextEdit)) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        if not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()} in {type(widget.parent()).__name__}")
    assert unnamed == []
    for key in ("new", "find", "undo", "redo", "delete", "edit-record", "link", "go-practice"):
        assert not window.action(key).shortcut().isEmpty(), key


def test_the_main_window_renders_with_demo_data(qtbot, window, demo_store, tmp_path, settle):
    window.resize(1360, 820)
    window.go("practice")
    qtbot.waitUntil(lambda: window.list.model().rowCount() == 120, timeout=3000)
    window.list.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.record is not None, timeout=3000)
    settle()
    image = window.grab().toImage()
    path = tmp_path / "main-window.png"
    assert image.save(str(path))
    assert path.stat().st_size > 20_000
    assert image.width() >= 1300
    # something other than the background colour is painted across the three panes
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(60, image.height(), 41)}
    assert len(colours) > 5
