"""People's data requests, without widgets: what erasing a contact takes away on every
replica (read through the store's public methods), and the export of one person
(ruraldesk.io.people)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from .. import i18n


def _t(text: str) -> str:
    return QCoreApplication.translate("Group", text)


@dataclass
class ErasurePlan:
    record_id: str
    title: str
    history: int                                   # journal entries whose values go
    attachments: list[str] = field(default_factory=list)          # file names
    linked: dict[str, list[str]] = field(default_factory=dict)    # collection -> titles linking to it
    mentions: int = 0                              # other records' free text naming the person: stays
    posts: int | None = None                       # their own posts (None: no member name on the contact)
    comments: int = 0                              # posts in the discussion about their record

    def lines(self) -> list[str]:
        """What goes, one line each, in the interface language."""
        out = [_t("The contact “{name}” and every field value it had").format(name=self.title),
               _t("Its history, with the values it held (changes recorded: {count})").format(count=self.history)]
        out.append(_t("Its attachments: {names}").format(names=", ".join(self.attachments))
                   if self.attachments else _t("Its attachments: none"))
        for collection, titles in sorted(self.linked.items()):
            shown = ", ".join(f"“{t}”" for t in titles[:5]) + (" …" if len(titles) > 5 else "")
            out.append(_t("Links to it from {records} ({count}): {titles}").format(
                count=len(titles), records=i18n.collection_label(collection, plural=True).lower(),
                titles=shown))
        if not self.linked:
            out.append(_t("Links to it from other records: none"))
        if self.comments:
            out.append(_t("The discussion about this contact, with its posts ({count})").format(count=self.comments))
        if self.posts:
            out.append(_t("Their own posts in the group's discussions ({count}); the threads stay and "
                          "show “post removed”").format(count=self.posts))
        return out


def erasure_plan(store, contact_id: str) -> ErasurePlan:
    """Everything an erasure of this contact removes, here and so on every replica: the record,
    its history, its attachments, the links other records (practices, tools) hold to it, the
    discussion about it and the person's own posts. Free-text mentions are counted apart: they
    are other records' content and are not changed."""
    from ruraldesk.io.people import find_mentions

    contact = store.get(contact_id)
    if contact.collection != "contact":
        raise ValueError(f"{contact_id} is a {contact.collection}, not a contact")
    attachments = [a.fields.get("file_name") or a.title
                   for a in store.linked(contact_id).get("attachment", [])]
    linked: dict[str, list[str]] = {}
    for record_id in dict.fromkeys(store.referencing(contact_id)):
        record = store.find(record_id)
        # attachments and the discussion about the person are listed on their own lines
        if record is not None and record.collection not in ("attachment", "discussion", "post"):
            linked.setdefault(record.collection, []).append(i18n.title(record))
    for titles in linked.values():
        titles.sort(key=str.casefold)
    posts, comments = _discussions(store, contact)
    return ErasurePlan(contact.id, i18n.title(contact), len(store.history(contact_id)), attachments,
                       linked, len({m.record_id for m in find_mentions(store, contact_id, contact.fields)}),
                       posts, comments)


def _discussions(store, contact) -> tuple[int | None, int]:
    """Their own posts (when the contact names their member id) and the posts about them: what
    io.people.erase_person takes from the discussions."""
    from ruraldesk.store.discussions import Discussions

    d = Discussions(store)
    member = contact.fields.get("member")
    thread = d.thread_for(contact.id)
    comments = d.post_count(thread) if thread else 0
    return (len(d.posts_by(member)) if member else None), comments


def export_name(title: str) -> str:
    """A file name for one person's export that any file system takes."""
    import re

    safe = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip().replace(" ", "-") or "person"
    return f"{safe[:60]}-data.json"
