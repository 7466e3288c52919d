"""vCard content lines, read and written by us (vobject is no longer used for contacts).

Why our own: vobject splits FN, ORG, TITLE and NOTE on commas ("Dupont, Marie" became
"Dupont"), stumbles on vCard 2.1 as phones write it (quoted-printable soft line breaks,
a bare ``QUOTED-PRINTABLE`` parameter, ``CHARSET``), and escapes URLs on export. This
module only knows the syntax shared by vCard 2.1, 3.0 (RFC 2425/2426) and 4.0 (RFC 6350):

* lines unfolded (CRLF, LF or a lone CR, then a space or tab), quoted-printable values
  joined at their soft line breaks and decoded in their CHARSET;
* ``group.NAME;PARAM=a,b;BARE:value`` split with quoted parameter values respected;
  bare 2.1 parameters become TYPE, ENCODING or CHARSET;
* values unescaped only when asked, component by component, so commas stay commas.

Writing folds at 75 octets without cutting a UTF-8 character.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_NAME = re.compile(r"^(?:(?P<group>[A-Za-z0-9_-]+)\.)?(?P<name>[A-Za-z0-9_-]+)$")


class CardSyntaxError(ValueError):
    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass
class Prop:
    name: str                          # upper case
    value: str                         # raw: still escaped, but quoted-printable decoded
    params: dict[str, list[str]] = field(default_factory=dict)   # upper-case keys
    group: str | None = None           # "item1" of Apple's "item1.TEL"
    line: int = 0
    binary: bool = False               # BASE64 data (a photo): `value` is not text

    def param(self, key: str) -> str | None:
        values = self.params.get(key)
        return values[0] if values else None

    @property
    def types(self) -> set[str]:
        out: set[str] = set()
        for v in self.params.get("TYPE", []):
            out.update(t.strip().lower() for t in v.split(",") if t.strip())
        return out

    @property
    def text(self) -> str:
        """The value as one text, escapes undone (commas and semicolons kept)."""
        return unescape(self.value)

    @property
    def parts(self) -> list[str]:
        """Components of a structured value (N, ADR, ORG), each unescaped."""
        return [unescape(p) for p in split_unescaped(self.value, ";")]

    @property
    def items(self) -> list[str]:
        """Comma-separated items (CATEGORIES, NICKNAME), each unescaped."""
        return [unescape(p).strip() for p in split_unescaped(self.value, ",") if unescape(p).strip()]


@dataclass
class Card:
    number: int                        # from 1
    line: int                          # line of BEGIN:VCARD
    props: list[Prop] = field(default_factory=list)

    @property
    def version(self) -> str:
        for p in self.props:
            if p.name == "VERSION":
                return p.value.strip()
        return "3.0"


def unescape(value: str) -> str:
    r"""\n -> newline, \, \; \: \\ -> the character; any other escaped character is itself."""
    if "\\" not in value:
        return value
    out = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def split_unescaped(value: str, sep: str) -> list[str]:
    out, cur, i = [], [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            cur.append(value[i:i + 2])
            i += 2
            continue
        if c == sep:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def _split_line(line: str) -> tuple[str, str] | None:
    """(name and parameters, value) at the first colon outside double quotes."""
    quoted = False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == ":" and not quoted:
            return line[:i], line[i + 1:]
    return None


def _params(parts: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in parts:
        if not part:
            continue
        key, eq, value = part.partition("=")
        if not eq:                              # vCard 2.1: ";WORK;QUOTED-PRINTABLE;UTF-8"
            bare = key.strip()
            upper = bare.upper()
            if upper in _ENCODINGS:
                params.setdefault("ENCODING", []).append(upper)
            elif re.fullmatch(r"(UTF-8|ISO-8859-\d+|WINDOWS-\d+|US-ASCII|SHIFT_JIS)", upper):
                params.setdefault("CHARSET", []).append(bare)
            else:
                params.setdefault("TYPE", []).append(bare)
            continue
        key = key.strip().upper()
        for v in _split_param_values(value):
            params.setdefault(key, []).append(v)
    return params


def _split_param_values(value: str) -> list[str]:
    out, cur, quoted = [], [], False
    for c in value:
        if c == '"':
            quoted = not quoted
        elif c == "," and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return [v for v in out if v != ""]


def _split_params(head: str) -> list[str]:
    out, cur, quoted = [], [], False
    for c in head:
        if c == '"':
            quoted = not quoted
            cur.append(c)
        elif c == ";" and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return out


def _is_qp(head: str) -> bool:
    return "QUOTED-PRINTABLE" in head.upper()


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(first physical line number, unfolded line). Quoted-printable values continue on the
    next line after a trailing '='; folded lines start with a space or a tab."""
    physical = re.split(r"\r\n|\n|\r", text)
    current: str | None = None
    start = 0
    for number, line in enumerate(physical, 1):
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            continue
        if current is not None and current.endswith("=") and _is_qp(current.split(":", 1)[0]):
            current = current[:-1] + line        # a soft line break
            continue
        if current is not None:
            yield start, current
        current, start = line, number
    if current is not None:
        yield start, current


