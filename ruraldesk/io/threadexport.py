"""A discussion as Markdown or PDF, in the thread's language.

The labels ("Discussion", "in reply to", "Post removed"…) are `Text` templates, so
scripts/update-translations lists them (context "IO") and the glossary translates them;
here they are read from the glossary of the *thread's* language (no Qt), dates and names
through the shared formatting module, as practice sheets do. Post text is written
through the one renderer (ruraldesk.domain.markup): the Markdown keeps its small subset
with any HTML escaped, the PDF gets the plain words, paragraphs and list items.
"""

from __future__ import annotations

import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruraldesk.domain import formatting, markup
from ruraldesk.domain.records import Record

from .text import IO, Text

LABELS = {
    "discussion": Text("Discussion"),
    "comments_on": Text("Comments on {title}"),
    "started": Text("Started by {name}, {when}"),
    "reply": Text("in reply to {name}"),
    "removed": Text("Post removed"),
    "withdrawn": Text("Withdrawn by its author."),
    "hidden": Text("Hidden by a coordinator: {reason}"),
    "edited": Text("edited {when}"),
    "posts": Text("Posts: {count}"),
}


def _glossary_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return root / "resources" / "translations" / "glossary"


def labels(language: str | None) -> dict[str, str]:
    """The templates in `language` (English where the glossary has no translation)."""
    words: dict[str, Any] = {}
    lang = (language or "en").lower()
    path = _glossary_dir() / f"{lang}.json"
    if re.fullmatch(r"[a-z]{2,3}", lang) and path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        words = {**data.get("*", {}), **data.get(IO, {})}
    return {k: words.get(t.template) if isinstance(words.get(t.template), str) else t.template
            for k, t in LABELS.items()}


@dataclass
class Item:
    when: str
    author: str = ""
    text: str = ""
    note: str = ""        # withdrawn / hidden / removed / in reply to …
    removed: bool = False


@dataclass
class ThreadDoc:
    title: str
    language: str
    heading: str
    items: list[Item] = field(default_factory=list)


def build(store, thread_id: str) -> ThreadDoc:
    from ruraldesk.store.discussions import Discussions

    d = Discussions(store)
    thread = store.get(thread_id)
    if thread.collection != "discussion":
        raise ValueError(f"{thread_id} is a {thread.collection}, not a discussion")
    language = str(thread.fields.get("language") or "en")
    w = labels(language)
    name = store.news.name
    title = thread.fields.get("title") or ""
    about = store.find(thread.fields.get("about") or "") if thread.fields.get("about") else None
    if not title:
        title = w["comments_on"].format(title=about.title) if about else w["discussion"]
    heading = w["started"].format(name=name(str(thread.fields.get("author") or "")),
                                  when=formatting.timestamp(thread.created_at, language))
    posts = d.posts(thread_id, 0, 1_000_000)
    by_id: dict[str, Record] = {p.id: p for p in posts}
    items = [_item(p, by_id, w, name, language) for p in posts]
    items += [Item(when, removed=True, note=w["removed"]) for when in d.removed_times(thread_id)]
    items.sort(key=lambda i: i.when)
    doc = ThreadDoc(title, language, heading + " · " + w["posts"].format(
        count=formatting.number(len(posts), language)), items)
    return doc


def _item(p: Record, by_id: dict[str, Record], w: dict[str, str], name, language: str) -> Item:
    f = p.fields
    notes = []
    if f.get("replies_to"):
        parent = by_id.get(f["replies_to"])
        notes.append(w["reply"].format(name=name(str(parent.fields.get("author") or "")) if parent else "—"))
    if p.updated_at and p.updated_at[:19] != p.created_at[:19]:
        notes.append(w["edited"].format(when=formatting.timestamp(p.updated_at, language)))
    text = str(f.get("text") or "")
    if f.get("status") == "withdrawn":
        text, notes = "", notes + [w["withdrawn"]]
    elif f.get("hidden_reason"):
        text, notes = "", notes + [w["hidden"].format(reason=f["hidden_reason"])]
    return Item(p.created_at, name(str(f.get("author") or "")), text, " · ".join(notes))


def markdown(store, thread_id: str) -> str:
    doc = build(store, thread_id)
    out = [f"# {markup.to_markdown(doc.title)}", "", f"_{markup.to_markdown(doc.heading)}_", ""]
    for item in doc.items:
        if item.removed:
            out += ["---", "", f"_{item.note}_ · {formatting.timestamp(item.when, doc.language)}", ""]
            continue
        head = f"**{markup.to_markdown(item.author)}** · {formatting.timestamp(item.when, doc.language)}"
        if item.note:
            head += f" · _{markup.to_markdown(item.note)}_"
        out += ["---", "", head, ""]
        if item.text:
            out += [markup.to_markdown(item.text), ""]
    return "\n".join(out).rstrip() + "\n"


def write_markdown(store, thread_id: str, out: Path | str) -> Path:
    from .csvexport import atomic_text

    text = markdown(store, thread_id)
    with atomic_text(out) as fh:
        fh.write(text)
    return Path(out)


def write_pdf(store, thread_id: str, out: Path | str) -> Path:
    """A4, DejaVu Sans where installed (as practice sheets), titled with the thread's title."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    from .sheets import _fonts, _printable

    doc = build(store, thread_id)
    regular, bold, _warnings = _fonts()
    printable = _printable(regular)

    def para(text: str) -> str:
        return html.escape(printable(text)[0]).replace("\n", "<br/>")

    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=regular, fontSize=10, leading=13.5)
    muted = ParagraphStyle("muted", parent=body, textColor=colors.HexColor("#555555"), fontSize=9)
    who = ParagraphStyle("who", parent=body, fontName=bold)
    title = ParagraphStyle("title", parent=base["Title"], fontName=bold, fontSize=18, leading=22, alignment=0)
    story: list[Any] = [Paragraph(para(doc.title), title), Paragraph(para(doc.heading), muted), Spacer(1, 4 * mm)]
    for item in doc.items:
        story.append(HRFlowable(width="100%", color=colors.HexColor("#c8d4cc"), spaceBefore=2, spaceAfter=4))
        when = formatting.timestamp(item.when, doc.language)
        if item.removed:
            story.append(Paragraph(f"<i>{para(item.note)}</i> · {para(when)}", muted))
            continue
        story.append(Paragraph(f"<b>{para(item.author)}</b> · {para(when)}"
                               + (f" · <i>{para(item.note)}</i>" if item.note else ""), who))
        for kind, lines in markup.blocks(item.text):
            if kind == "p":
                story.append(Paragraph(para("\n".join(markup.to_plain(x) for x in lines)), body))
            else:
                story.append(ListFlowable([ListItem(Paragraph(para(markup.to_plain(x)), body), leftIndent=10)
                                           for x in lines], bulletType="bullet" if kind == "ul" else "1",
                                          leftIndent=10, bulletFontName=regular))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(f".{out.name}.part")
    try:
        SimpleDocTemplate(str(part), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                          bottomMargin=16 * mm, title=doc.title, author="RuralDesk").build(story)
        part.replace(out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return out


def file_name(thread: Record, kind: str) -> str:
    base = re.sub(r"[^\w-]+", "-", str(thread.fields.get("title") or "discussion"), flags=re.UNICODE).strip("-")
    return f"{(base or 'discussion')[:60]}.{kind}"


__all__ = ["LABELS", "ThreadDoc", "build", "file_name", "labels", "markdown", "write_markdown", "write_pdf"]
