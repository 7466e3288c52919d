"""The operations layer: every change the UI makes to the replica goes through here.

    ops = Operations(store)
    record = ops.create("practice", {...})   # raises ValidationError; undoable
    ops.update(id, {"title": ...}); ops.delete([ids]); ops.restore([ids])
    ops.link(a, b); ops.unlink(a, b); ops.add_attachment(owner_id, path)
    ops.undo_stack                            # QUndoStack: Ctrl+Z / Ctrl+Shift+Z
    ops.changed.connect(slot)                 # slot(Change) after every write, undo and redo
    ops.run(fn, *args, on_done=..., changes=Change.everything())   # long work off the UI thread

Single-record writes are short SQLite transactions (milliseconds) and run on
the main thread, so undo, redo and the views stay in step; long work (demo
data, imports, sync) goes through `run`, which uses the one worker helper
(ruraldesk.ui.worker) and announces the change when it is done.

Widgets read with `ops.store` (get, list_ids, search...) but never write
through it.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ruraldesk.domain.records import COLLECTIONS, Record
from ruraldesk.store import Store

from . import worker


def _t(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


@dataclass(frozen=True)
class Change:
    """What changed: views refresh when their collection is in `collections`."""

    collections: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    structural: bool = True   # records appeared, disappeared or moved (lists reload)

    @staticmethod
    def everything() -> Change:
        return Change(frozenset(COLLECTIONS), frozenset(), True)

    def touches(self, collection: str) -> bool:
        return collection in self.collections


class _Command(QUndoCommand):
    """Already applied when pushed: the first redo() is skipped."""

    def __init__(self, ops: Operations, text: str, do: Callable[[], Change],
                 undo: Callable[[], Change]):
        super().__init__(text)
        self.ops, self._do, self._undo = ops, do, undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ops._apply(self._do)

    def undo(self) -> None:
        self.ops._apply(self._undo)


@dataclass
class _Snapshot:
    collections: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)


class Operations(QObject):
    changed = Signal(object)      # Change
    failed = Signal(str)          # a message for the status bar (undo of something gone, ...)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

    # -- plumbing ----------------------------------------------------------------------
    def _apply(self, fn: Callable[[], Change]) -> None:
        try:
            change = fn()
        except Exception as exc:  # the record was erased or changed by sync meanwhile
            self.failed.emit(_t("Could not undo or redo: {error}").format(error=exc))
            self.changed.emit(Change.everything())
            return
        self.changed.emit(change)

    def _push(self, text: str, do: Callable[[], Change], undo: Callable[[], Change]) -> Change:
        change = do()
        self.undo_stack.push(_Command(self, text, do, undo))
        self.changed.emit(change)
        return change

    def notify(self, change: Change | None = None) -> None:
        """Tell the views something changed outside the operations (sync, import)."""
        self.changed.emit(change or Change.everything())

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several operations that undo and redo as one step."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # -- records -----------------------------------------------------------------------
    def create(self, collection: str, fields: dict[str, Any]) -> Record:
        made: dict[str, Record] = {}

        def do() -> Change:
            if "record" in made:    # redo after undo: bring the same record back
                self.store.restore(made["record"].id)
            else:
                made["record"] = self.store.create(collection, fields)
            return Change(frozenset({collection}), frozenset({made["record"].id}))

        def undo() -> Change:
            self.store.delete(made["record"].id)
            return Change(frozenset({collection}), frozenset({made["record"].id}))

        self._push(_t("Create {title}").format(title=_short(fields, collection)), do, undo)
        return made["record"]

    def update(self, record_id: str, changes: dict[str, Any]) -> Record:
        before = self.store.get(record_id)
        previous = {k: before.fields.get(k) for k in changes}
        result: dict[str, Record] = {}

        def do() -> Change:
            result["record"] = self.store.update(record_id, changes)
            return Change(frozenset({before.collection}), frozenset({record_id}),
                          structural=before.spec.title_field in changes or _column_change(before, changes))

        def undo() -> Change:
            self.store.update(record_id, previous)
            return Change(frozenset({before.collection}), frozenset({record_id}),
                          structural=before.spec.title_field in changes or _column_change(before, changes))

        self._push(_t("Edit {title}").format(title=before.title), do, undo)
        return result["record"]

    def _set_deleted(self, ids: list[str], deleted: bool) -> Change:
        collections: set[str] = set()
        with self.store.write() as w:
            for record_id in ids:
                record = w.delete(record_id) if deleted else w.restore(record_id)
                collections.add(record.collection)
        return Change(frozenset(collections), frozenset(ids))

    def delete(self, ids: list[str]) -> None:
        """Move to the trash."""
        ids = list(ids)
        if not ids:
            return
        text = (_t("Delete {title}").format(title=self.store.get(ids[0]).title) if len(ids) == 1
                else _t("Delete records: {count}").format(count=len(ids)))
        self._push(text, lambda: self._set_deleted(ids, True), lambda: self._set_deleted(ids, False))

    def restore(self, ids: list[str]) -> None:
        ids = list(ids)
        if not ids:
            return
        text = (_t("Restore {title}").format(title=self.store.get(ids[0]).title) if len(ids) == 1
                else _t("Restore records: {count}").format(count=len(ids)))
        self._push(text, lambda: self._set_deleted(ids, False), lambda: self._set_deleted(ids, True))

    def _link_change(self, a_id: str, b_id: str, link: bool) -> Change:
        owner = self.store.link(a_id, b_id) if link else self.store.unlink(a_id, b_id)
        other = b_id if owner.id == a_id else a_id
        return Change(frozenset({owner.collection}), frozenset({owner.id, other}), structural=False)

    def link(self, a_id: str, b_id: str) -> None:
        a, b = self.store.get(a_id), self.store.get(b_id)
        self._push(_t("Link {a} and {b}").format(a=a.title, b=b.title),
                   lambda: self._link_change(a_id, b_id, True),
                   lambda: self._link_change(a_id, b_id, False))

    def unlink(self, a_id: str, b_id: str) -> None:
        a, b = self.store.get(a_id), self.store.get(b_id)
        self._push(_t("Unlink {a} and {b}").format(a=a.title, b=b.title),
                   lambda: self._link_change(a_id, b_id, False),
                   lambda: self._link_change(a_id, b_id, True))

    def add_attachment(self, owner_id: str, path: Path, file_name: str | None = None) -> Record:
        """Copy a file into the replica and attach it; undo detaches it (and trashes the copy)."""
        made: dict[str, Record] = {}
        owner = self.store.get(owner_id)

        def do() -> Change:
            if "att" in made:
                with self.store.write() as w:
                    w.restore(made["att"].id)
                    w.link(owner_id, made["att"].id)
            else:
                made["att"] = self.store.add_attachment(owner_id, Path(path), file_name=file_name)
            return Change(frozenset({owner.collection, "attachment"}), frozenset({owner_id, made["att"].id}))

        def undo() -> Change:
            with self.store.write() as w:
                w.unlink(owner_id, made["att"].id)
                w.delete(made["att"].id)
            return Change(frozenset({owner.collection, "attachment"}), frozenset({owner_id, made["att"].id}))

        self._push(_t("Attach {name}").format(name=file_name or Path(path).name), do, undo)
        return made["att"]

    # -- long work ---------------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            changes: Change | None = Change.everything(), **kwargs: Any) -> worker.Task:
        """Run `fn` off the UI thread; announce `changes` when it ends (even if it failed or
        was cancelled, since a part may have been written). Long work is not undoable: the
        undo history is cleared, so no command refers to records it did not see."""

        def finished(result: Any) -> None:
            if changes is not None:
                self.undo_stack.clear()
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if changes is not None:
                self.undo_stack.clear()
                self.changed.emit(changes)
            if on_error is not None:
                on_error(exc)

        return worker.background(fn, *args, on_done=finished, on_error=failed,
                                 on_progress=on_progress, **kwargs)


def _short(fields: dict[str, Any], collection: str) -> str:
    title = str(fields.get(COLLECTIONS[collection].title_field) or "")
    return title if len(title) <= 40 else title[:39] + "…"


def _column_change(record: Record, changes: dict[str, Any]) -> bool:
    return any(record.spec.has(k) and record.spec.field(k).column for k in changes)
