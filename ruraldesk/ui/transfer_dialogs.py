"""The dialogs of getting data in and out: the CSV mapping dialog with its live preview, the
import report, the export options, duplicates, the review of an erased person's mentions, and
the two questions an import may ask first: which encoding a file is in when the detector is
unsure (`EncodingDialog.getEncoding`), and the workspace's phone region
(`RegionDialog.getRegion`). Their class methods return `(value, ok)`.

They only show and collect choices; reading and writing files is the core's
(`ruraldesk.io`), run off the UI thread by `transfer.Transfer`.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialogButtonBox,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QRadioButton, QSplitter, QStyle, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from ruraldesk.domain.fields import Kind
from ruraldesk.domain.records import META_FIELDS, spec
from ruraldesk.io.common import Problem, human_size
from ruraldesk.io.csvimport import PreviewRow, Table, preset_of, preview, suggest_mapping
from ruraldesk.io.mapping import targets, target_field
from ruraldesk.io import encoding as encodings
from ruraldesk.io.tabular import ENCODING_NAMES

from . import colours, i18n, worker
from .dialogs import Dialog
from .layout import FlowLayout

#: the collections a table can be imported into
IMPORTABLE = ("practice", "contact", "tool")
DELIMITERS = (",", ";", "\t", "|")


def _t(text: str) -> str:
    return QCoreApplication.translate("Transfer", text)


def _n(value: int) -> str:
    return i18n.number(int(value))


def encoding_name(encoding: str) -> str:
    """An encoding by its name ("Windows-1250"); the one with words in it said in the interface language."""
    name = encodings.display_name(encoding)
    return _t("UTF-8 with BOM") if name == encodings.NAMES["utf-8-sig"] else name


def delimiter_label(delimiter: str) -> str:
    return {",": _t("Comma ( , )"), ";": _t("Semicolon ( ; )"), "\t": _t("Tab"),
            "|": _t("Vertical bar ( | )")}.get(delimiter, repr(delimiter))


def subtype_label(subtype: str) -> str:
    return {"work": _t("work"), "home": _t("home"), "mobile": _t("mobile"), "fax": _t("fax"),
            "other": _t("other")}.get(subtype, subtype)


def target_label(collection: str, target: str) -> str:
    name, subtype = target_field(target)
    label = i18n.field_label(spec(collection).field(name))
    return f"{label} ({subtype_label(subtype)})" if subtype else label


def field_text(collection: str, name: str | None) -> str:
    if not name:
        return ""
    s = spec(collection)
    return i18n.field_label(s.field(name)) if s.has(name) else name


def preset_label(name: str) -> str:
    """A preset's name in the interface language (a report keeps the English one)."""
    from ruraldesk.io import presets

    for known in [*(p.name for p in presets.PRESETS), presets.preset_summary(None)]:
        if known == name:
            return i18n.text(known)
    return i18n.text(name)


def labelled(label: str, widget: QWidget, accessible: str | None = None) -> QLabel:
    """A label with its buddy, and the widget named after it for screen readers."""
    lab = QLabel(label)
    lab.setBuddy(widget)
    widget.setAccessibleName(accessible or label.replace("&", "").rstrip(":"))
    return lab


def make_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)     # one Tab stop (arrows move between cells), not a trap of cells
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    return table


def item(text: Any, tip: str = "") -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    it.setToolTip(tip or it.text())
    return it


