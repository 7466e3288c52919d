"""The comments at the foot of a practice's, tool's or contact's page: a line saying how many
there are; opened, the thread and a composer share the pane with the record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from ruraldesk.domain.records import Record

from .. import worker
from .render import plural
from .thread import ThreadView

COMMENTED = ("practice", "tool", "contact")


def _t(text: str) -> str:
    return QCoreApplication.translate("Discussions", text)


class CommentsSection(QWidget):
    def __init__(self, ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.store = ops, ops.store
        self.record_id: str | None = None
        self.count = 0
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 0, 12, 0)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._opened)
        box.addWidget(self.toggle)
        self.thread = ThreadView(ops, compact=True)
        self.thread.loaded.connect(self._counted)
        self.thread.hide()
        box.addWidget(self.thread, 1)
        self._label()
        self.hide()

    def _label(self) -> None:
        count = self.count
        text = plural("comments", count) if count else _t("Comments")
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)

    def show_for(self, record: Record | None) -> None:
        if record is None or record.collection not in COMMENTED or record.deleted:
            self.record_id = None
            self.hide()
            return
        if record.id != self.record_id:
            self.record_id = record.id
            self.count = 0
            self._label()
            worker.background(self._count, record.id, on_done=lambda n, rid=record.id: self._counted(n, rid))
            if self.toggle.isChecked():
                self.thread.show_about(record.id)
        self.show()

    def _count(self, record_id: str) -> int:
        d = self.thread.discussions
        thread_id = d.thread_for(record_id)
        return d.post_count(thread_id) if thread_id else 0

    def _counted(self, n: int, record_id: str | None = None) -> None:
        if record_id is None or record_id == self.record_id:
            self.count = n
            self._label()

    def _opened(self, opened: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.thread.setVisible(opened)
        parent = self.parentWidget()
        if parent is not None and parent.layout() is not None:
            parent.layout().setStretchFactor(self, 1 if opened else 0)
        if opened and self.record_id:
            self.thread.show_about(self.record_id)
            self.thread.composer.editor.setFocus()

    def refresh(self) -> None:
        if self.record_id and self.thread.isVisible():
            self.thread.reload()


__all__ = ["COMMENTED", "CommentsSection"]
