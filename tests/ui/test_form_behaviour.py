"""How the record form and the window behave in a new user's hands (issue 13 items 4–7, 14,
19, 23, 25, 26): real widgets on a real replica, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (QApplication, QComboBox, QMessageBox, QScrollBar, QStyle,
                               QStyleOptionComboBox)

from ruraldesk.ui import i18n
from ruraldesk.ui.ops import Change


@pytest.fixture
def language(qapp):
    """Switch the interface language for one test; English again afterwards."""
    def use(code: str) -> None:
        i18n.install(code)
    yield use
    i18n.install("en")


def wheel(widget, steps: int = -1) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def answer(monkeypatch, button):
    """Answer every Dialog.ask with `button`; returns the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or button)
    return asked


# -- item 5: the wheel scrolls the form, never a field it passes over -----------------------
def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_changes_nothing(qtbot, window):
    window.resize(1000, 560)
    window.new_record("practice")
    form = window.detail.form
    form.editors["kind"].set_value("good")
    form.editors["country"].set_value("FR")
    form.editors["title"].edit.setFocus()
    qtbot.wait(20)
    bar: QScrollBar = form.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    for name in ("kind", "country"):
        combo = form.editors[name].combo
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
        before = bar.value()
        wheel(combo)
        assert bar.value() > before, f"the form did not scroll over {name}"
    date = form.editors["start_date"].edit
    wheel(date)
    assert form.editors["kind"].value() == "good"
    assert form.editors["country"].value() == "FR"
    assert form.editors["start_date"].value() is None

    kind = form.editors["kind"].combo          # once chosen (focused), the wheel is the field's
    kind.setFocus()
    qtbot.waitUntil(kind.hasFocus, timeout=1000)
    wheel(kind, steps=-1)
    assert form.editors["kind"].value() != "good"


