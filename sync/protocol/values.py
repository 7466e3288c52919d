"""The edge check of JSON values: what any string or number in a request may be.

One rule, applied to every request body (when it is parsed) and to every value of a pushed
change (`decode_change`), so nothing the database, a replica or a later pull could choke on
is ever stored. It follows I-JSON (RFC 7493), which is also what a generic client can rely
on: valid Unicode (no lone surrogates), numbers a double holds exactly; and also no NUL
(PostgreSQL refuses it in text) and bounded nesting and sizes, so one stored value cannot
make a page of a pull fail. The OpenAPI description (sync/server/app.py) states the same.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from .wire import ProtocolError

#: containers nested in one request body, counted from its top level
MAX_DEPTH = 32
#: lists/objects nested in a change's `fields` or `previous`, counting that object itself: a
#: field value may hold 3 levels (the domain's deepest, a list of objects, holds 2). Small on
#: purpose: the OpenAPI spells each level out, and generators expand every level twice.
MAX_VALUE_DEPTH = 4
#: characters in one string (the longest domain text is 100,000)
MAX_STRING = 200_000
#: characters in one object key
MAX_KEY = 200
#: items of one list, or keys of one object
MAX_ITEMS = 10_000
#: integers and floats: what an IEEE double holds exactly (I-JSON)
MAX_NUMBER = 2 ** 53 - 1

_BAD_CHAR = re.compile("[\x00\ud800-\udfff]")
#: in a UTF-8 body, what alone can put a NUL or a lone surrogate into a parsed string: its
#: JSON escape. (Valid UTF-8 holds no surrogate; a raw NUL is a JSON syntax error.) An escaped
#: backslash before "u0000" is a false alarm: the strings are then searched one by one.
_BAD_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")
#: the rule as a JSON-Schema pattern. Lone surrogates are left out of it: a UTF-8 client
#: cannot send one except as a JSON escape, and generators (schemathesis) choke on the range.
TEXT_PATTERN = r"^[^\u0000]*$"


def check_text(s: str, where: str, limit: int = MAX_STRING) -> None:
    if len(s) > limit:
        raise ProtocolError(f"{where}: text longer than {limit} characters")
    bad = _BAD_CHAR.search(s)
    if bad:
        what = "a NUL character" if bad.group() == "\x00" else "a lone surrogate (not valid Unicode)"
        raise ProtocolError(f"{where}: the text holds {what}")


def check_number(n: int | float, where: str) -> None:
    if isinstance(n, float) and not math.isfinite(n):
        raise ProtocolError(f"{where}: numbers must be finite (no NaN or Infinity)")
    if not -MAX_NUMBER <= n <= MAX_NUMBER:
        raise ProtocolError(f"{where}: numbers must lie within ±{MAX_NUMBER}")


def check_value(value: Any, where: str, max_depth: int = MAX_VALUE_DEPTH, *, plain_text: bool = False) -> None:
    """Raise ProtocolError (naming `where`) unless `value` is plain JSON within the limits.
    `plain_text`: its strings are known to hold no NUL and no lone surrogate (see loads)."""
    # iterative, so a hostile depth is refused before Python's own recursion limit matters;
    # an item's place is kept as (parent's place, index or key) and spelled out only for an
    # error (formatting it for every item was most of the cost of a large push)
    stack: list[tuple[Any, Any, int]] = [(value, where, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        v, at, depth = pop()
        if v is None or v is True or v is False:
            continue
        t = type(v)
        if t is str:
            if len(v) > MAX_STRING or (not plain_text and _BAD_CHAR.search(v)):
                check_text(v, _place(at))
        elif t is int or t is float:
            if not -MAX_NUMBER <= v <= MAX_NUMBER or (t is float and not math.isfinite(v)):
                check_number(v, _place(at))
        elif t is list or t is dict:
            if depth >= max_depth:
                raise ProtocolError(f"{_place(at)}: nested more than {max_depth} levels deep")
            if len(v) > MAX_ITEMS:
                raise ProtocolError(f"{_place(at)}: more than {MAX_ITEMS} items")
            if t is list:
                for i, item in enumerate(v):
                    push((item, (at, i), depth + 1))
            else:
                for key, item in v.items():
                    if type(key) is not str:
                        raise ProtocolError(f"{_place(at)}: object keys must be text")
                    if len(key) > MAX_KEY or (not plain_text and _BAD_CHAR.search(key)):
                        check_text(key, f"{_place(at)}: a key", MAX_KEY)
                    push((item, (at, key), depth + 1))
        elif isinstance(v, (bool, str, int, float, list, dict)):   # subclasses: the slow way
            check_value(_plain(v), _place(at), max_depth - depth)
        else:
            raise ProtocolError(f"{_place(at)}: {type(v).__name__} is not a JSON value")


def _plain(v: Any) -> Any:
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, str):
        return str(v)
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return float(v)
    return list(v) if isinstance(v, list) else dict(v)


def _place(at: Any) -> str:
    """`body.changes[3].fields.title` from the (parent, index or key) chain."""
    parts = []
    while isinstance(at, tuple):
        at, step = at
        parts.append(f"[{step}]" if isinstance(step, int) else f".{step[:40]}")
    return at + "".join(reversed(parts))


def _no_constant(name: str) -> Any:
    raise ProtocolError(f"the body is not strict JSON: {name} is not a number JSON allows")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ProtocolError("the body is not strict JSON: an object has the same key twice")
    return out


def loads(raw: bytes | str) -> Any:
    """Parse a request body strictly (UTF-8 only, no NaN/Infinity, no duplicate keys) and
    check every value in it; ProtocolError says what is wrong."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, (bytes, bytearray)) else raw
        doc = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except UnicodeDecodeError:
        raise ProtocolError("the body is not valid UTF-8") from None
    except ProtocolError:
        raise
    except RecursionError:
        raise ProtocolError(f"the body is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:  # JSONDecodeError
        raise ProtocolError(f"the body is not valid JSON ({exc})") from None
    # one search of the body instead of one per string in it (most of a large push's check)
    plain = isinstance(raw, (bytes, bytearray)) and (b"\\u" not in raw or not _BAD_ESCAPE.search(raw))
    check_value(doc, "body", MAX_DEPTH, plain_text=plain)
    return doc


def check_depth(value: Any, where: str, max_depth: int = MAX_VALUE_DEPTH) -> None:
    """check_value's nesting rule alone, for a value whose strings, numbers and sizes were
    checked with the body it came in."""
    stack: list[tuple[Any, Any, int]] = [(value, where, 0)]
    while stack:
        v, at, depth = stack.pop()
        if depth >= max_depth:
            raise ProtocolError(f"{_place(at)}: nested more than {max_depth} levels deep")
        for key, item in (v.items() if isinstance(v, Mapping) else enumerate(v)):
            if type(item) is dict or type(item) is list:
                stack.append((item, (at, key), depth + 1))
