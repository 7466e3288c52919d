"""Discussions in the window: the Discussions entry of the left pane (topics, newest activity
first, unread counts), the thread in the right pane, comments at the foot of every
practice, tool and contact, a new topic with Ctrl+Shift+D.

    install(shell)      # once: every main window gets them (ui/shell.py)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ruraldesk.domain.records import Record
from ruraldesk.store.discussions import Discussions

from .. import i18n, worker
from ..models import NavigationModel
from .comments import CommentsSection
from .newtopic import NewTopicDialog
from .thread import POSTS, ThreadView, refusal_text
from .topics import TopicsView


def _t(text: str) -> str:
    return QCoreApplication.translate("Discussions", text)


def install(shell) -> None:
    shell.window_created_hooks.append(attach)
    shell.sync.after_sync.append(lambda _report: _synced(shell))


def _synced(shell) -> None:
    window = shell.window
    if window is not None and getattr(window, "discussions", None) is not None:
        window.discussions.refresh()


class DiscussionsUi:
    """What one main window holds of the discussions."""

    def __init__(self, window) -> None:
        self.window, self.ops, self.store = window, window.ops, window.store
        self.topics = TopicsView(self.store)
        window.add_view(NavigationModel.DISCUSSIONS, self.topics)
        self.thread = ThreadView(self.ops)
        window.detail.addWidget(self.thread)
        self.comments = CommentsSection(self.ops)
        box = window.detail.viewer.layout()
        box.insertWidget(box.count() - 1, self.comments)     # above the record's buttons
        self.topics.open_requested.connect(self.open_thread)
        self.topics.new_requested.connect(self.new_topic)
        for view in (self.thread, self.comments.thread):
            view.read.connect(lambda _tid: self._read())
            view.export_requested.connect(self.export)
        window.detail.shown.connect(self._record_shown)
        window.follow(self.ops.changed, self._changed)
        window.add_action("new-topic", _t("New &topic…"), self.new_topic, menu="record",
                          shortcut="Ctrl+Shift+D", tip=_t("Start a discussion with the group"))
        window.add_action("go-discussions", _t("Show discussions"),
                          lambda: window.show_view(NavigationModel.DISCUSSIONS), menu="view",
                          shortcut="Ctrl+Shift+G")

    # -- showing -----------------------------------------------------------------------
    def open_thread(self, thread_id: str, focus_post: str | None = None) -> None:
        detail = self.window.detail
        if detail.form is not None and detail.form.changes():
            return                               # a form being filled in stays
        detail.record = None
        detail.setCurrentWidget(self.thread)
        self.thread.show_thread(thread_id, focus_post=focus_post)
        self.window._update_actions()

    def _record_shown(self, record: Record | None) -> None:
        if record is not None and record.collection in ("post", "discussion"):
            # a search hit, a link or what's new: the thread it belongs to, at that post
            thread_id = record.fields.get("thread") if record.collection == "post" else record.id
            if thread_id:
                self.open_thread(thread_id, record.id if record.collection == "post" else None)
                return
        self.comments.show_for(record)

    def _read(self) -> None:
        self.window.nav_model.load_counts()
        if self.window.middle.currentWidget() is self.topics:
            self.topics.reload()

    def _changed(self, change) -> None:
        if not ({"post", "discussion"} & set(change.collections)):
            return
        self.refresh()

    def refresh(self) -> None:
        if self.window.middle.currentWidget() is self.topics:
            self.topics.reload()
        if self.window.detail.currentWidget() is self.thread:
            self.thread.reload()
        self.comments.refresh()

    # -- writing -----------------------------------------------------------------------
    def new_topic(self) -> None:
        d = Discussions(self.store)
        dialog = NewTopicDialog(self.window, d, i18n.current())
        if not dialog.exec():
            return
        title, text, language = dialog.values()

        def started(result) -> None:
            thread, _post = result
            self.window.show_view(NavigationModel.DISCUSSIONS)
            self.topics.reload(keep=thread.id)
            self.open_thread(thread.id)

        self.ops.write(POSTS, d.start_topic, title, text, language=language, on_done=started,
              on_error=lambda exc: self.window.statusBar().showMessage(refusal_text(exc), 8000))

    def export(self, thread_id: str, kind: str) -> None:
        from ruraldesk.io import threadexport

        record = self.store.find(thread_id)
        name = threadexport.file_name(record, kind) if record else f"discussion.{kind}"
        filters = _t("Markdown (*.md)") if kind == "md" else _t("PDF (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self.window, _t("Export the discussion"),
                                              str(Path.home() / name), filters)
        if not path:
            return
        fn = threadexport.write_markdown if kind == "md" else threadexport.write_pdf
        worker.background(fn, self.store, thread_id, path,
                          on_done=lambda _r: self.window.statusBar().showMessage(
                              _t("The discussion was written to {path}.").format(path=path), 8000),
                          on_error=lambda exc: self.window.statusBar().showMessage(
                              _t("Could not export the discussion: {error}").format(error=exc), 8000))


def attach(window) -> DiscussionsUi:
    window.discussions = DiscussionsUi(window)
    return window.discussions


__all__ = ["DiscussionsUi", "attach", "install"]
