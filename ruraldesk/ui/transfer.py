"""Getting data in and out, in the window: import (CSV/TSV with a mapping dialog, vCard), export
of the list (CSV) and of contacts (vCard), practice sheets (PDF, Markdown), workspace backup
and restore, duplicate contacts, and people's data (export everything, erase).

    install(shell)      adds a hook that gives every MainWindow a `Transfer` (window.transfer)
                        and its actions: File menu, "io" section; people's data in the Record menu

Every file is read and written by `ruraldesk.io`, off the UI thread, behind a progress
dialog with Cancel (`MainWindow.run_with_progress`); writes announce `Change.everything()`
so the views refresh. File choosers go through `open_path` / `save_path`, which tests replace.

An import may ask two things first: the encoding, when the detector is unsure (the file is
then opened again with the one chosen; cancel changes nothing), and the workspace's phone
region, once, when a file holds national numbers on rows naming no country (stored through
the operations layer, like every write; also in File → Settings).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from ruraldesk.domain.records import spec
from ruraldesk.store import Filters
from ruraldesk.store.store import SORTABLE

from . import i18n, worker
from .dialogs import Dialog
from .ops import Change
from .transfer_dialogs import (DuplicatesDialog, EncodingDialog, EraseDialog, ExportDialog, ImportReportDialog,
                               MappingDialog, MentionsDialog, PhoneRegionCombo, RegionDialog)

#: the CSV export's BOM choice is remembered for the session
_BOM = {"value": False}


def _t(text: str) -> str:
    return QCoreApplication.translate("Transfer", text)


def _n(value: int) -> str:
    return i18n.number(int(value))


def _cancelled(exc: BaseException) -> bool:
    return type(exc).__name__ == "Cancelled"


# -- file choosers (tests replace these) ----------------------------------------------------------
def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, _documents(), filters)
    return Path(name) if name else None


def save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(_documents()) / suggested), filters)
    return Path(name) if name else None


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


# -- installing -----------------------------------------------------------------------------------
def install(shell) -> None:
    """Give every window made by `shell` its import/export actions."""
    shell.window_created_hooks.append(lambda window: Transfer(shell, window))


class Transfer:
    """The import/export actions of one window."""

    def __init__(self, shell, window):
        self.shell, self.window = shell, window
        self.store, self.ops = window.store, window.ops
        window.transfer = self
        add = window.add_action
        add("import", _t("&Import…"), self.import_file, menu="file", section="io", shortcut="Ctrl+I",
            tip=_t("Bring in contacts, practices or tools from a CSV/TSV table or a vCard file"))
        add("export-csv", _t("Export list as &CSV…"), self.export_csv, menu="file", section="io",
            tip=_t("Save the list shown, with its columns and filters, as a table"))
        add("export-vcard", _t("Export contacts as &vCard…"), self.export_vcard, menu="file", section="io",
            tip=_t("Save the selected contacts, or the whole list, for an address book or a phone"))
        add("practice-sheet", _t("&Practice sheet…"), self.practice_sheet, menu="file", section="io",
            tip=_t("A printable sheet (PDF or Markdown) of the practice shown, or of several"))
        add("find-duplicates", _t("Find &duplicate contacts…"), self.find_duplicates, menu="file", section="io",
            tip=_t("Contacts that look like the same person or organisation, to merge"))
        add("backup", _t("&Back up the workspace to a file…"), self.backup, menu="file", section="io",
            tip=_t("Everything in this workspace, attachments included, in one file"))
        add("restore-backup", _t("&Restore from a backup file…"), self.restore, menu="file", section="io",
            tip=_t("Bring a backup back into an empty workspace"))
        file_menu = window.menu("file")
        for first in ("export-csv", "find-duplicates", "backup"):     # import | export | tidy | back up
            file_menu.insertSeparator(window.action(first))
        window.menu("record").addSeparator()
        add("person-export", _t("E&xport everything about this person…"), self.export_person, menu="record",
            tip=_t("The contact, its history and every record linked to or mentioning it, as JSON"))
        add("person-erase", _t("E&rase this person…"), self.erase_person, menu="record",
            tip=_t("Delete the contact for good, everywhere, and list the mentions to review"))
        window.list.current_changed.connect(lambda _id: self.update_actions())
        window.follow(window.ops.changed, lambda _change: self.update_actions())
        self.update_actions()

    # -- helpers ----------------------------------------------------------------------------
    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _contact(self):
        record = self.window.detail.record
        return record if record is not None and record.collection == "contact" and not record.deleted else None

    def update_actions(self) -> None:
        person = self._contact() is not None
        self.window.action("person-export").setEnabled(person)
        self.window.action("person-erase").setEnabled(person)

    def _failed(self, title: str, lead: str) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if _cancelled(exc):
                self._status(_t("Stopped: {what}. Nothing was changed.").format(what=title))
            else:
                Dialog.warn(self.window, title, lead.format(reason=i18n.text(exc)))
        return failed

    def _run(self, title: str, fn: Callable, *args, on_done: Callable | None = None,
             lead: str | None = None, changes: Change | None = None, **kwargs) -> worker.Task:
        """File work behind the progress dialog; `fn(*args, task=...)`."""
        return self.window.run_with_progress(
            title, fn, *args, on_done=on_done, changes=changes,
            on_error=self._failed(title, lead or _t("It did not work: {reason}")), **kwargs)

    # -- import ----------------------------------------------------------------------------
    def import_file(self, path: Path | str | None = None, *, encoding: str | None = None) -> None:
        """Choose a file; a table opens the mapping dialog, a vCard file is imported at once.
        `encoding` is one the person chose (the detector is not asked again)."""
        if path is None:
            path = open_path(self.window, _t("Import"),
                             _t("Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)"))
            if path is None:
                return
        path = Path(path)

        def inspect(task) -> tuple[str, Any]:
            from ruraldesk.io.common import check_input
            from ruraldesk.io.csvimport import guess_collection, open_table, suggest_mapping
            from ruraldesk.io.encoding import UnsureEncoding, detect, readings_of
            from ruraldesk.io.vcard import is_vcard

            path_, _size, head = check_input(path)
            try:
                if is_vcard(head):
                    # decided here, once, so that an unsure file is asked about like a table
                    return "vcard", (path_, encoding or detect(path_, head))
                table = open_table(path_, encoding=encoding)
            except UnsureEncoding as exc:
                return "unsure", readings_of(path_, exc.candidates)
            collection = guess_collection(table.headers)
            return "csv", (table, collection, suggest_mapping(table.headers, collection))

        def opened(result: tuple[str, Any]) -> None:
            kind, value = result
            if kind == "vcard":
                vcf, codec = value
                self.with_region(vcf.name, lambda task: _vcard_needs_region(vcf, task, codec),
                                 lambda region: self.import_vcard(vcf, region=region, encoding=codec))
            elif kind == "unsure":
                self.choose_encoding(path, value)
            else:
                self.map_table(*value, encoding_chosen=encoding is not None)

        self._run(_t("Reading {name}").format(name=path.name), inspect, on_done=opened,
                  lead=_t("This file cannot be imported: {reason}"))

    def choose_encoding(self, path: Path, readings: dict[str, list[str]]) -> None:
        """The detector is unsure: the person chooses from the names as each encoding reads them."""
        encoding, ok = EncodingDialog.getEncoding(self.window, readings, path.name)
        if not ok:
            self._status(_t("Not imported: no encoding was chosen for {name}. Nothing was changed.").format(
                name=path.name))
            return
        self.import_file(path, encoding=encoding)

    def map_table(self, table, collection: str, mapping: dict[int, str], *,
                  encoding_chosen: bool = False) -> MappingDialog | None:
        from ruraldesk.io.csvimport import open_table

        dialog = MappingDialog(self.window, self.store, table, collection, mapping,
                               reopen=lambda encoding, delimiter: open_table(
                                   table.path, encoding=encoding, delimiter=delimiter),
                               encoding_chosen=encoding_chosen)
        self.mapping_dialog = dialog
        if dialog.exec() != Dialog.DialogCode.Accepted or not dialog.mapping():
            return dialog
        table, collection, mapping = dialog.table, dialog.current_collection(), dialog.mapping()
        self.with_region(table.path.name, lambda task: _table_needs_region(self.store, table, collection, mapping,
                                                                            task),
                         lambda region: self.import_table(table, collection, mapping, region=region))
        return dialog

    # -- the workspace's phone region (asked once) -----------------------------------------------
    def with_region(self, name: str, needs: Callable, then: Callable[[str | None], Any]) -> None:
        """`then(region)` once the workspace has a phone region or the file needs none; when it
        has none and `needs(task)` finds a national number, the person is asked first (and
        the answer stored). Cancelling the question imports nothing and stores nothing."""
        from ruraldesk.io import phones

        region = phones.workspace_region(self.store)
        if region:
            then(region)
            return

        def found(example: str | None) -> None:
            if not example:
                then(None)
                return
            code, ok = RegionDialog.getRegion(self.window, name, example)
            if not ok:
                self._status(_t("Not imported: no country was chosen for the phone numbers of {name}. "
                                "Nothing was changed.").format(name=name))
                return
            self.save_phone_region(code, on_done=lambda: then(code))

        self._run(_t("Reading {name}").format(name=name), needs, on_done=found,
                  lead=_t("This file cannot be imported: {reason}"))

    def save_phone_region(self, code: str | None, on_done: Callable[[], Any] | None = None) -> worker.Task:
        """Store the workspace's phone region (None: not set) on the writer, like every write."""
        from ruraldesk.io import phones

        def saved(_result) -> None:
            self._status(_t("Phone numbers without a country code are read as {country}.").format(
                country=i18n.country_name(code)) if code else _t("No phone region is set for this workspace."))
            if on_done is not None:
                on_done()

        return self.ops.run(phones.set_workspace_region, self.store, code, changes=None, serial=True,
                            on_done=saved, on_error=self._failed(_t("Phone region"),
                                                                 _t("The phone region was not saved: {reason}")))

    def phone_region_combo(self) -> PhoneRegionCombo:
        """The Settings row: the workspace's phone region, saved when the dialog is applied."""
        from ruraldesk.io import phones

        return PhoneRegionCombo(phones.workspace_region(self.store), unset=True, on_save=self.save_phone_region)

    def import_table(self, table, collection: str, mapping: dict[int, str], mode: str = "all",
                     region: str | None = None) -> worker.Task:
        from ruraldesk.io.csvimport import import_table

        def work(task):
            return import_table(self.store, table, collection, mapping, mode=mode, default_region=region,
                                progress=task.report)

        return self._run(_t("Importing {name}").format(name=table.path.name), work,
                         on_done=lambda report: self.show_report(
                             report, lambda: self.import_table(table, collection, mapping, "valid", region)),
                         lead=_t("Nothing was imported: {reason}"), changes=Change.everything())

    def import_vcard(self, path: Path, mode: str = "all", region: str | None = None,
                     encoding: str | None = None) -> worker.Task:
        from ruraldesk.io import phones
        from ruraldesk.io.vcard import import_vcards

        def work(task):
            return import_vcards(self.store, path, mode=mode, default_region=region or phones.workspace_region(
                self.store), encoding=encoding, progress=task.report)

        return self._run(_t("Importing {name}").format(name=path.name), work,
                         on_done=lambda report: self.show_report(report, lambda: self.import_vcard(
                             path, "valid", region, encoding)),
                         lead=_t("Nothing was imported: {reason}"), changes=Change.everything())

    def show_report(self, report, valid_only: Callable[[], Any] | None = None) -> ImportReportDialog:
        dialog = ImportReportDialog(self.window, report)
        dialog.open_requested.connect(self.window.open_record)
        self.report_dialog = dialog
        if report.imported:
            self._status(_t("Imported: {count}").format(count=_n(report.imported)))
            if report.ids:
                self.window.open_record(report.ids[0])
        answer = dialog.exec()
        if answer == ImportReportDialog.VALID_ONLY and dialog.valid_button is not None and valid_only is not None:
            valid_only()
        return dialog

    # -- export of the list --------------------------------------------------------------------
    def _list_scope(self) -> tuple[str | None, dict[str, Any]]:
        """(collection, export_csv keyword arguments) of what the list shows."""
        lst = self.window.list
        if lst.mode == "collection":
            model = lst.records
            c = model.collection
            sort = model.sort_key if model.sort_key in SORTABLE else "updated_at"
            return c, {"filters": model.filters, "sort": sort, "descending": model.descending}
        if lst.mode == "search":
            return None, {}
        return None, {}

    def _search_ids(self) -> dict[str, list[str]]:
        hits = self.window.list.hits.hits if self.window.list.mode == "search" else []
        out: dict[str, list[str]] = {}
        for h in hits:
            if h.collection in ("practice", "contact", "tool", "theme"):
                out.setdefault(h.collection, []).append(h.record_id)
        return out

    def export_csv(self, path: Path | str | None = None, *, bom: bool | None = None) -> worker.Task | None:
        lst = self.window.list
        collection, kwargs = self._list_scope()
        searched = self._search_ids()
        if lst.mode == "trash":
            Dialog.inform(self.window, _t("Export list as CSV"),
                          _t("The trash cannot be exported. Choose practices, contacts, tools or themes."))
            return None
        if lst.mode == "search" and not searched:
            Dialog.inform(self.window, _t("Export list as CSV"), _t("The search found nothing to export."))
            return None
        if path is None:
            collections = None
            if lst.mode == "search":
                collections = [(c, _t("{what}: {count} found").format(
                    what=i18n.collection_label(c, plural=True), count=_n(len(ids)))) for c, ids in searched.items()]
                intro = _t("The records the search found, with the columns the list shows for their type.")
            else:
                intro = _t("{what}: every record the list shows ({count}), with its filters, its order and "
                           "the columns shown.").format(what=i18n.collection_label(collection, plural=True),
                                                        count=_n(lst.records.rowCount()))
            dialog = ExportDialog(self.window, _t("Export list as CSV"), intro, [], bom=_BOM["value"],
                                  collections=collections)
            if dialog.exec() != Dialog.DialogCode.Accepted:
                return None
            if dialog.collection is not None:
                collection = dialog.collection.currentData()
            bom = dialog.bom.isChecked()
            _BOM["value"] = bom
            target = collection or next(iter(searched))
            path = save_path(self.window, _t("Export list as CSV"),
                             i18n.collection_label(target, plural=True).lower().replace(" ", "-") + ".csv",
                             _t("CSV tables (*.csv)"))
            if path is None:
                return None
            path = _with_suffix(path, ".csv")
        if collection is None:
            collection = next(iter(searched))
        if lst.mode == "search":
            kwargs = {"ids": searched.get(collection, [])}
        columns = lst.shown_columns(collection)
        path = Path(path)
        from ruraldesk.io.csvexport import export_csv

        def work(task):
            return export_csv(self.store, collection, path, columns, bom=bool(bom), progress=task.report, **kwargs)

        return self._run(_t("Exporting to {name}").format(name=path.name), work,
                         on_done=lambda report: self._status(_t("Exported {count} records to {path}").format(
                             count=_n(report.count), path=path)),
                         lead=_t("The list was not exported: {reason}"))

    # -- vCard -------------------------------------------------------------------------------
    def _chosen(self, collection: str) -> list[str]:
        lst = self.window.list
        ids = lst.selected_ids()
        if lst.mode == "search":
            from .models import COLLECTION_ROLE

            model = lst.model()
            rows = {model.row_of(i): i for i in ids}
            return [i for r, i in rows.items() if model.index(r, 0).data(COLLECTION_ROLE) == collection]
        if lst.mode == "collection" and lst.records.collection == collection:
            return ids
        return []

    def _listed(self, collection: str) -> tuple[dict[str, Any], int] | None:
        """How to ask the core for the records of `collection` the list shows, and how many."""
        lst = self.window.list
        if lst.mode == "collection" and lst.records.collection == collection:
            return {"filters": lst.records.filters}, lst.records.rowCount()
        if lst.mode == "search":
            ids = self._search_ids().get(collection, [])
            return ({"ids": ids}, len(ids)) if ids else None
        return None

    def export_vcard(self, path: Path | str | None = None, *, scope: str | None = None) -> worker.Task | None:
        selected = self._chosen("contact")
        listed = self._listed("contact")
        if not selected and listed is None:
            Dialog.inform(self.window, _t("Export contacts as vCard"),
                          _t("Show the contacts (or search for some) and select the ones to export."))
            return None
        if path is None:
            scopes = []
            if selected:
                scopes.append(("selected", _t("The selected contacts ({count})").format(count=_n(len(selected)))))
            if listed is not None:
                scopes.append(("list", _t("Every contact in the list ({count})").format(count=_n(listed[1]))))
            dialog = ExportDialog(self.window, _t("Export contacts as vCard"),
                                  _t("A .vcf file that address books and phones can read."), scopes,
                                  formats=[("4.0", _t("vCard 4.0")), ("3.0", _t("vCard 3.0 (older phones)"))])
            if len(selected) > 1 or listed is None:
                dialog.set_scope(scopes[0][0])
            elif listed is not None:
                dialog.set_scope("list")
            if dialog.exec() != Dialog.DialogCode.Accepted:
                return None
            scope, version = dialog.scope(), dialog.format.currentData()
            path = save_path(self.window, _t("Export contacts as vCard"), "contacts.vcf", _t("vCard files (*.vcf)"))
            if path is None:
                return None
            path = _with_suffix(path, ".vcf")
        else:
            version = "4.0"
            scope = scope or ("selected" if selected else "list")
        kwargs = {"ids": selected} if scope == "selected" or listed is None else listed[0]
        path = Path(path)
        from ruraldesk.io.vcard import export_vcards

        def work(task):
            return export_vcards(self.store, path, version=version, progress=task.report, **kwargs)

        return self._run(_t("Exporting to {name}").format(name=path.name), work,
                         on_done=lambda report: self._status(_t("Exported {count} contacts to {path}").format(
                             count=_n(report.count), path=path)),
                         lead=_t("The contacts were not exported: {reason}"))

    # -- practice sheets ------------------------------------------------------------------------
    def practice_sheet(self, path: Path | str | None = None, *, scope: str | None = None,
                       fmt: str | None = None) -> worker.Task | None:
        record = self.window.detail.record
        shown = record.id if record is not None and record.collection == "practice" and not record.deleted else None
        selected = self._chosen("practice")
        listed = self._listed("practice")
        if not shown and not selected and listed is None:
            Dialog.inform(self.window, _t("Practice sheet"),
                          _t("Show a practice, or the list of practices, to make sheets of them."))
            return None
        if path is None:
            scopes = []
            if shown:
                scopes.append(("shown", _t("The practice shown: {title}").format(title=record.title)))
            if len(selected) > 1:
                scopes.append(("selected", _t("The selected practices ({count}), in one document").format(
                    count=_n(len(selected)))))
            if listed is not None:
                scopes.append(("list", _t("Every practice in the list ({count}), in one document").format(
                    count=_n(listed[1]))))
            dialog = ExportDialog(self.window, _t("Practice sheet"),
                                  _t("A sheet to print or share: the key facts, what was done, what was "
                                     "learned, and who to ask. Headings are in each practice's language."),
                                  scopes, formats=[("pdf", _t("PDF document")), ("md", _t("Markdown text"))])
            if dialog.exec() != Dialog.DialogCode.Accepted:
                return None
            scope, fmt = dialog.scope(), dialog.format.currentData()
            suggested = (_safe_name(record.title) if scope == "shown" else _t("practice-sheets")) + "." + fmt
            path = save_path(self.window, _t("Practice sheet"), suggested,
                             _t("PDF documents (*.pdf)") if fmt == "pdf" else _t("Markdown (*.md)"))
            if path is None:
                return None
            path = _with_suffix(path, "." + fmt)
        path = Path(path)
        fmt = fmt or ("md" if path.suffix.lower() == ".md" else "pdf")
        scope = scope or ("shown" if shown else "selected" if selected else "list")
        from ruraldesk.io import csvexport, sheets

        def work(task):
            if scope == "shown":
                ids = [shown]
            elif scope == "selected":
                ids = selected
            else:
                ids = csvexport.list_ids(self.store, "practice", **listed[0])
            writer = sheets.write_pdf if fmt == "pdf" else sheets.write_markdown
            return writer(self.store, ids, path, progress=task.report)

        def done(report) -> None:
            self._status(_t("Practice sheets written: {count}, in {path}").format(count=_n(report.count), path=path))
            if report.warnings:
                Dialog.inform(self.window, _t("Practice sheet"), "\n".join(i18n.text(w) for w in report.warnings))

        return self._run(_t("Writing {name}").format(name=path.name), work, on_done=done,
                         lead=_t("The sheet was not written: {reason}"))

    # -- backup and restore ----------------------------------------------------------------------
    def backup(self, path: Path | str | None = None) -> worker.Task | None:
        if path is None:
            import datetime as dt

            path = save_path(self.window, _t("Back up the workspace"),
                             f"ruraldesk-backup-{dt.date.today().isoformat()}.zip", _t("Backups (*.zip)"))
            if path is None:
                return None
            path = _with_suffix(path, ".zip")
        path = Path(path)
        from ruraldesk.io.backup import backup_workspace

        cancel = threading.Event()

        def work(task):
            return backup_workspace(self.store, path, progress=task.report, cancel=cancel)

        def done(report) -> None:
            text = _t("Backed up {records} records and {files} attachment files to {path}.").format(
                records=_n(sum(report.records.values())), files=_n(report.attachments), path=path)
            if report.missing_attachments:
                text += " " + _t("Attachments not on this computer (kept on the group server) are not in the "
                                 "backup: {count}.").format(count=_n(len(report.missing_attachments)))
            self._status(text, 12000)
            Dialog.inform(self.window, _t("Backup made"), text)

        return self._run(_t("Backing up to {name}").format(name=path.name), work, on_done=done,
                         lead=_t("No backup was made: {reason}"))

    def restore(self, path: Path | str | None = None, *, confirm: bool = True) -> worker.Task | None:
        """Restore a backup into this workspace, which must be empty: checked first, said plainly."""
        if path is None:
            path = open_path(self.window, _t("Restore from a backup file"), _t("Backups (*.zip);;All files (*)"))
            if path is None:
                return None
        path = Path(path)
        from ruraldesk.io import backup

        def check(task):
            manifest = backup.read_manifest(path)
            empty, _why = backup.is_empty_workspace(self.store.path)
            counts = {c: self.store.count(c) for c in ("practice", "contact", "tool")}
            return manifest, empty, counts

        def checked(result) -> None:
            manifest, empty, counts = result
            title = _t("Restore from a backup file")
            if not empty:
                Dialog.warn(self.window, title, _t(
                    "A backup can only be restored into an empty workspace, and this one already holds "
                    "{practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.\n\n"
                    "To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, "
                    "and restore there.").format(practices=_n(counts["practice"]), contacts=_n(counts["contact"]),
                                                 tools=_n(counts["tool"])))
                return
            records = manifest.get("records", {})
            total = sum(int(v) for k, v in records.items() if k != "theme")
            if confirm and not Dialog.ask(self.window, title, _t(
                    "Restore {count} records from {name} (made on {date}) into this empty workspace?").format(
                        count=_n(total), name=path.name, date=str(manifest.get("created_at", ""))[:10] or "?")):
                return
            self._when_idle(lambda: self._restore(path), title)

        self._run(_t("Checking {name}").format(name=path.name), check, on_done=checked,
                  lead=_t("This file cannot be restored: {reason}"))
        return None

    def _when_idle(self, then: Callable[[], Any], title: str, tries: int = 50) -> None:
        """Run `then` once no other work touches the replica (a list still loading finishes in
        moments; a sync may take longer: then say so rather than wait)."""
        if getattr(self.shell.sync, "task", None) is not None:
            Dialog.inform(self.window, title, _t("A sync is running. Wait until it has finished, then "
                                                 "restore again."))
            return
        if worker.busy() and tries > 0:
            QTimer.singleShot(100, lambda: self._when_idle(then, title, tries - 1))
            return
        if worker.busy():
            Dialog.inform(self.window, title, _t("Wait until the work in progress (an import, an export) has "
                                                 "finished, then restore again."))
            return
        then()

    def _restore(self, path: Path) -> worker.Task:
        """The workspace file is replaced: the store's connections are closed first and the store is
        opened again on the restored file (every view then reloads)."""
        from ruraldesk.io.backup import restore_workspace
        from ruraldesk.store import Store

        store = self.store
        window = self.window
        parts = [window.centralWidget(), window.menuBar(), window.toolbar]
        for part in parts:            # nothing may read the replica while it is replaced
            part.setEnabled(False)
        self.shell.sync.pause()

        def work(task):
            store.engine.dispose()
            try:
                return restore_workspace(path, store.path, progress=task.report)
            finally:
                old = store.engine
                Store.__init__(store, store.path, author=store.author)   # reopen (and migrate) in place
                old.dispose()

        def done(report) -> None:
            for part in parts:
                part.setEnabled(True)
            self.shell.sync.resume()
            Dialog.inform(window, _t("Backup restored"), _t(
                "Restored {records} records and {files} attachment files from {name}.").format(
                    records=_n(sum(v for k, v in report.records.items() if k != "theme")),
                    files=_n(report.attachments), name=path.name))

        def failed(exc: BaseException) -> None:
            for part in parts:
                part.setEnabled(True)
            self.shell.sync.resume()
            self._failed(_t("Restore from a backup file"), _t("Nothing was restored: {reason}"))(exc)

        return window.run_with_progress(_t("Restoring {name}").format(name=path.name), work, on_done=done,
                                        on_error=failed, changes=Change.everything(), serial=True)

    # -- duplicates --------------------------------------------------------------------------
    def find_duplicates(self) -> worker.Task:
        from ruraldesk.io.duplicates import find_duplicates

        def work(task):
            return find_duplicates(self.store, progress=task.report)

        return self._run(_t("Looking for duplicate contacts"), work, on_done=self.show_duplicates,
                         lead=_t("The search for duplicates stopped: {reason}"))

    def show_duplicates(self, groups: list) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.window, groups)
        self.duplicates_dialog = dialog
        dialog.open_requested.connect(self.window.open_record)
        dialog.merge_requested.connect(lambda keep, others: self.merge(keep, others, dialog))
        dialog.exec()
        return dialog

    def merge(self, keep: str, others: list[str], dialog: DuplicatesDialog | None = None) -> worker.Task:
        from ruraldesk.io.duplicates import merge_contacts

        def done(report) -> None:
            self._status(_t("Merged {count} contacts into one; records relinked: {relinked}.").format(
                count=_n(len(report.merged) + 1), relinked=_n(len(report.relinked))))
            if dialog is not None:
                dialog.merged()

        return self.ops.run(merge_contacts, self.store, keep, others, on_done=done,
                            on_error=self._failed(_t("Merge contacts"), _t("The contacts were not merged: {reason}")),
                            changes=Change.everything())

    # -- people's data ---------------------------------------------------------------------------
    def export_person(self, path: Path | str | None = None) -> worker.Task | None:
        record = self._contact()
        if record is None:
            self._status(_t("Show a contact first."))
            return None
        if path is None:
            path = save_path(self.window, _t("Export everything about this person"),
                             _safe_name(record.title) + ".json", _t("JSON files (*.json)"))
            if path is None:
                return None
            path = _with_suffix(path, ".json")
        path = Path(path)
        from ruraldesk.io.people import write_person_export

        def work(task):
            return write_person_export(self.store, record.id, path)

        return self._run(_t("Exporting to {name}").format(name=path.name), work,
                         on_done=lambda _p: self._status(_t("Everything about “{name}” was saved to {path}").format(
                             name=record.title, path=path)),
                         lead=_t("Nothing was exported: {reason}"))

    def erase_person(self, *, confirm: bool = True) -> worker.Task | None:
        record = self._contact()
        if record is None:
            self._status(_t("Show a contact first."))
            return None
        from sync.client import account as accounts

        synced = accounts.load_account(self.store) is not None
        linked = sum(len(v) for k, v in self.store.linked(record.id).items() if k != "attachment")
        if confirm:
            dialog = EraseDialog(self.window, record.title, synced=synced, linked=linked)
            self.erase_dialog = dialog
            if dialog.exec() != Dialog.DialogCode.Accepted:
                return None
        from ruraldesk.io.people import erase_person

        def work(task):
            return erase_person(self.store, record.id, progress=task.report)

        def done(report) -> None:
            self.window.detail.show_placeholder()
            self._status(_t("“{name}” was erased.").format(name=record.title))
            self.show_mentions(record.title, report.mentions)

        return self._run(_t("Erasing {name}").format(name=record.title), work, on_done=done,
                         lead=_t("Nothing was erased: {reason}"), changes=Change.everything())

    def show_mentions(self, name: str, mentions: list) -> MentionsDialog:
        dialog = MentionsDialog(self.window, name, mentions)
        self.mentions_dialog = dialog
        dialog.open_requested.connect(self.window.open_record)
        dialog.setModal(False)
        dialog.show()          # not modal: the person opens the records and keeps the list
        return dialog


