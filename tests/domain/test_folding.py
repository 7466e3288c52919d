"""Text folding (sorting, duplicates, search) gives its definition's answer on every character."""

from __future__ import annotations

import unicodedata

from ruraldesk.domain.text import PLAIN_LETTERS, fold, sort_key


def by_definition(text: str) -> str:
    """Lower case, the letters Unicode does not decompose made plain, NFKD, marks dropped."""
    decomposed = unicodedata.normalize("NFKD", text.translate(PLAIN_LETTERS).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_fold_examples():
    assert fold("Coopérative") == "cooperative"
    assert fold("Łódź spółdzielnia") == "lodz spoldzielnia"
    assert fold("Straße Ærø Œuvre") == "strasse aero oeuvre"
    assert fold("ﬁnance ①") == "finance 1"
    assert fold("Plain ASCII") == "plain ascii"
    assert sort_key("  Épicerie  ") == "epicerie"


def test_fold_agrees_with_its_definition_on_every_character():
    chars = [chr(c) for c in range(0x80, 0x30000) if not 0xD800 <= c < 0xE000]
    for i in range(0, len(chars), 64):
        text = "a" + "".join(chars[i:i + 64]) + "Ł"
        assert fold(text) == by_definition(text), f"characters from U+{ord(chars[i]):04X}"
