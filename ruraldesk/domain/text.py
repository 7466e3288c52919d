"""Text folding shared by sorting, duplicate detection and search."""

from __future__ import annotations

import re
import unicodedata

#: letters Unicode does not decompose into a base letter plus a mark
PLAIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
                               "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i",
                               "þ": "th", "Þ": "Th"})


class _Marks(dict):
    """For str.translate: a combining mark (what NFKD splits off a letter) → None, any other
    code point → itself; worked out the first time a character is met. One translate in C
    instead of a Python test per character."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_MARKS = _Marks()


_PLAIN = {chr(k): v for k, v in PLAIN_LETTERS.items()}
# str.translate with a table of strings costs about 10 µs on any non-ASCII title, these
# letters or not: the few that hold one are found and replaced one by one
_NOT_PLAIN = re.compile("[" + "".join(_PLAIN) + "]")


def _plain(match: re.Match) -> str:
    return _PLAIN[match.group()]


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form: 'Coopérative' -> 'cooperative'."""
    if text.isascii():
        return text.lower()     # what the general path gives for plain ASCII, at a tenth of the cost
    return unicodedata.normalize("NFKD", _NOT_PLAIN.sub(_plain, text).casefold()).translate(_MARKS)


def sort_key(text: str | None) -> str:
    return fold(text or "").strip()[:200]
