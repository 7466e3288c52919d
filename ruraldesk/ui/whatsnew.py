"""What's new: the practices, contacts and tools others added or changed, by day and by
member, unread ones in bold with a dot; a line opens its record beside the list.

The view sits in the window's middle pane (a navigation entry), holds ids only and
fetches the lines it shows (store.news.arrivals), like the record lists. After a sync the
status bar says what came in ("3 new practices from your group")."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QDate, QLocale, QModelIndex, QObject,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QLabel, QListView, QPushButton,
                               QVBoxLayout, QWidget)

from ruraldesk.store.news import FOLLOWED, Arrival

from . import i18n, worker
from .layout import FlowLayout

PAGE = 100
CACHE_ROWS = 2_000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 20


def _t(text: str) -> str:
    return QCoreApplication.translate("WhatsNew", text)


def _offset_minutes() -> int:
    """The local zone's offset now: days are the person's days, not UTC's."""
    return int(dt.datetime.now().astimezone().utcoffset().total_seconds() // 60)


class NewsCounts(QObject):
    """The plural messages: lupdate reads the %n forms of a message only from a QObject's
    self.tr, so they live here (context "NewsCounts"), one message per case."""

    def counted(self, collection: str, n: int, kind: str = "") -> str:
        messages = {
            ("practice", "new"): lambda: self.tr("%n new practices", "", n),
            ("practice", "changed"): lambda: self.tr("%n changed practices", "", n),
            ("practice", ""): lambda: self.tr("%n practices", "", n),
            ("contact", "new"): lambda: self.tr("%n new contacts", "", n),
            ("contact", "changed"): lambda: self.tr("%n changed contacts", "", n),
            ("contact", ""): lambda: self.tr("%n contacts", "", n),
            ("tool", "new"): lambda: self.tr("%n new tools", "", n),
            ("tool", "changed"): lambda: self.tr("%n changed tools", "", n),
            ("tool", ""): lambda: self.tr("%n tools", "", n),
            ("post", "new"): lambda: self.tr("%n new posts", "", n),
            ("post", "changed"): lambda: self.tr("%n edited posts", "", n),
            ("post", ""): lambda: self.tr("%n posts", "", n),
        }
        return messages[(collection, kind)]()

    def unread(self, n: int) -> str:
        return self.tr("%n unread", "", n)

    def to_review(self, n: int) -> str:
        return self.tr("%n records shared by others since your last review.", "", n)


_counts: NewsCounts | None = None


def plural() -> NewsCounts:
    global _counts
    if _counts is None:
        _counts = NewsCounts()
    return _counts


def counted(collection: str, n: int, kind: str = "") -> str:
    """'3 new practices', '1 changed contact', '12 tools'."""
    return plural().counted(collection, n, kind)


def sync_sentence(last: dict[str, Any]) -> str:
    """The status bar's sentence for what the latest sync brought from others ("" for nothing)."""
    if "first" in last:
        items = [counted(c, last["first"][c]) for c in FOLLOWED if last["first"].get(c)]
        return _t("First sync: {items} from your group").format(items=", ".join(items)) if items else ""
    items = [counted(c, last[c][kind], kind) for c in FOLLOWED for kind in ("new", "changed")
             if last.get(c, {}).get(kind)]
    return _t("{items} from your group").format(items=", ".join(items)) if items else ""


def day_label(day: str) -> str:
    date = QDate.fromString(day, "yyyy-MM-dd")
    today = QDate.currentDate()
    if date == today:
        return _t("Today")
    if date == today.addDays(-1):
        return _t("Yesterday")
    return QLocale().toString(date, QLocale.FormatType.LongFormat)


def dot(colour: QColor, size: int) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(colour)
    p.setPen(Qt.PenStyle.NoPen)
    d = max(4, size // 2)
    p.drawEllipse((size - d) // 2, (size - d) // 2, d, d)
    p.end()
    return QIcon(pix)


class NewsModel(QAbstractListModel):
    """Heading rows (a day and a member, with counts) and arrival rows, ids only."""

    loaded = Signal()

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.unread_only = False
        self._rows: list[tuple[str, ...]] = []    # ("head", day, by) | ("item", record_id, collection)
        self._groups: dict[tuple[str, str], Any] = {}
        self._names: dict[str, str] = {}
        self.unread: set[str] = set()
        self._cache: OrderedDict[str, Arrival] = OrderedDict()
        self._generation = 0
        self._dot: QIcon | None = None
        self._blank: QIcon | None = None

    def reload(self, *, wait: bool = False) -> None:
        self._generation += 1
        generation, unread_only = self._generation, self.unread_only

        def work():
            news = self.store.news
            offset = _offset_minutes()
            index = news.index(offset, unread_only=unread_only)
            unread = {r[0] for r in news.index(offset, unread_only=True)} if not unread_only \
                else {r[0] for r in index}
            groups = {(g.day, g.by): g for g in news.groups(offset)}
            return index, unread, groups, news.names({g.by for g in groups.values()})

        task = worker.background(work, on_done=lambda result: self._set(generation, *result))
        if wait:
            task.wait()

    def _set(self, generation: int, index, unread, groups, names) -> None:
        if generation != self._generation:
            return
        rows: list[tuple[str, ...]] = []
        last = None
        for record_id, collection, day, by in index:
            if (day, by) != last:
                rows.append(("head", day, by))
                last = (day, by)
            rows.append(("item", record_id, collection))
        self.beginResetModel()
        self._rows, self.unread, self._groups, self._names = rows, set(unread), groups, names
        self._cache.clear()
        self.endResetModel()
        self.loaded.emit()

    def set_read(self, record_id: str) -> None:
        """Repaint one line as read (the store was told, or is being told)."""
        if record_id not in self.unread:
            return
        self.unread.discard(record_id)
        for row, r in enumerate(self._rows):
            if r[0] == "item" and r[1] == record_id:
                i = self.index(row)
                self.dataChanged.emit(i, i)

    def record_id(self, row: int) -> str | None:
        r = self._rows[row] if 0 <= row < len(self._rows) else None
        return r[1] if r and r[0] == "item" else None

    def item_count(self) -> int:
        return sum(1 for r in self._rows if r[0] == "item")

    def _arrival(self, row: int) -> Arrival | None:
        record_id = self._rows[row][1]
        found = self._cache.get(record_id)
        if found is not None:
            return found
        start = max(0, row - PAGE // 4)
        wanted = [r[1] for r in self._rows[start:start + PAGE] if r[0] == "item" and r[1] not in self._cache]
        self._cache.update(self.store.news.arrivals(wanted))
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(record_id)

    def who(self, member_id: str) -> str:
        return self._names.get(member_id) or member_id or _t("someone")

    def heading(self, day: str, by: str) -> str:
        g = self._groups.get((day, by))
        counts = ", ".join(counted(c, g.counts[c]) for c in FOLLOWED if g and g.counts.get(c))
        return _t("{day} · {who}: {counts}").format(day=day_label(day), who=self.who(by), counts=counts)

    def line(self, a: Arrival) -> str:
        title = a.title or _t("(untitled)")
        lines = {("practice", "new"): _t("New practice: {title}"),
                 ("practice", "changed"): _t("Changed practice: {title}"),
                 ("contact", "new"): _t("New contact: {title}"),
                 ("contact", "changed"): _t("Changed contact: {title}"),
                 ("tool", "new"): _t("New tool: {title}"),
                 ("tool", "changed"): _t("Changed tool: {title}")}
        return lines.get((a.collection, a.kind), "{title}").format(title=title)

    # -- QAbstractListModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if row[0] == "head":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.heading(row[1], row[2])
            if role == HEADING_ROLE:
                return True
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            return None
        record_id = row[1]
        unread = record_id in self.unread
        if role == ID_ROLE:
            return record_id
        if role == Qt.ItemDataRole.FontRole and unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            size = QFont().pointSize() + 4
            if self._dot is None:
                self._dot = dot(QPalette().color(QPalette.ColorRole.Highlight), size)
                self._blank = dot(QColor(0, 0, 0, 0), size)
            return self._dot if unread else self._blank
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            a = self._arrival(index.row())
            if a is None:
                return "…" if role == Qt.ItemDataRole.DisplayRole else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return _t("By {who}, {when}").format(who=self.who(a.by), when=i18n.timestamp(a.at))
            text = self.line(a)
            if role == Qt.ItemDataRole.AccessibleTextRole and unread:
                return _t("Unread: {line}").format(line=text)
            return text
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "head":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class NewsView(QWidget):
    """The middle pane for "What's new"."""

    open_requested = Signal(str)     # record id
    counts_changed = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setAccessibleName(_t("What's new"))
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(_t("What's new"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        box.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        row = FlowLayout()      # wraps in a narrow pane: the window still fits 1024×600 at 150 %
        self.only_unread = QCheckBox(_t("Only &unread"))
        self.only_unread.toggled.connect(self._only_unread)
        self.read_all = QPushButton(_t("Mark &all as read"))
        self.read_all.setAccessibleName(_t("Mark everything in What's new as read"))
        self.read_all.clicked.connect(self.mark_all_read)
        row.addWidget(self.only_unread)
        row.addWidget(self.read_all)
        box.addLayout(row)
        self.model = NewsModel(store, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(_t("What arrived from your group"))
        # a long title wraps in a narrow pane (150 %) rather than running off under a scroll bar
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        box.addWidget(self.view, 1)
        self.model.loaded.connect(self._loaded)

    def shown(self) -> None:
        self.model.reload()

    def _only_unread(self, on: bool) -> None:
        self.model.unread_only = on
        self.model.reload()

    def _loaded(self) -> None:
        self._say()
        self.counts_changed.emit()

    def _say(self) -> None:
        n, unread = self.model.item_count(), len(self.model.unread)
        if not n:
            self.intro.setText(_t("Nothing new from your group yet. When others add or change practices, "
                                  "contacts or tools, they are listed here after a sync."))
        else:
            self.intro.setText(plural().unread(unread) if unread else _t("Everything here is read."))
        self.read_all.setEnabled(unread > 0)

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row())
        if record_id:
            self.open_requested.emit(record_id)

    def opened(self, record_id: str) -> None:
        """A record was shown (here or anywhere): it is read from now on."""
        if record_id not in self.model.unread:
            return
        self.model.set_read(record_id)
        self._say()
        worker.background(self.store.news.mark_read, record_id, serial=True,
                          on_done=lambda _was: self.counts_changed.emit())

    def mark_all_read(self) -> None:
        worker.background(self.store.news.mark_all_read, serial=True, on_done=lambda _n: self.model.reload())


# -- the window ---------------------------------------------------------------------------
def install(shell) -> None:
    """The What's new and review panes in every main window; the after-sync sentence."""
    shell.window_created_hooks.append(lambda window: attach(shell, window))
    shell.sync.after_sync.append(lambda report: synced(shell))


def attach(shell, window) -> None:
    from .models import NavigationModel
    from .review import ReviewView

    news = NewsView(window.store)
    review = ReviewView(window.ops)
    window.add_view(NavigationModel.NEWS, news)
    window.add_view(NavigationModel.REVIEW, review)
    window.news_view, window.review_view = news, review

    def open_here(record_id: str) -> None:
        record = window.store.find(record_id)
        if record is None:
            window.statusBar().showMessage(_t("That record is no longer here."), 5000)
            return
        window.detail.show_record(record)
        window._update_actions()
        news.opened(record_id)

    news.open_requested.connect(open_here)
    review.open_requested.connect(open_here)
    news.counts_changed.connect(window.nav_model.load_counts)
    review.counts_changed.connect(window.nav_model.load_counts)
    window.list.current_changed.connect(lambda record_id: record_id and news.opened(record_id))
    window.add_action("whats-new", _t("&What's new"), lambda: window.show_view(NavigationModel.NEWS),
                      menu="view", shortcut="Ctrl+Shift+N",
                      tip=_t("What your group added or changed since you last looked"))
    _refresh_role(shell, window)


def _refresh_role(shell, window) -> None:
    from sync.client import directory

    shown = directory.role(window.store) == "coordinator"
    if window.nav_model.review != shown:
        window.nav_model.review = shown
        window._rebuild_navigation()      # keeps the current row


def synced(shell) -> None:
    window = shell.window
    if window is None:
        return

    def done(last) -> None:
        try:
            text = sync_sentence(last)
            if text:
                window.statusBar().showMessage(text, 15_000)
            _refresh_role(shell, window)
            window.nav_model.load_counts()
            current = window.middle.currentWidget()
            if current in (window.news_view, window.review_view):
                current.shown()
        except RuntimeError:      # the window was rebuilt meanwhile
            return

    worker.background(window.store.news.last_sync, on_done=done)


__all__ = ["NewsModel", "NewsView", "counted", "install", "sync_sentence"]
