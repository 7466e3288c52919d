"""Which encoding a text file is in — decided, or asked, never guessed silently.

Order: a BOM (UTF-8, UTF-16, UTF-32); NUL bytes anywhere refuse the file (it is not
text); strict UTF-8 over the whole file; a file that is UTF-8 except for a few bytes is
refused with the line named (two encodings mixed: reading it as a code page would turn
every "è" of the UTF-8 part into "Ã¨"). Otherwise charset-normalizer (a maintained
detector) proposes code pages from the Windows-125x, ISO-8859 and Shift-JIS families,
and each reading is scored by how many of its words could be written in one European
alphabet ("Hélène" can, "Hélčne" cannot) and by symbols glued to letters. When two
different readings score the same, :class:`UnsureEncoding` names both with the words as
each reads them, and the caller asks (the dialog) or refuses (the CLI, until
``--encoding``).

Only lines holding non-ASCII bytes are scored: every candidate decodes ASCII the same,
so this is the whole file as far as telling encodings apart goes.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .common import BadFile, Text

CHUNK = 1 << 20
SAMPLE_WORDS = 50_000
#: the families the detector may propose (its other answers are not code pages people have)
FAMILY = ("cp1250", "cp1251", "cp1252", "cp1253", "cp1257", "shift_jis", "cp932") + tuple(f"iso8859_{i}" for i in range(1, 17)
                                                                        if i != 12)
ALWAYS_TRY = ("cp1252", "cp1250", "cp1251")
COHERENCE_MARGIN = 0.15

NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16", "utf-32": "UTF-32",
         "cp1252": "Windows-1252", "cp1250": "Windows-1250", "cp1251": "Windows-1251",
         "latin-1": "Latin-1 (ISO 8859-1)", "iso8859_1": "ISO 8859-1", "iso8859_2": "ISO 8859-2",
         "iso8859_5": "ISO 8859-5", "iso8859_7": "ISO 8859-7", "iso8859_15": "ISO 8859-15",
         "shift_jis": "Shift-JIS", "cp932": "Shift-JIS (Windows)"}

#: letters beyond a-z of the alphabets of Europe (and Turkish, Icelandic, Maltese): a word
#: whose letters no single one of them has is a code page read wrongly
_ALPHABETS = ("àâæçéèêëîïôœùûüÿ", "äöüß", "áéíñóúü", "àáâãçéêíóôõú", "àèéìíîòóùú", "ąćęłńóśźż",
              "áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "áéíóöőúüű", "ăâîșşțţ", "čćđšž", "ąčęėįšųūž",
              "āčēģīķļņšūž", "äöõüšž", "åäöé", "æøåéó", "éëïöüáèó", "áðéíóúýþæö", "çğıöşüâî", "ċġħżàèìòù",
              "àçèéíïòóúü", "áéíóú")
_ALPHABET_SETS = [set(a) for a in _ALPHABETS]
_WORD = re.compile(r"[^\W\d_]+")


def display_name(encoding: str) -> str:
    return NAMES.get(encoding) or NAMES.get(encoding.replace("-", "_").lower(), encoding)


class UnsureEncoding(BadFile):
    """Two or more encodings read the file differently and equally well: a person chooses.

    `readings` maps each candidate codec to a few words as that codec reads them."""

    def __init__(self, message: str, candidates: list[str], readings: dict[str, list[str]]):
        super().__init__(message)
        self.candidates = candidates
        self.readings = readings


def decodes(path: Path, encoding: str, skip: int = 0) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with open(path, "rb") as fh:
            fh.seek(skip)
            while chunk := fh.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def check_no_nul(path: Path) -> None:
    """BadFile if a NUL byte is anywhere (a binary file, or one damaged in transfer)."""
    offset = 0
    line = 1
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            at = chunk.find(b"\x00")
            if at >= 0:
                line += chunk.count(b"\n", 0, at)
                raise BadFile(Text("{name} is a binary file, not text (it contains NUL bytes, first on line "
                                   "{line})", name=path.name, line=line))
            line += chunk.count(b"\n")
            offset += len(chunk)


def _first_bad_utf8(path: Path) -> tuple[int, int, bool]:
    """(line, byte offset) of the first byte that is not UTF-8, and whether the file also holds
    valid multi-byte UTF-8 (then it is two encodings mixed, not a code page)."""
    line, offset, bad = 1, 0, None
    good_lines = bad_lines = 0
    with open(path, "rb") as fh:
        for raw in fh:
            if any(b >= 0x80 for b in raw):
                try:
                    raw.decode("utf-8")
                    good_lines += 1
                except UnicodeDecodeError as exc:
                    bad_lines += 1
                    if bad is None:
                        bad = (line, offset + exc.start)
            line += 1
            offset += len(raw)
    if bad is None:                       # the bad sequence was cut by the end of the file
        bad = (line - 1, offset)
    return bad[0], bad[1], good_lines > bad_lines


_TOKEN_SPLIT = re.compile(rb"[\s,;|\"]+")     # none of these is a trail byte of Shift-JIS


def _high_lines(path: Path) -> bytes:
    """The distinct non-ASCII words of the whole file, one per line: what tells encodings apart,
    at the cost of a 30,000-row file's few thousand distinct words rather than of its size."""
    words: set[bytes] = set()
    with open(path, "rb") as fh:
        for line in fh:
            if not line.isascii():
                words.update(w for w in _TOKEN_SPLIT.split(line) if not w.isascii())
                if len(words) >= SAMPLE_WORDS:
                    break
    return b"\n".join(sorted(words))