# -- item 6: date pickers open at a useful month --------------------------------------------
def open_calendar(qtbot, editor):
    edit = editor.edit
    editor.window().detail.form.scroll.ensureWidgetVisible(edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    shown = (calendar.yearShown(), calendar.monthShown())
    calendar.window().hide()
    return shown


def test_date_pickers_open_at_today_and_the_end_date_at_the_start_date(qtbot, window):
    window.new_record("practice")
    form = window.detail.form
    today = QDate.currentDate()
    assert open_calendar(qtbot, form.editors["start_date"]) == (today.year(), today.month())
    form.editors["start_date"].set_value("2023-05-17")
    assert open_calendar(qtbot, form.editors["end_date"]) == (2023, 5)
    assert form.editors["end_date"].value() is None        # looking is not choosing


# -- item 7: amounts in the person's own notation -----------------------------------------
@pytest.mark.parametrize("code, typed, shown", [
    ("fr", ["12 500,50", "12\u00a0500,50", "12\u202f500,50", "12500,5"], "12 500,50"),
    ("de", ["12.500,50", "12500,5"], "12.500,50"),
    ("en", ["12,500.50", "12500.5"], "12,500.50"),
])
def test_amounts_are_read_and_shown_in_the_interface_language(code, typed, shown, language, qtbot,
                                                              window, settle, store):
    language(code)
    window.new_record("practice")
    form = window.detail.form
    amount = form.editors["funding_amount"]
    for text in typed:
        amount.edit.setText(text)
        assert amount.value() == 12500.5, text
    form.editors["title"].set_value("Solar roof")
    form.editors["kind"].set_value("good")
    form.editors["funding_currency"].set_value("EUR")
    form.submit()
    settle()
    record = window.detail.record
    assert record is not None and store.get(record.id).fields["funding_amount"] == 12500.5  # canonical
    window.edit_record()
    assert window.detail.form.editors["funding_amount"].edit.text() == shown


# -- item 14: long, unambiguous dates, the same in the record and the form ----------------
@pytest.mark.parametrize("code, expected", [("en", "January 6, 2025"), ("fr", "6 janvier 2025"),
                                            ("de", "6. Januar 2025")])
def test_dates_show_in_the_long_form_in_the_record_and_the_form(code, expected, language, qtbot, window,
                                                                settle, store):
    language(code)
    record = store.create("practice", {"title": "Village shop", "kind": "good", "start_date": "2025-01-06"})
    window.open_record(record.id)
    settle()
    assert expected in window.detail.view.toPlainText()
    assert "1/6/25" not in window.detail.view.toPlainText()
    window.edit_record()
    editor = window.detail.form.editors["start_date"]
    assert editor.edit.text() == expected
    assert editor.value() == "2025-01-06"


# -- item 19: Escape leaves the form, asking first when something would be lost ------------
def test_escape_leaves_an_untouched_form_at_once(qtbot, window, settle, store, monkeypatch):
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    record = store.create("practice", {"title": "Village shop", "kind": "good"})
    window.open_record(record.id)
    window.edit_record()
    form = window.detail.form
    qtbot.keyClick(form.editors["title"].edit, Qt.Key.Key_Escape)
    assert window.detail.form is None and asked == []
    assert window.detail.record.id == record.id


def test_escape_with_changes_asks_and_stays_unless_the_person_agrees(qtbot, window, settle, store,
                                                                       monkeypatch):
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    window.new_record("practice")
    form = window.detail.form
    qtbot.keyClicks(form.editors["title"].edit, "Repair cafe")
    qtbot.keyClick(form.editors["title"].edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and window.detail.form is form          # "No": the typing is kept
    assert form.editors["title"].value() == "Repair cafe"

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(form.editors["title"].edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and window.detail.form is None
    assert store.count("practice") == 0


def test_escape_in_the_search_field_still_clears_it(qtbot, window):
    qtbot.keyClicks(window.search, "solar")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""


# -- item 23: the Undo button keeps one short label and one width --------------------------
def test_the_undo_button_keeps_a_short_label_and_its_width(qtbot, window, settle, store):
    undo = window.action("undo")
    button = window.toolbar.widgetForAction(undo)
    width = button.sizeHint().width()
    record = store.create("practice", {"title": "A practice with a rather long title to undo", "kind": "good"})
    window.open_record(record.id)
    settle()
    window.delete_selected()
    settle()
    assert "A practice with a rather long title" in undo.text()          # the menu says what
    assert button.text() == "Undo"
    assert "A practice with a rather long title" in button.toolTip()     # so does the tool tip
    assert button.sizeHint().width() == width


# -- item 25: focus that can be seen; tab goes the way the eye does ------------------------
def test_the_focused_control_has_a_2px_ring_in_the_highlight_colour(qtbot, window):
    from ruraldesk.ui.layout import FocusRing

    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus, timeout=1000)
    ring = next(r for r in window.findChildren(type(FocusRing.install(QApplication.instance()).ring))
                if r.isVisible())
    top_left = window.search.mapTo(window, QPoint(0, 0))
    assert ring.geometry().topLeft() == top_left and ring.size() == window.search.size()
    assert FocusRing.WIDTH == 2
    assert ring.colour() == window.search.palette().color(window.search.palette().ColorGroup.Active,
                                                          window.search.palette().ColorRole.Highlight)
    image = ring.grab().toImage()
    assert image.pixelColor(1, ring.height() // 2).rgb() == ring.colour().rgb()   # drawn, at its edge

    window.list.table.setFocus()
    qtbot.waitUntil(window.list.table.hasFocus, timeout=1000)
    visible = [r for r in window.findChildren(type(ring)) if r.isVisible()]
    assert len(visible) == 1 and visible[0].size() == window.list.table.size()


def test_tab_goes_search_navigation_filters_list_record(qtbot, window, settle, store):
    record = store.create("practice", {"title": "Village shop", "kind": "good"})
    window.open_record(record.id)
    settle()
    window.activateWindow()
    window.search.setFocus()
    order = [window.search]
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if order[-1] is window.search:
            break
    position = {w: i for i, w in reversed(list(enumerate(order)))}
    filters = window.list.filters
    assert position[window.nav] == 1
    assert position[window.nav] < position[filters.theme] < position[window.list.table]
    assert position[window.list.table] < position[window.detail.view] < position[window.detail_buttons["edit-record"]]


# -- item 26: whole labels, each region once, the code typed first, readable "Found in" ----
def edit_field_fits(combo: QComboBox) -> bool:
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())


def test_filter_boxes_show_their_choice_whole_when_there_is_room(language, qtbot, shell):
    language("fr")
    window = shell.show()
    qtbot.addWidget(window)
    window.resize(1350, 720)
    qtbot.wait(50)
    filters = window.list.filters
    assert filters.region.currentText() == "Toutes les régions"
    for combo in (filters.theme, filters.country, filters.region, filters.kind):
        assert edit_field_fits(combo), combo.currentText()


def test_each_region_is_offered_once(window, qtbot):
    from ruraldesk.ui.fields import region_options

    regions, folded = region_options("FR")
    names = [name for _, name, _ in regions]
    assert names.count("Bretagne") == 1 and folded["FRH0"] == "FRH"
    window.new_record("practice")
    form = window.detail.form
    form.editors["country"].set_value("FR")
    form._country_changed()
    region = form.editors["region"].combo
    labels = [region.itemText(i).strip() for i in range(region.count())]
    assert sum(label.startswith("Bretagne") for label in labels) == 1
    filters = window.list.filters
    filters.country.setCurrentIndex(filters.country.findData("FR"))
    shown = [filters.region.itemText(i).strip() for i in range(filters.region.count())]
    assert shown.count("Bretagne") == 1


def test_a_folded_region_loads_and_saves_unchanged(qtbot, window, settle, store):
    record = store.create("practice", {"title": "Bretagne shop", "kind": "good", "country": "FR",
                                       "region": "FRH0"})
    window.open_record(record.id)
    window.edit_record()
    form = window.detail.form
    assert form.editors["region"].combo.currentText().strip() == "Bretagne (FRH)"
    assert form.editors["region"].value() == "FRH0"
    assert "region" not in form.changes()


def test_typing_a_currency_code_lists_that_currency_first(qtbot, window):
    window.new_record("practice")
    combo = window.detail.form.editors["funding_currency"].combo
    completer = combo.completer()
    assert completer.ranked("EUR")[0] == "EUR — Euro"
    assert completer.ranked("eur").index("CHE — WIR Euro") > 0
    country = window.detail.form.editors["country"].combo.completer()
    assert country.ranked("fr")[0] == "France"
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "EUR")
    assert completer.model().index(0, 0).data() == "EUR — Euro"
    completer.activated[str].emit("EUR — Euro")
    assert window.detail.form.editors["funding_currency"].value() == "EUR"


def test_found_in_names_the_field_and_shows_the_words_around(qtbot, window, settle, store):
    store.create("practice", {"title": "Village energy", "kind": "good", "country": "FR",
                              "summary": "Twelve families share one solar roof; bills fell by a third."})
    window.search.setText("solar")
    qtbot.waitUntil(lambda: window.list.mode == "search" and window.list.model().rowCount() == 1, timeout=3000)
    found = window.list.model().index(0, 2).data()
    assert found.startswith("Summary: ") and "solar roof" in found
    window.search.setText("france")
    qtbot.waitUntil(lambda: window.list.model().rowCount() == 1
                    and window.list.model().index(0, 2).data().startswith("Country"), timeout=3000)
    assert "FR\n" not in window.list.model().index(0, 2).data()


# -- item 4: the form fits a narrow pane ---------------------------------------------------
def test_the_contact_form_fits_a_narrow_pane_without_sideways_scrolling(qtbot, window):
    window.resize(1008, 552)
    window.go("contact")
    window.new_record("contact")
    form = window.detail.form
    qtbot.wait(50)
    viewport = form.scroll.viewport()
    assert form.body.width() <= viewport.width()
    for name in ("emails", "phones"):
        editor = form.editors[name]
        for button in (editor.add_button, editor.remove_button):
            right = button.mapTo(form.body, QPoint(button.width(), 0)).x()
            assert right <= viewport.width(), f"{name}: {button.text()} is off the pane"
    form.show_errors([])
    error = form.errors["emails"]
    error.setText("An e-mail address needs an @ and a domain, such as name@example.org; this one has neither.")
    error.show()
    qtbot.wait(20)
    assert error.wordWrap() and error.mapTo(form.body, QPoint(error.width(), 0)).x() <= viewport.width()


def test_a_long_title_shows_its_beginning_in_the_form(qtbot, window, settle, store):
    title = "Ambulatorio di comunità nella provincia di Friuli-Venezia Giulia, con un titolo lungo #281"
    record = store.create("practice", {"title": title, "kind": "good"})
    window.open_record(record.id)
    window.edit_record()
    edit = window.detail.form.editors["title"].edit
    assert edit.text() == title and edit.cursorPosition() == 0


def test_choosing_another_row_keeps_a_form_with_unsaved_changes(qtbot, window, settle, store):
    first = store.create("practice", {"title": "Village shop", "kind": "good"})
    second = store.create("practice", {"title": "Repair cafe", "kind": "good"})
    window.ops.notify(Change.everything())
    window.go("practice")
    qtbot.waitUntil(lambda: window.list.select_id(first.id), timeout=3000)
    window.edit_record()
    form = window.detail.form
    form.editors["title"].edit.setText("Village shop and post office")
    assert window.list.select_id(second.id)
    settle()
    assert window.detail.form is form                       # the typing is not thrown away
    assert form.editors["title"].value() == "Village shop and post office"

    form.editors["title"].set_value("Village shop")         # as it opened: nothing to lose
    assert window.list.select_id(first.id) and window.list.select_id(second.id)
    settle()
    assert window.detail.form is None and window.detail.record.id == second.id


def test_a_new_record_form_survives_the_themes_loading_again(qtbot, window, settle, store):
    window.go("contact")                    # an empty list: the themes' arrival shows it again
    settle()
    window.new_record("contact")
    form = window.detail.form
    window.ops.notify(Change(frozenset({"theme"}), frozenset()))    # a theme changed (a sync, an import)
    settle()
    assert window.detail.form is form and form.isVisible()