# -- the mapping dialog ---------------------------------------------------------------------
class MappingDialog(Dialog):
    """Encoding, delimiter, collection, a target per column, and the first rows as they will be
    stored with every problem marked. `reopen(encoding, delimiter)` is called (and must return a
    new Table, or raise with a message) when the person changes how the file is read."""

    def __init__(self, parent: QWidget | None, store, table: Table, collection: str,
                 mapping: dict[int, str], reopen: Callable[[str, str], Table] | None = None, *,
                 encoding_chosen: bool = False):
        super().__init__(parent, _t("Import a table"))
        self.store, self.table, self.reopen = store, table, reopen
        #: "(detected)" marks what the detector said, not whatever the file was read again with
        self.detected = None if encoding_chosen else table.encoding
        self._generation = 0
        self.rows: list[PreviewRow] = []
        self.titles: dict[str, str] = {}
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("&Import"))
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setAccessibleName(_t("Import"))

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setAccessibleName(_t("File to import"))
        self.body.addWidget(self.file_label)
        self.preset_label = QLabel()
        self.preset_label.setWordWrap(True)
        self.preset_label.setAccessibleName(_t("Recognised export"))
        self.body.addWidget(self.preset_label)

        settings = FlowLayout(spacing=8)    # wraps on a narrow screen rather than widening the dialog
        self.encoding = QComboBox()
        self.delimiter = QComboBox()
        self.collection = QComboBox()
        for c in IMPORTABLE:
            self.collection.addItem(i18n.collection_label(c, plural=True), c)
        for label, widget in ((_t("&Encoding:"), self.encoding), (_t("&Separator:"), self.delimiter),
                              (_t("Import &as:"), self.collection)):
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 10, 0)
            row.addWidget(labelled(label, widget))
            row.addWidget(widget)
            settings.addWidget(pair)
        self.body.addLayout(settings)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        columns_box = QGroupBox(_t("Columns"))
        columns_layout = QVBoxLayout(columns_box)
        hint = QLabel(_t("Choose the field each column goes into, or leave it out."))
        hint.setWordWrap(True)
        columns_layout.addWidget(hint)
        self.columns = make_table(_t("Columns of the file"),
                                  [_t("Column in the file"), _t("Example"), _t("Import into")])
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.verticalHeader().setDefaultSectionSize(self.columns.fontMetrics().height() + 16)
        columns_layout.addWidget(self.columns)
        hint.setBuddy(self.columns)
        splitter.addWidget(columns_box)

        preview_box = QGroupBox(_t("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        self.preview_label = QLabel(_t("The first rows as they will be stored. Rows with a problem are "
                                       "marked; the import stops if any row of the file has one."))
        self.preview_label.setWordWrap(True)
        preview_layout.addWidget(self.preview_label)
        self.preview = make_table(_t("Preview of the import"), [])
        self.preview_label.setBuddy(self.preview)
        preview_layout.addWidget(self.preview)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_t("Preview summary"))
        preview_layout.addWidget(self.status)
        splitter.addWidget(preview_box)
        splitter.setSizes([260, 300])
        self.body.addWidget(splitter, 1)

        self.body.addWidget(self.buttons)
        self.resize(980, 720)
        self._fill_read_options()
        self.collection.setCurrentIndex(max(0, self.collection.findData(collection)))
        self._fill_columns(mapping)
        self.encoding.currentIndexChanged.connect(self._read_options_changed)
        self.delimiter.currentIndexChanged.connect(self._read_options_changed)
        self.collection.currentIndexChanged.connect(self._collection_changed)
        self.refresh()

    # -- reading options ------------------------------------------------------------------
    def _fill_read_options(self) -> None:
        t = self.table
        self.file_label.setText(_t("<b>{name}</b> — {size}, {count} columns").format(
            name=t.path.name, size=human_size(t.size), count=_n(len(t.headers))))
        for combo in (self.encoding, self.delimiter):
            combo.blockSignals(True)
            combo.clear()
        for codec in ENCODING_NAMES:
            label = encoding_name(codec) + ("  " + _t("(detected)") if codec == self.detected else "")
            self.encoding.addItem(label, codec)
        if self.encoding.findData(t.encoding) < 0:
            self.encoding.addItem(encoding_name(t.encoding) + ("  " + _t("(detected)") if t.encoding == self.detected
                                                              else ""), t.encoding)
        self.encoding.setCurrentIndex(self.encoding.findData(t.encoding))
        for d in DELIMITERS:
            self.delimiter.addItem(delimiter_label(d) + ("  " + _t("(detected)") if d == t.delimiter else ""), d)
        if self.delimiter.findData(t.delimiter) < 0:
            self.delimiter.addItem(repr(t.delimiter), t.delimiter)
        self.delimiter.setCurrentIndex(self.delimiter.findData(t.delimiter))
        for combo in (self.encoding, self.delimiter):
            combo.blockSignals(False)

    def _read_options_changed(self) -> None:
        if self.reopen is None:
            return
        encoding, delimiter = self.encoding.currentData(), self.delimiter.currentData()
        self._generation += 1
        generation = self._generation
        self.status.setText(_t("Reading the file again…"))

        def opened(table: Table) -> None:
            if generation != self._generation:
                return
            self.table = table
            self._fill_read_options()
            self._fill_columns(suggest_mapping(table.headers, self.current_collection()))
            self.refresh()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._fill_read_options()       # back to what reads
            self.status.setText(_t("The file cannot be read that way: {reason}").format(reason=i18n.text(exc)))

        worker.background(self.reopen, encoding, delimiter, on_done=opened, on_error=failed)

    def _collection_changed(self) -> None:
        self._fill_columns(suggest_mapping(self.table.headers, self.current_collection()))
        self.refresh()

    # -- columns ----------------------------------------------------------------------------
    def current_collection(self) -> str:
        return self.collection.currentData()

    def _fill_columns(self, mapping: dict[int, str]) -> None:
        collection = self.current_collection()
        choices = [(None, _t("— leave out —"))] + [(t, target_label(collection, t)) for t, _ in targets(collection)]
        self.columns.setRowCount(len(self.table.headers))
        self.combos: list[QComboBox] = []
        for i, header in enumerate(self.table.headers):
            name = header or _t("column {number}").format(number=i + 1)
            self.columns.setItem(i, 0, item(name))
            example = next((r[i] for r in self.table.preview if i < len(r) and r[i].strip()), "")
            self.columns.setItem(i, 1, item(" ".join(example.split())[:80], example))
            combo = QComboBox()
            combo.setAccessibleName(_t("Import the column “{name}” into").format(name=name))
            for target, label in choices:
                combo.addItem(label, target)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(i))))
            combo.currentIndexChanged.connect(self.refresh)
            self.columns.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.columns.setColumnWidth(0, 220)
        self.columns.setColumnWidth(1, 300)

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def set_target(self, column: int | str, target: str | None) -> None:
        """Map a column (index or header) — for tests and keyboard-less scripting."""
        index = column if isinstance(column, int) else self.table.headers.index(column)
        combo = self.combos[index]
        combo.setCurrentIndex(max(0, combo.findData(target)))

    # -- preview ----------------------------------------------------------------------------
    def preset(self) -> str | None:
        """The name of the address-book export the columns come from, or None (a sheet)."""
        found = preset_of(self.table.headers, self.current_collection())
        return i18n.text(found.name) if found else None

    def _show_preset(self) -> None:
        name = self.preset()
        self.preset_label.setVisible(bool(name))
        self.preset_label.setText(_t("Recognised: <b>{preset}</b>. Its columns are matched below; check them "
                                     "before importing.").format(preset=name) if name else "")

    def refresh(self, wait: bool = False) -> None:
        mapping, collection, table = self.mapping(), self.current_collection(), self.table
        self._show_preset()
        self.import_button.setEnabled(bool(mapping))
        self._generation += 1
        generation = self._generation
        if not mapping:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.status.setText(_t("No column goes into a field yet: choose at least one."))
            return

        def shown(result: tuple[list[PreviewRow], dict[str, str]]) -> None:
            if generation == self._generation:
                self.titles = result[1]
                self.show_preview(collection, mapping, result[0])

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(_t("The file cannot be previewed: {reason}").format(reason=i18n.text(exc)))

        task = worker.background(_preview_with_titles, self.store, table, collection, mapping, on_done=shown,
                                 on_error=failed)
        if wait:
            task.wait()

    def show_preview(self, collection: str, mapping: dict[int, str], rows: list[PreviewRow]) -> None:
        self.rows = rows
        bad_row, bad_text = colours.problem_row(self.preview.palette())
        s = spec(collection)
        names: list[str] = []
        for i in sorted(mapping):
            name = target_field(mapping[i])[0]
            if name not in names:
                names.append(name)
        for r in rows:
            for name in r.values:
                if name not in names and name not in META_FIELDS and s.has(name):
                    names.append(name)
        headers = [_t("Row"), _t("Problems")] + [field_text(collection, n) for n in names]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(rows))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bad_fields_font = QFont(self.preview.font())
        bad_fields_font.setBold(True)
        for row, r in enumerate(rows):
            by_field: dict[str, list[str]] = {}
            for p in r.problems:
                by_field.setdefault(p.field or "", []).append(i18n.text(p.message))
            number = item(_n(r.row))
            number.setData(Qt.ItemDataRole.UserRole, r.row)
            self.preview.setItem(row, 0, number)
            for col, name in enumerate(names, start=2):
                value = r.values.get(name)
                if s.field(name).kind is Kind.REFS and value:      # theme names, not their ids
                    value = [i18n.theme_name(v, self.titles[v]) if v in self.titles else v for v in value]
                    text = ", ".join(value)
                else:
                    text = i18n.display_value(s.field(name), value) if value not in (None, "", []) else ""
                cell = item(text)
                if name in by_field:
                    cell.setText(text or _t("(not readable)"))
                    cell.setToolTip("\n".join(by_field[name]))
                    cell.setForeground(QBrush(bad_text))
                    cell.setFont(bad_fields_font)
                    cell.setIcon(warning)
                self.preview.setItem(row, col, cell)
            messages = [(f"{field_text(collection, p.field)}: " if p.field else "") + i18n.text(p.message)
                        for p in r.problems]
            status = item("; ".join(messages) if messages else _t("Ready"), "\n".join(messages))
            if messages:
                status.setForeground(QBrush(bad_text))
                number.setIcon(warning)
                number.setToolTip(_t("This row has a problem"))
                for col in range(len(headers)):
                    cell = self.preview.item(row, col)
                    if cell is not None:
                        cell.setBackground(QBrush(bad_row))
                status.setBackground(QBrush(bad_row))
            self.preview.setItem(row, 1, status)
        self.preview.resizeColumnsToContents()
        self.preview.setColumnWidth(1, min(max(self.preview.columnWidth(1), 90), 300))
        for col in range(2, len(headers)):
            self.preview.setColumnWidth(col, min(max(self.preview.columnWidth(col), 90), 240))
        self.preview.horizontalHeader().setStretchLastSection(True)
        bad = sum(1 for r in rows if r.problems)
        if bad:
            self.status.setText(_t("Rows previewed: {count}; with a problem: {bad}. Fix them in the file, "
                                   "or change the columns above.").format(count=_n(len(rows)), bad=_n(bad)))
        else:
            self.status.setText(_t("Rows previewed: {count}; all ready to import.").format(count=_n(len(rows))))