def _oddness(text: str) -> int:
    """Symbols glued to letters ('£ukasz', 'wiêksze¹') and control characters: a wrong code page."""
    score = 0
    for i, c in enumerate(text):
        if ord(c) < 0x80:
            continue
        category = unicodedata.category(c)
        if category.startswith("L"):
            continue
        if category == "Cc":
            score += 2
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalpha() or after.isalpha():
            score += 1
    return score


def _script(c: str) -> str:
    name = unicodedata.name(c, "")
    return name.split(" ", 1)[0] if name else "?"


def _unwritable(text: str) -> int:
    """Words no single alphabet writes: Latin words mixing letters of different alphabets,
    or words mixing scripts ("Ðóññêèé" is Latin-1 letters standing for Cyrillic ones)."""
    count = 0
    for word in set(_WORD.findall(text)):
        special = {c for c in word.lower() if ord(c) > 0x7f}
        if not special:
            continue
        scripts = {_script(c) for c in word}
        if len(scripts) > 1:
            count += 1
        elif scripts == {"LATIN"} and not any(special <= a for a in _ALPHABET_SETS):
            count += 1
    return count


def _alphabets_needed(text: str) -> int:
    """How many alphabets it takes to write every Latin letter of the text (greedy cover):
    one for a French file read right, two when "é" and "č" stand side by side."""
    letters = {c for c in text.lower() if ord(c) > 0x7f and c.isalpha() and _script(c) == "LATIN"}
    count = 0
    while letters:
        best = max(_ALPHABET_SETS, key=lambda a: len(letters & a))
        if not letters & best:
            return count + len(letters)
        letters -= best
        count += 1
    return count


@dataclass(order=True)
class _Reading:
    score: tuple[int, int, float, float]
    encoding: str = field(compare=False)
    text: str = field(compare=False, repr=False)
    unwritable: int = field(compare=False, default=0)


def _readings(sample: bytes) -> list[_Reading]:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    coherence: dict[str, float] = {}
    try:
        for m in from_bytes(sample):
            coherence.setdefault(m.encoding, m.coherence)
    except Exception:            # the detector is advice; the scoring below decides
        pass
    candidates = list(ALWAYS_TRY) + [e for e in coherence if e in FAMILY]
    out: list[_Reading] = []
    seen: dict[str, str] = {}
    for enc in dict.fromkeys(candidates):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        if text in seen:                  # the same characters: not a different answer
            continue
        seen[text] = enc
        unwritable = _unwritable(text)
        out.append(_Reading((unwritable + _oddness(text), _alphabets_needed(text), -coherence.get(enc, 0.0),
                             round(mess_ratio(text), 2)), enc, text, unwritable))
    return sorted(out)


def _words(text: str, limit: int = 6) -> list[str]:
    words = [w for w in dict.fromkeys(_WORD.findall(text)) if any(ord(c) > 0x7f for c in w)]
    return words[:limit]


