"""The peer's generated documents as RuralDesk practices, and back to a comparable form.

gen_docs.py field    RuralDesk practice field
-----------------    ------------------------
_id                  id: uuid5 of the _id (RuralDesk ids are UUIDs)
type                 the collection, practice
title, summary       title, summary
description          description, followed by a blank line and "Linked: <linked_ids>"
                     (a practice has no practice-to-practice links: the ids are kept as text)
country, language    country, language (the same ISO codes)
themes               themes: ids of 20 theme records named by the slugs, written with the docs
funding_eur          funding_amount (a number) with funding_currency "EUR"
created, updated     start_date, end_date (plain dates; the edit moves end_date)
(none)               kind "good": required by RuralDesk, the same constant for every doc
"""

from __future__ import annotations

import json
from typing import Any

from ruraldesk.domain.ids import stable_id
from ruraldesk.domain.validation import normalise


def practice_id(doc_id: str) -> str:
    return stable_id("bench-peer", doc_id)


def theme_id(slug: str) -> str:
    return stable_id("bench-peer-theme", slug)


def theme_records(words_path) -> list[tuple[str, dict[str, Any]]]:
    with open(words_path, encoding="utf-8") as f:
        themes = json.load(f)["themes"]
    return [(theme_id(slug), {"name": slug}) for slug in themes]


def to_practice(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": doc["title"],
        "summary": doc["summary"],
        "description": doc["description"] + "\n\nLinked: " + ", ".join(doc["linked_ids"]),
        "kind": "good",
        "country": doc["country"],
        "language": doc["language"],
        "themes": [theme_id(t) for t in doc["themes"]],
        "funding_amount": float(doc["funding_eur"]),
        "funding_currency": "EUR",
        "start_date": doc["created"],
        "end_date": doc["updated"],
    }


def edit_changes(edited_doc: dict[str, Any]) -> dict[str, Any]:
    """The peer's edit (summary += " (updated)", updated = 2026-01-15) as a practice change."""
    return {"summary": edited_doc["summary"], "end_date": edited_doc["updated"]}


def expected_fields(doc: dict[str, Any]) -> dict[str, Any]:
    """What the store should hold for `doc`: normalised, empty values left out, as it writes."""
    values = normalise("practice", to_practice(doc))
    return {k: v for k, v in values.items() if v not in (None, [])}
