"""One editor widget per field kind; each has value(), set_value() and an `edited` signal."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QComboBox, QDateEdit,
                               QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ruraldesk.domain.fields import FieldSpec, Kind
from ruraldesk.domain.records import Record
from ruraldesk.domain.text import sort_key as order_key

from . import i18n
from .inputs import SPACES, RankedCompleter, guard_wheel, read_number, region_options
from .layout import FlowLayout


def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def _u(text: str) -> str:
    return QCoreApplication.translate("Editors", text)


class Editor(QWidget):
    edited = Signal()

    def __init__(self, f: FieldSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = f
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def name(self, widget: QWidget, suffix: str = "") -> QWidget:
        label = i18n.field_label(self.spec)
        widget.setAccessibleName(f"{label} {suffix}".strip())
        if isinstance(widget, (QComboBox, QAbstractSpinBox)):
            guard_wheel(widget)
        if self.spec.help:
            widget.setAccessibleDescription(_t(self.spec.help))
            widget.setToolTip(_t(self.spec.help))
        return widget


class TextEditor(Editor):
    def __init__(self, f: FieldSpec, parent: QWidget | None = None):
        super().__init__(f, parent)
        self.edit = self.name(QLineEdit())
        if f.max_length:
            self.edit.setMaxLength(f.max_length)
        if f.kind is Kind.URL:
            self.edit.setPlaceholderText("https://")
        self.edit.editingFinished.connect(self.edited)
        self.layout_.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)   # a long title shows its beginning, not its end

    def focus_widget(self) -> QWidget:
        return self.edit


class NumberEditor(TextEditor):
    """Numbers typed in the user's locale; an unreadable number is passed on as text so
    validation can say what is wrong with it."""

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        number = read_number(text)
        if number is None:
            return text
        if self.spec.kind is Kind.INTEGER and float(number).is_integer():
            return int(number)
        return number

    def set_value(self, value: Any) -> None:
        shown = i18n.display_value(self.spec, value) if isinstance(value, (int, float)) else \
            ("" if value is None else str(value))
        self.edit.setText(SPACES.sub(" ", shown))   # a plain space: what people type back


class LongTextEditor(Editor):
    def __init__(self, f: FieldSpec, parent: QWidget | None = None):
        super().__init__(f, parent)
        self.edit = self.name(QPlainTextEdit())
        self.edit.setTabChangesFocus(True)
        lines = 5 if f.name in ("summary", "description", "notes") else 3
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        self.edit.textChanged.connect(self.edited)
        self.layout_.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class ComboEditor(Editor):
    """A choice from a fixed list (choices, countries, languages, currencies, regions)."""

    def __init__(self, f: FieldSpec, options: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(f, parent)
        self.combo = self.name(QComboBox())
        # as wide as the form allows, as narrow as a small pane needs; long names show whole
        # in the list that opens
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.layout_.addWidget(self.combo)
        self.set_options(options if options is not None else self.default_options())
        self.combo.currentIndexChanged.connect(self.edited)

    def default_options(self) -> list[tuple[str, str]]:
        f = self.spec
        if f.kind is Kind.CHOICE:
            return [(c, i18n.choice_label(c)) for c in f.choices]
        if f.kind is Kind.COUNTRY:
            return list(i18n.countries().items())
        if f.kind is Kind.LANGUAGE:
            return list(i18n.languages().items())
        if f.kind is Kind.CURRENCY:
            return [(code, f"{code} — {name}") for code, name in i18n.currencies().items()]
        return []

    def set_options(self, options: list[tuple[str, str]]) -> None:
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(_u("(none)") if not self.spec.required else _u("(choose)"), None)
        for code, label in options:
            self.combo.addItem(label, code)
        if len(options) > 20 and not self.combo.isEditable():
            self.combo.setEditable(True)
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            RankedCompleter(self.combo)
            self.combo.lineEdit().setAccessibleName(self.combo.accessibleName())
        self.set_value(current)
        self.combo.blockSignals(False)

    def value(self) -> Any:
        if not hasattr(self, "combo"):
            return None
        if self.combo.isEditable():  # typed text that matches an item selects it
            i = self.combo.findText(self.combo.currentText())
            if i != self.combo.currentIndex() and i >= 0:
                self.combo.setCurrentIndex(i)
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value) if value is not None else 0
        if i < 0 and value is not None:      # a value we have no label for: keep it
            self.combo.addItem(str(value), value)
            i = self.combo.count() - 1
        self.combo.setCurrentIndex(max(0, i))
        if self.combo.isEditable():          # show a long name from its start, not its end
            self.combo.lineEdit().setCursorPosition(0)

    def focus_widget(self) -> QWidget:
        return self.combo


class RegionEditor(ComboEditor):
    """NUTS regions of the country chosen in the same form (indented by level)."""

    def __init__(self, f: FieldSpec, parent: QWidget | None = None):
        super().__init__(f, [], parent)
        self._folded: dict[str, str] = {}
        self._kept: tuple[str, str] | None = None   # (code shown, code stored) for a folded one

    def for_country(self, country: str | None) -> None:
        regions, self._folded = region_options(country)
        self.set_options([(code, "    " * d + f"{name} ({code})") for code, name, d in regions])
        self.combo.setEnabled(bool(regions) or self.value() is not None)

    def set_value(self, value: Any) -> None:
        folded = getattr(self, "_folded", {}).get(value) if value else None
        self._kept = (folded, value) if folded else None
        super().set_value(folded or value)

    def value(self) -> Any:
        shown = super().value()
        kept = getattr(self, "_kept", None)
        return kept[1] if kept and shown == kept[0] else shown


class _Calendar(QCalendarWidget):
    """The date picker's calendar: with no date chosen it opens at a useful month (today, or
    the start date for an end date), not at the lowest date that stands for "no date"."""

    def __init__(self, anchor: Callable[[], QDate]):
        super().__init__()
        self.anchor = anchor

    def showEvent(self, event) -> None:  # noqa: N802
        if self.selectedDate() == DateEditor.NONE:
            at = self.anchor()
            self.setCurrentPage(at.year(), at.month())
        super().showEvent(event)


class _DateEdit(QDateEdit):
    """Tab walks the day, month and year, then moves on. On "No date" there are no sections to
    walk and QDateEdit keeps the focus for ever: a keyboard trap. There Tab simply moves on."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)


