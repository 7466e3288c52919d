"""A live language switch (issue 13 items 11, 21, 22): only what changed is announced, no
stale widget is touched afterwards, and texts made before the switch follow it."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture(autouse=True)
def english_after():
    """The translators are the application's: leave them as the next test expects."""
    yield
    from ruraldesk.ui import i18n

    i18n.install("en")


def test_changing_only_the_language_announces_only_the_language(qtbot, shell):
    window = shell.show()
    from ruraldesk.ui.dialogs import SettingsDialog

    dialog = SettingsDialog(shell.settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    changed: list[str] = []
    shell.settings.changed.connect(changed.append)
    dialog.apply()
    assert changed == ["language"]
    shell.settings_applied(set(changed))
    assert "data" not in shell.window.statusBar().currentMessage().lower()
    assert "dossier" not in shell.window.statusBar().currentMessage().lower()


def test_after_a_live_language_switch_changes_touch_no_deleted_widget(qtbot, shell, settle, monkeypatch):
    import traceback

    window = shell.show()
    errors: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: errors.append("".join(traceback.format_exception(*exc))))
    practice = shell.store.create("practice", {"title": "Seed swap", "kind": "good"})
    shell.settings.language = "fr"
    shell.settings_applied({"language"})
    qtbot.wait(50)                         # the old window's deleteLater runs
    new = shell.window
    assert new is not window
    new.ops.update(practice.id, {"summary": "Chaque printemps"})
    settle(10_000)
    new.ops.delete([practice.id])
    settle(10_000)
    new.action("undo").trigger()
    settle(10_000)
    shell.sync.refresh()
    assert errors == [], errors[0]
    assert not shell.store.get(practice.id).deleted


def test_undo_texts_made_before_a_switch_are_in_the_new_language(qtbot, shell, settle):
    window = shell.show()
    practice = shell.store.create("practice", {"title": "Seed swap", "kind": "good"})
    window.ops.delete([practice.id])
    settle(10_000)
    assert window.ops.undo_stack.undoText() == "Delete Seed swap"
    shell.settings.language = "fr"
    shell.settings_applied({"language"})
    try:
        text = shell.window.ops.undo_stack.undoText()
        assert text != "Delete Seed swap" and "Seed swap" in text and not text.startswith("Delete")
        assert not shell.window.action("undo").text().endswith("Delete Seed swap")
    finally:
        shell.settings.language = "en"
        shell.settings_applied({"language"})


def test_country_and_language_names_follow_the_interface_language(qtbot, store):
    from ruraldesk.domain.records import spec
    from ruraldesk.ui import i18n
    from ruraldesk.ui.listpane import FilterBar

    i18n.install("fr")
    practice = spec("practice")
    assert i18n.display_value(practice.field("country"), "DE") == "Allemagne"
    assert i18n.display_value(practice.field("language"), "de") == "Allemand"
    bar = FilterBar(store)
    qtbot.addWidget(bar)
    assert bar.country.itemText(bar.country.findData("DE")) == "Allemagne"
    i18n.install("de")
    assert i18n.country_name("FR") == "Frankreich"
    i18n.install("en")
    assert i18n.country_name("DE") == "Germany"
