"""Interface language: Qt translators, and translated labels for the domain's English strings.

The domain layer has no Qt, so its field labels, choice values and validation
templates are English source strings. They are translated here with fixed
contexts that `scripts/update-translations` also extracts:

- "Fields":      FieldSpec.label
- "Collections": CollectionSpec.label / label_plural
- "Choices":     choice values, shown as choice_source(value)
- "Validation":  FieldError.template, formatted after translation
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ruraldesk.domain import formatting, geo
from ruraldesk.domain.fields import FieldSpec, Kind
from ruraldesk.domain.records import spec
from ruraldesk.domain.validation import FieldError

#: the interface languages, each named in itself (never translated), in the order the EU lists
#: its 24 official languages: alphabetical by that own name (български, español, čeština, …)
LANGUAGE_NAMES = {
    "bg": "Български", "es": "Español", "cs": "Čeština", "da": "Dansk", "de": "Deutsch", "et": "Eesti",
    "el": "Ελληνικά", "en": "English", "fr": "Français", "ga": "Gaeilge", "hr": "Hrvatski",
    "it": "Italiano", "lv": "Latviešu", "lt": "Lietuvių", "hu": "Magyar", "mt": "Malti",
    "nl": "Nederlands", "pl": "Polski", "pt": "Português", "ro": "Română", "sk": "Slovenčina",
    "sl": "Slovenščina", "fi": "Suomi", "sv": "Svenska",
}
LANGUAGES = tuple(LANGUAGE_NAMES)

_translators: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install(language: str) -> bool:
    """Switch the interface language; True when our catalogue was found (always for en)."""
    global _current
    app = QCoreApplication.instance()
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    QLocale.setDefault(QLocale(language))
    _current = language
    if language == "en":
        # the source language's catalogue only adds the plural forms of %n messages
        source = QTranslator()
        if source.load(str(translations_dir() / "ruraldesk_en.qm")):
            app.installTranslator(source)
            _translators.append(source)
        return True
    ours = QTranslator()
    found = ours.load(str(translations_dir() / f"ruraldesk_{language}.qm"))
    if found:
        app.installTranslator(ours)
        _translators.append(ours)
    # Qt's own words (standard buttons, context menus), where Qt ships a catalogue; for the others
    # (pt, el, et, ga, lt, mt, ro, sl) our catalogue carries them (update-translations' QT_SUPPLEMENT)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    return found


def current() -> str:
    return _current


# -- names, dates and numbers in the interface language: ruraldesk.domain.formatting ---------
def country_name(code: str | None) -> str:
    """A country's name in the interface language ("DE" → "Allemagne" in French)."""
    return formatting.country(code, _current)


def language_name(code: str | None) -> str:
    return formatting.language_name(code, _current)


def currency_name(code: str | None) -> str:
    return formatting.currency(code, _current)


def number(value: float | int, decimals: int | None = None) -> str:
    """A count or a quantity as the interface language writes it (CLDR)."""
    return formatting.number(value, _current, decimals)


def currencies() -> dict[str, str]:
    """Every currency by code (in code order, as people type them), named in the interface language."""
    return {code: currency_name(code) for code in geo.currencies()}


# -- the seed themes: named in the interface language until the group renames them ---------
@functools.lru_cache(maxsize=None)
def _seed_names() -> dict[str, str]:
    from ruraldesk.domain.themes import seed_theme_records

    return {theme_id: fields["name"] for theme_id, fields in seed_theme_records()}


def theme_name(theme_id: str, name: str) -> str:
    """A seed theme still under its English seed name is shown translated ("Energy" →
    "Énergie"); a theme the group renamed, or made itself, shows its own name."""
    return tr("Themes", name) if name and _seed_names().get(theme_id) == name else name


def title(record) -> str:
    """A record's title as the interface shows it (seed themes translated)."""
    return theme_name(record.id, record.title) if record.collection == "theme" else record.title


