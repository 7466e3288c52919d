"""Duplicate contacts: found on demand (same e-mail, same phone, near-identical names) and merged
without losing a link, an attachment or a value.

Detection reads contacts in windows and keeps only their keys. E-mails and
phones (E.164) group by equality; names are compared only with their
neighbours in two sorted orders (words in alphabetical order, and the same
reversed) — the sorted-neighbourhood method — so 10k or 100k contacts cost
O(n log n), never O(n²).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from ruraldesk.domain.fields import Kind
from ruraldesk.domain.records import spec

from .common import CancelFlag, Progress, Text, Ticker
from .keys import contact_keys, email_key, phone_key

CONSENT = ("consent_basis", "consent_date", "consent_source")

__all__ = ["DuplicateGroup", "MergeReport", "find_duplicates", "merge_contacts"]


@dataclass
class DuplicateGroup:
    ids: list[str]                       # oldest first: the suggested one to keep
    titles: dict[str, str]
    reasons: list[Text]                  # "same e-mail ann@x.org", "similar names (0.95)", …
    #: per contact, the facts that tell it from the others of its group (organisation, e-mail,
    #: phone, place — only those that differ), so same-named contacts can be told apart
    details: dict[str, list[str]] = field(default_factory=dict)
    created: dict[str, str] = field(default_factory=dict)     # per contact, YYYY-MM-DD

    @property
    def strong(self) -> bool:
        """Shares an e-mail or a phone (not only a similar name)."""
        return any(r.template.startswith(("same e-mail", "same phone")) for r in self.reasons)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, a: int) -> int:
        root = a
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(a, a) != root:
            self.parent[a], a = root, self.parent[a]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_duplicates(store, *, names: bool = True, threshold: float = 0.92, window: int = 6,
                    include_trash: bool = False, progress: Progress | None = None,
                    cancel: CancelFlag | None = None) -> list[DuplicateGroup]:
    """Groups of contacts that look like the same person or organisation, strongest first."""
    from ruraldesk.store.search import Filters

    total = store.count("contact")
    ticker = Ticker(progress, cancel, total * 2 if names else total)
    ids: list[str] = []
    titles: list[str] = []
    name_keys: list[str] = []
    by_email: dict[str, int] = {}
    by_phone: dict[str, int] = {}
    u = _Union()
    reasons: dict[tuple[int, int], Text] = {}

    def link(a: int, b: int, why: Text) -> None:
        u.union(a, b)
        reasons.setdefault((min(a, b), max(a, b)), why)

    offset = 0
    while True:
        batch = store.window("contact", offset, 2000, sort="created_at",
                             filters=Filters(deleted=include_trash) if include_trash else Filters())
        if not batch:
            break
        offset += len(batch)
        for r in batch:
            i = len(ids)
            ids.append(r.id)
            titles.append(r.title)
            emails, phones, name = contact_keys(r.fields)
            name_keys.append(name)
            for e in emails:
                if e in by_email:
                    link(by_email[e], i, Text("same e-mail {email}", email=e))
                else:
                    by_email[e] = i
            for p in phones:
                if p in by_phone:
                    link(by_phone[p], i, Text("same phone {phone}", phone=p))
                else:
                    by_phone[p] = i
        ticker.step(len(batch))
    if names:
        for key in (lambda i: name_keys[i], lambda i: name_keys[i][::-1]):
            order = sorted((i for i in range(len(ids)) if name_keys[i]), key=key)
            for pos, a in enumerate(order):
                ka = name_keys[a]
                for b in order[pos + 1: pos + 1 + window]:
                    kb = name_keys[b]
                    if ka == kb:
                        link(a, b, Text("same name"))
                        continue
                    m = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
                    if m.real_quick_ratio() >= threshold and m.quick_ratio() >= threshold:
                        ratio = m.ratio()
                        if ratio >= threshold:
                            link(a, b, Text("similar names ({ratio})", ratio=ratio))
                if pos % 2000 == 0:
                    ticker.check()
            ticker.step(len(ids) // 2)
    groups: dict[int, list[int]] = {}
    touched = {i for pair in reasons for i in pair}
    for i in sorted(touched):
        groups.setdefault(u.find(i), []).append(i)
    pair_reasons: dict[int, list[Text]] = {}
    for (a, _b), why in reasons.items():
        pair_reasons.setdefault(u.find(a), []).append(why)
    out = []
    for root, members in groups.items():
        if len(members) < 2:
            continue
        members.sort()
        out.append(DuplicateGroup([ids[m] for m in members], {ids[m]: titles[m] for m in members},
                                  list(dict.fromkeys(pair_reasons.get(root, [])))))
    out.sort(key=lambda g: (not g.strong, -len(g.ids), g.titles[g.ids[0]].casefold()))
    _add_details(store, out)
    ticker.finish()
    return out


#: at most this many facts per contact: enough to tell them apart, short enough for one line
DETAILS = 2


def _facts(fields: dict[str, Any]) -> list[str]:
    """Organisation, first e-mail, first phone, place: "" where there is none."""
    def first(name: str) -> str:
        entries = fields.get(name) or []
        return str(entries[0].get("value", "")) if entries and isinstance(entries[0], dict) else ""

    place = ", ".join(str(fields[k]) for k in ("locality", "country") if fields.get(k))
    return [str(fields.get("organisation") or ""), first("emails"), first("phones"), place]


def _add_details(store, groups: list[DuplicateGroup]) -> None:
    """Read only the grouped contacts again (detection kept keys only) for their telling facts."""
    ids = [i for g in groups for i in g.ids]
    records = store.get_many("contact", ids) if ids else {}
    for g in groups:
        facts = {i: _facts(records[i].fields if i in records else {}) for i in g.ids}
        telling = [k for k, column in enumerate(zip(*facts.values())) if len(set(column)) > 1]
        for i in g.ids:
            g.details[i] = [facts[i][k] for k in telling if facts[i][k]][:DETAILS]
            if i in records:
                g.created[i] = records[i].created_at[:10]


@dataclass
class MergeReport:
    kept: str
    merged: list[str]                                   # moved to the trash (restorable)
    relinked: list[str] = field(default_factory=list)   # records whose links now point to the kept one
    filled: dict[str, Any] = field(default_factory=dict)           # empty fields taken from the others
    differing: dict[str, list[Any]] = field(default_factory=dict)  # values not kept (one field each)

    def summary(self) -> str:
        text = f"merged {len(self.merged)} contacts into {self.kept}; {len(self.relinked)} records relinked"
        if self.differing:
            text += "; different values kept aside: " + ", ".join(sorted(self.differing))
        return text


def _entries_key(kind: Kind, entry: Any, country: str | None) -> Any:
    if isinstance(entry, dict) and isinstance(entry.get("value"), str):
        if kind is Kind.EMAILS:
            return email_key(entry["value"])
        return phone_key(entry["value"], country) or entry["value"]
    return repr(entry)


def merge_contacts(store, keep_id: str, other_ids: list[str]) -> MergeReport:
    """Merge `other_ids` into `keep_id` in one transaction: sets combined, empty fields filled,
    long texts (notes) appended, other differing values reported; every link to the others
    repointed to the kept contact (attachments included); the others moved to the trash."""
    others = [o for o in dict.fromkeys(other_ids) if o != keep_id]
    if not others:
        raise ValueError("choose at least one other contact to merge into the kept one")
    s = spec("contact")
    report = MergeReport(keep_id, others)
    with store.write() as w:
        keep = w.get(keep_id)
        if keep.collection != "contact":
            raise ValueError(f"{keep_id} is a {keep.collection}, not a contact")
        values = dict(keep.fields)
        for other_id in others:
            other = w.get(other_id)
            if other.collection != "contact":
                raise ValueError(f"{other_id} is a {other.collection}, not a contact")
            for f in s.fields:
                theirs = other.fields.get(f.name)
                if theirs in (None, "", []) or f.name in CONSENT:
                    continue
                mine = values.get(f.name)
                if f.kind in (Kind.EMAILS, Kind.PHONES):
                    country = values.get("country")
                    seen = {_entries_key(f.kind, e, country) for e in mine or []}
                    merged = list(mine or [])
                    for e in theirs:
                        k = _entries_key(f.kind, e, other.fields.get("country") or country)
                        if k not in seen:
                            seen.add(k)
                            merged.append(e)
                    values[f.name] = merged
                elif f.is_set:
                    values[f.name] = list(dict.fromkeys([*(mine or []), *theirs]))
                elif mine in (None, "", []):
                    values[f.name] = theirs
                    report.filled[f.name] = theirs
                elif mine != theirs:
                    if f.kind is Kind.LONGTEXT:
                        if theirs not in mine:
                            values[f.name] = f"{mine}\n\n{theirs}"
                    else:
                        report.differing.setdefault(f.name, []).append(theirs)
            # consent goes together: basis, date and source of one contact, never mixed
            if other.fields.get("consent_basis"):
                if not values.get("consent_basis"):
                    for k in CONSENT:
                        if other.fields.get(k):
                            values[k] = report.filled[k] = other.fields[k]
                elif any(other.fields.get(k) != values.get(k) for k in CONSENT):
                    report.differing.setdefault("consent", []).append(
                        {k: other.fields.get(k) for k in CONSENT if other.fields.get(k)})
        changes = {k: v for k, v in values.items() if keep.fields.get(k) != v}
        if changes:
            w.update(keep_id, changes, op="update")
        for other_id in others:
            for record_id in w.referencing(other_id):
                record = w.get(record_id)
                update: dict[str, Any] = {}
                for f in record.spec.fields:
                    if f.kind is Kind.REFS and other_id in (record.fields.get(f.name) or []):
                        current = record.fields[f.name]
                        update[f.name] = list(dict.fromkeys(keep_id if x == other_id else x for x in current))
                    elif f.kind is Kind.REF and record.fields.get(f.name) == other_id:
                        update[f.name] = keep_id
                if update:
                    w.update(record_id, update, op="link")
                    report.relinked.append(record_id)
            w.delete(other_id)
    report.relinked = list(dict.fromkeys(report.relinked))
    return report
