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
import json
import re
from dataclasses import dataclass
from typing import Any, Hashable

MISSING: Any = object()   # "the client did not say what its base was"

#: the largest middle (after trimming the common prefix and suffix) that difflib may
#: compare, as tokens(base) × tokens(new): difflib is quadratic, beyond this the edit is
#: taken as one block, which can only make two edits overlap (a conflict, nothing lost)
DIFF_CAP = 250_000
#: the merge work one push may spend (characters of text and set items scanned, difflib
#: pairs compared), about half a second at worst; past it, fields that need a real merge
#: conflict instead (the other value is kept in the conflict)
PUSH_MERGE_WORK = 2_000_000


class MergeBudget:
    """How much merge work is left. One per push, so no push holds its group's write lock
    for long, whatever its values; `spent` is what the tests measure."""

    def __init__(self, limit: int = PUSH_MERGE_WORK):
        self.limit, self.spent = limit, 0

    def take(self, work: int) -> bool:
        if self.spent + work > self.limit:
            return False
        self.spent += work
        return True


def _norm(value: Any) -> Any:
    return None if value in (None, [], "") else value


def _key(item: Any) -> Hashable:
    """Set items are strings or small JSON values: hashed by a canonical dump."""
    if isinstance(item, str):
        return item
    return ("json", json.dumps(item, sort_keys=True, separators=(",", ":"), default=repr))


def same(a: Any, b: Any) -> bool:
    """Equal for sync purposes: None, "" and [] all mean empty; sets compare as sets."""
    a, b = _norm(a), _norm(b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and {_key(x) for x in a} == {_key(y) for y in b}
    return a == b


def merge_set(base: Any, server: Any, other: Any) -> list:
    """The server's set with the other side's additions and removals (relative to base).
    Items keep the server's order; additions are appended in the other side's order."""
    base_l, server_l, other_l = list(base or []), list(server or []), list(other or [])
    base_k, other_k = {_key(x) for x in base_l}, {_key(x) for x in other_l}
    removed = base_k - other_k
    out, have = [], set()
    for x in server_l:
        k = _key(x)
        if k not in removed:
            out.append(x)
            have.add(k)
    for x in other_l:
        k = _key(x)
        if k not in base_k and k not in have:
            out.append(x)
            have.add(k)
    return out


_SPACES = re.compile(r"(\s+)")


def _tokens(text: str, lines: bool) -> list[str]:
    """Lines, or words and the runs of white space between them."""
    if lines:
        return text.splitlines(keepends=True)
    return [t for t in _SPACES.split(text) if t]


def _edits(base: list[str], new: list[str], budget: MergeBudget) -> list[tuple[int, int, list[str]]]:
    """(start, end, replacement) over base, for every non-equal stretch. The common prefix
    and suffix are trimmed first (linear); difflib only sees a middle under DIFF_CAP."""
    n, m = len(base), len(new)
    p = 0
    while p < n and p < m and base[p] == new[p]:
        p += 1
    q = 0
    while q < n - p and q < m - p and base[n - 1 - q] == new[m - 1 - q]:
        q += 1
    b_mid, n_mid = base[p:n - q], new[p:m - q]
    if not b_mid and not n_mid:
        return []
    pairs = len(b_mid) * len(n_mid)
    if not b_mid or not n_mid or pairs > DIFF_CAP or not budget.take(pairs):
        return [(p, n - q, n_mid)]
    sm = difflib.SequenceMatcher(None, b_mid, n_mid, autojunk=False)
    return [(p + i1, p + i2, n_mid[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


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


def _any_overlap(s_edits: list, o_edits: list) -> bool:
    """Both lists are sorted and disjoint: one sweep, each pair that could touch is checked."""
    i = j = 0
    while i < len(s_edits) and j < len(o_edits):
        if _overlap(s_edits[i], o_edits[j]):
            return True
        if s_edits[i][1] <= o_edits[j][1]:
            i += 1
        else:
            j += 1
    return False


def merge_text(base: str | None, server: str | None, other: str | None,
               budget: MergeBudget | None = None) -> str | None:
    """Three-way merge of two edits of one text; None when the edits overlap (or when the
    push's merge budget is spent).

    Multi-line texts merge line by line; one-paragraph texts word by word. An edit
    that touches or borders the other side's edit counts as overlapping."""
    base, server, other = base or "", server or "", other or ""
    if server == other:
        return server
    if server == base:
        return other
    if other == base:
        return server
    budget = budget or MergeBudget()
    if not budget.take(len(base) + len(server) + len(other)):
        return None
    lines = any("\n" in t.strip("\n") for t in (base, server, other))
    b = _tokens(base, lines)
    s_edits = _edits(b, _tokens(server, lines), budget)
    o_edits = _edits(b, _tokens(other, lines), budget)
    if _any_overlap(s_edits, o_edits):
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


def merge_field(merge: str, base: Any, server: Any, other: Any,
                budget: MergeBudget | None = None) -> FieldOutcome:
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
        if budget is not None and not budget.take(len(base or ()) + len(server or ()) + len(other or ())):
            return FieldOutcome(server, "conflict")
        merged = merge_set(base, server, other)
        return FieldOutcome(merged, "unchanged" if same(merged, server) else "merged")
    if merge == "text" and base is not MISSING and all(
            v is None or isinstance(v, str) for v in (base, server, other)):
        text = merge_text(base, server, other, budget)
        if text is not None:
            return FieldOutcome(text, "unchanged" if same(text, server) else "merged")
    return FieldOutcome(server, "conflict")