def _preview_with_titles(store, table: Table, collection: str, mapping: dict[int, str]
                         ) -> tuple[list[PreviewRow], dict[str, str]]:
    """The preview rows, and the titles of the records they link to (read off the UI thread)."""
    rows = preview(store, table, collection, mapping)
    s = spec(collection)
    titles: dict[str, str] = {}
    for f in s.fields:
        if f.kind is Kind.REFS:
            ids = list({i for r in rows for i in (r.values.get(f.name) or [])})
            titles.update({i: rec.title for i, rec in store.get_many(f.target, ids).items()})
    return rows, titles


# -- the import report --------------------------------------------------------------------------
class ImportReportDialog(Dialog):
    """What an import did: the count, every rejected row and why, possible duplicates, and what a
    vCard held that has no field. `valid_only` is True when the person asked to import only the
    valid rows after a refusal; `open_requested(record_id)` opens an existing contact."""

    VALID_ONLY = 2
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None, report, *, cancelled: bool = False):
        super().__init__(parent, _t("Import report"), buttons=QDialogButtonBox.StandardButton.Close)
        self.report = report
        r, collection = report, report.collection
        what = i18n.collection_label(collection, plural=True).lower()
        unit_rows = r.format == "csv"
        headline = QLabel()
        headline.setWordWrap(True)
        headline.setAccessibleName(_t("Import result"))
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        headline.setFont(font)
        if r.imported:
            headline.setText(_t("Imported: {count} {what}.").format(count=_n(r.imported), what=what))
        elif r.rejected_rows:
            headline.setText(_t("Nothing was imported."))
        else:
            headline.setText(_t("Nothing was imported: the file holds no records."))
        self.body.addWidget(headline)
        lines = [(_t("Rows read: {count}") if unit_rows else _t("Cards read: {count}")).format(count=_n(r.rows))]
        if r.preset:
            lines.insert(0, _t("Read as: {preset}").format(preset=preset_label(r.preset)))
        if r.rejected_rows:
            lines.append((_t("Rows with a problem: {count}") if unit_rows
                          else _t("Cards with a problem: {count}")).format(count=_n(len(r.rejected_rows))))
            if not r.imported:
                lines.append(_t("Every row must be right before anything is imported. Fix these rows in the "
                                "file and import it again, or import only the valid rows."))
            else:
                lines.append(_t("Only the valid rows were imported; the rows below were left out."))
        if r.duplicates:
            lines.append(_t("Possibly already here: {count} (see “Possible duplicates”)").format(
                count=_n(len(r.duplicates))))
        if r.ignored_columns:
            lines.append(_t("Columns not imported: {columns}").format(
                columns=", ".join(i18n.text(c) for c in r.ignored_columns)))
        self.detail = detail = QLabel("\n".join(lines))
        detail.setWordWrap(True)
        detail.setAccessibleName(_t("Import details"))
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(detail)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_t("Import findings"))
        where = _t("Row") if unit_rows else _t("Card")
        self.rejected = self._problems_tab(_t("Problems ({count})"), r.rejected, collection,
                                           [where, _t("Column") if unit_rows else _t("Property"),
                                            _t("Field"), _t("Value"), _t("Problem")])
        self.duplicates = self._duplicates_tab(r.duplicates, where)
        self.unmapped = self._problems_tab(_t("Not imported ({count})"), r.unmapped, collection,
                                           [where, _t("Property"), _t("Field"), _t("Value"), _t("Why")])
        self.warnings = self._problems_tab(_t("Warnings ({count})"), r.warnings, collection,
                                           [where, _t("Column") if unit_rows else _t("Property"),
                                            _t("Field"), _t("Value"), _t("Note")])
        if self.tabs.count():
            self.body.addWidget(self.tabs, 1)

        self.valid_button: QPushButton | None = None
        if not r.imported and r.rejected_rows and r.valid and r.mode == "all" and not cancelled:
            self.valid_button = QPushButton(_t("Import the valid rows only ({count})").format(count=_n(r.valid)))
            self.valid_button.setAccessibleName(_t("Import the valid rows only"))
            self.valid_button.setToolTip(_t("Import the rows without a problem and leave the others out"))
            self.buttons.addButton(self.valid_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.valid_button.clicked.connect(lambda: self.done(self.VALID_ONLY))
        self.body.addWidget(self.buttons)
        self.resize(820, 560 if self.tabs.count() else 240)

    def _problems_tab(self, title: str, problems: list[Problem], collection: str,
                      headers: list[str]) -> QTableWidget | None:
        if not problems:
            return None
        table = make_table(title.format(count=""), headers)
        table.setRowCount(len(problems))
        for row, p in enumerate(problems):
            number = item(_n(p.row))
            number.setData(Qt.ItemDataRole.UserRole, p.row)
            table.setItem(row, 0, number)
            table.setItem(row, 1, item(p.column or ""))
            table.setItem(row, 2, item(field_text(collection, p.field)))
            table.setItem(row, 3, item(p.value))
            table.setItem(row, 4, item(i18n.text(p.message)))
        table.resizeColumnsToContents()
        table.setColumnWidth(0, max(table.columnWidth(0), 56))
        for col in range(1, 4):
            table.setColumnWidth(col, min(table.columnWidth(col) + 12, 220))
        self.tabs.addTab(table, title.format(count=_n(len(problems))))
        return table

    def _duplicates_tab(self, problems: list[Problem], where: str) -> QTableWidget | None:
        if not problems:
            return None
        table = make_table(_t("Possible duplicates"), [where, _t("Looks like")])
        table.setRowCount(len(problems))
        for row, p in enumerate(problems):
            table.setItem(row, 0, item(_n(p.row)))
            cell = item(i18n.text(p.message))
            if p.value and not p.value.startswith(("row ", "card ")):
                cell.setData(Qt.ItemDataRole.UserRole, p.value)
                cell.setToolTip(_t("Double-click to open the contact already here"))
            table.setItem(row, 1, cell)
        table.resizeColumnToContents(0)
        table.itemDoubleClicked.connect(self._open)
        self.tabs.addTab(table, _t("Possible duplicates ({count})").format(count=_n(len(problems))))
        return table

    def _open(self, it: QTableWidgetItem) -> None:
        target = self.duplicates.item(it.row(), 1).data(Qt.ItemDataRole.UserRole) if self.duplicates else None
        if target:
            self.open_requested.emit(target)


# -- questions before an import ----------------------------------------------------------------
class EncodingDialog(Dialog):
    """The detector is unsure: the file's names as each candidate encoding reads them, side by
    side; the person picks the column where they are written right. Nothing is preselected,
    so no encoding is ever taken without someone choosing it."""

    def __init__(self, parent: QWidget | None, readings: dict[str, list[str]], name: str = ""):
        super().__init__(parent, _t("Choose the encoding"))
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(_t("&Read it this way"))
        self.import_button.setEnabled(False)
        intro = QLabel(_t("The letters of {name} can be read in more than one way, and we cannot tell which "
                          "is right. Choose the column where the names are written correctly.").format(
                              name=name or _t("this file")))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.setSpacing(10)
        for encoding, words in readings.items():
            box = QGroupBox()
            column = QVBoxLayout(box)
            button = QRadioButton(encoding_name(encoding))
            shown = words or [_t("(nothing to compare)")]
            button.setAccessibleName(_t("Read as {encoding}").format(encoding=encoding_name(encoding)))
            button.setAccessibleDescription(", ".join(shown))
            self.group.addButton(button)
            column.addWidget(button)
            text = QLabel("\n".join(shown))
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setContentsMargins(22, 0, 0, 0)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text.setAccessibleName(_t("Names as {encoding} reads them").format(encoding=encoding_name(encoding)))
            column.addWidget(text, 1)
            row.addWidget(box, 1)
            self.choices[encoding] = button
        self.body.addLayout(row, 1)
        hint = QLabel(_t("The choice can still be changed under “Encoding” in the next step."))
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.group.buttonToggled.connect(lambda *_: self.import_button.setEnabled(bool(self.encoding())))
        self.finish(stretch=False)
        self.setMinimumWidth(min(220 * max(len(readings), 2) + 40, 900))

    def encoding(self) -> str:
        return next((e for e, b in self.choices.items() if b.isChecked()), "")

    def pick(self, encoding: str) -> None:
        self.choices[encoding].setChecked(True)

    @classmethod
    def getEncoding(cls, parent: QWidget | None, readings: dict[str, list[str]],  # noqa: N802
                    name: str = "") -> tuple[str, bool]:
        """(the codec chosen, True), or ("", False) when the person cancels."""
        dialog = cls(parent, readings, name)
        ok = dialog.exec() == Dialog.DialogCode.Accepted and bool(dialog.encoding())
        return (dialog.encoding() if ok else ""), ok


def default_region() -> str:
    """The interface locale's country, for the first proposal (Qt says Brazil for Portuguese;
    this program's users are in Europe)."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if system.language() == QLocale().language() and "_" in system.name():
        return system.name().split("_")[1]
    return {"pt": "PT"}.get(i18n.current()) or QLocale().name().partition("_")[2]


class PhoneRegionCombo(QComboBox):
    """Every country with a dialling code ("France (+33)"); with `unset`, a first "not set"
    entry. `save()` stores a changed choice through `on_save(code or None)`."""

    def __init__(self, current: str | None, *, unset: bool = False,
                 on_save: Callable[[str | None], Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        import phonenumbers

        self.initial, self.on_save = current or "", on_save
        self.setToolTip(_t("The country of phone numbers written without a country code, for this workspace"))
        # 250 countries: the longest name must not widen the dialog it sits in
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        if unset:
            self.addItem(_t("Not set (asked when needed)"), "")
        for code, name in i18n.countries().items():
            dial = phonenumbers.country_code_for_region(code)
            if dial:
                self.addItem(f"{name} (+{dial})", code)
        wanted = current or ("" if unset else default_region())
        self.setCurrentIndex(max(0, self.findData(wanted)))

    def region(self) -> str:
        return self.currentData() or ""

    def save(self) -> None:
        if self.on_save is not None and self.region() != self.initial:
            self.on_save(self.region() or None)


class RegionDialog(Dialog):
    """Asked once per workspace: the country of phone numbers written without a country code."""

    def __init__(self, parent: QWidget | None, name: str, example: str):
        super().__init__(parent, _t("Phone numbers without a country code"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("&Use this country"))
        intro = QLabel(_t("{name} holds phone numbers without a country code (such as “{example}”) on rows "
                          "that name no country. In which country are they?").format(name=name, example=example))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.combo = PhoneRegionCombo(None)
        form = self.form()
        form.addRow(labelled(_t("&Country:"), self.combo, _t("Country of the phone numbers")), self.combo)
        note = QLabel(_t("This is asked once and kept for the workspace; File → Settings changes it. Numbers "
                         "with a country code, and rows that name a country, are read as they are."))
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.finish()
        self.setMinimumWidth(520)

    @classmethod
    def getRegion(cls, parent: QWidget | None, name: str, example: str) -> tuple[str, bool]:  # noqa: N802
        """(the country code chosen, True), or ("", False) when the person cancels."""
        dialog = cls(parent, name, example)
        ok = dialog.exec() == Dialog.DialogCode.Accepted and bool(dialog.combo.region())
        return (dialog.combo.region() if ok else ""), ok


# -- export options ----------------------------------------------------------------------------
class ExportDialog(Dialog):
    """What to export (a choice of scopes with their counts) and how (format options)."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, scopes: list[tuple[str, str]], *,
                 formats: list[tuple[str, str]] | None = None, bom: bool | None = None,
                 collections: list[tuple[str, str]] | None = None):
        super().__init__(parent, title)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("&Export…"))
        text = QLabel(intro)
        text.setWordWrap(True)
        self.body.addWidget(text)
        form = self.form()
        self.collection: QComboBox | None = None
        if collections:
            self.collection = QComboBox()
            for key, label in collections:
                self.collection.addItem(label, key)
            form.addRow(labelled(_t("&Records:"), self.collection), self.collection)
        self.scope_group = QButtonGroup(self)
        self.scopes: dict[str, QRadioButton] = {}
        if scopes:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            for key, label in scopes:
                button = QRadioButton(label)
                button.setAccessibleName(label)
                self.scope_group.addButton(button)
                column.addWidget(button)
                self.scopes[key] = button
            next(iter(self.scopes.values())).setChecked(True)
            lab = QLabel(_t("Export:"))
            lab.setBuddy(next(iter(self.scopes.values())))
            form.addRow(lab, box)
        self.format: QComboBox | None = None
        if formats:
            self.format = QComboBox()
            for key, label in formats:
                self.format.addItem(label, key)
            form.addRow(labelled(_t("&Format:"), self.format), self.format)
        self.bom: QCheckBox | None = None
        if bom is not None:
            self.bom = QCheckBox(_t("UTF-8 with &BOM, for Excel"))
            self.bom.setAccessibleName(_t("UTF-8 with BOM, for Excel"))
            self.bom.setToolTip(_t("Excel on Windows shows accented letters correctly only with this mark"))
            self.bom.setChecked(bom)
            form.addRow("", self.bom)
        self.finish()
        self.setMinimumWidth(500)

    def scope(self) -> str:
        return next((k for k, b in self.scopes.items() if b.isChecked()), "")

    def set_scope(self, key: str) -> None:
        self.scopes[key].setChecked(True)


