"""One thread: its posts (the newest PAGE of them, earlier ones on demand), what the reader
may do with each, and the composer. Reads run off the UI thread; writes go through the
operations layer's writer thread (`Operations.write`)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QInputDialog, QLabel, QLineEdit, QPushButton, QSizePolicy, QTextBrowser,
                               QVBoxLayout, QWidget)

from ruraldesk.domain import markup
from ruraldesk.store.discussions import Discussions, Refused

from .. import colours, i18n, worker
from ..layout import FlowLayout
from ..ops import Change
from .composer import Composer
from .render import Viewer, plural, thread_html

PAGE = 200


def _t(text: str) -> str:
    return QCoreApplication.translate("Discussions", text)


#: what a discussion write changes, for the views
POSTS = Change(frozenset({"discussion", "post"}), frozenset(), True)


def _reason(reason: str) -> str:
    """The rule's sentence (ruraldesk.domain.discussions) in the interface language."""
    known = {"only its author can edit or withdraw a post": _t("only its author can edit or withdraw a post"),
             "only a coordinator can hide a post or a discussion":
                 _t("only a coordinator can hide a post or a discussion"),
             "only the member who started a discussion can change its title, themes or language":
                 _t("only the member who started a discussion can change its title, themes or language"),
             "a post needs some text": _t("a post needs some text")}
    return known.get(reason) or _t("a discussion's rules do not allow this change")


def refusal_text(exc: BaseException) -> str:
    if isinstance(exc, Refused):
        return _t("Not allowed: {reason}.").format(reason=_reason(str(exc)))
    return _t("Could not save: {error}").format(error=exc)


def role_of(store) -> str:
    """The reader's role (read off the UI thread: it is a query)."""
    from ruraldesk.store.discussions import role

    with store.read() as conn:
        return role(conn)


def viewer_for(store, widget: QWidget, role: str) -> Viewer:
    palette = widget.palette()
    return Viewer(me=store.author, coordinator=role == "coordinator", name=lambda m: store.news.name(m) if m else m,
                  muted=colours.muted(palette).name(), accent=colours.link(palette).name())


