"""French and German screens name countries, languages, currencies and the seed themes in the
interface language, and the user guide is the translated one (issue 13 item 11). The real main
window, its form, filter bar, search results and guide are walked offscreen and every text a
person can read is checked against the English names."""

from __future__ import annotations

import functools
import gettext

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLabel, QLineEdit,
                               QTextEdit, QTreeWidget, QWidget)

from ruraldesk.domain import geo
from ruraldesk.domain.themes import seed_theme_records

ENERGY = next(tid for tid, fields in seed_theme_records() if fields["name"] == "Energy")
LANGUAGES = ("fr", "de", "es", "it", "pl", "pt")


@pytest.fixture(autouse=True)
def english_after():
    yield
    from ruraldesk.ui import i18n

    i18n.install("en")


@functools.lru_cache(maxsize=None)
def english_names(language: str) -> frozenset[str]:
    """English country, language, currency and seed-theme names that `language` names otherwise."""
    import pycountry

    from ruraldesk.io.sheetwords import theme_name

    out = set()
    for domain, names in (("iso3166-1", geo.countries().values()), ("iso639-3", geo.languages().values()),
                          ("iso4217", geo.currencies().values())):
        catalogue = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])
        out |= {n for n in names if catalogue.gettext(n) != n}
    out |= {f["name"] for _, f in seed_theme_records() if theme_name(f["name"], language) != f["name"]}
    return frozenset(out)


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    out = []
    try:
        columns = model.columnCount(parent)
    except TypeError:           # a list model (a completer's) hides it: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            out.append(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            if column == 0 and model.rowCount(index):
                out += model_texts(model, index)
    return out


def texts(root: QWidget) -> list[str]:
    """Every text the widgets under `root` show: labels, buttons, boxes and their lists, views."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTextEdit):
            out += w.toPlainText().splitlines()
        if isinstance(w, QTreeWidget):
            out += model_texts(w.model())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            out += model_texts(w.model())
    return out


@functools.lru_cache(maxsize=None)
def translated_names(language: str) -> frozenset[str]:
    import pycountry

    out = set()
    for domain, names in (("iso3166-1", geo.countries().values()), ("iso639-3", geo.languages().values()),
                          ("iso4217", geo.currencies().values())):
        catalogue = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])
        out |= {catalogue.gettext(n) for n in names}
    return frozenset(out)


def english_in(root: QWidget, language: str) -> set[str]:
    names = english_names(language)
    found = set()
    for text in texts(root):
        if text.strip() in translated_names(language):     # "Réunion, Île de la" is one name
            continue
        for piece in [text, *text.replace("—", ",").replace("·", ",").replace(":", ",").split(",")]:
            piece = piece.strip()
            if piece in names:
                found.add(piece)
    return found


def a_practice(store):
    return store.create("practice", {
        "title": "Énergie partagée", "kind": "good", "country": "DE", "language": "de",
        "funding_amount": 12000, "funding_currency": "CHF", "themes": [ENERGY]})


def switch(shell, language: str):
    shell.settings.language = language
    shell.settings_applied({"language"})
    return shell.window


@pytest.mark.parametrize("language, germany, german, energy, franc", [
    ("fr", "Allemagne", "Allemand", "Énergie", "Franc suisse"),
    ("de", "Deutschland", "Deutsch", "Energie", "Schweizer Franken"),
])
def test_the_main_window_form_and_filters_show_no_english_names(qtbot, shell, settle, language, germany,
                                                                 german, energy, franc):
    practice = a_practice(shell.store)
    window = switch(shell, language)
    qtbot.addWidget(window)
    settle(10_000)
    window.open_record(practice.id)
    settle(10_000)

    record = window.detail.view.toPlainText()
    assert germany in record and german in record and energy in record and franc in record
    assert "Germany" not in record and "German" not in record and "Energy" not in record
    bar = window.list.filters
    assert bar.country.itemText(bar.country.findData("DE")) == germany
    assert bar.theme.itemText(bar.theme.findData(ENERGY)).strip() == energy
    assert energy in model_texts(window.nav_model)
    assert english_in(window, language) == set()

    window.edit_record()
    form = window.detail.form
    assert form is not None
    boxes = form.findChildren(QComboBox)
    assert any(b.currentText() == germany for b in boxes)
    assert any(b.currentText() == f"CHF — {franc}" for b in boxes)
    assert english_in(form, language) == set()
    shown = texts(form)
    assert "Germany" not in shown and "German" not in shown and "English" not in shown
    assert (language != "de") or ("France" not in shown and "Frankreich" in shown)

    window.search.setText("energ")
    qtbot.waitUntil(lambda: window.list.mode == "search", timeout=5000)
    settle(10_000)
    found = model_texts(window.list.table.model())
    assert energy in found and "Energy" not in found


def test_a_renamed_seed_theme_shows_the_groups_name(qtbot, shell, settle):
    from ruraldesk.ui import i18n

    shell.store.update(ENERGY, {"name": "Énergies villageoises"})
    window = switch(shell, "fr")
    qtbot.addWidget(window)
    settle(10_000)
    assert "Énergies villageoises" in model_texts(window.nav_model)
    assert "Énergie" not in model_texts(window.nav_model)
    assert i18n.theme_name(ENERGY, "Energy") == "Énergie"
    assert i18n.theme_name("not-a-seed", "Energy") == "Energy"       # a theme made by the group


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_user_guide_is_in_the_interface_language(qtbot, shell, language):
    from ruraldesk.ui import helpmenu
    from ruraldesk.ui.helpmenu import GuideWindow

    window = switch(shell, language)
    qtbot.addWidget(window)
    window.action("guide").trigger()
    guide = window.findChild(GuideWindow)
    text = guide.view.toPlainText()
    heading = window.action("guide").text().replace("&", "")
    assert text.startswith(heading), (heading, text[:60])     # the guide as the Help menu names it
    assert "User guide" not in text and "The first start" not in text
    english = helpmenu.guide_markdown(language="en")
    ours = helpmenu.guide_markdown()
    assert ours.count("\n### ") == english.count("\n### ")     # the same sections
    pictures = [image.name().rsplit("/", 1)[-1] for _, image in helpmenu.images(guide.view.document())]
    assert pictures == [line.split("](")[1].rstrip(")").rsplit("/", 1)[-1]
                        for line in english.splitlines() if line.startswith("![")]
    assert all(helpmenu.picture(image.name()).is_file() for _, image in helpmenu.images(guide.view.document()))
    for _, image in helpmenu.images(guide.view.document()):      # the browser finds each picture
        assert guide.view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(image.name())), image.name()
    guide.close()


def test_a_language_without_a_guide_shows_the_english_one(qtbot, tmp_path, monkeypatch):
    from ruraldesk.ui import helpmenu

    monkeypatch.setattr(helpmenu, "guide_dir", lambda: tmp_path)
    assert helpmenu.guide_markdown(language="fr").startswith("# User guide")


def test_conflicting_values_are_named_in_the_interface_language(qapp):
    from ruraldesk.domain.records import spec
    from ruraldesk.ui import i18n
    from ruraldesk.ui.conflicts import shown

    i18n.install("fr")
    practice = spec("practice")
    assert shown("DE", practice.field("country")) == "Allemagne"
    assert shown("CHF", practice.field("funding_currency")) == "Franc suisse"
    assert shown(["de", "pl"], spec("contact").field("languages")) == "Allemand\nPolonais"
    assert shown("good", practice.field("kind")) == i18n.choice_label("good") != "Good"
    assert shown("a text of mine", practice.field("summary")) == "a text of mine"