# -- duplicates ---------------------------------------------------------------------------------
def reasons_text(group) -> str:
    return "; ".join(i18n.text(r) for r in group.reasons)


def member_label(group, record_id: str) -> str:
    """The name and what tells this contact from the others of its group: "Anna Nowak — Coop ·
    anna@x.pl · created 3/2/24" (three same-named lines would leave nothing to choose by)."""
    facts = list(group.details.get(record_id, []))
    created = QDate.fromString(group.created.get(record_id, ""), "yyyy-MM-dd")
    if created.isValid():
        facts.append(_t("created {date}").format(
            date=i18n.QLocale().toString(created, i18n.QLocale.FormatType.ShortFormat)))
    name = group.titles.get(record_id, record_id)
    return _t("{name} — {details}").format(name=name, details=" · ".join(facts)) if facts else name


class DuplicatesDialog(Dialog):
    """Groups of likely duplicates with the reason; choose the one to keep and the ones to merge."""

    merge_requested = Signal(str, list)        # keep id, other ids
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None, groups: list):
        super().__init__(parent, _t("Duplicate contacts"), buttons=QDialogButtonBox.StandardButton.Close)
        self.groups = list(groups)
        intro = QLabel(_t("These contacts look like the same person or organisation. Merging keeps one "
                          "contact, fills its empty fields from the others, moves every link and "
                          "attachment to it, and moves the others to the trash (restorable)."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Groups of likely duplicates"))
        left.addWidget(labelled(_t("&Groups:"), self.list, _t("Groups of likely duplicates")))
        left.addWidget(self.list, 1)
        row.addLayout(left, 1)      # the right side shows each contact with its telling details
        right = QVBoxLayout()
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(_t("Why they look alike"))
        right.addWidget(self.reasons)
        self.members = QListWidget()
        right.addWidget(labelled(_t("&Contacts to merge (ticked):"), self.members, _t("Contacts to merge")))
        right.addWidget(self.members, 1)
        keep_row = QHBoxLayout()
        self.keep = QComboBox()
        keep_row.addWidget(labelled(_t("&Keep:"), self.keep, _t("Contact to keep")))
        keep_row.addWidget(self.keep, 1)
        right.addLayout(keep_row)
        actions = QHBoxLayout()
        self.open_button = QPushButton(_t("&Open contact"))
        self.open_button.setAccessibleName(_t("Open the highlighted contact"))
        self.merge_button = QPushButton(_t("&Merge"))
        self.merge_button.setAccessibleName(_t("Merge the ticked contacts into the one kept"))
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.merge_button)
        right.addLayout(actions)
        row.addLayout(right, 2)
        self.body.addLayout(row, 1)
        self.empty = QLabel(_t("No likely duplicates were found."))
        self.empty.setAccessibleName(_t("No likely duplicates"))
        self.body.addWidget(self.empty)
        self.body.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show_group)
        self.members.itemChanged.connect(lambda _i: self._update())
        self.keep.currentIndexChanged.connect(lambda _i: self._update())
        self.merge_button.clicked.connect(self._merge)
        self.open_button.clicked.connect(self._open)
        self.members.itemDoubleClicked.connect(lambda _i: self._open())
        self._fill()
        self.resize(920, 520)

    def _fill(self) -> None:
        self.list.clear()
        for g in self.groups:
            names = ", ".join(dict.fromkeys(g.titles.get(i, i) for i in g.ids))
            entry = QListWidgetItem(names)
            entry.setToolTip(reasons_text(g))
            self.list.addItem(entry)
        self.empty.setVisible(not self.groups)
        if self.groups:
            self.list.setCurrentRow(0)
        else:
            self._show_group(-1)

    def _show_group(self, index: int) -> None:
        self.members.blockSignals(True)
        self.members.clear()
        self.keep.blockSignals(True)
        self.keep.clear()
        if 0 <= index < len(self.groups):
            g = self.groups[index]
            self.reasons.setText(_t("Why: {reasons}").format(reasons=reasons_text(g)))
            for record_id in g.ids:
                entry = QListWidgetItem(member_label(g, record_id))
                entry.setToolTip(entry.text())
                entry.setData(Qt.ItemDataRole.UserRole, record_id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked)
                self.members.addItem(entry)
                self.keep.addItem(member_label(g, record_id), record_id)
            self.members.setCurrentRow(0)
        else:
            self.reasons.setText("")
        self.members.blockSignals(False)
        self.keep.blockSignals(False)
        self._update()

    def chosen(self) -> tuple[str | None, list[str]]:
        keep = self.keep.currentData()
        ticked = [self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())
                  if self.members.item(i).checkState() == Qt.CheckState.Checked]
        return keep, [i for i in ticked if i != keep]

    def _update(self) -> None:
        keep, others = self.chosen()
        self.merge_button.setEnabled(bool(keep and others))
        self.open_button.setEnabled(self.members.currentItem() is not None)

    def _merge(self) -> None:
        keep, others = self.chosen()
        if keep and others:
            self.merge_requested.emit(keep, others)

    def _open(self) -> None:
        current = self.members.currentItem()
        if current is not None:
            self.open_requested.emit(current.data(Qt.ItemDataRole.UserRole))

    def merged(self) -> None:
        """The current group was merged: take it off the list."""
        index = self.list.currentRow()
        if 0 <= index < len(self.groups):
            del self.groups[index]
            self._fill()


