"""The window as a new user meets it (issue 13): the trash, switching lists, saved searches,
the filter boxes against the list. Real window, real replica, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ruraldesk.io.demo import generate
from ruraldesk.store import Filters
from ruraldesk.ui.models import NavigationModel


@pytest.fixture
def demo_store(store):
    generate(store, 60, seed=3)
    return store


def wait_rows(qtbot, window, n=None, timeout=5000):
    if n is None:
        qtbot.waitUntil(lambda: window.list.model().rowCount() > 0, timeout=timeout)
    else:
        qtbot.waitUntil(lambda: window.list.model().rowCount() == n, timeout=timeout)


# -- item 1: restore from the trash ------------------------------------------------------------
def test_restore_brings_the_selected_trashed_record_back(qtbot, window, store, settle):
    practice = store.create("practice", {"title": "Seed library", "kind": "good"})
    store.delete(practice.id)
    window.go("trash")
    wait_rows(qtbot, window, 1)
    window.list.select_id(practice.id)
    settle(10_000)
    restore = window.action("restore")
    assert restore.isEnabled()
    assert restore.shortcut().toString() == "Ctrl+Shift+R"
    assert window.detail_buttons["restore"].isEnabled()
    restore.trigger()
    settle(10_000)
    assert not store.get(practice.id).deleted
    wait_rows(qtbot, window, 0)


def test_the_shortcut_restores_too(qtbot, window, store, settle):
    practice = store.create("practice", {"title": "Tool shed", "kind": "good"})
    store.delete(practice.id)
    window.activateWindow()
    window.go("trash")
    wait_rows(qtbot, window, 1)
    window.list.select_id(practice.id)
    window.list.table.setFocus()
    settle(10_000)
    qtbot.keyClick(window.list.table, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(10_000)
    assert not store.get(practice.id).deleted


def test_restore_from_a_backup_is_its_own_action_and_needs_no_selection(qtbot, window, settle):
    backup = window.action("restore-backup")
    record_restore = window.action("restore")
    assert backup is not record_restore
    window.go("practice")
    settle(10_000)
    assert backup.isEnabled() and not record_restore.isEnabled()
    keys = [a.objectName() for a in window.actions() if a.objectName()]
    assert len(keys) == len(set(keys))


def test_an_action_key_cannot_be_registered_twice(window):
    with pytest.raises(ValueError):
        window.add_action("restore", "Another restore")


# -- item 15: switching lists clears the record pane ------------------------------------------
@pytest.mark.parametrize("target", ["theme", "trash"])
def test_switching_to_themes_or_trash_leaves_no_record_shown(qtbot, window, store, settle, target):
    practice = store.create("practice", {"title": "Community bus", "kind": "good"})
    window.ops.notify()
    window.go("practice")
    wait_rows(qtbot, window)
    window.list.select_id(practice.id)
    settle(10_000)
    assert window.detail.record is not None and window.action("delete").isEnabled()
    window.go(target)
    settle(10_000)
    shown = window.detail.record
    assert shown is None or shown.collection == ("theme" if target == "theme" else shown.collection) \
        and shown.id != practice.id
    assert window.action("delete").isEnabled() == (shown is not None and not shown.deleted)
    assert not window.action("edit-record").isEnabled() or shown is not None


# -- item 16: saving a search stays on the search ----------------------------------------------
def test_saving_a_search_keeps_the_search_shown(qtbot, window, demo_store, settle, monkeypatch):
    from ruraldesk.ui.mainwindow import NameDialog

    window.search.setText("energ")
    qtbot.waitUntil(lambda: window.list.mode == "search" and window.list.model().rowCount() > 0, timeout=3000)
    rows = window.list.model().rowCount()
    monkeypatch.setattr(NameDialog, "exec", lambda self: NameDialog.DialogCode.Accepted)
    window.save_search()
    settle(10_000)
    assert window.list.mode == "search" and window.list.model().rowCount() == rows
    assert window.nav.currentIndex() == window.nav_model.node_index(NavigationModel.SAVED, 0)


def test_the_saved_searches_heading_with_none_saved_shows_the_search_not_the_trash(qtbot, window, store,
                                                                                   settle):
    practice = store.create("practice", {"title": "Old fair", "kind": "good"})
    store.delete(practice.id)
    window.nav.setCurrentIndex(window.nav_model.node_index(NavigationModel.SEARCHES, "searches"))
    settle(10_000)
    assert window.list.mode == "search"
    assert window.list.model().rowCount() == 0
    assert "No saved searches" in window.statusBar().currentMessage()


# -- item 10: the filter boxes and the list agree ---------------------------------------------
@pytest.mark.parametrize("start", ["contact", "theme", "trash", "practice-filtered"])
def test_a_reopened_saved_search_filters_the_list_as_its_boxes_say(qtbot, window, demo_store, settle, start):
    countries = {demo_store.get(i).fields.get("country") for i in demo_store.list_ids("practice")}
    country, other = sorted(c for c in countries if c)[:2]
    window.settings.saved_searches = [{"name": "here", "text": "a",
                                       "filters": {"country": country, "collections": ["practice"]}}]
    window._rebuild_navigation()
    window.go(start.split("-")[0])
    if start.endswith("filtered"):            # another country chosen in the list's own box
        box = window.list.filters.country
        box.setCurrentIndex(box.findData(other))
    settle(10_000)
    window.nav.setCurrentIndex(window.nav_model.node_index(NavigationModel.SAVED, 0))
    qtbot.waitUntil(lambda: window.list.mode == "search", timeout=3000)
    settle(10_000)
    bar = window.list.filters
    assert bar.country.currentData() == country and bar.country.isVisibleTo(bar)
    assert window.search.text() == "a"
    expected = demo_store.search_count("a", filters=Filters(country=country, collections=("practice",)))
    assert 0 < expected and window.list.hits.total == expected
    assert all(demo_store.get(h.record_id).fields.get("country") == country for h in window.list.hits.hits)


def test_a_country_box_hidden_by_another_list_does_not_filter_unseen(qtbot, window, demo_store, settle):
    countries = sorted({demo_store.get(i).fields.get("country") for i in demo_store.list_ids("practice")} - {None})
    window.go("practice")
    wait_rows(qtbot, window, demo_store.count("practice"))
    box = window.list.filters.country
    box.setCurrentIndex(box.findData(countries[0]))
    wait_rows(qtbot, window, demo_store.count("practice", Filters(country=countries[0])))
    window.go("theme")
    settle(10_000)
    window.go("practice")
    settle(10_000)
    shown = box.currentData()
    assert window.list.model().rowCount() == demo_store.count("practice", Filters(country=shown))


def test_a_theme_in_the_sidebar_sets_the_theme_box(qtbot, window, demo_store, settle):
    theme_id = next(t for t in demo_store.list_ids("theme")
                    if demo_store.count("practice", Filters(theme=t)))
    window.nav.setCurrentIndex(window.nav_model.node_index(NavigationModel.THEME, theme_id))
    expected = demo_store.count("practice", Filters(theme=theme_id))
    wait_rows(qtbot, window, expected)
    assert window.list.filters.theme.currentData() == theme_id
    window.list.filters.reset()                       # Clear: the box, the list and the sidebar together
    wait_rows(qtbot, window, demo_store.count("practice"))
    assert window.list.filters.theme.currentData() is None
    assert window.nav.currentIndex() == window.nav_model.node_index(NavigationModel.COLLECTION, "practice")


def test_choosing_a_theme_in_the_box_filters_the_list_and_the_sidebar_follows(qtbot, window, demo_store,
                                                                             settle):
    theme_id = next(t for t in demo_store.list_ids("theme")
                    if demo_store.count("practice", Filters(theme=t)))
    window.go("practice")
    wait_rows(qtbot, window, demo_store.count("practice"))
    box = window.list.filters.theme
    box.setCurrentIndex(box.findData(theme_id))
    wait_rows(qtbot, window, demo_store.count("practice", Filters(theme=theme_id)))
    assert window.nav.currentIndex() == window.nav_model.node_index(NavigationModel.THEME, theme_id)
