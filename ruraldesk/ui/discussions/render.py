"""A thread as Qt rich text: every post through the one sanitising renderer
(ruraldesk.domain.markup), its actions as post: links the thread view answers."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject

from ruraldesk.domain import markup
from ruraldesk.domain.records import Record

from .. import i18n


def _t(text: str) -> str:
    return QCoreApplication.translate("Discussions", text)


class Discussions(QObject):
    """The plural messages, through self.tr (the form lupdate reads as plural) in the
    context "Discussions", like the _t() messages."""

    def count(self, what: str, n: int) -> str:
        messages = {"posts": lambda: self.tr("%n posts", "", n), "topics": lambda: self.tr("%n topics", "", n),
                    "comments": lambda: self.tr("Comments (%n)", "", n),
                    "earlier": lambda: self.tr("Show %n earlier posts", "", n)}
        return messages[what]()


def plural(what: str, n: int) -> str:
    return Discussions().count(what, n)


@dataclass
class Viewer:
    """Who is reading, and how names and colours are shown to them."""

    me: str
    coordinator: bool
    name: Callable[[str], str]
    muted: str = "#666666"
    accent: str = "#2a6fb0"


@lru_cache(maxsize=8192)
def _when(stamp: str, _language: str) -> str:
    """Formatting a time through CLDR costs a tenth of a millisecond: a thread shown again
    (after every post, every sync) formats each of its times once."""
    return i18n.timestamp(stamp)


@lru_cache(maxsize=4096)
def _body(text: str, accent: str) -> str:
    return markup.to_html(text, lambda m: f"<b style='color:{accent}'>@{html.escape(m)}</b>")


def _link(action: str, post_id: str, label: str) -> str:
    return f'<a href="post:{action}/{html.escape(post_id, quote=True)}">{html.escape(label)}</a>'


def post_html(post: Record, viewer: Viewer, by_id: dict[str, Record], files: dict[str, str] | None = None) -> str:
    f = post.fields
    author = str(f.get("author") or "")
    head = [f"<b>{html.escape(viewer.name(author))}</b>", html.escape(_when(post.created_at, i18n.current()))]
    parent = by_id.get(f.get("replies_to") or "")
    if f.get("replies_to"):
        whom = viewer.name(str(parent.fields.get("author") or "")) if parent else _t("a removed post")
        head.append(_t("in reply to {name}").format(name=html.escape(whom)))
    if post.updated_at and post.updated_at[:19] != post.created_at[:19]:
        head.append(_link("history", post.id, _t("edited")))
    out = [f"<p style='color:{viewer.muted}'>{' · '.join(head)}</p>"]
    hidden = f.get("hidden_reason")
    if f.get("status") == "withdrawn":
        out.append(f"<p style='color:{viewer.muted}'><i>{html.escape(_t('Withdrawn by its author.'))}</i></p>")
    elif hidden and not viewer.coordinator and author != viewer.me:
        out.append(f"<p style='color:{viewer.muted}'><i>"
                   + html.escape(_t("Hidden by a coordinator: {reason}").format(reason=hidden)) + "</i></p>")
    else:
        if hidden:
            out.append(f"<p style='color:{viewer.muted}'><i>"
                       + html.escape(_t("Hidden from the group: {reason}").format(reason=hidden)) + "</i></p>")
        out.append(_body(str(f.get("text") or ""), viewer.accent))
        attached = [a for a in f.get("attachments") or [] if a in (files or {})]
        if attached:
            out.append("<p>" + html.escape(_t("Attached:")) + " "
                       + ", ".join(_link("file", a, files[a]) for a in attached) + "</p>")
    actions = [_link("reply", post.id, _t("Reply"))]
    if author == viewer.me and f.get("status") != "withdrawn":
        actions += [_link("edit", post.id, _t("Edit")), _link("withdraw", post.id, _t("Withdraw"))]
    if viewer.coordinator:
        actions.append(_link("unhide", post.id, _t("Show again")) if hidden else _link("hide", post.id, _t("Hide…")))
    out.append(f"<p>{' · '.join(actions)}</p>")
    return f"<a name='{html.escape(post.id, quote=True)}'></a>" + "".join(out)


def removed_html(viewer: Viewer, when: str) -> str:
    return (f"<p style='color:{viewer.muted}'><i>{html.escape(_t('Post removed'))}</i> · "
            f"{html.escape(_when(when, i18n.current()))}</p>")


def clear_caches() -> None:
    _when.cache_clear()
    _body.cache_clear()


def thread_html(posts: list[Record], removed: list[str], viewer: Viewer, *, earlier: int = 0,
                files: dict[str, str] | None = None) -> str:
    """The posts oldest first, with "post removed" where an erasure took one out; `files`
    names the attachments of these posts (id → file name)."""
    by_id = {p.id: p for p in posts}
    items: list[tuple[str, int, str]] = [(p.created_at, 0, post_html(p, viewer, by_id, files)) for p in posts]
    first = posts[0].created_at if posts and earlier else ""
    items += [(when, 1, removed_html(viewer, when)) for when in removed if when >= first]
    items.sort(key=lambda t: (t[0], t[1]))
    out = []
    if earlier:
        out.append("<p>" + _link("earlier", "-", plural("earlier", earlier)) + "</p>")
    if not items:
        out.append(f"<p style='color:{viewer.muted}'>{html.escape(_t('No posts yet. Write the first one below.'))}</p>")
    out.append("<hr>".join(html_ for _when, _kind, html_ in items))
    return "".join(out)


__all__ = ["Viewer", "clear_caches", "plural", "post_html", "removed_html", "thread_html"]
