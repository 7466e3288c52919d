"""Sight (issue 18 item 5): the app follows the system's light, dark and high-contrast palettes,
and every colour we choose ourselves keeps a contrast of at least 4.5:1 on what it is painted on."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ruraldesk.ui import colours

R = QPalette.ColorRole


def make(window: str, base: str, text: str, link: str, highlight: str, placeholder: str | None = None) -> QPalette:
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, value in ((R.Window, window), (R.Base, base), (R.AlternateBase, base), (R.Text, text),
                            (R.WindowText, text), (R.ButtonText, text), (R.Button, window), (R.Link, link),
                            (R.Highlight, highlight), (R.HighlightedText, base)):
            p.setColor(group, role, QColor(value))
        faint = QColor(placeholder or text)
        if placeholder is None:
            faint.setAlpha(128)
        p.setColor(group, R.PlaceholderText, faint)
    return p


#: a system's palettes as a desktop hands them over; their own Link and PlaceholderText are left
#: as such themes ship them (a dark theme that keeps the light theme's blue link)
PALETTES = {
    "light": make("#efefef", "#ffffff", "#000000", "#0000ff", "#308cc6"),
    "dark": make("#353535", "#2a2a2a", "#e8e8e8", "#0000ff", "#2a82da"),
    "high contrast black": make("#000000", "#000000", "#ffffff", "#ffff00", "#1aebff", "#c0c0c0"),
    "high contrast white": make("#ffffff", "#ffffff", "#000000", "#0000c0", "#37006e", "#3f3f3f"),
}


@pytest.mark.parametrize("name", PALETTES)
def test_our_colours_read_at_4_5_to_1_on_every_palette(name):
    p = PALETTES[name]
    base, window = p.color(R.Base), p.color(R.Window)
    assert colours.contrast(colours.muted(p), base) >= 4.5
    assert colours.contrast(colours.muted(p, R.Window), window) >= 4.5
    assert colours.contrast(colours.link(p), base) >= 4.5
    assert colours.contrast(colours.error(p), window) >= 4.5
    row, text = colours.problem_row(p)
    assert colours.contrast(text, row) >= 4.5
    assert colours.contrast(p.color(R.Text), row) >= 4.5      # the row's other cells keep the theme's text


def test_contrast_is_the_wcag_ratio():
    assert round(colours.contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert colours.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    # the half-transparent placeholder a light theme gives is what we must not use for reading
    assert colours.contrast(QColor(128, 128, 128), QColor("#ffffff")) < 4.5


def colours_in(html: str) -> set[str]:
    return set(re.findall(r"color:\s*(#[0-9a-fA-F]{6})", html))


@pytest.mark.parametrize("name", PALETTES)
def test_the_record_pane_follows_the_palette_and_stays_readable(name, window, store, settle, qtbot, qapp):
    record = store.create("contact", {"kind": "person", "name": "Élodie Girard", "country": "FR",
                                      "emails": [{"value": "elodie@example.org", "type": "work"}],
                                      "website": "https://example.org"})
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(PALETTES[name])
        qtbot.wait(20)
        window.open_record(record.id)
        settle()
        view = window.detail.view
        assert view.palette().color(R.Base) == PALETTES[name].color(R.Base)      # follows the system
        used = colours_in(view.toHtml())
        assert used, "the pane paints its notes and links in chosen colours"
        for colour in used:
            assert colours.contrast(QColor(colour), PALETTES[name].color(R.Base)) >= 4.5, (name, colour)
        placeholder = window.detail.placeholder
        assert colours.contrast(placeholder.palette().color(R.WindowText),
                                placeholder.palette().color(R.Window)) >= 4.5
    finally:
        qapp.setPalette(before)


def test_a_palette_change_repaints_the_record_pane(window, store, settle, qtbot, qapp):
    record = store.create("practice", {"title": "Village shop", "kind": "good", "country": "FR"})
    window.open_record(record.id)
    settle()
    before = QPalette(qapp.palette())
    light = colours_in(window.detail.view.toHtml())
    try:
        QApplication.setPalette(PALETTES["high contrast black"])
        qtbot.wait(50)
        dark = colours_in(window.detail.view.toHtml())
    finally:
        QApplication.setPalette(before)
    assert dark and dark != light