def _table_needs_region(store, table, collection: str, mapping: dict[int, str], task) -> str | None:
    from ruraldesk.io.regionneed import table_needs_region

    return table_needs_region(store, table, collection, mapping, progress=task.report)


def _vcard_needs_region(path: Path, task, encoding: str | None = None) -> str | None:
    from ruraldesk.io.regionneed import vcard_needs_region

    return vcard_needs_region(path, encoding=encoding, progress=task.report)


def _safe_name(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:60] or "export"


# -- screenshots ----------------------------------------------------------------------------------
def screenshot_scenes(window, shot, pump) -> None:
    """For scripts/screenshots: the mapping dialog on a small generated CSV."""
    import tempfile

    from ruraldesk.io.csvimport import guess_collection, open_table, suggest_mapping

    folder = Path(tempfile.mkdtemp(prefix="ruraldesk-shot-import-"))
    path = folder / "members-2024.csv"
    path.write_text(
        "Nom;Prénom;Courriel;Téléphone;Organisation;Pays;Remarques\n"
        "Dupont;Hélène;helene.dupont@example.fr;+33 3 86 00 00 01;Coop énergie Morvan;FR;Présidente\n"
        "Nowak;Anna;anna.nowak@example.pl;+48 12 000 00 02;Stowarzyszenie Wieś;PL;\n"
        "Silva;João;joao.silva@@example.pt;+351 266 000 003;Cooperativa Alentejo;PT;adresse à vérifier\n"
        "Rossi;Giulia;giulia.rossi@example.it;+39 0577 000004;Comunità del Chianti;IT;\n"
        "Müller;Jonas;jonas.mueller@example.de;+49 30 0000005;Dorfladen eG;DE;Kassenwart\n",
        encoding="utf-8")
    table = open_table(path)
    collection = guess_collection(table.headers)
    dialog = MappingDialog(window, window.store, table, collection, suggest_mapping(table.headers, collection),
                           reopen=lambda e, d: open_table(path, encoding=e, delimiter=d))
    dialog.resize(1080, 720)
    dialog.show()
    pump()
    shot(dialog, "import-mapping")
    dialog.close()


__all__ = ["Transfer", "install", "open_path", "save_path", "screenshot_scenes", "Filters", "spec"]
