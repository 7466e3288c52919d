"""The one dialog style, and the dialogs of the main window.

Every dialog derives from `Dialog`: a title, a body (`self.body`, a
QVBoxLayout), an optional form (`self.form()`, a QFormLayout with the labels
aligned the same way everywhere) and a button box (`self.buttons`). Use
`Dialog.ask`, `Dialog.inform` and `Dialog.warn` for one-line questions and
messages. Tests replace `Dialog.exec` (or `QMessageBox.exec`) when they need
to answer a dialog.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QProgressDialog, QPushButton,
                               QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from ruraldesk.store import Filters

from . import i18n, worker
from .settings import ATTACHMENT_MODES, LANGUAGE_NAMES, LANGUAGES, Settings


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class Dialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, *,
                 buttons: QDialogButtonBox.StandardButton = (QDialogButtonBox.StandardButton.Ok
                                                             | QDialogButtonBox.StandardButton.Cancel)):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 18, 18, 14)
        self.body.setSpacing(12)
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._form: QFormLayout | None = None

    def showEvent(self, event) -> None:  # noqa: N802
        # a size chosen for a big screen (resize(980, 720)) is brought inside a small one
        from .layout import fit_inside

        fit_inside(self, self.screen().availableGeometry())
        super().showEvent(event)

    def form(self) -> QFormLayout:
        if self._form is None:
            self._form = QFormLayout()
            style_form(self._form)
            self.body.addLayout(self._form)
        return self._form

    def finish(self, stretch: bool = True) -> None:
        """Put the buttons last; call at the end of a subclass's __init__. Without `stretch`
        the widget added with a stretch factor takes all the height the dialog is given."""
        if stretch:
            self.body.addStretch(1)
        self.body.addWidget(self.buttons)

    @staticmethod
    def ask(parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @staticmethod
    def inform(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent).exec()

    @staticmethod
    def warn(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent).exec()

    @staticmethod
    def choose(parent: QWidget | None, title: str, text: str, choices: list[str]) -> int:
        """A problem and the ways forward: returns the index of the button pressed (the
        last choice is the safe one, also taken on Escape)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else len(choices) - 1


def style_form(form: QFormLayout) -> None:
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)


def run_with_progress(parent: QWidget | None, title: str, fn: Callable, *args,
                      on_done: Callable | None = None, on_error: Callable | None = None,
                      run: Callable | None = None, **kwargs) -> worker.Task:
    """Run `fn(*args, task=...)` off the UI thread behind a progress dialog with Cancel.
    `fn` reports with task.report(done, total) (False once cancelled). `run` is the
    function that starts it: Operations.run (announces changes) or worker.background."""
    dialog = QProgressDialog(title, _t("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(360)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(_t("{title}: {done} of {total}").format(
            title=title, done=i18n.QLocale().toString(done), total=i18n.QLocale().toString(total)))

    def finished(result) -> None:
        dialog.close()
        dialog.deleteLater()
        if on_done is not None:
            on_done(result)

    def failed(exc) -> None:
        dialog.close()
        dialog.deleteLater()
        if on_error is not None:
            on_error(exc)

    starter = run or worker.background
    task = starter(fn, *args, on_done=finished, on_error=failed, on_progress=progress, **kwargs)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(_t("Stopping…")))
    task.progress_dialog = dialog  # type: ignore[attr-defined]
    return task


