"""The group's topics in the middle pane: newest activity first, unread ones in bold. The
model holds only the rows fetched so far (pages of PAGE, read off the UI thread), never
the whole table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ruraldesk.store.discussions import Discussions, Topic

from .. import i18n, worker
from .render import plural

PAGE = 100


def _t(text: str) -> str:
    return QCoreApplication.translate("Discussions", text)


class TopicModel(QAbstractTableModel):
    loaded = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.discussions = Discussions(store)
        self.rows: list[Topic] = []
        self.total = 0
        self._generation = 0
        self._fetching = False

    def headers(self) -> list[str]:
        return [_t("Topic"), _t("Started by"), _t("Posts"), _t("Last activity")]

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation

        def work() -> tuple[int, list[Topic]]:
            return self.discussions.topic_count(), self.discussions.topics(0, PAGE)

        worker.background(work, on_done=lambda result: self._reloaded(generation, *result))

    def _reloaded(self, generation: int, total: int, rows: list[Topic]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.total, self.rows = total, rows
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total and not self._fetching

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        self._fetching = True
        generation, offset = self._generation, len(self.rows)
        worker.background(self.discussions.topics, offset, PAGE,
                          on_done=lambda rows: self._more(generation, offset, rows))

    def _more(self, generation: int, offset: int, rows: list[Topic]) -> None:
        self._fetching = False
        if generation != self._generation or offset != len(self.rows) or not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        t = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                title = t.title or _t("(no title)")
                if t.hidden:
                    title = _t("{title} (hidden)").format(title=title)
                return title if not t.unread else _t("{title} · {count} new").format(
                    title=title, count=i18n.number(t.unread))
            if col == 1:
                return self.store.news.name(t.author) if t.author else ""
            if col == 2:
                return i18n.number(t.posts)
            return i18n.timestamp(t.last_activity)
        if role == Qt.ItemDataRole.FontRole and t.unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return t.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, thread_id: str) -> int:
        return next((i for i, t in enumerate(self.rows) if t.id == thread_id), -1)


class TopicsView(QWidget):
    """The middle pane's Discussions view (MainWindow.add_view)."""

    open_requested = Signal(str)      # a thread id
    new_requested = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TopicModel(store, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_button = QPushButton(_t("New topic…"))
        self.new_button.setToolTip(_t("Start a discussion with the group (Ctrl+Shift+D)"))
        self.new_button.clicked.connect(self.new_requested)
        bar.addWidget(self.intro, 1)
        bar.addWidget(self.new_button)
        box.addLayout(bar)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)    # one Tab stop; the arrows move between topics
        self.table.setModel(self.model)
        self.table.setAccessibleName(_t("Topics"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        box.addWidget(self.table, 1)
        self.model.loaded.connect(self._loaded)
        self._keep: str | None = None

    def shown(self) -> None:
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        self._keep = keep or self.current_id()
        self.model.reload()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _loaded(self) -> None:
        if not self.model.total:
            self.intro.setText(_t("No topics yet. Start one with New topic; comments on a practice, "
                                  "tool or contact are at the foot of its page."))
        else:
            total = self.model.total
            self.intro.setText(plural("topics", total))
        row = self.model.row_of(self._keep) if self._keep else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_requested.emit(current.data(Qt.ItemDataRole.UserRole))


__all__ = ["TopicModel", "TopicsView"]