class DateEditor(Editor):
    """A date with a calendar; the lowest date stands for "no date". Shown in the interface
    language's long form ("6 janvier 2025"), as the record view shows it."""

    NONE = QDate(1900, 1, 1)

    def __init__(self, f: FieldSpec, parent: QWidget | None = None):
        super().__init__(f, parent)
        #: where the calendar opens when no date is set; the form points an end date at its start
        self.anchor: Callable[[], QDate] = QDate.currentDate
        self.edit = self.name(_DateEdit())
        self.edit.setCalendarPopup(True)
        self.edit.setCalendarWidget(_Calendar(lambda: self.anchor()))
        self.edit.setMinimumDate(self.NONE)
        self.edit.setSpecialValueText(_u("No date"))
        self.edit.setLocale(QLocale())      # the interface language's month names, as the format
        self.edit.setDisplayFormat(i18n.date_format())
        self.edit.setDate(self.NONE)
        self.edit.dateChanged.connect(self.edited)
        self.clear = self.name(QPushButton(_u("Clear")), _u("clear"))
        self.clear.clicked.connect(lambda: self.edit.setDate(self.NONE))
        row = FlowLayout(spacing=4)     # Clear goes under the date when the pane is narrow
        row.addWidget(self.edit)
        row.addWidget(self.clear)
        self.layout_.addLayout(row, 1)

    def value(self) -> Any:
        d = self.edit.date()
        return None if d == self.NONE else d.toString("yyyy-MM-dd")

    def date(self) -> QDate | None:
        d = self.edit.date()
        return None if d == self.NONE else d

    def set_value(self, value: Any) -> None:
        d = QDate.fromString(str(value), "yyyy-MM-dd") if value else self.NONE
        self.edit.setDate(d if d.isValid() else self.NONE)
        if value and not d.isValid():
            self.edit.setDate(self.NONE)

    def focus_widget(self) -> QWidget:
        return self.edit


