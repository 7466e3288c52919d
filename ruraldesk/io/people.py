"""People's data (GDPR Articles 15, 17 and 19): everything held about a contact, and erasure.

* :func:`export_person` — the contact, its consent, its history (journal), every record that
  links to it, and every record whose text mentions its name, e-mails or phones; JSON-ready.
* :func:`erase_person` — hard delete through ``Writer.erase`` (row, index, links, and the field
  values the journal held, scrubbed), its conflicts removed, then the file compacted so the
  deleted bytes do not linger in free pages or the search index. The erase is journaled as a
  *pending* change with no personal data in it, which the sync client pushes so that the
  server and every replica erase it too. Free-text mentions in other records are returned
  for a person to review: they are other records' content and are not changed automatically.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers
from ruraldesk.domain.fields import Kind
from ruraldesk.domain.text import fold

from .common import CancelFlag, Progress, Ticker

FORMAT = "ruraldesk-person-export"
VERSION = 1
_TEXT_KINDS = (Kind.TEXT, Kind.LONGTEXT, Kind.TAGS, Kind.URL, Kind.URLS)

__all__ = ["ErasureReport", "Mention", "erase_person", "export_person", "find_mentions", "write_person_export"]


@dataclass
class Mention:
    record_id: str
    collection: str
    title: str
    field: str
    snippet: str
    term: str            # what was found: the name, an e-mail or a phone

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _terms(fields: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, text) the person may be mentioned by: full name, given+family, e-mails, phones."""
    out: list[tuple[str, str]] = []
    for name in dict.fromkeys([fields.get("name") or "",
                               " ".join(filter(None, [fields.get("given_name"), fields.get("family_name")]))]):
        if len(name.strip()) >= 3:
            out.append(("name", name.strip()))
    for e in fields.get("emails") or []:
        if isinstance(e, dict) and e.get("value"):
            out.append(("email", e["value"]))
    for p in fields.get("phones") or []:
        if isinstance(p, dict) and p.get("value"):
            out.append(("phone", p["value"]))
    return out


def _queries(kind: str, term: str, country: str | None) -> list[str]:
    """What to ask the full-text index for: a phone is written many ways ("+351 912 345 678",
    "912 345 678", "912345678"), so ask for each; the text check confirms."""
    if kind != "phone":
        return [term]
    out = [term]
    try:
        parsed = phonenumbers.parse(term, None if term.strip().startswith("+") else (country or None))
    except phonenumbers.NumberParseException:
        return out
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    out += [national, phonenumbers.national_significant_number(parsed), _digits(national)]
    return list(dict.fromkeys(q for q in out if q))


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _find(kind: str, term: str, value: str) -> int:
    """Position of `term` in `value`, or -1 (names folded, e-mails case-blind, phones by digits)."""
    if kind == "name":
        folded = fold(value)
        m = re.search(r"(?<!\w)" + re.escape(fold(term)) + r"(?!\w)", folded)
        return m.start() if m else -1
    if kind == "email":
        return value.lower().find(term.lower())
    digits = _digits(term)
    tail = digits[-9:] if len(digits) > 9 else digits
    if len(tail) < 6:
        return -1
    for m in re.finditer(r"[\d][\d\s.\-()/]{5,}", value):
        if tail in _digits(m.group()):
            return m.start()
    return -1