def detect(path: Path | str, head: bytes | None = None) -> str:
    """The codec that decodes the whole file; BadFile (or UnsureEncoding) when we cannot say."""
    path = Path(path)
    if head is None:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        if not decodes(path, "utf-32"):
            raise BadFile(Text("{name} is not valid UTF-32 text; it may be truncated or damaged", name=path.name))
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if not decodes(path, "utf-16"):
            raise BadFile(Text("{name} is not valid UTF-16 text; it may be truncated or damaged", name=path.name))
        return "utf-16"
    check_no_nul(path)
    if head.startswith(codecs.BOM_UTF8):
        if not decodes(path, "utf-8-sig"):
            line, byte, _ = _first_bad_utf8(path)
            raise BadFile(Text("{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 "
                               "(byte {byte}); it may be damaged — save it again as UTF-8",
                               name=path.name, line=line, byte=byte))
        return "utf-8-sig"
    if decodes(path, "utf-8"):
        return "utf-8"
    line, byte, mixed = _first_bad_utf8(path)
    if mixed:
        raise BadFile(Text("{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: "
                           "two encodings are mixed in one file; correct that line, or choose the encoding "
                           "of the whole file", name=path.name, line=line, byte=byte))
    readings = [r for r in _readings(_high_lines(path)) if decodes(path, r.encoding)]
    if not readings:
        raise BadFile(Text("{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or "
                           "ISO 8859 code page, or Shift-JIS); save it again as UTF-8", name=path.name))
    best = readings[0]
    # the detector's language model (coherence) settles a tie only when it clearly prefers one
    tied = [r for r in readings if r.score[:2] == best.score[:2] and r.score[2] - best.score[2] < COHERENCE_MARGIN]
    if best.unwritable:                   # even the best reading has words no alphabet writes
        tied = readings[:3]
    if len(tied) > 1 or best.unwritable:
        names = [r.encoding for r in tied]
        shown = "; ".join(f"{display_name(r.encoding)}: {' '.join(_words(r.text, 4))}" for r in tied)
        raise UnsureEncoding(Text("{name}: the encoding is not certain, the file reads differently as {shown}; "
                                  "choose one (for example --encoding {first})", name=path.name, shown=shown,
                                  first=names[0]),
                             names, {r.encoding: _words(r.text) for r in tied})
    return best.encoding


def chosen(path: Path | str, encoding: str) -> str:
    """The codec a person named (`--encoding`, the dialog), checked as a detected one would be:
    a known name, no NUL bytes (but in UTF-16/32, where they are text), every byte read; BadFile
    naming the line of the first byte it cannot read. Returns the normalised codec name."""
    path = Path(path)
    encoding = encoding.strip().lower()
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise BadFile(Text("unknown encoding {encoding}", encoding=repr(encoding))) from None
    if not codec.startswith(("utf-16", "utf-32")):
        check_no_nul(path)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    line, offset = 1, 0
    with open(path, "rb") as fh:
        # split at b"\n" only to count lines; the decoder keeps its state across the pieces, so a
        # multi-byte character (Shift-JIS, UTF-16) cut at a split is still read whole
        for raw in fh:
            try:
                text = decoder.decode(raw)
            except UnicodeDecodeError as exc:
                raise _unreadable(path, encoding, line, offset + exc.start) from None
            line += text.count("\n")
            offset += len(raw)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:                  # the file ends inside a character
            raise _unreadable(path, encoding, line, offset) from None
    return encoding


def _unreadable(path: Path, encoding: str, line: int, byte: int) -> BadFile:
    return BadFile(Text("{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); "
                        "choose another encoding", name=path.name, encoding=encoding, line=line, byte=byte))


def readings_of(path: Path | str, encodings: list[str], limit: int = 8) -> dict[str, list[str]]:
    """A few lines with non-ASCII characters as each encoding reads them (for the dialog)."""
    sample = _high_lines(Path(path))[:64 * 1024]
    out = {}
    for enc in encodings:
        text = sample.decode(enc, errors="replace")
        out[enc] = [line.strip() for line in text.splitlines() if line.strip()][:limit]
    return out


__all__ = ["NAMES", "UnsureEncoding", "check_no_nul", "chosen", "decodes", "detect", "display_name", "readings_of"]