class ChecksEditor(Editor):
    """A set of fixed choices, as check boxes in a compact list."""

    def __init__(self, f: FieldSpec, parent: QWidget | None = None):
        super().__init__(f, parent)
        self.list = self.name(QListWidget())
        for c in f.choices:
            item = QListWidgetItem(i18n.choice_label(c))
            item.setData(Qt.ItemDataRole.UserRole, c)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        rows = min(len(f.choices), 6)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        self.list.itemChanged.connect(self.edited)
        self.layout_.addWidget(self.list)

    def value(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.list


class SetEditor(Editor):
    """A set of short values (tags, web addresses, e-mails, phones, languages):
    type or pick one, press Enter or Add; select one and press Delete or Remove."""

    TYPES = ("work", "home", "mobile", "other")

    def __init__(self, f: FieldSpec, parent: QWidget | None = None):
        super().__init__(f, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.type_combo: QComboBox | None = None
        if f.kind in (Kind.EMAILS, Kind.PHONES):
            self.type_combo = self.name(QComboBox(), _u("type"))
            for t in self.TYPES:
                self.type_combo.addItem(i18n.choice_label(t), t)
            row.addWidget(self.type_combo)
        self.language_combo: QComboBox | None = None
        if f.kind is Kind.LANGUAGES:
            self.language_combo = self.name(QComboBox(), _u("to add"))
            self.language_combo.setEditable(True)
            self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.language_combo.setMinimumContentsLength(8)
            self.language_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for code, name in i18n.languages().items():
                self.language_combo.addItem(name, code)
            RankedCompleter(self.language_combo)
            self.language_combo.setCurrentIndex(-1)
            self.language_combo.lineEdit().setAccessibleName(self.language_combo.accessibleName())
            self.language_combo.lineEdit().returnPressed.connect(self.add)
            row.addWidget(self.language_combo, 1)
            self.entry = self.language_combo.lineEdit()
        else:
            self.entry = self.name(QLineEdit(), _u("to add"))
            self.entry.setPlaceholderText({Kind.URLS: "https://…", Kind.EMAILS: "name@example.org",
                                           Kind.PHONES: "+351 21 000 0000"}.get(f.kind, _u("Type and press Enter")))
            self.entry.returnPressed.connect(self.add)
            row.addWidget(self.entry, 1)
        self.add_button = self.name(QPushButton(_u("Add")), _u("add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = self.name(QPushButton(_u("Remove")), _u("remove"))
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.add_button)
        box.addLayout(row)
        # Remove beside the list it acts on, so the typing row stays narrow enough for a small pane
        below = QHBoxLayout()
        below.setSpacing(4)
        self.list = self.name(QListWidget(), _u("list"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * 3 + 12)
        below.addWidget(self.list, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(below)
        self.layout_.addLayout(box)
        self._items: list[Any] = []

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.list.hasFocus():
            self.remove()
            return
        super().keyPressEvent(event)

    def _label(self, item: Any) -> str:
        if isinstance(item, dict):
            return f"{item.get('value', '')}  ({i18n.choice_label(item.get('type') or 'other')})"
        if self.spec.kind is Kind.LANGUAGES:
            return i18n.language_name(item)
        return str(item)

    def _render(self) -> None:
        self.list.clear()
        for item in self._items:
            self.list.addItem(self._label(item))
        self.remove_button.setEnabled(bool(self._items))

    def add(self) -> None:
        if self.language_combo is not None:
            i = self.language_combo.findText(self.language_combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
            text = self.language_combo.itemData(i) if i >= 0 else self.language_combo.currentText().strip()
        else:
            text = self.entry.text().strip()
        if not text:
            return
        item: Any = text
        if self.type_combo is not None:
            item = {"type": self.type_combo.currentData(), "value": text}
        if item not in self._items:
            self._items.append(item)
        self.entry.clear()
        self._render()
        self.edited.emit()

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.list.selectedIndexes()}, reverse=True)
        if not rows and self._items:
            rows = [len(self._items) - 1]
        for r in rows:
            del self._items[r]
        self._render()
        self.edited.emit()

    def value(self) -> Any:
        pending = self.entry.text().strip()   # typed but not added yet: keep it, don't lose it
        if pending:
            self.add()
        return list(self._items)

    def set_value(self, value: Any) -> None:
        self._items = list(value or [])
        self._render()

    def focus_widget(self) -> QWidget:
        return self.entry


class ThemePicker(Editor):
    """Themes as a checkable tree (the group's vocabulary)."""

    def __init__(self, f: FieldSpec, themes: list[Record], parent: QWidget | None = None):
        super().__init__(f, parent)
        self.tree = self.name(QTreeWidget())
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        ids = {t.id for t in themes}
        by_parent: dict[str | None, list[Record]] = {}
        for t in themes:
            p = t.fields.get("parent")
            by_parent.setdefault(p if p in ids else None, []).append(t)

        def add(parent: QTreeWidgetItem | None, parent_id: str | None) -> None:
            for t in sorted(by_parent.get(parent_id, []), key=lambda r: order_key(i18n.title(r))):
                item = QTreeWidgetItem([i18n.title(t)])
                item.setData(0, Qt.ItemDataRole.UserRole, t.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                self.items[t.id] = item
                add(item, t.id)

        add(None, None)
        self.tree.expandAll()
        self.tree.setFixedHeight(self.tree.fontMetrics().lineSpacing() * 8 + 16)
        self.tree.itemChanged.connect(self.edited)
        self.layout_.addWidget(self.tree)

    def value(self) -> Any:
        return [tid for tid, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        self.tree.blockSignals(True)
        for tid, item in self.items.items():
            item.setCheckState(0, Qt.CheckState.Checked if tid in chosen else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)

    def focus_widget(self) -> QWidget:
        return self.tree

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, self.tree.height())


def make_editor(f: FieldSpec, themes: list[Record]) -> Editor | None:
    """The editor for a field, or None for fields edited elsewhere (links, attachments)."""
    k = f.kind
    if k in (Kind.TEXT, Kind.URL):
        return TextEditor(f)
    if k in (Kind.NUMBER, Kind.INTEGER):
        return NumberEditor(f)
    if k is Kind.LONGTEXT:
        return LongTextEditor(f)
    if k in (Kind.CHOICE, Kind.COUNTRY, Kind.LANGUAGE, Kind.CURRENCY):
        return ComboEditor(f)
    if k is Kind.REGION:
        return RegionEditor(f)
    if k is Kind.DATE:
        return DateEditor(f)
    if k is Kind.CHOICES:
        return ChecksEditor(f)
    if k in (Kind.TAGS, Kind.URLS, Kind.EMAILS, Kind.PHONES, Kind.LANGUAGES):
        return SetEditor(f)
    if k is Kind.REFS and f.target == "theme":
        return ThemePicker(f, themes)
    if k is Kind.REF and f.target == "theme":
        return ComboEditor(f, sorted(((t.id, i18n.title(t)) for t in themes), key=lambda kv: order_key(kv[1])))
    return None