def _snippet(value: str, pos: int, width: int = 80) -> str:
    start = max(0, pos - width // 2)
    end = min(len(value), pos + width)
    return ("…" if start else "") + " ".join(value[start:end].split()) + ("…" if end < len(value) else "")


def find_mentions(store, record_id: str, fields: dict[str, Any] | None = None) -> list[Mention]:
    """Records (other than the person's own) whose text mentions the person's name, e-mails or
    phones, found with the full-text index and then confirmed in the text itself."""
    if fields is None:
        fields = store.get(record_id).fields
    from ruraldesk.store.search import Filters

    out: list[Mention] = []
    seen: set[tuple[str, str, str]] = set()
    for kind, term in _terms(fields):
        for query in _queries(kind, term, fields.get("country")):
            for deleted in (False, True):
                offset = 0
                while True:
                    hits = store.search(query, filters=Filters(deleted=deleted), limit=200, offset=offset)
                    for hit in hits:
                        if hit.record_id == record_id:
                            continue
                        record = store.find(hit.record_id)
                        if record is None:
                            continue
                        for f in record.spec.fields:
                            if f.kind not in _TEXT_KINDS:
                                continue
                            value = record.fields.get(f.name)
                            for v in (value if isinstance(value, list) else [value]):
                                if not isinstance(v, str):
                                    continue
                                pos = _find(kind, term, v)
                                if pos >= 0 and (record.id, f.name, term) not in seen:
                                    seen.add((record.id, f.name, term))
                                    out.append(Mention(record.id, record.collection, record.title, f.name,
                                                       _snippet(v, pos), term))
                    if len(hits) < 200:
                        break
                    offset += 200
    return out


def export_person(store, contact_id: str) -> dict[str, Any]:
    """Everything this workspace holds about one contact, as a JSON-ready dict (Article 15)."""
    contact = store.get(contact_id)
    if contact.collection != "contact":
        raise ValueError(f"{contact_id} is a {contact.collection}, not a contact")
    conflicts = store.record_conflicts(contact_id)
    linked = []
    for record_id, field_name in store.links_into(contact_id):
        record = store.find(record_id)
        if record is not None:
            linked.append({"link_field": field_name, "record": record.to_dict()})
    theme_ids = contact.fields.get("themes") or []
    themes = {t.id: t.title for t in store.get_many("theme", theme_ids).values()} if theme_ids else {}
    history = [{"seq": h.seq, "op": h.op, "at": h.at, "by": h.by, "changes": h.changes,
                "previous": h.previous, "state": h.state} for h in store.history(contact_id)]
    return {
        "format": FORMAT, "version": VERSION,
        "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "subject": {"id": contact.id, "name": contact.title},
        "contact": contact.to_dict(),
        "consent": {k.removeprefix("consent_"): contact.fields.get(k)
                    for k in ("consent_basis", "consent_date", "consent_source")},
        "themes": [{"id": t, "name": themes.get(t, "")} for t in theme_ids],
        "history": history,
        "linked_records": linked,
        "mentions": [m.to_dict() for m in find_mentions(store, contact_id, contact.fields)],
        "conflicts": conflicts,
        **discussion_data(store, contact),
    }


def discussion_data(store, contact) -> dict[str, Any]:
    """The person's posts (every version of each), the comments on their record, and the posts
    that @mention them, as the export lists them."""
    from ruraldesk.store.discussions import Discussions

    d = Discussions(store)
    member = contact.fields.get("member")

    def post(p) -> dict[str, Any]:
        return {**p.to_dict(), "versions": [{"at": at, "by": by, "text": text} for at, by, text in d.versions(p.id)]}

    thread_id = d.thread_for(contact.id)
    return {
        "member": member,
        "posts": [post(p) for p in d.posts_by(member)] if member else [],
        "comments_on_record": [post(p) for p in d.posts(thread_id, 0, 100_000)] if thread_id else [],
        "mentioned_in_posts": [p.to_dict() for p in d.posts_mentioning(member)] if member else [],
    }


def write_person_export(store, contact_id: str, out: Path | str) -> Path:
    from .csvexport import atomic_text

    data = export_person(store, contact_id)
    with atomic_text(out) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, default=str)
    return Path(out)


@dataclass
class ErasureReport:
    contact_id: str
    unlinked: list[str]                                   # records whose link to the person was removed
    mentions: list[Mention] = field(default_factory=list)  # free text to review (not changed)
    erase_change_id: str | None = None                     # the pending journal entry sync will push
    compacted: bool = False

    def summary(self) -> str:
        text = f"erased {self.contact_id}; removed from {len(self.unlinked)} linked records"
        if self.mentions:
            text += f"; {len(self.mentions)} mentions in other records' text to review"
        return text + "."


def erase_person(store, contact_id: str, *, compact: bool = True, progress: Progress | None = None,
                 cancel: CancelFlag | None = None) -> ErasureReport:
    """Erase a contact for good (Article 17) and list the free-text mentions left for review.

    One transaction: Writer.erase (row, search entry, links in other records, field values in
    the journal) plus the contact's conflicts. Then, with `compact`, the search index is
    optimised and the file vacuumed so no copy of the values stays in free pages. On a synced
    workspace the pending "erase" entry is pushed by the sync client (Article 19)."""
    ticker = Ticker(progress, cancel, 3, every=1)
    contact = store.get(contact_id)
    if contact.collection != "contact":
        raise ValueError(f"{contact_id} is a {contact.collection}, not a contact")
    mentions = find_mentions(store, contact_id, contact.fields)
    ticker.step(1)
    with store.write() as w:
        _erase_discussions(store, w, contact)
        unlinked = w.erase(contact_id, state="pending")       # its conflicts go with it
        change_id = w.last_change_id(contact_id, "erase")
    ticker.step(1)
    compacted = False
    if compact:
        compact_store(store)
        compacted = True
    ticker.step(1)
    ticker.finish()
    return ErasureReport(contact_id, list(dict.fromkeys(unlinked)), mentions, change_id, compacted)


def _erase_discussions(store, w, contact) -> None:
    """In the erasure's transaction: the comments about the person go with their threads; the
    person's own posts go from every thread, which stays and shows "post removed"."""
    from ruraldesk.store.discussions import Discussions

    d = Discussions(store)
    for thread_id in w.referencing(contact.id, "about"):
        d.erase_thread(w, thread_id)
    member = contact.fields.get("member")
    if member:
        d.erase_posts_by(w, member)


def compact_store(store) -> None:
    """Drop deleted values from the full-text index and the WAL (pages are zeroed on delete)."""
    store.compact()