def _decode_qp(value: str, charset: str | None, fallback: str) -> str:
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    for enc in (charset, "utf-8", fallback):
        if not enc:
            continue
        try:
            return raw.decode(enc).replace("\r\n", "\n").replace("\r", "\n")
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def parse(text: str, *, encoding: str = "utf-8") -> Iterator[Card]:
    """Every card of a file's text; CardSyntaxError for a broken line or an unclosed card."""
    card: Card | None = None
    number = 0
    for line_no, line in _logical_lines(text):
        if not line.strip():
            continue
        split = _split_line(line)
        if split is None:
            if card is not None and card.props and card.props[-1].binary:
                card.props[-1].value += line.strip()     # base64 lines some phones do not indent
                continue
            raise CardSyntaxError(line_no, f"line {line_no} has no “:” ({line[:40]})")
        head, value = split
        parts = _split_params(head)
        m = _NAME.match(parts[0].strip())
        if not m:
            raise CardSyntaxError(line_no, f"line {line_no}: “{parts[0][:30]}” is not a property name")
        name = m.group("name").upper()
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                raise CardSyntaxError(card.line, f"the card that starts on line {card.line} is never closed "
                                                 "(END:VCARD is missing)")
            number += 1
            card = Card(number, line_no)
            continue
        if name == "END" and value.strip().upper() == "VCARD":
            if card is None:
                raise CardSyntaxError(line_no, f"line {line_no}: END:VCARD without BEGIN:VCARD")
            yield card
            card = None
            continue
        if card is None:
            raise CardSyntaxError(line_no, f"line {line_no} is outside any card (BEGIN:VCARD is missing)")
        params = _params(parts[1:])
        enc = (params.get("ENCODING") or [""])[0].upper()
        prop = Prop(name, value, params, m.group("group"), line_no)
        if enc == "QUOTED-PRINTABLE":
            prop.value = _decode_qp(value, prop.param("CHARSET"), encoding)
            # a decoded value is plain text, not escaped: escape backslashes so `text` is exact
            prop.value = prop.value.replace("\\", "\\\\").replace("\n", "\\n") if name not in ("N", "ADR", "ORG") \
                else prop.value.replace("\n", "\\n")
        elif enc in ("BASE64", "B"):
            prop.binary = True
            prop.value = value.strip()
        card.props.append(prop)
    if card is not None:
        raise CardSyntaxError(card.line, f"the card that starts on line {card.line} is never closed "
                                         "(END:VCARD is missing)")


# -- writing -------------------------------------------------------------------------------------

def escape(text: str) -> str:
    """RFC 6350 3.4: backslash, comma, semicolon and newline escaped in a text value."""
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """One content line, folded so that no line is longer than `limit` octets (RFC 6350 3.2);
    a UTF-8 character is never cut."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line + "\r\n"
    out: list[str] = []
    room = limit
    current = bytearray()
    for ch in line:
        b = ch.encode("utf-8")
        if len(current) + len(b) > room:
            out.append(current.decode("utf-8"))
            current = bytearray()
            room = limit - 1                    # continuation lines start with a space
        current += b
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out) + "\r\n"


def content_line(name: str, value: str, params: Iterable[tuple[str, str]] = ()) -> str:
    head = name + "".join(f";{k}={v}" for k, v in params)
    return fold(f"{head}:{value}")


__all__ = ["Card", "CardSyntaxError", "Prop", "content_line", "escape", "fold", "parse", "split_unescaped",
           "unescape"]
