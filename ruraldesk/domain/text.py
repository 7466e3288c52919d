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
#: one of the letters PLAIN_LETTERS replaces
NOT_PLAIN = re.compile("[" + "".join(_PLAIN) + "]")


def plain_letters(text: str) -> str:
    """text.translate(PLAIN_LETTERS), which costs about 10 µs on any non-ASCII title, these
    letters in it or not: here the few that hold one are found and replaced one by one."""
    return NOT_PLAIN.sub(lambda m: _PLAIN[m.group()], text)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form: 'Coopérative' -> 'cooperative'."""
    if text.isascii():
        return text.lower()     # what the general path gives for plain ASCII, at a tenth of the cost
    return unicodedata.normalize("NFKD", plain_letters(text).casefold()).translate(_MARKS)


def sort_key(text: str | None) -> str:
    return fold(text or "").strip()[:200]
