"""The coordinator's review list: practices and tools others shared since the last "mark
reviewed" (a record without a status counts as shared), with open, a reviewer's note
and mark reviewed. The mark is kept in this replica (store.news.mark_reviewed)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex, QObject,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QPlainTextEdit,
                               QPushButton, QTreeView, QVBoxLayout, QWidget)

from ruraldesk.domain.records import Record

from . import i18n, worker
from .dialogs import Dialog
from .layout import FlowLayout

PAGE = 100
CACHE_ROWS = 2_000


def _t(text: str) -> str:
    return QCoreApplication.translate("Review", text)


class ReviewModel(QAbstractTableModel):
    loaded = Signal()
    #: few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)
    COLUMNS = ("title", "by", "when")

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._ids: list[tuple[str, str, int]] = []
        self._names: dict[str, str] = {}
        self._cache: OrderedDict[str, Record] = OrderedDict()
        self.seen_upto = 0
        self._generation = 0

    def reload(self, *, wait: bool = False) -> None:
        self._generation += 1
        generation = self._generation

        def work():
            ids = self.store.news.review_ids()
            return ids, {m["member_id"]: m["name"] for m in self.store.news.members() if m["name"]}

        task = worker.background(work, on_done=lambda result: self._set(generation, *result))
        if wait:
            task.wait()

    def _set(self, generation: int, ids, names) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids, self._names = ids, names
        self._cache.clear()
        self.seen_upto = max((seq for _i, _c, seq in ids), default=0)
        self.endResetModel()
        self.loaded.emit()

    def record_id(self, row: int) -> str | None:
        return self._ids[row][0] if 0 <= row < len(self._ids) else None

    def record(self, row: int) -> Record | None:
        rid = self._ids[row][0]
        if rid not in self._cache:
            start = max(0, row - PAGE // 4)
            window = self._ids[start:start + PAGE]
            for collection in {c for _i, c, _s in window}:
                self._cache.update(self.store.get_many(collection, [i for i, c, _s in window
                                                                    if c == collection and i not in self._cache]))
            while len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
        return self._cache.get(rid)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return None
        record = self.record(index.row())
        if record is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        key = self.COLUMNS[index.column()]
        if key == "title":
            text = i18n.title(record) or _t("(untitled)")
            if role == Qt.ItemDataRole.ToolTipRole:
                note = record.fields.get("review_note")
                tip = _t("{type}, last changed {when}").format(type=i18n.collection_label(record.collection),
                                                              when=i18n.timestamp(record.updated_at))
                return tip + ("\n" + _t("Reviewer's note: {note}").format(note=note) if note else "")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if key == "by":
            return self._names.get(record.updated_by) or record.updated_by
        when = QDateTime.fromString(record.updated_at, Qt.DateFormat.ISODateWithMs).toLocalTime().date()
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {"title": _t("Title"), "by": _t("Shared by"), "when": _t("Last changed")}[self.COLUMNS[section]]
        return None


class NoteDialog(Dialog):
    def __init__(self, parent: QWidget | None, record: Record):
        super().__init__(parent, _t("Reviewer's note"))
        intro = QLabel(_t("Your note on “{title}” travels with the record to everyone in the group. "
                          "Only coordinators can write it.").format(title=i18n.title(record)))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.edit = QPlainTextEdit(record.fields.get("review_note") or "")
        self.edit.setAccessibleName(_t("Reviewer's note"))
        self.edit.setTabChangesFocus(True)      # Tab moves on to the buttons: no keyboard trap
        self.body.addWidget(self.edit, 1)
        self.finish(stretch=False)
        self.resize(520, 320)

    def note(self) -> str | None:
        return self.edit.toPlainText().strip() or None


class ReviewView(QWidget):
    open_requested = Signal(str)
    counts_changed = Signal()

    def __init__(self, ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.store = ops, ops.store
        self.setAccessibleName(_t("To review"))
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        heading = QLabel(_t("To review"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        box.addWidget(heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.model = ReviewModel(self.store, self)
        self.table = QTreeView()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_t("Shared records to review"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)     # the title takes what is left
        for column in range(1, len(ReviewModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda i: self._open(i.row()))
        self.table.clicked.connect(lambda i: self._open(i.row()))
        box.addWidget(self.table, 1)
        row = FlowLayout()      # wraps in a narrow pane: the window still fits 1024×600 at 150 %
        self.note_button = QPushButton(_t("Add a &note…"))
        self.note_button.setAccessibleName(_t("Write a reviewer's note on the chosen record"))
        self.note_button.clicked.connect(self.add_note)
        self.done_button = QPushButton(_t("&Mark all as reviewed"))
        self.done_button.clicked.connect(self.mark_reviewed)
        row.addWidget(self.note_button)
        row.addWidget(self.done_button)
        box.addLayout(row)
        self.model.loaded.connect(self._loaded)

    def shown(self) -> None:
        self.model.reload()

    def _loaded(self) -> None:
        n = self.model.rowCount()
        from .whatsnew import plural

        self.intro.setText(plural().to_review(n) if n else
                           _t("Nothing to review: everything others shared has been reviewed."))
        self.done_button.setEnabled(n > 0)
        self.note_button.setEnabled(n > 0)
        self.counts_changed.emit()

    def _current_row(self) -> int:
        i = self.table.currentIndex()
        return i.row() if i.isValid() else -1

    def _open(self, row: int) -> None:
        rid = self.model.record_id(row)
        if rid:
            self.open_requested.emit(rid)

    def add_note(self) -> None:
        row = self._current_row()
        record = self.store.find(self.model.record_id(row) or "") if row >= 0 else None
        if record is None:
            self.intro.setText(_t("Choose a record in the list first."))
            return
        dialog = NoteDialog(self, record)
        if dialog.exec() != Dialog.DialogCode.Accepted:
            return
        if dialog.note() == (record.fields.get("review_note") or None):
            return
        self.ops.update(record.id, {"review_note": dialog.note()}, on_done=lambda _r: self.model.reload())

    def mark_reviewed(self) -> None:
        upto = self.model.seen_upto    # what arrived after the list was shown stays on it
        worker.background(self.store.news.mark_reviewed, upto, serial=True, on_done=lambda _m: self.model.reload())


__all__ = ["NoteDialog", "ReviewModel", "ReviewView"]