# -- first run ------------------------------------------------------------------------------
class FirstRunDialog(Dialog):
    EMPTY, DEMO, CONNECT = "empty", "demo", "connect"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, _t("Welcome to RuralDesk"))
        intro = QLabel(_t("RuralDesk keeps your group's practices, contacts and tools on this "
                          "computer, and works without a connection. How would you like to start?"))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.group = QButtonGroup(self)
        self.empty = self._choice(_t("Start with an empty workspace"),
                                  _t("Add your own practices, contacts and tools."))
        self.demo = self._choice(_t("Load demo data"),
                                 _t("Fictional practices, contacts and tools in seven languages, "
                                    "to try things out. You can delete them later."))
        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 0, 0)
        self.records = QSpinBox()
        self.records.setRange(10, 100_000)
        self.records.setSingleStep(100)
        self.records.setValue(1_000)
        self.records.setAccessibleName(_t("Demo records per collection"))
        label = QLabel(_t("Records per collection:"))
        label.setBuddy(self.records)
        row.addWidget(label)
        row.addWidget(self.records)
        row.addStretch(1)
        self.body.addLayout(row)
        self.connect = self._choice(_t("Connect to a group server"),
                                    _t("Join your group's shared repository with the invitation code "
                                       "your coordinator sent you."))
        from .group.redeem import code_field

        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 0, 0)
        self.code = code_field()
        self.code.setAccessibleName(_t("Invitation code"))
        label = QLabel(_t("&Invitation code:"))
        label.setBuddy(self.code)
        row.addWidget(label)
        row.addWidget(self.code, 1)
        self.body.addLayout(row)
        self.code.textEdited.connect(lambda text: text.strip() and self.connect.setChecked(True))
        self.empty.setChecked(True)
        self.records.setEnabled(False)
        self.demo.toggled.connect(self.records.setEnabled)
        self.finish()
        self.setMinimumWidth(520)

    def _choice(self, title: str, detail: str) -> QRadioButton:
        button = QRadioButton(title)
        button.setAccessibleName(title)
        button.setAccessibleDescription(detail)
        self.group.addButton(button)
        self.body.addWidget(button)
        note = QLabel(detail)
        note.setWordWrap(True)
        note.setContentsMargins(28, 0, 0, 4)
        note.setForegroundRole(note.foregroundRole())
        note.setEnabled(True)
        self.body.addWidget(note)
        return button

    def invitation_code(self) -> str:
        return self.code.text().strip() if self.connect.isChecked() else ""

    def choice(self) -> str:
        if self.demo.isChecked():
            return self.DEMO
        if self.connect.isChecked():
            return self.CONNECT
        return self.EMPTY


# -- settings -------------------------------------------------------------------------------
class SettingsDialog(Dialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent, _t("Settings"))
        self.settings = settings
        form = self.form()
        self.language = QComboBox()
        self.language.addItem(_t("System language"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self._row(form, _t("&Interface language:"), self.language)

        folder = QWidget()
        row = QHBoxLayout(folder)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(settings.data_folder)
        self.folder.setPlaceholderText(_t("Default data folder"))
        self.folder.setAccessibleName(_t("Data folder"))
        browse = QPushButton(_t("&Browse…"))
        browse.setAccessibleName(_t("Choose the data folder"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self._row(form, _t("&Data folder:"), folder, buddy=self.folder)
        hint = QLabel(_t("A new data folder is used from the next start."))
        hint.setWordWrap(True)
        form.addRow("", hint)

        self.attachments = QComboBox()
        labels = {"on_demand": _t("Download when opened"), "all_offline": _t("Keep all offline")}
        for mode in ATTACHMENT_MODES:
            self.attachments.addItem(labels[mode], mode)
        self.attachments.setCurrentIndex(max(0, self.attachments.findData(settings.attachment_mode)))
        self._row(form, _t("&Attachments:"), self.attachments)

        self.sync_interval = QSpinBox()
        self.sync_interval.setRange(0, 24 * 60)
        self.sync_interval.setSpecialValueText(_t("Only when I ask"))
        self.sync_interval.setSuffix(_t(" min"))
        self.sync_interval.setValue(settings.sync_interval)
        self._row(form, _t("S&ync every:"), self.sync_interval)
        self.mass_change = QSpinBox()
        self.mass_change.setRange(1, 100)
        self.mass_change.setSuffix(" %")
        self.mass_change.setValue(settings.mass_change_percent)
        self._row(form, _t("As&k before a sync changes more than:"), self.mass_change)

        self.font_size = QSpinBox()
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText(_t("System size"))
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size)
        self._row(form, _t("&Font size:"), self.font_size)
        # a setting of the workspace open in the window (kept in its store), not of this computer
        transfer = getattr(parent, "transfer", None)
        self.phone_region = transfer.phone_region_combo() if transfer is not None else None
        if self.phone_region is not None:
            self._row(form, _t("&Phone region:"), self.phone_region)
        self.finish()
        self.setMinimumWidth(520)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, buddy: QWidget | None = None) -> None:
        lab = QLabel(label)
        lab.setBuddy(buddy or widget)
        (buddy or widget).setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(lab, widget)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, _t("Data folder"), self.folder.text())
        if path:
            self.folder.setText(path)

    def apply(self) -> None:
        s = self.settings
        s.language = self.language.currentData()
        s.data_folder = self.folder.text().strip()
        s.attachment_mode = self.attachments.currentData()
        s.sync_interval = self.sync_interval.value()
        s.mass_change_percent = self.mass_change.value()
        s.font_size = self.font_size.value()
        if self.phone_region is not None:
            self.phone_region.save()


# -- linking --------------------------------------------------------------------------------
class LinkDialog(Dialog):
    """Find records to link to one record: type to search, tick, OK."""

    def __init__(self, store, collections: tuple[str, ...], title: str, parent: QWidget | None = None):
        super().__init__(parent, title)
        self.store, self.collections = store, collections
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Type a name or a word to find records"))
        self.search.setAccessibleName(_t("Find records to link"))
        self.search.setClearButtonEnabled(True)
        self.body.addWidget(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(_t("Records to link"))
        self.results.setMinimumHeight(260)
        self.body.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda: self._timer.start())
        self._generation = 0
        self.finish()
        self.setMinimumWidth(520)
        self.refresh()

    def refresh(self, wait: bool = False) -> None:
        self._generation += 1
        generation, text = self._generation, self.search.text()

        def work():
            if text.strip():
                return with_details(self.store, [(h.record_id, h.collection, i18n.theme_name(h.record_id, h.title) if h.collection == "theme" else h.title) for h in self.store.search(
                    text, filters=Filters(collections=self.collections), limit=100)])
            out = []
            for c in self.collections:
                out += [(r.id, c, i18n.title(r)) for r in self.store.window(c, 0, 50, sort="updated_at", descending=True)]
            return with_details(self.store, out)

        def show(rows) -> None:
            if generation != self._generation:
                return
            checked = set(self.chosen())
            self.results.clear()
            for record_id, collection, title, details in rows:
                label = " · ".join([f"{title}  —  {i18n.collection_label(collection)}", *details])
                item = QListWidgetItem(label)
                item.setToolTip(label)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if record_id in checked else Qt.CheckState.Unchecked)
                self.results.addItem(item)

        task = worker.background(work, on_done=show)
        if wait:
            task.wait()

    def chosen(self) -> list[str]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())
                if self.results.item(i).checkState() == Qt.CheckState.Checked]