def countries() -> dict[str, str]:
    """Every country by code, named in the interface language, in that language's order."""
    from ruraldesk.domain.text import sort_key

    names = {code: country_name(code) for code in geo.countries()}
    return dict(sorted(names.items(), key=lambda kv: sort_key(kv[1])))


def languages() -> dict[str, str]:
    from ruraldesk.domain.text import sort_key

    names = {code: language_name(code) for code in geo.languages()}
    return dict(sorted(names.items(), key=lambda kv: sort_key(kv[1])))


# -- the domain's strings ------------------------------------------------------------------
def field_label(f: FieldSpec) -> str:
    return tr("Fields", f.label)


def collection_label(collection: str, plural: bool = False) -> str:
    s = spec(collection)
    return tr("Collections", s.label_plural if plural else s.label)


# Whole phrases rather than "New {what}": articles, gender and capitals differ per language.
def new_record_label(collection: str) -> str:
    return {
        "practice": QCoreApplication.translate("Collections", "New practice"),
        "contact": QCoreApplication.translate("Collections", "New contact"),
        "tool": QCoreApplication.translate("Collections", "New tool"),
        "theme": QCoreApplication.translate("Collections", "New theme"),
    }[collection]


def linked_label(collection: str) -> str:
    return {
        "practice": QCoreApplication.translate("Collections", "Linked practices"),
        "contact": QCoreApplication.translate("Collections", "Linked contacts"),
        "tool": QCoreApplication.translate("Collections", "Linked tools"),
    }[collection]


def choice_source(value: str) -> str:
    """The English source string for a choice value: "support_service" -> "Support service"."""
    return value.replace("_", " ").capitalize()


def choice_label(value: str) -> str:
    return tr("Choices", choice_source(value))


def error_message(error: FieldError) -> str:
    from ruraldesk.io.text import Text

    return text(Text.field_error(error))


def text(message) -> str:
    """A message from ruraldesk.io (a Text, or an exception carrying one) in the interface language;
    any other message as it is. Parameters that are Text are translated too, numbers localised."""
    from ruraldesk.io.text import Text

    if isinstance(message, BaseException) and len(message.args) == 1 and isinstance(message.args[0], Text):
        message = message.args[0]
    if not isinstance(message, Text):
        return str(message)
    params = {}
    for key, value in message.params.items():
        if isinstance(value, Text):
            value = text(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            value = number(value)
        elif isinstance(value, float):
            value = number(value, decimals=2)
        params[key] = value
    try:
        return tr(message.context, message.template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(message)


def display_value(f: FieldSpec, value) -> str:
    """A field value as a person reads it (lists joined with commas)."""
    if value in (None, "", []):
        return ""
    k = f.kind
    if k is Kind.CHOICE:
        return choice_label(value)
    if k is Kind.CHOICES:
        return ", ".join(choice_label(v) for v in value)
    if k is Kind.COUNTRY:
        return country_name(value)
    if k is Kind.REGION:
        return geo.region_name(value)
    if k is Kind.LANGUAGE:
        return language_name(value)
    if k is Kind.CURRENCY:
        return currency_name(value)
    if k is Kind.LANGUAGES:
        return ", ".join(language_name(v) for v in value)
    if k in (Kind.EMAILS, Kind.PHONES):
        return ", ".join(str(v.get("value", "")) for v in value if isinstance(v, dict))
    if k in (Kind.TAGS, Kind.URLS):
        return ", ".join(str(v) for v in value)
    if k is Kind.NUMBER:
        return number(float(value))
    if k is Kind.INTEGER:
        return number(int(value))
    if k is Kind.DATE:
        return formatting.date(str(value), _current)
    return str(value)


def date_format() -> str:
    """The interface locale's long date without the weekday ("6 janvier 2025", "January 6,
    2025"): unambiguous where "1/6/25" is not; the record view and the form both use it."""
    import re

    long = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"^\s*dddd[,.]?\s*|\s*[,.]?\s*dddd\s*$", "", long).strip() or "d MMMM yyyy"


def timestamp(value: str) -> str:
    """A stored UTC ISO timestamp in the local time zone, short format."""
    return formatting.timestamp(value, _current)
