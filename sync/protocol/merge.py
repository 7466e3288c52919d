"""The merge rules, shared by the server (which applies them) and the client (which may
preview them). Per field:

* the server value still equals the client's base  -> the client's value is taken;
* the server value already equals the client's value -> nothing to do;
* otherwise both changed it:
  - sets (themes, links, tags…) merge as sets: the client's additions and removals
    (relative to its base) are applied to the server's set;
  - long text merges three-way when the two edits touch different lines (or, for a
    single paragraph, different words); overlapping edits do not merge;
  - anything else, or text that does not merge: the server value stands and the
    client's value goes into a conflict. Nothing is dropped.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

MISSING: Any = object()   # "the client did not say what its base was"


def _norm(value: Any) -> Any:
    return None if value in (None, [], "") else value


def same(a: Any, b: Any) -> bool:
    """Equal for sync purposes: None, "" and [] all mean empty; sets compare as sets."""
    a, b = _norm(a), _norm(b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(x in b for x in a) and all(y in a for y in b)
    return a == b


def merge_set(base: Any, server: Any, other: Any) -> list:
    """The server's set with the other side's additions and removals (relative to base).
    Items keep the server's order; additions are appended in the other side's order."""
    base_l = list(base or [])
    server_l = list(server or [])
    other_l = list(other or [])
    added = [x for x in other_l if x not in base_l]
    removed = [x for x in base_l if x not in other_l]
    out = [x for x in server_l if x not in removed]
    for x in added:
        if x not in out:
            out.append(x)
    return out


_TOKEN = re.compile(r"\s+|[^\s]+")


def _tokens(text: str, lines: bool) -> list[str]:
    return text.splitlines(keepends=True) if lines else _TOKEN.findall(text)


def _edits(base: list[str], new: list[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, replacement) over base, for every non-equal opcode."""
    sm = difflib.SequenceMatcher(None, base, new, autojunk=False)
    return [(i1, i2, new[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def _overlap(s: tuple[int, int, list[str]], o: tuple[int, int, list[str]]) -> bool:
    (s1, s2, s_rep), (o1, o2, o_rep) = s, o
    if (s1, s2, s_rep) == (o1, o2, o_rep):
        return False                       # the same edit on both sides
    if s1 < o2 and o1 < s2:
        return True                        # ranges intersect
    if s1 == s2 and o1 <= s1 <= o2:
        return True                        # an insertion inside or at the edge of the other edit
    if o1 == o2 and s1 <= o1 <= s2:
        return True
    return False


def merge_text(base: str | None, server: str | None, other: str | None) -> str | None:
    """Three-way merge of two edits of one text; None when the edits overlap.

    Multi-line texts merge line by line; one-paragraph texts word by word. An edit
    that touches or borders the other side's edit counts as overlapping."""
    base, server, other = base or "", server or "", other or ""
    if server == other:
        return server
    if server == base:
        return other
    if other == base:
        return server
    lines = any("\n" in t.strip("\n") for t in (base, server, other))
    b = _tokens(base, lines)
    s_edits = _edits(b, _tokens(server, lines))
    o_edits = _edits(b, _tokens(other, lines))
    for se in s_edits:
        for oe in o_edits:
            if _overlap(se, oe):
                return None
    edits = {(a, z): rep for a, z, rep in s_edits}
    for a, z, rep in o_edits:
        edits.setdefault((a, z), rep)
    out: list[str] = []
    pos = 0
    for (a, z), rep in sorted(edits.items(), key=lambda e: e[0]):
        out.extend(b[pos:a])
        out.extend(rep)
        pos = max(pos, z)
    out.extend(b[pos:])
    return "".join(out)


@dataclass(frozen=True)
class FieldOutcome:
    value: Any          # the field's value after the merge
    status: str         # "applied" (taken as is), "unchanged", "merged" or "conflict"


def merge_field(merge: str, base: Any, server: Any, other: Any) -> FieldOutcome:
    """Merge one field. `merge` is FieldSpec.merge: "set", "text" or "value".
    `base` may be MISSING when the client did not send it: then the value is taken only
    where the server has none; sets merge as additions; anything else conflicts."""
    if same(server, other):
        return FieldOutcome(server, "unchanged")
    if base is not MISSING and same(server, base):
        return FieldOutcome(other, "applied")
    if base is MISSING and same(server, None):
        return FieldOutcome(other, "applied")   # nothing on the server to lose
    if merge == "set" and (isinstance(other, list) or other is None) and (
            isinstance(server, list) or server is None):
        if base is MISSING:
            base = []  # unknown base: nothing was removed, the other side's items are additions
        if base is not None and not isinstance(base, list):
            return FieldOutcome(server, "conflict")
        merged = merge_set(base, server, other)
        return FieldOutcome(merged, "unchanged" if same(merged, server) else "merged")
    if merge == "text" and base is not MISSING and all(
            v is None or isinstance(v, str) for v in (base, server, other)):
        text = merge_text(base, server, other)
        if text is not None:
            return FieldOutcome(text, "unchanged" if same(text, server) else "merged")
    return FieldOutcome(server, "conflict")
