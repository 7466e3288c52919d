"""The operations layer: every change the UI makes to the replica goes through here.

    ops = Operations(store)
    ops.create("practice", {...}, on_done=slot, on_error=slot)   # undoable
    ops.update(id, {"title": ...}); ops.delete([ids]); ops.restore([ids])
    ops.link(a, [b, c]); ops.unlink(a, b); ops.attach(owner_id, [paths]); ops.detach(owner_id, att_id)
    ops.undo_stack                            # QUndoStack: Ctrl+Z / Ctrl+Shift+Z
    ops.changed.connect(slot)                 # slot(Change) after every write, undo and redo
    ops.run(fn, *args, on_done=..., changes=Change.everything())   # long work off the UI thread

Every write, its undo and its redo run on the worker's single writer thread, in
the order they were asked for, so the window never waits on the disk (or on a
sync holding the database). `on_done(result)` and `changed` arrive on the main
thread once the write is committed; a command joins the undo stack only then, so
the stack never holds a change that failed. `on_error(exception)` gets a
ValidationError with field-level messages, or a StoreError.

Widgets read with `ops.store` (get, list_ids, search...) but never write
through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ruraldesk.domain.records import COLLECTIONS, Record, spec
from ruraldesk.store import Store, UndoRefused

from . import i18n, worker


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


#: a write: runs on the writer thread, returns what changed and a value for on_done
Work = Callable[[], tuple[Change, Any]]


class _Command(QUndoCommand):
    """Pushed once its first run has committed, so Qt's first redo() is skipped. Its text is
    made again from the translated phrase when the interface language changes."""

    def __init__(self, ops: Operations, text: Callable[[], str], do: Work, undo: Work):
        super().__init__(text())
        self.ops, self._do, self._undo, self.label = ops, do, undo, text
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ops._replay(self._do, self, undoing=False)

    def undo(self) -> None:
        self.ops._replay(self._undo, self, undoing=True)


class Operations(QObject):
    changed = Signal(object)      # Change
    failed = Signal(str)          # a message for the status bar (undo of something gone, ...)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and watched is QCoreApplication.instance():
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """The undo history in the new interface language."""
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, _Command):
                command.setText(command.label())

    # -- plumbing ----------------------------------------------------------------------
    def _replay(self, work: Work, command: QUndoCommand | None = None, *, undoing: bool = True) -> None:
        def failed(exc: BaseException) -> None:   # the record was erased or changed by sync meanwhile
            if isinstance(exc, UndoRefused):
                self.failed.emit(refusal_message(exc))
            else:
                self.failed.emit(_t("Could not undo or redo: {error}").format(error=exc))
            if command is not None:
                self._drop(command, undoing)
            self.changed.emit(Change.everything())

        worker.background(work, serial=True, on_done=lambda result: self.changed.emit(result[0]),
                          on_error=failed)

    def _drop(self, command: QUndoCommand, undoing: bool) -> None:
        """A step that could not be undone (or redone) leaves the history: Redo (or Undo) must
        not offer, under its old name, a step that did not happen. Qt removes an obsolete
        command when the stack next steps over it; the step over it is taken here, and does
        nothing else because the stack runs no obsolete command."""
        stack = self.undo_stack
        command.setObsolete(True)
        at = stack.index() if undoing else stack.index() - 1
        if 0 <= at < stack.count() and stack.command(at) is command:
            if undoing:
                stack.redo()
            else:
                stack.undo()

    def _submit(self, text: Callable[[Any], str], do: Work, undo: Work,
                on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None
                ) -> worker.Task:
        def finished(result: tuple[Change, Any]) -> None:
            change, value = result
            self.undo_stack.push(_Command(self, lambda: text(value), do, undo))
            self.changed.emit(change)
            if on_done is not None:
                on_done(value)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(str(exc))

        return worker.background(do, serial=True, on_done=finished, on_error=failed)

    def notify(self, change: Change | None = None) -> None:
        """Tell the views something changed outside the operations (sync, import)."""
        self.changed.emit(change or Change.everything())

    # -- records -----------------------------------------------------------------------
    def create(self, collection: str, fields: dict[str, Any], *, on_done=None, on_error=None) -> worker.Task:
        made: dict[str, Record] = {}

        def do() -> tuple[Change, Record]:
            if "record" in made:    # redo after undo: bring the same record back
                self.store.undo_change(made["record"].id, {"deleted": True}, {"deleted": False})
            else:
                made["record"] = self.store.create(collection, fields)
            return Change(frozenset({collection}), frozenset({made["record"].id})), made["record"]

        def undo() -> tuple[Change, Record]:
            self.store.undo_change(made["record"].id, {"deleted": False}, {"deleted": True})
            return Change(frozenset({collection}), frozenset({made["record"].id})), made["record"]

        return self._submit(lambda r: _t("Create {title}").format(title=_short(i18n.title(r))),
                            do, undo, on_done, on_error)

    def update(self, record_id: str, changes: dict[str, Any], *, on_done=None, on_error=None) -> worker.Task:
        """Undo and redo write only over the values this edit wrote (Store.undo_change)."""
        previous: dict[str, Any] = {}
        wrote: dict[str, Any] = {}

        def do() -> tuple[Change, Record]:
            if wrote:                                       # a redo
                return self._change(changes, self.store.undo_change(record_id, previous, wrote))
            with self.store.write() as w:
                before = w.get(record_id)
                record = w.update(record_id, changes)
            previous.update({k: before.fields.get(k) for k in changes})
            wrote.update({k: record.fields.get(k) for k in changes})
            return self._change(changes, record)

        def undo() -> tuple[Change, Record]:
            return self._change(changes, self.store.undo_change(record_id, wrote, previous))

        return self._submit(lambda r: _t("Edit {title}").format(title=_short(i18n.title(r))),
                            do, undo, on_done, on_error)

    @staticmethod
    def _change(changes: dict[str, Any], record: Record) -> tuple[Change, Record]:
        structural = record.spec.title_field in changes or _column_change(record, changes)
        return Change(frozenset({record.collection}), frozenset({record.id}), structural), record

    def _set_deleted(self, ids: list[str], deleted: bool, *, check: bool = True) -> tuple[Change, list[Record]]:
        if check:      # an undo or redo: only while each is still where the step left it
            records = self.store.undo_changes([(i, {"deleted": not deleted}, {"deleted": deleted}) for i in ids])
        else:
            with self.store.write() as w:
                records = [w.delete(i) if deleted else w.restore(i) for i in ids]
        return Change(frozenset(r.collection for r in records), frozenset(ids)), records

    def _trash_text(self, records: list[Record], deleted: bool) -> str:
        if len(records) == 1:
            return (_t("Delete {title}") if deleted else _t("Restore {title}")).format(
                title=_short(i18n.title(records[0])))
        return (_t("Delete records: {count}") if deleted else _t("Restore records: {count}")).format(
            count=len(records))

    def delete(self, ids: list[str], *, on_done=None, on_error=None) -> worker.Task | None:
        """Move to the trash."""
        ids = list(ids)
        if not ids:
            return None
        return self._submit(lambda rs: self._trash_text(rs, True), self._first(
            lambda: self._set_deleted(ids, True, check=False), lambda: self._set_deleted(ids, True)),
            lambda: self._set_deleted(ids, False), on_done, on_error)

    def restore(self, ids: list[str], *, on_done=None, on_error=None) -> worker.Task | None:
        ids = list(ids)
        if not ids:
            return None
        return self._submit(lambda rs: self._trash_text(rs, False), self._first(
            lambda: self._set_deleted(ids, False, check=False), lambda: self._set_deleted(ids, False)),
            lambda: self._set_deleted(ids, True), on_done, on_error)

    @staticmethod
    def _first(first: Work, again: Work) -> Work:
        """`first` the first time (the person's own step), `again` on every redo."""
        ran: list[bool] = []

        def work() -> tuple[Change, Any]:
            if ran:
                return again()
            result = first()
            ran.append(True)
            return result
        return work

    def _links(self, record_id: str, others: list[str], link: bool) -> tuple[Change, Record]:
        collections, ids = set(), {record_id, *others}
        with self.store.write() as w:
            for other in others:
                owner = w.link(record_id, other) if link else w.unlink(record_id, other)
                collections.add(owner.collection)
            record = w.get(record_id)
        return Change(frozenset(collections), frozenset(ids), structural=False), record

    def link(self, record_id: str, others: list[str], *, on_done=None, on_error=None) -> worker.Task:
        """Link one record to several others, as one undoable step."""
        others = [o for o in others if o != record_id]
        return self._submit(lambda r: _t("Link {title}").format(title=_short(i18n.title(r))),
                            lambda: self._links(record_id, others, True),
                            lambda: self._links(record_id, others, False), on_done, on_error)

    def unlink(self, record_id: str, other: str, *, on_done=None, on_error=None) -> worker.Task:
        return self._submit(lambda r: _t("Unlink from {title}").format(title=_short(i18n.title(r))),
                            lambda: self._links(record_id, [other], False),
                            lambda: self._links(record_id, [other], True), on_done, on_error)

    def attach(self, owner_id: str, paths: list[Path], *, on_done=None, on_error=None) -> worker.Task:
        """Copy files into the replica and attach them; undo detaches them (to the trash)."""
        made: list[Record] = []

        def do() -> tuple[Change, list[Record]]:
            if made:
                self._detached(owner_id, [a.id for a in made], attached=True)
            else:
                made.extend(self.store.add_attachment(owner_id, Path(p)) for p in paths)
            return self._attachment_change(owner_id, made), made

        def undo() -> tuple[Change, list[Record]]:
            self._detached(owner_id, [a.id for a in made], attached=False)
            return self._attachment_change(owner_id, made), made

        return self._submit(lambda rs: _t("Attach files: {count}").format(count=len(rs)),
                            do, undo, on_done, on_error)

    def detach(self, owner_id: str, attachment_id: str, *, on_done=None, on_error=None) -> worker.Task:
        def run(attached: bool) -> tuple[Change, Record]:
            self._detached(owner_id, [attachment_id], attached)
            return self._attachment_change(owner_id, []), self.store.get(attachment_id)

        return self._submit(lambda r: _t("Remove attachment {name}").format(name=_short(i18n.title(r))),
                            lambda: run(False), lambda: run(True), on_done, on_error)

    def _detached(self, owner_id: str, attachment_ids: list[str], attached: bool) -> None:
        with self.store.write() as w:
            for att in attachment_ids:
                if attached:
                    w.restore(att)
                    w.link(owner_id, att)
                else:
                    w.unlink(owner_id, att)
                    w.delete(att)

    def _attachment_change(self, owner_id: str, made: list[Record]) -> Change:
        owner = self.store.get(owner_id)
        return Change(frozenset({owner.collection, "attachment"}), frozenset({owner_id, *(a.id for a in made)}))

    def write(self, changes: Change, fn: Callable[..., Any], *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> worker.Task:
        """A write on the writer thread that is no undo step (a post: its author edits or
        withdraws it instead) and leaves the undo history as it is; `changes` announced once
        it committed, a failure to `on_error` or, without one, to `failed`."""
        def done(value: Any) -> None:
            self.changed.emit(changes)
            if on_done is not None:
                on_done(value)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(str(exc))

        return worker.background(fn, *args, serial=True, on_done=done, on_error=failed, **kwargs)

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


def refusal_message(exc: UndoRefused) -> str:
    """Why an undo was refused, naming the fields in the interface language."""
    from . import i18n

    s = spec(exc.collection)
    names = [i18n.field_label(s.field(k)) if s.has(k) else k for k in exc.fields]
    if exc.fields == ["deleted"]:
        return _t("Not undone: “{title}” was moved to or from the trash by someone else since "
                  "(it arrived with the last sync). It stays as it is.").format(title=_short(exc.title))
    return _t("Not undone: {fields} of “{title}” changed since, by someone else (it arrived with "
              "the last sync). Their value stays; edit it by hand if yours should win.").format(
        fields=", ".join(n for n in names if n != "deleted"), title=_short(exc.title))


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:39] + "…"


def _column_change(record: Record, changes: dict[str, Any]) -> bool:
    return any(record.spec.has(k) and record.spec.field(k).column for k in changes)
