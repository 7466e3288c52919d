"""The list pane: a filter bar over a table of records (a collection, the trash, or search hits)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QLabel,
                               QMenu, QPushButton, QTableView, QVBoxLayout, QWidget)

from ruraldesk.domain.fields import Kind
from ruraldesk.domain.records import COLLECTIONS, spec
from ruraldesk.store import Filters, Store

from . import i18n
from .inputs import region_options
from .layout import FitCombo, FlowLayout
from .models import ID_ROLE, COLLECTION_ROLE, RecordListModel, SearchModel, column_label
from .settings import Settings

LISTED = ("practice", "contact", "tool", "theme")


def _t(text: str) -> str:
    return QCoreApplication.translate("List", text)


def column_options(collection: str) -> list[str]:
    """Fields a list can show as a column: short ones, plus when the record last changed."""
    s = spec(collection)
    keys = [f.name for f in s.fields
            if f.kind not in (Kind.LONGTEXT, Kind.REFS, Kind.REF, Kind.EMAILS, Kind.PHONES)]
    return keys + ["created_at", "updated_at"]


def default_width(collection: str, key: str, metrics) -> int:
    wide = {"title": 300, "name": 240, "file_name": 240, "organisation": 200, "audience": 160,
            "region": 170, "updated_at": 140, "created_at": 140, "country": 130}
    s = spec(collection)
    if key in wide:
        base = wide[key]
    elif s.has(key) and s.field(key).kind in (Kind.DATE, Kind.CHOICE, Kind.LANGUAGE):
        base = 100
    else:
        base = 150
    return max(base, metrics.horizontalAdvance(column_label(collection, key)) + 36)


class FilterBar(QWidget):
    """Type, theme, country, region, kind, language; Clear; Save search."""

    changed = Signal()
    save_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        # the boxes wrap onto more rows when the pane is narrow, rather than widening the window
        row = FlowLayout(self, spacing=6)
        row.setContentsMargins(6, 6, 6, 2)
        self.type = self._combo(_t("Type"), row)
        self.type.addItem(_t("All types"), None)
        for c in LISTED:
            self.type.addItem(i18n.collection_label(c, plural=True), c)
        self.theme = self._combo(_t("Theme"), row)
        self.country = self._combo(_t("Country"), row)
        self.region = self._combo(_t("Region"), row)
        self.kind = self._combo(_t("Kind"), row)
        self.language = self._combo(_t("Language"), row)
        self.clear = QPushButton(_t("Clear"))
        self.clear.setAccessibleName(_t("Clear the filters"))
        self.clear.clicked.connect(self.reset)
        row.addWidget(self.clear)
        self.save = QPushButton(_t("Save search…"))
        self.save.setAccessibleName(_t("Save this search"))
        self.save.clicked.connect(self.save_requested)
        row.addWidget(self.save)
        self.collection: str | None = None
        self._quiet = False
        self._fill_static()
        for combo in (self.type, self.theme, self.country, self.region, self.kind, self.language):
            combo.currentIndexChanged.connect(self._changed)
        self.country.currentIndexChanged.connect(self._fill_regions)
        self.type.currentIndexChanged.connect(self._fill_kinds)

    def _combo(self, name: str, row: FlowLayout) -> QComboBox:
        combo = FitCombo()      # as wide as its choice ("Toutes les régions" whole), cut only when cramped
        combo.setAccessibleName(_t("Filter by {what}").format(what=name))
        combo.setToolTip(combo.accessibleName())
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        row.addWidget(combo)
        return combo

    def focus_chain(self) -> list[QWidget]:
        return [self.type, self.theme, self.country, self.region, self.kind, self.language,
                self.clear, self.save]

    def _fill_static(self) -> None:
        self.country.addItem(_t("Any country"), None)
        for code, name in i18n.countries().items():
            self.country.addItem(name, code)
        self.region.addItem(_t("Any region"), None)
        self.region.setEnabled(False)
        self.language.addItem(_t("Any language"), None)
        for code, name in i18n.languages().items():
            self.language.addItem(name, code)
        self.theme.addItem(_t("Any theme"), None)
        self._fill_kinds()

    def set_themes(self, themes: list[tuple[str, str]]) -> None:
        current = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(_t("Any theme"), None)
        for tid, name in themes:
            self.theme.addItem(name, tid)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.theme.blockSignals(False)

    def _fill_kinds(self) -> None:
        collection = self.type.currentData() if self.type.isVisibleTo(self) or self.collection is None else self.collection
        kinds: list[str] = []
        for c in ([collection] if collection else LISTED):
            s = spec(c)
            if s.has("kind"):
                kinds += [k for k in s.field("kind").choices if k not in kinds]
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(_t("Any kind"), None)
        for k in kinds:
            self.kind.addItem(i18n.choice_label(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.setEnabled(bool(kinds))
        self.kind.blockSignals(False)

    def _fill_regions(self) -> None:
        country = self.country.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(_t("Any region"), None)
        regions, _ = region_options(country, max_level=2)
        for code, name, depth in regions:
            self.region.addItem("    " * depth + name, code)
        self.region.setEnabled(self.region.count() > 1)
        self.region.blockSignals(False)

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def for_collection(self, collection: str | None, searching: bool) -> None:
        """Fit the bar to what the list shows (a collection's filters, or search's)."""
        self.collection = collection
        self.type.setVisible(searching)
        self.save.setVisible(searching)
        s = spec(collection) if collection else None
        self.theme.setVisible(searching or bool(s and s.has("themes")))
        self.country.setVisible(searching or bool(s and s.has("country")))
        self.region.setVisible(self.country.isVisibleTo(self))
        self.language.setVisible(searching or bool(s and s.has("language")))
        self.kind.setVisible(searching or bool(s and s.has("kind")))
        self._quiet = True
        self._fill_kinds()
        self._quiet = False

    def filters(self, *, deleted: bool = False) -> Filters:
        collections = (self.type.currentData(),) if self.type.isVisibleTo(self) and self.type.currentData() \
            else (LISTED if self.type.isVisibleTo(self) else ())
        visible = lambda combo: combo.currentData() if combo.isVisibleTo(self) else None  # noqa: E731
        return Filters(collections=collections, kind=visible(self.kind), country=visible(self.country),
                       region=visible(self.region), language=visible(self.language),
                       theme=visible(self.theme), deleted=deleted)

    def set_filters(self, values: dict) -> None:
        self._quiet = True
        collections = values.get("collections") or ()
        self.type.setCurrentIndex(max(0, self.type.findData(collections[0] if len(collections) == 1 else None)))
        for name in ("theme", "country", "region", "kind", "language"):
            combo: QComboBox = getattr(self, name)
            combo.setCurrentIndex(max(0, combo.findData(values.get(name))))
        self._quiet = False
        self.changed.emit()

    def reset(self) -> None:
        self.set_filters({})

    def active(self) -> bool:
        return any(v for k, v in self.filters().to_dict().items() if k != "collections")


class ListPane(QWidget):
    """Filter bar + table. Emits the current record id; remembers it across reloads."""

    current_changed = Signal(str)          # record id ("" for none)
    activated = Signal(str)                # Enter / double click
    columns_changed = Signal()

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.settings = store, settings
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.filters = FilterBar(store)
        box.addWidget(self.filters)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setContentsMargins(8, 2, 8, 4)
        self.caption.setAccessibleName(_t("List summary"))
        box.addWidget(self.caption)
        self.records = RecordListModel(store, self)
        self.hits = SearchModel(store, self)
        self.table = QTableView()
        self.table.setAccessibleName(_t("Records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.column_menu)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.doubleClicked.connect(lambda index: self.activated.emit(self.current_id()))
        box.addWidget(self.table, 1)
        self.mode = "collection"        # collection | trash | search
        self._want: str | None = None   # id to select after the next load
        self.records.loaded.connect(self._loaded)
        self.hits.loaded.connect(self._loaded)
        self.records.modelReset.connect(self._update_caption)
        self.use_model(self.records)

    # -- models ------------------------------------------------------------------------
    def use_model(self, model) -> None:
        if self.table.model() is model:
            return
        old = self.table.selectionModel()
        self.table.setModel(model)
        if old is not None:
            old.deleteLater()
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_caption())

    def model(self):
        return self.table.model()

    def show_collection(self, collection: str, filters: Filters, *, trash: bool = False) -> None:
        self.mode = "trash" if trash else "collection"
        self._want = self._want or self.current_id()     # a record asked for (a followed link) first
        self.use_model(self.records)
        collections = tuple(c for c in LISTED) if trash else (collection,)
        columns = ["title", "collection", "updated_at"] if trash else self.shown_columns(collection)
        self.records.configure(collections, columns, filters,
                               sort_key="updated_at" if trash else None, descending=True if trash else None)
        self.filters.for_collection(None if trash else collection, searching=False)
        self.filters.setVisible(not trash)
        self._apply_widths()
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(not trash)
        header.blockSignals(True)
        if not trash and self.records.sort_key in self.records.columns:
            header.setSortIndicator(self.records.columns.index(self.records.sort_key),
                                    Qt.SortOrder.DescendingOrder if self.records.descending else Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def show_search(self, text: str) -> None:
        if self.mode != "search":
            self.mode = "search"
            self.filters.for_collection(None, searching=True)
            self.filters.setVisible(True)
            self.use_model(self.hits)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.setSortIndicatorShown(False)
            header.blockSignals(False)
            # in a narrow pane (a small screen, a big font) "Found in" must still be in view
            metrics = self.table.fontMetrics()
            kind = max(metrics.horizontalAdvance(i18n.collection_label(c)) for c in LISTED) + 24
            self.table.setColumnWidth(0, max(metrics.horizontalAdvance("M" * 8),
                                             min(metrics.horizontalAdvance("M" * 30),
                                                 self.table.viewport().width() * 45 // 100)))
            self.table.setColumnWidth(1, kind)
        self.hits.search(text, self.filters.filters())

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.table.model() is self.records and self.records.sortable(column):
            self._want = self.current_id()
            self.records.sort(column, order)

    def _loaded(self) -> None:
        self._update_caption()
        want, self._want = self._want, None
        if want:
            self.select_id(want)

    def _update_caption(self) -> None:
        model = self.table.model()
        if model is self.hits:
            if not self.hits.text.strip():
                text = _t("Type to search practices, contacts, tools and themes.")
            elif self.hits.total > len(self.hits.hits):
                text = _t("Results: {shown} of {total}").format(shown=i18n.number(len(self.hits.hits)),
                                                               total=i18n.number(self.hits.total))
            else:
                text = _t("Results: {count}").format(count=i18n.number(self.hits.total))
        elif self.mode == "trash":
            text = _t("In the trash: {count}").format(count=i18n.number(self.records.rowCount()))
        else:
            text = _t("Records: {count}").format(count=i18n.number(self.records.rowCount()))
        selected = len(self.selected_ids())
        if selected > 1:
            text += " · " + _t("Selected: {count}").format(count=i18n.number(selected))
        self.caption.setText(text)

    def focus_chain(self) -> list[QWidget]:
        """The pane's part of the window's tab order: the filters, then the list."""
        return [*self.filters.focus_chain(), self.table]

    # -- selection ---------------------------------------------------------------------
    def _current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(ID_ROLE) or "" if current.isValid() else "")

    def current_id(self) -> str:
        index = self.table.currentIndex()
        return (index.data(ID_ROLE) or "") if index.isValid() else ""

    def current_collection(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(COLLECTION_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        sm = self.table.selectionModel()
        if sm is None:
            return []
        rows = sorted({i.row() for i in sm.selectedRows()})
        model = self.table.model()
        return [model.index(r, 0).data(ID_ROLE) for r in rows if model.index(r, 0).data(ID_ROLE)]

    def select_id(self, record_id: str) -> bool:
        model = self.table.model()
        row = model.row_of(record_id)
        if row < 0:
            return False
        index = model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def select_after_load(self, record_id: str) -> None:
        self._want = record_id

    # -- columns -----------------------------------------------------------------------
    def shown_columns(self, collection: str) -> list[str]:
        saved = self.settings.columns.get(collection)
        options = column_options(collection)
        if saved:
            cols = [c for c in saved if c in options]
            if cols:
                return cols
        return [c for c in spec(collection).list_columns if c in options]

    def _apply_widths(self) -> None:
        metrics = self.table.fontMetrics()
        for i, key in enumerate(self.records.columns):
            if key == "collection":
                self.table.setColumnWidth(i, 120)
            else:
                self.table.setColumnWidth(i, default_width(self.records.collection, key, metrics))

    def column_menu(self, pos: QPoint | None = None) -> QMenu | None:
        if self.mode != "collection":
            return None
        collection = self.records.collection
        menu = QMenu(self)
        menu.setAccessibleName(_t("Columns"))
        shown = list(self.records.columns)
        for key in column_options(collection):
            action = QAction(column_label(collection, key), menu)
            action.setCheckable(True)
            action.setChecked(key in shown)
            action.setEnabled(key != spec(collection).title_field)
            action.toggled.connect(lambda on, k=key: self.toggle_column(k, on))
            menu.addAction(action)
        if pos is not None:
            menu.popup(self.table.horizontalHeader().mapToGlobal(pos))
        return menu

    def toggle_column(self, key: str, on: bool) -> None:
        collection = self.records.collection
        options = column_options(collection)
        shown = [c for c in self.records.columns if c != key]
        if on:
            shown.append(key)
            shown.sort(key=lambda c: options.index(c) if c in options else 99)
        columns = dict(self.settings.columns)
        columns[collection] = shown
        self.settings.columns = columns
        self._want = self.current_id()
        self.records.configure(self.records.collections, shown, self.records.filters)
        self._apply_widths()
        self.columns_changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.activated.emit(self.current_id())
            return
        super().keyPressEvent(event)


__all__ = ["ListPane", "FilterBar", "COLLECTIONS", "QKeySequence"]
