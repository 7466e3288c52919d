"""Item models. List models hold ids only and fetch the rows a view shows, in pages,
keeping a bounded cache: memory stays flat from 100 to 100,000 records."""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ruraldesk.domain.records import Record, spec
from ruraldesk.domain.text import fold, sort_key as order_key
from ruraldesk.store import Filters, SearchHit, Store
from ruraldesk.store.search import document, snippet
from ruraldesk.store.store import SORTABLE

from . import i18n, worker

PAGE = 100
CACHE_ROWS = 2_000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLLECTION_ROLE = Qt.ItemDataRole.UserRole + 2
NODE_ROLE = Qt.ItemDataRole.UserRole + 3
META_COLUMNS = ("updated_at", "created_at", "collection")


def _t(text: str) -> str:
    return QCoreApplication.translate("Models", text)


def column_label(collection: str, key: str) -> str:
    if key == "updated_at":
        return _t("Last changed")
    if key == "created_at":
        return _t("Created")
    if key == "collection":
        return _t("Type")
    return i18n.field_label(spec(collection).field(key))


def cell_text(record: Record, key: str) -> str:
    if key in ("updated_at", "created_at"):
        return i18n.timestamp(getattr(record, key))
    if key == "collection":
        return i18n.collection_label(record.collection)
    if key == "title":
        return i18n.title(record)
    s = record.spec
    if not s.has(key):
        return ""
    return i18n.display_value(s.field(key), record.fields.get(key))


_WORD = re.compile(r"\w+", re.UNICODE)


def found_in(record: Record | None, query: str) -> str:
    """Where search found a record, as a person reads it: the field's label and the words
    around the match ("Summary: …share one solar roof…"), not the index's raw text."""
    if record is None:
        return ""
    words = [fold(w) for w in _WORD.findall(query)]
    if not words:
        return ""
    s = record.spec

    def matches(text: str) -> bool:
        return any(fold(w).startswith(q) for w in _WORD.findall(text) for q in words)

    for f in s.fields:
        value = record.fields.get(f.name)
        if not f.searchable or f.name == s.title_field or value in (None, "", []):
            continue
        text = document(record.collection, {f.name: value})[1]
        if matches(text):
            shown = " ".join(snippet(text, query).replace("[", "").replace("]", "").split())
            shown = re.sub(r"^…\S*\s+", "…", shown)      # start at a whole word, not "…ocally"
            return _t("{field}: {text}").format(field=i18n.field_label(f), text=shown)
    if s.has(s.title_field) and matches(record.title):
        return i18n.field_label(s.field(s.title_field))
    return ""