# -- erasure ------------------------------------------------------------------------------------
class EraseDialog(Dialog):
    """The clear confirmation before a person is erased for good."""

    def __init__(self, parent: QWidget | None, name: str, *, synced: bool, linked: int):
        super().__init__(parent, _t("Erase this person"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("&Erase for good"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(_t("Erase for good"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        head = QLabel(_t("Erase “{name}” and everything held about them?").format(name=name))
        head.setWordWrap(True)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        self.body.addWidget(head)
        points = [
            _t("The contact is deleted from this computer for good: not to the trash, and it cannot be undone."),
            _t("Its past values are scrubbed from the history of changes."),
            _t("Its links are removed from {count} linked records.").format(count=_n(linked)) if linked
            else _t("No other record links to it."),
        ]
        if synced:
            points.append(_t("This workspace is shared: the erasure is sent to the group server at the next "
                             "sync, and every member's copy erases it too."))
        else:
            points.append(_t("This workspace is not shared with a group server; copies elsewhere (backups, "
                             "exports) are not touched."))
        points.append(_t("Mentions of the person's name, e-mails or phones in other records' text are not "
                         "changed: you get a list of them to review afterwards."))
        text = QLabel("<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>")
        text.setWordWrap(True)
        text.setAccessibleName(_t("What erasing does"))
        self.body.addWidget(text)
        self.finish()
        self.setMinimumWidth(560)


class MentionsDialog(Dialog):
    """After an erasure: free-text mentions of the person in other records, to review."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None, name: str, mentions: list):
        super().__init__(parent, _t("Mentions to review"), buttons=QDialogButtonBox.StandardButton.Close)
        if mentions:
            text = _t("“{name}” was erased. These records still mention them in their text. Open each one "
                      "and remove or reword the mention where it is personal data.").format(name=name)
        else:
            text = _t("“{name}” was erased. No other record mentions them in its text.").format(name=name)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.table = make_table(_t("Mentions to review"), [_t("Record"), _t("Type"), _t("Field"),
                                                           _t("Found"), _t("Text")])
        self.table.setRowCount(len(mentions))
        for row, m in enumerate(mentions):
            title = item(m.title)
            title.setData(Qt.ItemDataRole.UserRole, m.record_id)
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, item(i18n.collection_label(m.collection)))
            self.table.setItem(row, 2, item(field_text(m.collection, m.field)))
            self.table.setItem(row, 3, item(m.term))
            self.table.setItem(row, 4, item(" ".join(m.snippet.replace("[", "").replace("]", "").split())))
        self.table.resizeColumnsToContents()
        for col in range(4):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 240))
        self.table.itemDoubleClicked.connect(self._open)
        if mentions:
            self.body.addWidget(self.table, 1)
            self.open_button = QPushButton(_t("&Open record"))
            self.open_button.setAccessibleName(_t("Open the highlighted record"))
            self.open_button.clicked.connect(lambda: self._open(self.table.currentItem()))
            self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.table.selectRow(0)
        else:
            self.table.hide()
            self.body.addStretch(1)
        self.body.addWidget(self.buttons)
        self.resize(780, 420 if mentions else 160)

    def _open(self, it: QTableWidgetItem | None) -> None:
        if it is not None:
            record_id = self.table.item(it.row(), 0).data(Qt.ItemDataRole.UserRole)
            if record_id:
                self.open_requested.emit(record_id)


__all__ = ["DuplicatesDialog", "EncodingDialog", "EraseDialog", "ExportDialog", "ImportReportDialog",
           "MappingDialog", "MentionsDialog", "PhoneRegionCombo", "QPalette", "RegionDialog"]
