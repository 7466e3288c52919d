"""The main window: navigation | list | detail, menus, tool bar, search, status bar."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QMainWindow, QMenu, QPushButton, QSizePolicy, QSplitter, QStackedWidget, QToolBar,
                               QTreeView, QWidget)

from ruraldesk.domain import geo
from ruraldesk.domain.records import COLLECTIONS, Record, spec
from ruraldesk.domain.validation import ValidationError
from ruraldesk.domain.text import sort_key as order_key
from ruraldesk.store import Filters

from . import helpmenu, i18n, layout, worker
from .detail import DetailPane
from .dialogs import ColumnsDialog, Dialog, LinkDialog, SettingsDialog
from .listpane import ListPane
from .models import ID_ROLE, NODE_ROLE, NavigationModel
from .ops import Change, Operations
from .settings import Settings


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


#: which collections a record of each collection can be linked to (both directions)
def linkable(collection: str) -> tuple[str, ...]:
    out = [c for c in spec(collection).links if c != "attachment"]
    out += [c for c, s in COLLECTIONS.items() if collection in s.links and c not in out]
    return tuple(c for c in ("practice", "contact", "tool") if c in out)


class NameDialog(Dialog):
    def __init__(self, parent: QWidget | None, title: str, label: str, value: str):
        super().__init__(parent, title)
        self.edit = QLineEdit(value)
        self.edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        lab = QLabel(label)
        lab.setBuddy(self.edit)
        self.form().addRow(lab, self.edit)
        self.finish()
        self.setMinimumWidth(420)


class MainWindow(QMainWindow):
    """Extension points (see ruraldesk.ui docstring): menu(), add_action(), action(),
    set_sync_state(), sync_slot, run_with_progress(), ops, settings."""

    settings_applied = Signal(set)      # names of the settings that changed in the dialog

    MENUS = ("file", "edit", "view", "record", "sync", "help")

    def __init__(self, ops: Operations, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.settings, self.store = ops, settings, ops.store
        self.setWindowTitle(_t("RuralDesk"))
        self.setAccessibleName(_t("RuralDesk"))
        self.resize(layout.initial_size(self.screen().availableGeometry().size()))
        self._menus: dict[str, QMenu] = {}
        self._sections: dict[tuple[str, str], QAction] = {}
        self._actions: dict[str, QAction] = {}
        self._back: list[str] = []
        #: set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server
        self.fetch_attachment: Callable[[str, Callable[[], None]], None] | None = None
        self.collection = "practice"
        self.node: tuple[int, Any] = (NavigationModel.COLLECTION, "practice")
        self.themes: list[Record] = []

        # -- panes -----------------------------------------------------------------------
        self.nav_model = NavigationModel(self.store, self)
        self.nav = QTreeView()
        self.nav.setModel(self.nav_model)
        self.nav.setHeaderHidden(True)
        self.nav.setAccessibleName(_t("Navigation"))
        self.nav.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 8))
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.nav.customContextMenuRequested.connect(self._nav_menu)
        self.nav.selectionModel().currentChanged.connect(self._nav_changed)
        self.list = ListPane(self.store, settings)
        self.detail = DetailPane(self.store)
        self.detail.setAcceptDrops(True)
        self.detail.view.setAcceptDrops(False)
        self.detail.dragEnterEvent = self._drag_enter       # type: ignore[method-assign]
        self.detail.dropEvent = self._drop                  # type: ignore[method-assign]
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        #: the middle pane: the list, or a view another module adds for a navigation node
        self.middle = QStackedWidget()
        self.middle.addWidget(self.list)
        self.views: dict[int, QWidget] = {}
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        width = self.width()     # the panes in proportion to the window the screen allows
        self.splitter.setSizes([width * 17 // 100, width * 47 // 100, width * 36 // 100])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.list.current_changed.connect(self._show_current)
        self.list.activated.connect(lambda _id: self.edit_record())
        self.list.filters.changed.connect(self._filters_changed)
        self.list.filters.save_requested.connect(self.save_search)
        self.detail.link_activated.connect(self._detail_link)

        # -- search field ------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Search everything (Ctrl+K)"))
        self.search.setAccessibleName(_t("Search everything"))
        self.search.setClearButtonEnabled(True)
        # wide when there is room, never what keeps the window wider than a small screen
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 10))
        self.search.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 26))
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda: self._search_timer.start())
        layout.shortcut(Qt.Key.Key_Escape, self.search, self.search.clear, Qt.ShortcutContext.WidgetShortcut)

        self._build_actions()
        self._build_status_bar()
        self._followed: list[tuple[Any, Callable]] = []
        self.follow(self.ops.changed, self._changed)
        self.follow(self.ops.failed, lambda message: self.statusBar().showMessage(message, 8000))
        self.follow(self.settings.changed, self._setting_changed)
        if settings.geometry:
            self.restoreGeometry(QByteArray.fromHex(settings.geometry.encode()))
        if settings.splitter:
            self.splitter.restoreState(QByteArray.fromHex(settings.splitter.encode()))
        layout.fit_inside(self, self.screen().availableGeometry())
        self._tab_order()

        self.nav.setCurrentIndex(self.nav_model.node_index(NavigationModel.COLLECTION, "practice"))
        self.load_navigation()
        self.refresh_pending()
        # Warm the NUTS table before a form needs it, once the window has painted: loading it
        # holds the interpreter for half a second, which would delay the first list.
        QTimer.singleShot(1500, lambda: worker.background(geo.regions_for, "PT"))

    # -- extension points ------------------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The named menu (file, edit, view, record, sync, help), made on first use."""
        if name not in self._menus:
            titles = {"file": _t("&File"), "edit": _t("&Edit"), "view": _t("&View"),
                      "record": _t("&Record"), "sync": _t("&Sync"), "help": _t("&Help")}
            menu = QMenu(titles.get(name, name), self)
            menu.setAccessibleName(menu.title().replace("&", ""))
            later = [self._menus[m].menuAction() for m in self.MENUS[self.MENUS.index(name) + 1:]
                     if m in self._menus] if name in self.MENUS else []
            if later:
                self.menuBar().insertMenu(later[0], menu)
            else:
                self.menuBar().addMenu(menu)
            self._menus[name] = menu
        return self._menus[name]

    def section(self, menu: str, name: str) -> None:
        """Start a named section at the end of a menu; add_action(section=name) fills it."""
        end = QAction(self)
        end.setSeparator(True)
        self.menu(menu).addAction(end)
        self._sections[(menu, name)] = end

    def add_action(self, key: str, text: str, slot: Callable[[], Any] | None = None, *,
                   menu: str | None = None, section: str | None = None,
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | list | None = None,
                   toolbar: bool = False, tip: str = "") -> QAction:
        """Register an action under `key` (see action()); put it in a menu (and a section).
        Keys are unique: a second action under one key would take over the first one's state."""
        if key in self._actions:
            raise ValueError(f"an action named {key!r} is registered already")
        action = QAction(text, self)
        action.setObjectName(key)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            elif isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(lambda checked=False: slot())
        self.addAction(action)          # shortcuts work even when the menu bar is hidden
        if menu is not None:
            end = self._sections.get((menu, section)) if section else None
            if end is not None:
                self.menu(menu).insertAction(end, action)
            else:
                self.menu(menu).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self._actions[key] = action
        return action

    def action(self, key: str) -> QAction:
        return self._actions[key]

    def follow(self, signal: Any, slot: Callable) -> None:
        """Connect a signal of something that outlives this window (operations, settings, the
        sync controller) to a slot that uses the window; detach() cuts every such link."""
        signal.connect(slot)
        self._followed.append((signal, slot))

    def detach(self) -> None:
        """The window is being replaced (a language or font change): nothing may call into it
        any more, or every later change would touch deleted widgets."""
        for signal, slot in self._followed:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._followed.clear()

    def set_sync_state(self, text: str, tooltip: str = "") -> None:
        """Plain-language sync state in the status bar (owned by the sync UI)."""
        self.sync_label.setText(text)
        self.sync_label.setToolTip(tooltip)
        self.sync_label.setAccessibleDescription(tooltip or text)

    def run_with_progress(self, title: str, fn: Callable, *args: Any, on_done: Callable | None = None,
                          on_error: Callable | None = None, changes: Change | None = Change.everything(),
                          **kwargs: Any):
        """Long work with a progress dialog and Cancel; views refresh with `changes` after."""
        from .dialogs import run_with_progress

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            elif type(exc).__name__ != "Cancelled":
                Dialog.warn(self, title, str(exc))

        return run_with_progress(self, title, fn, *args, on_done=on_done, on_error=failed,
                                 run=lambda f, *a, **k: self.ops.run(f, *a, changes=changes, **k), **kwargs)

    # -- building ----------------------------------------------------------------------
    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.toolbar = QToolBar(_t("Main tool bar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setAccessibleName(_t("Main tool bar"))
        self.addToolBar(self.toolbar)

        for name in self.MENUS:
            if name != "sync":
                self.menu(name)
        self.add_action("new", _t("&New"), self.new_record, menu="file", shortcut=SK.New, toolbar=True,
                        tip=_t("Add a record to the list shown"))
        for c in ("practice", "contact", "tool", "theme"):
            self.add_action(f"new-{c}", i18n.new_record_label(c),
                            lambda c=c: self.new_record(c), menu="file")
        self.menu("file").addSeparator()
        self.section("file", "io")      # import / export
        self.add_action("settings", _t("&Settings…"), self.open_settings, menu="file",
                        shortcut=list(dict.fromkeys([*QKeySequence.keyBindings(SK.Preferences),
                                                     QKeySequence("Ctrl+,")])))
        self.menu("file").addSeparator()
        self.add_action("quit", _t("&Quit"), self.close, menu="file", shortcut=SK.Quit)

        undo = self.ops.undo_stack.createUndoAction(self, _t("&Undo"))
        undo.setShortcuts(SK.Undo)
        redo = self.ops.undo_stack.createRedoAction(self, _t("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), *[k for k in QKeySequence.keyBindings(SK.Redo)
                                                          if k != QKeySequence("Ctrl+Shift+Z")]])
        # The tool bar shows a fixed short word (its width stays put); the menu and the tool
        # tip keep the whole text ("Undo Delete …"), which QAction's tool tip follows.
        undo.setIconText(_t("Undo"))
        redo.setIconText(_t("Redo"))
        for key, a in (("undo", undo), ("redo", redo)):
            a.setObjectName(key)
            self.addAction(a)
            self.menu("edit").addAction(a)
            self._actions[key] = a
        self.menu("edit").addSeparator()
        self.add_action("find", _t("&Find…"), self.focus_search, menu="edit",
                        shortcut=[*QKeySequence.keyBindings(SK.Find), QKeySequence("Ctrl+K")])
        self.add_action("paste", _t("&Paste as attachment"), self.paste_attachment, menu="edit")
        self.add_action("select-all", _t("Select &all"), lambda: self.list.table.selectAll(), menu="edit")

        self.add_action("edit-record", _t("&Edit"), self.edit_record, menu="record", shortcut="F2",
                        toolbar=True, tip=_t("Edit the record shown"))
        self.add_action("delete", _t("&Delete"), self.delete_selected, menu="record", shortcut=SK.Delete,
                        toolbar=True, tip=_t("Move the selected records to the trash"))
        self.add_action("restore", _t("Re&store"), self.restore_selected, menu="record",
                        shortcut="Ctrl+Shift+R", tip=_t("Bring the selected records back from the trash"))
        self.menu("record").addSeparator()
        self.add_action("link", _t("&Link to…"), self.link_record, menu="record", shortcut="Ctrl+L",
                        toolbar=True, tip=_t("Link this record to contacts, tools or practices"))
        self.add_action("attach", _t("&Attach files…"), self.attach_files, menu="record",
                        shortcut="Ctrl+Shift+A", toolbar=True, tip=_t("Copy files into the workspace and attach them"))
        self.add_action("back", _t("&Back"), self.go_back, menu="record", shortcut=SK.Back)
        self.menu("record").addSeparator()
        self.add_action("empty-trash", _t("Empty the &trash…"), self.empty_trash, menu="record")

        for i, (key, label) in enumerate((("practice", None), ("contact", None), ("tool", None),
                                          ("theme", None), ("trash", _t("Trash")))):
            text = label or i18n.collection_label(key, plural=True)
            self.add_action(f"go-{key}", _t("Show {what}").format(what=text), lambda k=key: self.go(k),
                            menu="view", shortcut=f"Ctrl+{i + 1}")
        self.menu("view").addSeparator()
        self.add_action("columns", _t("&Columns…"), self.choose_columns, menu="view")
        self.add_action("focus-list", _t("Go to the &list"), lambda: self.list.table.setFocus(), menu="view",
                        shortcut="F6")
        self.add_action("guide", _t("&User guide"), lambda: helpmenu.show_guide(self), menu="help",
                        shortcut=QKeySequence.StandardKey.HelpContents)
        self.add_action("diagnostics", _t("&Copy diagnostic information"), self.copy_diagnostics, menu="help",
                        tip=_t("For a support request: versions and sizes, never names or contents"))
        self.add_action("log-folder", _t("Show the &log folder"), helpmenu.open_log_folder, menu="help")
        self.menu("help").addSeparator()
        self.add_action("about", _t("&About RuralDesk"), self.about, menu="help")

        self.toolbar.insertAction(self.action("edit-record"), self.action("undo"))
        self.toolbar.insertAction(self.action("edit-record"), self.action("redo"))
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy())
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search)

        self.detail_buttons: dict[str, QPushButton] = {}
        buttons = []
        for key in ("edit-record", "link", "attach", "delete", "restore"):
            action = self.action(key)
            b = QPushButton(action.text().replace("&", "").replace("…", "…"))
            b.setAccessibleName(action.text().replace("&", ""))
            b.setToolTip(action.toolTip())
            b.clicked.connect(action.trigger)
            self.detail_buttons[key] = b
            buttons.append(b)
        self.detail.set_actions(buttons)
        layout.shortcut(QKeySequence.StandardKey.Paste, self.detail.viewer, self.paste_attachment,
                        Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_actions()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setAccessibleName(_t("Status"))
        self.pending_label = layout.ElidedLabel()
        self.pending_label.setAccessibleName(_t("Changes waiting to be shared"))
        self.sync_slot = QWidget()
        row = QHBoxLayout(self.sync_slot)
        row.setContentsMargins(12, 0, 4, 0)      # apart from the pending count beside it
        self.sync_label = layout.ElidedLabel()
        self.sync_label.setAccessibleName(_t("Sync state"))
        row.addWidget(self.sync_label)
        bar.addPermanentWidget(self.pending_label)
        bar.addPermanentWidget(self.sync_slot)      # filled in by syncui.SyncController

    def _tab_order(self) -> None:
        """Tab goes the way the eye does: search, navigation, filters, list, record, its buttons."""
        chain = [self.search, self.nav, *self.list.focus_chain(), *self.detail.focus_chain()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- navigation --------------------------------------------------------------------
    def load_navigation(self) -> None:
        def work():
            ids = self.store.list_ids("theme")
            return list(self.store.get_many("theme", ids).values())

        worker.background(work, on_done=self._themes_loaded)

    def _rebuild_navigation(self, select: tuple[int, Any] | None = None) -> None:
        """Rebuild the tree and keep the row that was chosen (or `select`): a rebuilt model
        would otherwise move the current row to whatever now sits at its old place."""
        self.nav.selectionModel().blockSignals(True)
        self.nav_model.rebuild(self.settings.saved_searches, self.themes)
        self.nav.expand(self.nav_model.node_index(NavigationModel.SEARCHES, "searches"))
        self.nav.setCurrentIndex(self.nav_model.node_index(*(select or self.node)))
        self.nav.selectionModel().blockSignals(False)

    def _themes_loaded(self, themes: list[Record]) -> None:
        self.themes = themes
        node = self.node
        self._rebuild_navigation()
        self.nav_model.load_counts()
        self.list.filters.set_themes(sorted(((t.id, i18n.title(t)) for t in themes), key=lambda kv: order_key(kv[1])))
        if not self.list.model().rowCount() and self.list.mode != "search":
            self._show_node(*node)

    def _nav_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        node, payload = current.data(NODE_ROLE), current.data(ID_ROLE)
        if node == NavigationModel.SAVED:
            self.apply_saved_search(payload)
            return
        if node == NavigationModel.SEARCHES:       # the heading: the search, and how to save one
            self.detail.show_placeholder()
            self.list.show_search(self.search.text())
            self._update_actions()
            if not self.settings.saved_searches:
                self.statusBar().showMessage(_t("No saved searches yet. Type in the search box, then "
                                                "choose Save search under the filters."), 8000)
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._show_node(node, payload)

    def add_view(self, node: int, view: QWidget) -> None:
        """A middle-pane view shown for a navigation node of that kind (what's new, review)."""
        self.views[node] = view
        self.middle.addWidget(view)

    def show_view(self, node: int) -> None:
        self.nav.setCurrentIndex(self.nav_model.node_index(node, None))

    def _show_node(self, node: int, payload: Any) -> None:
        another = (node, payload) != self.node      # not the same list shown again (themes loaded)
        self.node = (node, payload)
        view = self.views.get(node)
        self.middle.setCurrentWidget(view or self.list)
        if view is not None:
            view.shown()
        if another and (self.detail.form is None or not self.detail.form.changes()):
            # another list: the record of the last one (and its Delete) must not stay shown;
            # the new list's selection shows its own record
            self.detail.show_placeholder()
        if node in (NavigationModel.COLLECTION, NavigationModel.THEME):
            # the list is filtered by what the boxes say, and by nothing else: the boxes are
            # fitted to the collection first (a box hidden until now may hold a value), and a
            # theme chosen in the sidebar is the theme box's value
            collection = payload if node == NavigationModel.COLLECTION else "practice"
            self.collection = collection
            bar = self.list.filters
            bar.for_collection(collection, searching=False)
            bar._quiet = True
            bar.theme.setCurrentIndex(max(0, bar.theme.findData(payload if node == NavigationModel.THEME
                                                                else None)))
            bar._quiet = False
            self.list.show_collection(collection, bar.filters())
        elif node == NavigationModel.THEMES:
            self.collection = "theme"
            self.list.show_collection("theme", Filters())
        elif node == NavigationModel.TRASH:
            self.list.show_collection("practice", Filters(deleted=True), trash=True)
        self._update_actions()

    def go(self, key: str) -> None:
        node = (NavigationModel.TRASH, "trash") if key == "trash" else \
            (NavigationModel.THEMES, "theme") if key == "theme" else (NavigationModel.COLLECTION, key)
        self.nav.setCurrentIndex(self.nav_model.node_index(*node))
        self.list.table.setFocus()

    def _filters_changed(self) -> None:
        if self.list.mode == "search":
            self._run_search()
        elif self.list.mode == "collection":
            filters = self.list.filters.filters()
            if self.node[0] in (NavigationModel.COLLECTION, NavigationModel.THEME) \
                    and self.collection == "practice":
                # the sidebar follows the theme box: a theme's row, or Practices when cleared
                node = (NavigationModel.THEME, filters.theme) if filters.theme \
                    else (NavigationModel.COLLECTION, "practice")
                if node != self.node and self.nav_model.node_index(*node).isValid():
                    self.node = node
                    self.nav.selectionModel().blockSignals(True)
                    self.nav.setCurrentIndex(self.nav_model.node_index(*node))
                    self.nav.selectionModel().blockSignals(False)
            self.list.records.configure(self.list.records.collections, self.list.records.columns, filters)

    def _nav_menu(self, pos) -> None:
        index = self.nav.indexAt(pos)
        if not index.isValid() or index.data(NODE_ROLE) != NavigationModel.SAVED:
            return
        menu = QMenu(self)
        menu.addAction(_t("Delete saved search"), lambda: self.delete_saved_search(index.data(ID_ROLE)))
        menu.popup(self.nav.viewport().mapToGlobal(pos))

    # -- search ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _run_search(self) -> None:
        text = self.search.text()
        if not text.strip():
            if self.list.mode == "search":
                self._show_node(*self.node)
            return
        self.list.show_search(text)
        self._update_actions()

    def save_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        dialog = NameDialog(self, _t("Save search"), _t("&Name:"), text)
        if dialog.exec() != Dialog.DialogCode.Accepted:
            return
        name = dialog.edit.text().strip() or text
        saved = list(self.settings.saved_searches)
        saved.append({"name": name, "text": text, "filters": self.list.filters.filters().to_dict()})
        self.settings.saved_searches = saved
        self._rebuild_navigation(select=(NavigationModel.SAVED, len(saved) - 1))
        self.statusBar().showMessage(_t("Saved the search “{name}”").format(name=name), 5000)

    def apply_saved_search(self, index: int) -> None:
        saved = self.settings.saved_searches
        if not 0 <= index < len(saved):
            return
        entry = saved[index]
        self.list.show_search(entry.get("text", ""))
        filters = dict(entry.get("filters") or {})
        filters["collections"] = tuple(filters.get("collections") or ())
        self.list.filters.set_filters(filters)
        self.search.blockSignals(True)
        self.search.setText(entry.get("text", ""))
        self.search.blockSignals(False)
        self._run_search()

    def delete_saved_search(self, index: int) -> None:
        saved = list(self.settings.saved_searches)
        if 0 <= index < len(saved):
            del saved[index]
            self.settings.saved_searches = saved
            self._rebuild_navigation()

    # -- records -----------------------------------------------------------------------
    def _show_current(self, record_id: str) -> None:
        if self.detail.form is not None and self.detail.form.record is not None \
                and self.detail.form.record.id == record_id:
            return
        if self.detail.form is not None and self.detail.form.edited_since_load():
            # showing the other record would drop the form and the typing in it; the form
            # stays until it is saved or left (Cancel / Escape ask first)
            self._update_actions()
            return
        record = self.store.find(record_id) if record_id else None
        if record is None:
            self.detail.show_placeholder()
        else:
            self.detail.show_record(record)
        self._update_actions()

    def current_record(self) -> Record | None:
        return self.detail.record

    def open_record(self, record_id: str, *, remember: bool = True) -> None:
        """Show a record (following a link): in its collection's list when it is there."""
        record = self.store.find(record_id)
        if record is None:
            self.statusBar().showMessage(_t("That record is no longer here."), 5000)
            return
        if remember and self.detail.record is not None and self.detail.record.id != record_id:
            self._back.append(self.detail.record.id)
        if self.list.select_id(record_id):
            return
        if record.deleted:
            target = (NavigationModel.TRASH, "trash")
        elif record.collection in NavigationModel.ENTRIES:
            target = (NavigationModel.COLLECTION, record.collection)
        elif record.collection == "theme":
            target = (NavigationModel.THEMES, "theme")
        else:
            target = None
        if target is not None:
            self.list.filters._quiet = True
            self.list.filters.reset()
            self.list.filters._quiet = False
            self.list.select_after_load(record_id)
            self.nav.setCurrentIndex(self.nav_model.node_index(*target))
        self.detail.show_record(record)     # after the move: a new list clears the record pane
        self._update_actions()

    def go_back(self) -> None:
        if self._back:
            self.open_record(self._back.pop(), remember=False)

    def _target_collection(self) -> str:
        if self.list.mode == "collection":
            return self.list.records.collection
        return self.collection if self.collection in COLLECTIONS else "practice"

    def new_record(self, collection: str | None = None) -> None:
        collection = collection or self._target_collection()
        defaults: dict[str, Any] = {}
        if collection in ("practice", "tool"):
            defaults = {"status": "draft"}      # its author shares it when it is ready for review
            if collection == "practice" and self.node[0] == NavigationModel.THEME:
                defaults["themes"] = [self.node[1]]
        if collection != self.list.records.collection or self.list.mode != "collection":
            self.go("theme" if collection == "theme" else collection)
        form = self.detail.edit(collection, None, defaults)
        form.saved.connect(lambda values: self._save(form, values))
        form.cancelled.connect(self._cancel_edit)

    def edit_record(self) -> None:
        record = self.detail.record
        if record is None or record.deleted or record.collection == "attachment":
            return
        form = self.detail.edit(record.collection, record)
        form.saved.connect(lambda values: self._save(form, values))
        form.cancelled.connect(self._cancel_edit)

    def _cancel_edit(self) -> None:
        self.detail.close_form()
        self.list.table.setFocus()

    def _save(self, form, values: dict) -> None:
        if form.record is not None and not values:
            self.detail.close_form()
            return
        form.setEnabled(False)   # until the writer thread has committed (or refused) it

        def saved(record: Record) -> None:
            message = _t("Added “{title}”") if form.record is None else _t("Saved “{title}”")
            self.statusBar().showMessage(message.format(title=record.title), 5000)
            if self.detail.form is form:
                self.detail._drop_form()
                self.detail.show_record(self.store.get(record.id))
            self.list.select_after_load(record.id)
            self.list.table.setFocus()

        def refused(exc: BaseException) -> None:
            form.setEnabled(True)
            if isinstance(exc, ValidationError):
                form.show_errors(exc.errors)
            else:
                Dialog.warn(self, _t("Could not save"), str(exc))

        if form.record is None:
            self.ops.create(form.collection, values, on_done=saved, on_error=refused)
        else:
            self.ops.update(form.record.id, values, on_done=saved, on_error=refused)

    def _selected(self) -> list[str]:
        ids = self.list.selected_ids()
        if not ids and self.detail.record is not None:
            ids = [self.detail.record.id]
        return ids

    def delete_selected(self) -> None:
        ids = [i for i in self._selected() if not (self.store.find(i) or Record("", "", {})).deleted]
        if not ids:
            return
        row = self.list.table.currentIndex().row()
        self._after_reload_select_row(row)
        self.ops.delete(ids, on_done=lambda records: self.statusBar().showMessage(
            _t("Moved to the trash: {count}. Undo with Ctrl+Z.").format(count=len(records)), 6000))

    def _after_reload_select_row(self, row: int) -> None:
        def select() -> None:
            self.list.records.loaded.disconnect(select)
            model = self.list.model()
            if model.rowCount():
                target = model.index(min(row, model.rowCount() - 1), 0).data(ID_ROLE)
                if target:
                    self.list.select_id(target)
        self.list.records.loaded.connect(select)

    def restore_selected(self) -> None:
        ids = [i for i in self._selected() if (self.store.find(i) or Record("", "", {})).deleted]
        if ids:
            self.ops.restore(ids, on_done=lambda records: self.statusBar().showMessage(
                _t("Restored: {count}").format(count=len(records)), 5000))

    def empty_trash(self) -> None:
        if not Dialog.ask(self, _t("Empty the trash"),
                          _t("Erase everything in the trash from this computer? This cannot be undone.")):
            return
        self.run_with_progress(_t("Emptying the trash"), self.store.empty_trash,
                               on_done=lambda n: self.statusBar().showMessage(
                                   _t("Erased from this computer: {count}").format(count=n), 5000))

    def link_record(self) -> None:
        record = self.detail.record
        if record is None or record.deleted or not linkable(record.collection):
            return
        targets = linkable(record.collection)
        dialog = LinkDialog(self.store, targets, _t("Link “{title}” to…").format(title=i18n.title(record)), self)
        if dialog.exec() != Dialog.DialogCode.Accepted:
            return
        chosen = [i for i in dialog.chosen() if i != record.id]
        if not chosen:
            return
        self.ops.link(record.id, chosen)

    def _detail_link(self, action: str, record_id: str) -> None:
        record = self.detail.record
        if action == "open":
            self.open_record(record_id)
        elif action == "unlink" and record is not None:
            self.ops.unlink(record.id, record_id)
        elif action == "file":
            self.open_attachment(record_id)
        elif action == "detach" and record is not None:
            self.ops.detach(record.id, record_id)

    # -- attachments -------------------------------------------------------------------
    def attach_files(self, paths: list[Path] | None = None, after: Callable[[], None] | None = None) -> None:
        record = self.detail.record
        if record is None or record.deleted or not spec(record.collection).has("attachments"):
            self.statusBar().showMessage(_t("Choose a practice or a tool to attach files to."), 5000)
            return
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, _t("Attach files"))
            paths = [Path(n) for n in names]
        paths = [p for p in paths if p.is_file()]
        if not paths:
            return
        def attached(made: list[Record]) -> None:
            self.statusBar().showMessage(_t("Attached: {count}").format(count=len(made)), 5000)
            if after is not None:
                after()

        def refused(exc: BaseException) -> None:
            Dialog.warn(self, _t("Could not attach"), str(exc))
            if after is not None:
                after()

        self.ops.attach(record.id, paths, on_done=attached, on_error=refused)

    def attach_mime(self, mime: QMimeData) -> bool:
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths:
            self.attach_files(paths)
            return True
        if mime.hasImage():
            image = mime.imageData()
            folder = Path(tempfile.mkdtemp(prefix="ruraldesk-paste-"))
            path = folder / time.strftime("pasted-%Y%m%d-%H%M%S.png")
            if image is not None and image.save(str(path), "PNG"):
                self.attach_files([path], after=lambda: shutil.rmtree(folder, ignore_errors=True))
                return True
            shutil.rmtree(folder, ignore_errors=True)
        return False

    def paste_attachment(self) -> None:
        if not self.attach_mime(QGuiApplication.clipboard().mimeData()):
            self.statusBar().showMessage(_t("The clipboard holds no file or picture to attach."), 5000)

    def _drag_enter(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def _drop(self, event) -> None:
        if self.attach_mime(event.mimeData()):
            event.acceptProposedAction()

    def open_attachment(self, attachment_id: str) -> None:
        record = self.store.find(attachment_id)
        if record is None:
            return
        source = self.store.attachment_path(record)
        if not source.exists():
            if self.fetch_attachment is not None:     # kept on demand: download it now, then open
                self.fetch_attachment(record.fields["sha256"], lambda: self.open_attachment(attachment_id))
                return
            Dialog.inform(self, _t("Attachment not here yet"),
                          _t("This file is not on this computer yet. It arrives with the next sync."))
            return
        from .attachments import open_copy

        open_copy(self, source, record.title, record.fields["sha256"])

    # -- refreshing --------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        model = self.list.records
        if self.list.mode == "search":
            self._run_search()
        elif change.structural and any(change.touches(c) for c in model.collections) \
                or self.list.mode == "trash":
            self.list.select_after_load(self.list.current_id())
            model.reload()
        else:
            model.refresh_rows(change.ids)
        if self.detail.form is None:
            self.detail.refresh()
        if "theme" in change.collections:
            self.load_navigation()
        else:
            self.nav_model.load_counts()
        self.refresh_pending()
        self._update_actions()

    def refresh_pending(self) -> None:
        worker.background(self.store.pending_count, on_done=self._show_pending)

    def _show_pending(self, count: int) -> None:
        self.pending_count = count
        if count:
            self.pending_label.setText(_t("Changes waiting to be shared: {count}").format(
                count=i18n.number(count)))
        else:
            self.pending_label.setText(_t("No changes waiting to be shared"))

    def _update_actions(self) -> None:
        record = self.detail.record
        live = record is not None and not record.deleted
        self.action("edit-record").setEnabled(live and record.collection != "attachment")
        self.action("delete").setEnabled(live or (bool(self.list.selected_ids()) and self.list.mode != "trash"))
        self.action("restore").setEnabled((record is not None and record.deleted) or self.list.mode == "trash")
        self.action("link").setEnabled(live and bool(linkable(record.collection)))
        self.action("attach").setEnabled(live and spec(record.collection).has("attachments"))
        self.action("back").setEnabled(bool(self._back))
        for key, button in self.detail_buttons.items():
            button.setEnabled(self.action(key).isEnabled())
            button.setVisible(key != "restore" or bool(record and record.deleted))
            if key == "delete":
                button.setVisible(not (record and record.deleted))

    # -- settings, about, closing --------------------------------------------------------
    def choose_columns(self) -> None:
        if self.list.mode != "collection":
            return
        from .listpane import column_options
        from .models import column_label

        c = self.list.records.collection
        dialog = ColumnsDialog([(k, column_label(c, k)) for k in column_options(c)], self.list.records.columns, self)
        if dialog.exec() == Dialog.DialogCode.Accepted:
            chosen = dialog.chosen() or [spec(c).title_field]
            for key in column_options(c):
                if (key in chosen) != (key in self.list.records.columns):
                    self.list.toggle_column(key, key in chosen)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != Dialog.DialogCode.Accepted:
            return
        changed: list[str] = []
        self.settings.changed.connect(changed.append)
        try:
            dialog.apply()
        finally:
            self.settings.changed.disconnect(changed.append)
        self.settings_applied.emit(set(changed))

    def _setting_changed(self, name: str) -> None:
        pass

    def about(self) -> None:
        helpmenu.AboutDialog(self.store, self).exec()

    def copy_diagnostics(self) -> None:
        helpmenu.copy_diagnostics(self.store)
        self.statusBar().showMessage(_t("Diagnostic information copied. Paste it into your message "
                                        "to the person helping you; it holds no names or contents."), 8000)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.geometry = bytes(self.saveGeometry().toHex()).decode()
        self.settings.splitter = bytes(self.splitter.saveState().toHex()).decode()
        super().closeEvent(event)
