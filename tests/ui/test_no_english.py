"""No English leaks into a translated screen (issue 18 item 2): in every interface language, every
screen of the catalogue is walked and each text a person sees or a screen reader reads (titles,
labels, buttons, menus, headers, choices, placeholders, tooltips, accessible names) is compared
with the same screen in English.

A text is flagged when it is still English: it equals an English message the language translates
differently, or it reads the same as in English though it is words of ours (not a record's data,
a name, an address or a number). A translator who keeps a word as it is ("OK", "E-mail") says so
in the glossary, and that is respected."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QGroupBox, QHeaderView, QLabel,
                               QLineEdit, QMenu, QTabBar, QTextEdit, QWidget)

from ruraldesk.ui import i18n
from ui_screens import dialogs, populate, states

LANGUAGES = [code for code in i18n.LANGUAGES if code != "en"]
#: texts built from parts that read the same in the language as in English
SAME_IN_ENGLISH = {("da", "E-mails type")}
WORD = re.compile(r"[^\W\d_]{3,}")
#: addresses, paths, versions and licence ids, a region with its NUTS code, an encoding's name
NOT_WORDS = re.compile(r"(https?://|www\.|@|/|\\|\.py|\.sqlite|\d\.\d|rdinv1\.|\([A-Z]{2}[0-9A-Z]{1,3}\)$|"
                       r"^(Latin-1 \(ISO 8859-1\)|Shift-JIS( \(Windows\))?)$)")


def catalogue(language: str) -> dict[str, set[str]]:
    """English message → its translations in that language (any context); under "" every
    translation, so a word that is English and also the language's own for another message
    (Danish "Post" for a record, Italian "Note" for notes) is not taken for a leak."""
    out: dict[str, set[str]] = {}
    tree = ET.parse(i18n.translations_dir() / f"ruraldesk_{language}.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        out.setdefault(source.replace("&", ""), set()).update(f.replace("&", "") for f in forms)
        out.setdefault("", set()).update(f.replace("&", "") for f in forms)
    return out


def key_of(w: QWidget, top: QWidget) -> str:
    parts = []
    while w is not None and w is not top:
        parent = w.parentWidget()
        siblings = [c for c in (parent.children() if parent else []) if type(c) is type(w)]
        parts.append(f"{type(w).__name__}{siblings.index(w) if w in siblings else 0}")
        w = parent
    return "/".join(reversed(parts))


def texts(top: QWidget) -> dict[str, str]:
    """What the screen shows and reads out, by a key that is the same in every language."""
    out: dict[str, str] = {"window title": top.windowTitle()}
    for w in top.findChildren(QWidget):
        if w.window() is not top or not w.isVisibleTo(top):
            continue
        k = key_of(w, top)
        for attr in ("accessibleName", "accessibleDescription", "toolTip"):
            out[f"{k}.{attr}"] = getattr(w, attr)()
        if isinstance(w, (QLabel, QAbstractButton)):
            out[f"{k}.text"] = w.text()
        if isinstance(w, QLineEdit):
            out[f"{k}.placeholder"] = w.placeholderText()
        if isinstance(w, QTextEdit):
            out[f"{k}.placeholder"] = w.placeholderText()
        if isinstance(w, QGroupBox):
            out[f"{k}.title"] = w.title()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                out[f"{k}.tab{i}"] = w.tabText(i)
        if isinstance(w, QComboBox) and w.count() <= 40:       # our choices; long lists are names
            for i in range(w.count()):
                out[f"{k}.item{i}"] = w.itemText(i)
        if isinstance(w, QHeaderView) and w.model() is not None:
            for i in range(min(w.count(), 30)):
                out[f"{k}.header{i}"] = str(w.model().headerData(i, w.orientation()) or "")
    menubar = top.menuBar() if hasattr(top, "menuBar") else None
    if menubar is not None:
        def walk(menu_actions, prefix):
            for i, a in enumerate(menu_actions):
                out[f"{prefix}{i}"] = a.text()
                out[f"{prefix}{i}.tip"] = a.toolTip() if a.toolTip() != a.text().replace("&", "") else ""
                if a.menu() is not None and isinstance(a.menu(), QMenu):
                    walk(a.menu().actions(), f"{prefix}{i}/")
        walk(menubar.actions(), "menu")
    return {k: v.replace("&", "").strip() for k, v in out.items() if v and v.strip()}


def snapshot(store, settings, qtbot, settle, tmp_path) -> dict[str, dict[str, str]]:
    from ruraldesk.ui import worker
    from ruraldesk.ui.shell import Shell

    tmp_path.mkdir(parents=True, exist_ok=True)
    shell = Shell(store, settings)
    window = shell.show()
    qtbot.addWidget(window)
    window.resize(1350, 720)
    qtbot.waitUntil(lambda: window.list.model().rowCount() > 0, timeout=5000)
    settle()
    shots = {}
    try:
        for state in states(window, qtbot, settle):
            shots[f"main window: {state}"] = texts(window)
        for dialog in dialogs(window, tmp_path):
            dialog.show()
            QApplication.processEvents()
            shots[type(dialog).__name__] = texts(dialog)
            dialog.close()
            dialog.deleteLater()
    finally:
        shell.shutdown()
        window.close()
        worker.wait_all(10_000)
    return shots


def data_strings(store) -> set[str]:
    """Text that is a record's own (titles and values, typed by people in their language)."""
    out = set()
    for collection in ("practice", "contact", "tool", "theme"):
        for record in store.get_many(collection, store.list_ids(collection)).values():
            out.add(record.title)
            out.update(str(v) for v in record.fields.values() if isinstance(v, str))
    return {s for s in out if s}


def is_ours(text: str, data: set[str]) -> bool:
    if NOT_WORDS.search(text) or len(WORD.findall(text)) < 2:
        return False
    return not any(d in text or text in d for d in data if len(d) >= 4)


_ENGLISH: dict[str, dict[str, str]] = {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_in_a_translated_screen(language, store, settings, qtbot, settle, tmp_path):
    populate(store)
    store.set_meta("ui.first_run_done", "1")
    data = data_strings(store)
    if not _ENGLISH:        # the same screens on the same generated records: once per process
        i18n.install("en")
        _ENGLISH.update(snapshot(store, settings, qtbot, settle, tmp_path / "en"))
    english = _ENGLISH
    kept = catalogue(language)
    i18n.install(language)
    try:
        translated = snapshot(store, settings, qtbot, settle, tmp_path / language)
    finally:
        i18n.install("en")
    leaks: dict[str, list[str]] = {}
    for screen, shown in translated.items():
        before = english.get(screen, {})
        for key, text in shown.items():
            meant = kept.get(text)
            if text in kept[""] or (language, text) in SAME_IN_ENGLISH:
                continue          # the language's own word (kept as it is, or for another message)
            if meant is not None or (before.get(key) == text and is_ours(text, data)):
                leaks.setdefault(screen, []).append(text)
    assert not leaks, f"English left in {language}: {leaks}"