def telling_facts(record) -> list[str]:
    """What tells a record from another of the same name: organisation, e-mail, place, kind."""
    f = record.fields
    emails = f.get("emails") or []
    email = str(emails[0].get("value", "")) if emails and isinstance(emails[0], dict) else ""
    place = ", ".join(x for x in (str(f.get("locality") or ""), i18n.country_name(f.get("country"))
                                  if f.get("country") else "") if x)
    kind = i18n.choice_label(f["kind"]) if f.get("kind") and record.collection != "contact" else ""
    return [x for x in (str(f.get("organisation") or ""), email, place, kind) if x]


def with_details(store, rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str, list[str]]]:
    """Rows (id, collection, title) with the facts that set apart records listed under one name
    (and their creation date when even those agree); a name listed once gets one fact."""
    from collections import Counter

    records: dict[str, object] = {}
    for c in {c for _, c, _ in rows}:
        records.update(store.get_many(c, [i for i, cc, _ in rows if cc == c]))
    names = Counter((c, t.casefold()) for _, c, t in rows)
    out = []
    for record_id, collection, title in rows:
        record = records.get(record_id)
        facts = telling_facts(record) if record is not None else []
        if names[(collection, title.casefold())] > 1 and record is not None:
            created = i18n.timestamp(record.created_at)
            facts = [*facts[:3], _t("added {when}").format(when=created)]
        out.append((record_id, collection, title, facts[:4] if names[(collection, title.casefold())] > 1
                    else facts[:1]))
    return out


# -- columns --------------------------------------------------------------------------------
class ColumnsDialog(Dialog):
    def __init__(self, options: list[tuple[str, str]], shown: list[str], parent: QWidget | None = None):
        super().__init__(parent, _t("Columns"))
        self.body.addWidget(QLabel(_t("Show these columns:")))
        self.boxes: list[tuple[str, QCheckBox]] = []
        from PySide6.QtWidgets import QScrollArea

        # a long list scrolls: the dialog must fit a 600-pixel-high screen
        scroll, inner = QScrollArea(), QWidget()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        for key, label in options:
            box = QCheckBox(label)
            box.setAccessibleName(label)
            box.setChecked(key in shown)
            column.addWidget(box)
            self.boxes.append((key, box))
        scroll.setWidget(inner)
        scroll.setMinimumWidth(inner.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        self.body.addWidget(scroll, 1)
        self.finish(stretch=False)

    def chosen(self) -> list[str]:
        return [k for k, b in self.boxes if b.isChecked()]