class ThreadView(QWidget):
    """Posts and composer. `show_thread(id)` for a thread, `show_about(record)` for the
    comments of a record (its thread is made with the first comment)."""

    read = Signal(str)                  # a thread was read here (unread counts change)
    loaded = Signal(int)                # posts in the thread shown
    export_requested = Signal(str, str)  # (thread id, "md" | "pdf")

    def __init__(self, ops, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self.ops, self.store = ops, ops.store
        self.discussions = Discussions(self.store)
        self.thread_id: str | None = None
        self.about: str | None = None
        self.shown_from = 0
        self._focus_post: str | None = None
        self._posts: dict = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(0 if compact else 12, 8, 0 if compact else 12, 8)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setVisible(not compact)
        box.addWidget(self.heading)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(_t("Posts"))
        self.view.anchorClicked.connect(self._anchor)
        box.addWidget(self.view, 1)
        if compact:        # beside a record: the posts get the room, the composer a few lines
            self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 7)
        self.composer = Composer(self.discussions, lines=3 if compact else 8)
        self.composer.submitted.connect(self._submit)
        box.addWidget(self.composer)
        self.tools = FlowLayout()          # the buttons wrap onto two rows in a narrow pane
        self.export_md = QPushButton(_t("Export as Markdown…"))
        self.export_pdf = QPushButton(_t("Export as PDF…"))
        self.export_md.clicked.connect(lambda: self.thread_id and self.export_requested.emit(self.thread_id, "md"))
        self.export_pdf.clicked.connect(lambda: self.thread_id and self.export_requested.emit(self.thread_id, "pdf"))
        self.hide_thread = QPushButton(_t("Hide the discussion…"))
        self.hide_thread.clicked.connect(lambda: self.thread_id and self._hide(self.thread_id))
        for b in (self.export_md, self.export_pdf, self.hide_thread):
            self.tools.addWidget(b)
        if not compact:
            box.addLayout(self.tools)

    # -- showing -----------------------------------------------------------------------
    def show_thread(self, thread_id: str | None, *, focus_post: str | None = None) -> None:
        self.about = None
        self.thread_id, self._focus_post = thread_id, focus_post
        self.shown_from = -1
        self.composer.open(thread_id)
        self.reload()

    def show_about(self, record_id: str) -> None:
        """A record's comments (its thread is found off the UI thread, or made with the first
        comment; the draft waits under the record's id)."""
        self.about = record_id
        self.thread_id, self._focus_post = None, None
        self.shown_from = -1
        self.composer.open(f"comment:{record_id}")
        self.reload()

    def reload(self) -> None:
        thread_id, start, about = self.thread_id, self.shown_from, self.about

        def work() -> tuple:
            d = self.discussions
            tid = thread_id or (d.thread_for(about) if about else None)
            role = role_of(self.store)
            if tid is None:
                return tid, role, None, [], [], 0, {}
            total = d.post_count(tid)
            first = max(0, total - PAGE) if start < 0 else start
            posts = d.posts(tid, first, total - first)
            files = [a for p in posts for a in p.fields.get("attachments") or []]
            names = {i: r.title for i, r in self.store.get_many("attachment", files).items()} if files else {}
            return tid, role, d.topic(tid), posts, d.removed_times(tid), first, names

        worker.background(work, on_done=lambda result, key=(thread_id, about): self._loaded(key, *result))

    def _loaded(self, key, thread_id, role, topic, posts, removed, first, files) -> None:
        if key != (self.thread_id, self.about):
            return                              # another thread was chosen meanwhile
        self.thread_id = thread_id
        self.shown_from = first
        viewer = viewer_for(self.store, self, role)
        self.hide_thread.setVisible(viewer.coordinator and topic is not None)
        for b in (self.export_md, self.export_pdf):
            b.setEnabled(topic is not None)
        self._show_heading(topic, viewer)
        scroll = self.view.verticalScrollBar()
        at_end = scroll.value() >= scroll.maximum() - 4
        self._posts = {p.id: p for p in posts}
        self.view.setHtml(thread_html(posts, removed, viewer, earlier=first, files=files))
        if self._focus_post:
            self.view.scrollToAnchor(self._focus_post)
            self._focus_post = None
        elif at_end or first == 0:
            # the newest posts are at the end; the document is laid out after this returns
            QTimer.singleShot(0, lambda: scroll.setValue(scroll.maximum()))
        self.loaded.emit(len(posts) + first)
        if topic is not None and topic.unread:
            worker.background(self.discussions.mark_read, thread_id, serial=True,
                              on_done=lambda _r: self.read.emit(thread_id))

    def _show_heading(self, topic, viewer: Viewer) -> None:
        if topic is None:
            self.heading.setText("")
            return
        title = topic.title or _t("Comments")
        parts = [f"<h2>{html.escape(title)}</h2>"]
        posts = topic.posts
        sub = [_t("started by {name}").format(name=html.escape(viewer.name(topic.author))),
               html.escape(i18n.timestamp(topic.created_at)),
               plural("posts", posts)]
        if topic.language:
            sub.append(html.escape(i18n.language_name(topic.language)))
        parts.append(f"<p style='color:{viewer.muted}'>{' · '.join(sub)}</p>")
        reason = topic.hidden_reason
        if reason:
            parts.append("<p><i>" + html.escape(_t("Hidden by a coordinator: {reason}").format(reason=reason))
                         + "</i></p>")
        self.heading.setText("".join(parts))

    # -- acting on posts ---------------------------------------------------------------
    def _anchor(self, url: QUrl) -> None:
        if url.scheme() != "post":
            if markup.safe_href(url.toString()):
                QDesktopServices.openUrl(url)
            return
        action, _, post_id = url.path().partition("/")
        if action == "file":
            opener = getattr(self.window(), "open_attachment", None)
            if opener is not None:
                opener(post_id)                  # here the id is the attachment's
            return
        if action == "earlier":
            self.shown_from = max(0, self.shown_from - PAGE)
            self.reload()
            return
        post = self._posts.get(post_id)          # what is shown: no read on the UI thread
        if post is None:
            return
        if action == "reply":
            self.composer.reply_to(post_id, self.store.news.name(post.fields.get("author") or ""))
        elif action == "edit":
            self._edit(post)
        elif action == "withdraw":
            from ..dialogs import Dialog

            if Dialog.ask(self, _t("Withdraw your post"), _t("Withdraw this post? Its text goes from the thread; "
                                                            "its earlier versions stay in its history.")):
                self.ops.write(POSTS, self.discussions.withdraw_post, post_id, on_done=lambda _r: self.reload(),
                      on_error=self._refused)
        elif action == "hide":
            self._hide(post_id)
        elif action == "unhide":
            self.ops.write(POSTS, self.discussions.unhide, post_id, on_done=lambda _r: self.reload(), on_error=self._refused)
        elif action == "history":
            self._history(post_id)

    def _edit(self, post) -> None:
        text, ok = QInputDialog.getMultiLineText(self, _t("Edit your post"), _t("The earlier version stays in "
                                                                             "the post's history."),
                                                 str(post.fields.get("text") or ""))
        if ok and text.strip() and text.strip() != post.fields.get("text"):
            self.ops.write(POSTS, self.discussions.edit_post, post.id, text.strip(), on_done=lambda _r: self.reload(),
                  on_error=self._refused)

    def _hide(self, record_id: str) -> None:
        reason, ok = QInputDialog.getText(self, _t("Hide"), _t("Why is it hidden? Everyone sees the reason in "
                                                              "its place."), QLineEdit.EchoMode.Normal, "")
        if ok and reason.strip():
            self.ops.write(POSTS, self.discussions.hide, record_id, reason, on_done=lambda _r: self.reload(),
                  on_error=self._refused)

    def _history(self, post_id: str) -> None:
        from .history import HistoryDialog

        worker.background(self.discussions.versions, post_id,
                          on_done=lambda versions: HistoryDialog(self, versions, self.store.news.name).exec())

    def _refused(self, exc: BaseException) -> None:
        self.ops.failed.emit(refusal_text(exc))

    def _submit(self, text: str, replies_to: str | None) -> None:
        d = self.discussions
        refused = lambda exc: self.composer.refused(refusal_text(exc))  # noqa: E731
        if self.about is not None:
            self.ops.write(POSTS, d.comment, self.about, text, replies_to=replies_to, on_done=self._posted,
                  on_error=refused)
        elif self.thread_id is not None:
            self.ops.write(POSTS, d.reply, self.thread_id, text, replies_to=replies_to, on_done=self._posted,
                  on_error=refused)

    def _posted(self, post) -> None:
        files = list(self.composer.files)
        self.composer.posted()
        self.shown_from = -1
        if files:      # the author's own edit of the post just written: its files, then the thread again
            self.ops.attach(post.id, files, on_done=lambda _made: self.reload(),
                            on_error=lambda exc: self.composer.refused(refusal_text(exc)))
        self.reload()


__all__ = ["PAGE", "POSTS", "ThreadView", "refusal_text", "role_of", "viewer_for"]
