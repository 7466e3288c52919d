"""Text folding shared by sorting, duplicate detection and search."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form: 'Coopérative' -> 'cooperative'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sort_key(text: str | None) -> str:
    return fold(text or "").strip()[:200]
