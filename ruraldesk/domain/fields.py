"""Field specifications: what each field holds and how sync merges it.

The specs are the single description of the record types; the store, the
forms, import/export and the sync merge rules all read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    TEXT = "text"            # one line
    LONGTEXT = "longtext"    # paragraphs; sync merges three-way
    CHOICE = "choice"        # one of `choices`
    CHOICES = "choices"      # a set of `choices`
    TAGS = "tags"            # a free set of short strings
    REFS = "refs"            # a set of record ids in collection `target`
    REF = "ref"              # one record id in collection `target`
    URLS = "urls"            # a set of web addresses
    EMAILS = "emails"        # list of {"type", "value"}
    PHONES = "phones"        # list of {"type", "value"}
    DATE = "date"            # ISO 8601 yyyy-mm-dd
    NUMBER = "number"
    INTEGER = "integer"
    COUNTRY = "country"      # ISO 3166-1 alpha-2
    REGION = "region"        # NUTS code, within `country`
    LANGUAGE = "language"    # ISO 639-1 (or 639-3 where there is no 639-1)
    LANGUAGES = "languages"
    CURRENCY = "currency"    # ISO 4217
    URL = "url"


#: kinds whose values are sets: sync merges concurrent edits as set unions/removals
SET_KINDS = frozenset({Kind.CHOICES, Kind.TAGS, Kind.REFS, Kind.URLS, Kind.EMAILS,
                       Kind.PHONES, Kind.LANGUAGES})


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()
    target: str | None = None        # collection for REF/REFS
    column: bool = False             # promoted to a typed column (sort/filter)
    searchable: bool = True          # goes into the full-text index
    max_length: int | None = None
    help: str = ""

    @property
    def is_set(self) -> bool:
        return self.kind in SET_KINDS

    @property
    def merge(self) -> str:
        """How sync merges concurrent edits of this field: set, text or value."""
        if self.is_set:
            return "set"
        if self.kind is Kind.LONGTEXT:
            return "text"
        return "value"

    def empty(self):
        return [] if self.is_set else None


@dataclass(frozen=True)
class CollectionSpec:
    name: str
    label: str
    label_plural: str
    title_field: str
    fields: tuple[FieldSpec, ...]
    list_columns: tuple[str, ...] = ()
    links: dict[str, str] = field(default_factory=dict)   # target collection -> owning REFS field

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {f.name: f for f in self.fields})

    def field(self, name: str) -> FieldSpec:
        return self._by_name[name]  # type: ignore[attr-defined]

    def has(self, name: str) -> bool:
        return name in self._by_name  # type: ignore[attr-defined]

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def column_fields(self) -> list[FieldSpec]:
        return [f for f in self.fields if f.column]
