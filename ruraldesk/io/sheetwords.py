"""The words of a practice sheet in the practice's language: names, dates and amounts from
ruraldesk.domain.formatting (the window's own), organisation types and the seed themes' names
from the app's translations.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

from ruraldesk.domain import formatting


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


def field_labels(language: str) -> dict[str, str]:
    """The window's field labels in that language (English label → translation; a word the
    glossary translates the same in every context is under "*")."""
    g = _glossary(language)
    return {**g.get("*", {}), **g.get("Fields", {})}


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


country = formatting.country
language_name = formatting.language_name
number = formatting.number
amount = formatting.amount


def date(value: str | None, language: str) -> str:
    return formatting.date(value, language) or "…"


__all__ = ["amount", "choice", "country", "date", "field_labels", "language_name", "number", "theme_name"]
