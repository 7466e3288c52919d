"""The conflicts view: every open conflict with both values side by side, who and when;
keep mine, keep theirs, or edit a merged value; restore for delete-against-edit; and the
changes the server refused, until dismissed. Resolving is an ordinary change that syncs
(sync.client.conflicts), written on the writer thread like every other write."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from ruraldesk.domain.fields import FieldSpec, Kind
from sync.client.conflicts import ConflictView, dismiss_rejection, list_conflicts, resolve_conflict

from . import i18n, worker
from .dialogs import Dialog
from .layout import FlowLayout
from .ops import Change, Operations
from .syncui import _time


def _t(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


#: kinds whose stored values are codes or ids: shown by name, in the interface language
_NAMED = frozenset({Kind.CHOICE, Kind.CHOICES, Kind.COUNTRY, Kind.REGION, Kind.LANGUAGE,
                    Kind.LANGUAGES, Kind.CURRENCY, Kind.DATE, Kind.NUMBER, Kind.INTEGER})


def _spec(v: ConflictView) -> FieldSpec | None:
    try:
        from ruraldesk.domain.records import spec

        return spec(v.collection).field(v.field) if v.collection and v.field else None
    except (KeyError, ValueError):
        return None


def shown(value: Any, f: FieldSpec | None = None) -> str:
    if value is None or value == [] or value == "":
        return _t("(empty)")
    if f is not None and f.kind in _NAMED:
        try:
            if isinstance(value, list):
                return "\n".join(i18n.display_value(f, [v]) for v in value)
            return i18n.display_value(f, value)
        except (TypeError, ValueError):     # a value of another shape than the field's
            pass
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, dict) and "value" in v for v in value):
        return "\n".join(f"{v['value']} ({i18n.choice_label(v.get('type') or 'other')})" for v in value)
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, indent=1)


def field_name(v: ConflictView) -> str:
    """The field a conflict is about, in the interface language."""
    if v.kind == "delete" or v.field == "deleted":
        return _t("deleted or kept")
    if v.field and v.collection:
        try:
            from ruraldesk.domain.records import spec

            return i18n.field_label(spec(v.collection).field(v.field))
        except (ValueError, KeyError):
            pass
    return v.field_label or v.field or ""


def load_open(store) -> list[ConflictView]:
    return list_conflicts(store, "open") + list_conflicts(store, "rejected")


class ConflictsDialog(Dialog):
    resolved = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None, *, record_id: str | None = None):
        super().__init__(parent, _t("Conflicts"), buttons=QDialogButtonBox.StandardButton.Close)
        self.ops, self.store = ops, ops.store
        self.views: list[ConflictView] = []
        self.focus_record = record_id       # opened from a record's banner: start on its conflict
        self.last_resolved = ""
        intro = QLabel(_t("When two people changed the same thing before syncing, the group server "
                          "kept one value and set the other aside. Choose what the record should say; "
                          "your choice is shared with everyone at the next sync."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        split = self.split = QSplitter()
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Open conflicts"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentRowChanged.connect(self._show)
        split.addWidget(self.list)

        panel = QWidget()
        col = QVBoxLayout(panel)
        col.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        col.addWidget(self.heading)
        grid = QGridLayout()
        self.mine_label, self.theirs_label = QLabel(), QLabel()
        for label in (self.mine_label, self.theirs_label):
            label.setWordWrap(True)
        self.mine, self.theirs = QPlainTextEdit(), QPlainTextEdit()
        for edit, name in ((self.mine, _t("Your value")), (self.theirs, _t("Their value"))):
            edit.setReadOnly(True)
            edit.setTabChangesFocus(True)       # Tab moves on: a text box is no keyboard trap
            edit.setAccessibleName(name)
        grid.addWidget(self.mine_label, 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        col.addLayout(grid, 2)
        self.merged_label = QLabel(_t("&Merged value (edit, then save):"))
        self.merged = QPlainTextEdit()
        self.merged.setAccessibleName(_t("Merged value"))
        self.merged.setTabChangesFocus(True)
        self.merged_label.setBuddy(self.merged)
        col.addWidget(self.merged_label)
        col.addWidget(self.merged, 1)

        row = FlowLayout(spacing=6)     # the buttons wrap in a narrow dialog (a 1024-pixel screen)
        self.keep_mine = self._button(_t("Keep &mine"), lambda: self._resolve("mine"), row)
        self.keep_theirs = self._button(_t("Keep &theirs"), lambda: self._resolve("theirs"), row)
        self.save_merged = self._button(_t("&Save merged value"), self._resolve_merged, row)
        self.restore = self._button(_t("&Restore the record"), lambda: self._resolve("restore"), row)
        self.leave_deleted = self._button(_t("&Leave it deleted"), lambda: self._resolve("delete"), row)
        self.dismiss = self._button(_t("&Dismiss"), self._dismiss, row)
        self.open_record = self._button(_t("&Open the record"), self._open, row)
        col.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        col.addWidget(self.message)
        split.addWidget(panel)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 640])
        self.body.addWidget(split, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.buttons)     # no stretch above: the panes take the height
        self.resize(980, 600)
        self.reload()

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> worker.Task:
        return worker.background(load_open, self.store, on_done=self._loaded)

    def _loaded(self, views: list[ConflictView]) -> None:
        current = self.current().id if self.current() else None
        self.views = views
        self.list.clear()
        for v in views:
            label = (_t("Refused: {title} — {field}") if v.kind == "rejected"
                     else _t("{title} — {field}")).format(title=v.record_title or _t("(untitled)"),
                                                          field=self._field(v))
            item = QListWidgetItem(label)
            item.setToolTip(label)
            self.list.addItem(item)
        # nothing left: no empty boxes, but what happened and that nothing else waits
        none_left = _t("No conflicts: everything your group changed fitted together.")
        self.empty.setText(f"{self.last_resolved}\n\n{none_left}" if self.last_resolved else none_left)
        self.empty.setVisible(not views)
        self.split.setVisible(bool(views))
        focus, self.focus_record = self.focus_record, None
        row = next((i for i, v in enumerate(views) if v.id == current or (focus and v.record_id == focus)), 0)
        if views:
            self.list.setCurrentRow(row)
        else:
            self._show(-1)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _field(self, v: ConflictView) -> str:
        return field_name(v)

    def _show(self, row: int) -> None:
        v = self.current()
        for w in (self.keep_mine, self.keep_theirs, self.save_merged, self.restore, self.leave_deleted,
                  self.dismiss, self.open_record, self.merged, self.merged_label):
            w.setVisible(False)
        self.message.clear()
        if v is None:
            self.heading.clear()
            self.mine.clear()
            self.theirs.clear()
            self.mine_label.clear()
            self.theirs_label.clear()
            return
        self.heading.setText(f"{v.record_title} — {self._field(v)}")
        self.open_record.setVisible(True)
        if v.kind == "rejected":
            self.mine_label.setText(_t("Your change ({when})").format(when=_time(v.when or v.created_at)))
            self.theirs_label.setText(_t("Why the server refused it"))
            self.mine.setPlainText(shown(v.other_value, _spec(v)))
            self.theirs.setPlainText(v.reason)
            self.dismiss.setVisible(True)
            return
        names = self.store.news.names([v.server_by, v.who])      # members by name, not id
        server_by, who = names.get(v.server_by, v.server_by), names.get(v.who, v.who)
        mine_by = _t("you") if v.mine_is_other else (server_by or _t("the group"))
        theirs_by = (server_by or _t("the group")) if v.mine_is_other else (who or _t("another member"))
        mine_at = _time(v.when if v.mine_is_other else v.server_at)
        theirs_at = _time(v.server_at if v.mine_is_other else v.when)
        self.mine_label.setText(_t("Yours — by {who}, {when}").format(who=mine_by, when=mine_at))
        self.theirs_label.setText(_t("Theirs — by {who}, {when}").format(who=theirs_by, when=theirs_at))
        self.mine.setPlainText(shown(v.mine, _spec(v)))
        self.theirs.setPlainText(shown(v.theirs, _spec(v)))
        if v.kind == "delete" or v.field == "deleted":
            self.restore.setVisible(True)
            self.leave_deleted.setVisible(True)
            return
        self.keep_mine.setVisible(True)
        self.keep_theirs.setVisible(True)
        if isinstance(v.mine, str) or isinstance(v.theirs, str):
            self.merged_label.setVisible(True)
            self.merged.setVisible(True)
            self.save_merged.setVisible(True)
            self.merged.setPlainText(v.mine if isinstance(v.mine, str) else (v.theirs or ""))

    # -- resolving -----------------------------------------------------------------------------
    def _resolve(self, choice: str, value: Any = None) -> None:
        v = self.current()
        if v is None:
            return
        self._write(resolve_conflict, self.store, v.id, choice, value, v=v)

    def _resolve_merged(self) -> None:
        self._resolve("merged", self.merged.toPlainText())

    def _dismiss(self) -> None:
        v = self.current()
        if v is not None:
            self._write(dismiss_rejection, self.store, v.id, v=v)

    def _write(self, fn, *args, v: ConflictView) -> None:
        self.setEnabled(False)

        def done(_result) -> None:
            self.setEnabled(True)
            self.last_resolved = _t("Settled: “{title}” — {field}. Your choice is shared with the group "
                                    "at the next sync.").format(title=v.record_title, field=self._field(v))
            self.ops.notify(Change(frozenset({v.collection}), frozenset({v.record_id})))
            self.resolved.emit()
            self.reload()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            self.message.setText(_t("Not saved: {error}").format(error=exc))

        worker.background(fn, *args, serial=True, on_done=done, on_error=failed)

    def _open(self) -> None:
        v = self.current()
        window = self.parent()
        if v is not None and hasattr(window, "open_record") and self.store.find(v.record_id) is not None:
            window.open_record(v.record_id)