class RecordListModel(QAbstractTableModel):
    """The records of one collection (or, for the trash, several), as ids in display order."""

    loaded = Signal()          # after a reload has put the new ids in place

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.collections: tuple[str, ...] = ("practice",)
        self.columns: list[str] = list(spec("practice").list_columns)
        self.filters = Filters()
        self.sort_key, self.descending = "title", False
        self._ids: list[str] = []
        self._owners: list[str] | None = None     # collection per row when several collections
        self._cache: OrderedDict[str, Record] = OrderedDict()
        self._generation = 0
        self.loading = False

    # -- configuration -----------------------------------------------------------------
    def configure(self, collections: tuple[str, ...], columns: list[str], filters: Filters,
                  *, sort_key: str | None = None, descending: bool | None = None) -> None:
        """Show other records; the ids load in the background (see `loaded`)."""
        if len(collections) == 1 and collections != self.collections:
            self.sort_key, self.descending = "title", False
        self.collections = collections
        self.filters = filters
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        if columns != self.columns:
            self.beginResetModel()
            self.columns = list(columns)
            self._ids, self._owners = [], None
            self._cache.clear()
            self.endResetModel()
        self.reload()

    @property
    def collection(self) -> str:
        return self.collections[0]

    def _sort_for(self, collection: str) -> str:
        key = self.sort_key
        if key == "title":
            key = spec(collection).title_field
        return key if key in SORTABLE else "updated_at"

    def _fetch_ids(self, collections, filters, descending) -> tuple[list[str], list[str] | None]:
        if len(collections) == 1:
            return self.store.list_ids(collections[0], sort=self._sort_for(collections[0]),
                                       descending=descending, filters=filters), None
        rows: list[tuple[str, str, str]] = []
        for c in collections:
            for r in self.store.window(c, 0, 100_000, sort="updated_at", descending=True, filters=filters):
                rows.append((r.updated_at, r.id, c))
        rows.sort(reverse=True)
        return [r[1] for r in rows], [r[2] for r in rows]

    def reload(self, *, wait: bool = False) -> None:
        """Fetch the ids again (after a change, a sort or a filter), off the UI thread."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        task = worker.background(self._fetch_ids, self.collections, self.filters, self.descending,
                                 on_done=lambda result: self._set_ids(generation, *result),
                                 on_error=lambda exc: self._failed(generation, exc))
        if wait:
            task.wait()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.loaded.emit()

    def _set_ids(self, generation: int, ids: list[str], owners: list[str] | None) -> None:
        if generation != self._generation:
            return                        # a newer reload is on its way
        # A reset is the honest signal here: order and membership may both have changed.
        # The list pane remembers the current id and selects it again after `loaded`.
        self.beginResetModel()
        self._ids, self._owners = ids, owners
        self._cache.clear()
        self.endResetModel()
        self.loading = False
        self.loaded.emit()

    def refresh_rows(self, ids: set[str] | frozenset[str]) -> None:
        """Records changed in place: drop them from the cache and repaint their rows."""
        for record_id in ids:
            self._cache.pop(record_id, None)
        if self._ids and ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    # -- reading -----------------------------------------------------------------------
    def record_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def ids(self) -> list[str]:
        return list(self._ids)

    def record(self, row: int) -> Record | None:
        record_id = self.record_id(row)
        if record_id is None:
            return None
        record = self._cache.get(record_id)
        if record is not None:
            self._cache.move_to_end(record_id)
            return record
        self._fetch_page(row)
        return self._cache.get(record_id)

    def _fetch_page(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        wanted = [i for i in self._ids[start:start + PAGE] if i not in self._cache]
        if self._owners is None:
            found = self.store.get_many(self.collection, wanted)
        else:
            found = {}
            owners = dict(zip(self._ids[start:start + PAGE], self._owners[start:start + PAGE]))
            for c in set(owners.values()):
                found.update(self.store.get_many(c, [i for i in wanted if owners.get(i) == c]))
        for record_id in wanted:
            record = found.get(record_id)
            if record is not None:
                self._cache[record_id] = record
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def cached_count(self) -> int:
        return len(self._cache)

    # -- QAbstractItemModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self.columns):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == COLLECTION_ROLE:
            return self._owners[index.row()] if self._owners else self.collection
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            record = self.record(index.row())
            if record is None:
                return "…" if role == Qt.ItemDataRole.DisplayRole else None
            text = cell_text(record, self.columns[index.column()])
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_label(self.collection, self.columns[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._ids):
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def sortable(self, column: int) -> bool:
        if not 0 <= column < len(self.columns) or len(self.collections) != 1:
            return False
        key = self.columns[column]
        return key in SORTABLE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable(column):
            return
        self.sort_key = self.columns[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class SearchModel(QAbstractTableModel):
    """Search hits across collections: title, type, where the words were found."""

    COLUMNS = ("title", "collection", "snippet")
    loaded = Signal()

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.hits: list[SearchHit] = []
        self.total = 0
        self.text = ""
        self.filters = Filters()
        self._generation = 0
        self.limit = 200

    def search(self, text: str, filters: Filters, *, wait: bool = False) -> None:
        self.text, self.filters = text, filters
        self._generation += 1
        generation = self._generation

        def work() -> tuple[list[SearchHit], int]:
            try:
                hits = self.store.search(text, filters=filters, limit=self.limit)
            except ValueError:
                return [], 0
            total = len(hits) if len(hits) < self.limit else self.store.search_count(text, filters=filters)
            records: dict[str, Record] = {}
            for collection in {h.collection for h in hits}:
                records.update(self.store.get_many(collection, [h.record_id for h in hits
                                                                if h.collection == collection]))
            for h in hits:
                h.extra["found_in"] = found_in(records.get(h.record_id), text)
            return hits, total

        task = worker.background(work, on_done=lambda r: self._set(generation, *r))
        if wait:
            task.wait()

    def _set(self, generation: int, hits: list[SearchHit], total: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.hits, self.total = hits, total
        self.endResetModel()
        self.loaded.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == ID_ROLE:
            return hit.record_id
        if role == COLLECTION_ROLE:
            return hit.collection
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            key = self.COLUMNS[index.column()]
            if key == "title":
                return i18n.theme_name(hit.record_id, hit.title) if hit.collection == "theme" else hit.title
            if key == "collection":
                return i18n.collection_label(hit.collection)
            return hit.extra.get("found_in") or ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return (_t("Title"), _t("Type"), _t("Found in"))[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def record_id(self, row: int) -> str | None:
        return self.hits[row].record_id if 0 <= row < len(self.hits) else None

    def row_of(self, record_id: str) -> int:
        for i, h in enumerate(self.hits):
            if h.record_id == record_id:
                return i
        return -1


class NavigationModel(QStandardItemModel):
    """The navigation tree: collections, themes (a tree), trash, saved searches."""

    COLLECTION, THEMES, THEME, TRASH, SEARCHES, SAVED, NEWS, REVIEW, DISCUSSIONS = range(9)
    ENTRIES = ("practice", "contact", "tool")
    #: the review list is a coordinator's (ui/review.py): whatsnew sets it from the member's role
    review = False

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.items: dict[tuple[int, Any], QStandardItem] = {}
        self.counts: dict[str, int] = {}
        self.rebuild([])

    def _item(self, text: str, node: int, payload: Any = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(node, NODE_ROLE)
        item.setData(payload, ID_ROLE)
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        self.items[(node, payload)] = item
        return item

    def rebuild(self, saved_searches: list[dict], themes: list[Record] | None = None) -> None:
        self.clear()
        self.items.clear()
        root = self.invisibleRootItem()
        root.appendRow(self._item(_t("What's new"), self.NEWS, None))
        root.appendRow(self._item(_t("Discussions"), self.DISCUSSIONS, None))
        if self.review:
            root.appendRow(self._item(_t("To review"), self.REVIEW, None))
        for c in self.ENTRIES:
            root.appendRow(self._item(i18n.collection_label(c, plural=True), self.COLLECTION, c))
        themes_item = self._item(i18n.collection_label("theme", plural=True), self.THEMES, "theme")
        root.appendRow(themes_item)
        if themes:
            by_parent: dict[str | None, list[Record]] = {}
            ids = {t.id for t in themes}
            for t in themes:
                parent = t.fields.get("parent")
                by_parent.setdefault(parent if parent in ids else None, []).append(t)

            def add(parent_item: QStandardItem, parent_id: str | None) -> None:
                for t in sorted(by_parent.get(parent_id, []), key=lambda r: order_key(i18n.title(r))):
                    child = self._item(i18n.title(t), self.THEME, t.id)
                    parent_item.appendRow(child)
                    add(child, t.id)

            add(themes_item, None)
        root.appendRow(self._item(_t("Trash"), self.TRASH, "trash"))
        searches = self._item(_t("Saved searches"), self.SEARCHES, "searches")
        root.appendRow(searches)
        for i, s in enumerate(saved_searches):
            searches.appendRow(self._item(s.get("name") or s.get("text", ""), self.SAVED, i))
        self.set_counts(self.counts)

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        for c in (*self.ENTRIES, "theme"):
            item = self.items.get((self.COLLECTION if c != "theme" else self.THEMES, c))
            if item is not None:
                label = i18n.collection_label(c, plural=True)
                n = counts.get(c)
                item.setText(label if n is None else f"{label} ({i18n.number(n)})")
        for node, label, key in ((self.NEWS, _t("What's new"), "news"), (self.REVIEW, _t("To review"), "review"),
                                 (self.DISCUSSIONS, _t("Discussions"), "discussions")):
            item = self.items.get((node, None))
            if item is not None:
                n = counts.get(key)
                item.setText(label if not n else f"{label} ({i18n.number(n)})")
                font = item.font()
                font.setBold(bool(n) and node in (self.NEWS, self.DISCUSSIONS))     # unread stands out
                item.setFont(font)
        trash = self.items.get((self.TRASH, "trash"))
        if trash is not None:
            n = counts.get("trash")
            trash.setText(_t("Trash") if not n else f"{_t('Trash')} ({i18n.number(n)})")

    def load_counts(self) -> None:
        def work() -> dict[str, int]:
            out = {c: self.store.count(c) for c in (*self.ENTRIES, "theme")}
            out["trash"] = sum(self.store.count(c, Filters(deleted=True)) for c in (*self.ENTRIES, "theme"))
            out["news"] = sum(self.store.news.unread_counts().values())
            out["review"] = self.store.news.review_count() if self.review else 0
            from ruraldesk.store.discussions import Discussions

            out["discussions"] = Discussions(self.store).unread_total()
            return out

        worker.background(work, on_done=self.set_counts)

    def node_index(self, node: int, payload: Any) -> QModelIndex:
        item = self.items.get((node, payload))
        return item.index() if item is not None else QModelIndex()
