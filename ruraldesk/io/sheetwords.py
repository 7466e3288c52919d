"""The words of a practice sheet in the practice's language, from CLDR (through Babel) and
from the app's own translations: country and language names, dates, amounts with their
currency ("287 000 zł"), organisation types and the seed themes' names.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from ruraldesk.domain import geo


def _glossary_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources" / "translations" / "glossary"


@functools.lru_cache(maxsize=None)
def _glossary(language: str) -> dict[str, dict[str, str]]:
    try:
        return json.loads((_glossary_dir() / f"{language}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _choices(language: str) -> dict[str, str]:
    return _glossary(language).get("Choices", {})


def theme_name(name: str, language: str) -> str:
    """A seed theme's English name as the app names it in that language (the window's own
    translations, so a sheet and the sidebar never disagree)."""
    return (_glossary(language).get("Themes", {}).get(name) or name) if language != "en" else name


def choice(value: str, language: str) -> str:
    """An organisation type (a choice value) as the app shows it in that language."""
    english = value.replace("_", " ").capitalize()
    return _choices(language).get(english, english) if language != "en" else english


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except Exception:
        return Locale.parse("en")


def country(code: str | None, language: str) -> str:
    if not code:
        return ""
    return _locale(language).territories.get(code) or geo.country_name(code)


def language_name(code: str | None, language: str) -> str:
    if not code:
        return ""
    name = _locale(language).languages.get(code) or geo.language_name(code)
    return name[:1].upper() + name[1:]


def date(value: str | None, language: str) -> str:
    if not value:
        return "…"
    try:
        return format_date(dt.date.fromisoformat(str(value)[:10]), format="long", locale=_locale(language))
    except ValueError:
        return str(value)


def number(value: float | int, language: str) -> str:
    return format_decimal(value, locale=_locale(language))


def amount(value: float | int | None, currency: str | None, language: str) -> str:
    """"287 000 zł" in Polish, "287.000 €" in German: no cents on a whole amount."""
    if value is None:
        return ""
    locale = _locale(language)
    whole = float(value).is_integer()
    if not currency:
        return format_decimal(value, locale=locale, format="#,##0" if whole else None)
    if whole:
        pattern = locale.currency_formats["standard"].pattern.split(";")[0]
        pattern = pattern.replace("#,##0.00", "#,##0").replace("0.00", "0")
        return format_currency(value, currency, format=pattern, locale=locale, currency_digits=False)
    return format_currency(value, currency, locale=locale)


__all__ = ["amount", "choice", "country", "date", "language_name", "number", "theme_name"]
