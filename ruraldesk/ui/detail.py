"""The detail pane: a readable view of one record, and its edit form."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QUrl, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QTextDocumentFragment
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget)

from ruraldesk.domain import validation
from ruraldesk.domain.fields import Kind
from ruraldesk.domain.records import Record, spec
from ruraldesk.domain.roles import COORDINATOR_FIELDS
from ruraldesk.store import Filters, Store

from . import colours, i18n
from .dialogs import Dialog, style_form
from .fields import DateEditor, Editor, RegionEditor, make_editor
from .layout import FlowLayout, shortcut


def _t(text: str) -> str:
    return QCoreApplication.translate("Detail", text)


def error_colour(widget: QWidget) -> str:
    """A red readable on the current window colour (light, dark or high contrast)."""
    return colours.error(widget.palette()).name()


class RecordView(QTextBrowser):
    """Read-only: the record's fields, its links (both ways) and attachments, as links."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(_t("Record"))
        #: a member id as people read it (the group's member directory, store.news.name)
        self.member_name = lambda member_id: member_id
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._shown: tuple | None = None

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.show_record(*self._shown)       # its colours come from the palette: follow it

    def show_record(self, record: Record, linked: dict[str, list[Record]], theme_names: dict[str, str],
                    attachments_here: set[str]) -> None:
        self._shown = (record, linked, theme_names, attachments_here)
        s = record.spec
        link_colour = colours.link(self.palette()).name()
        muted = colours.muted(self.palette()).name()
        self.document().setDefaultStyleSheet(f"a {{ color: {link_colour} }}")
        out = [f"<h2 style='margin-bottom:2px'>{html.escape(i18n.title(record)) or html.escape(_t('(untitled)'))}</h2>"]
        sub = [i18n.collection_label(record.collection)]
        if record.deleted:
            sub.append(_t("in the trash"))
        sub.append(_t("last changed {when} by {who}").format(when=i18n.timestamp(record.updated_at),
                                                            who=html.escape(self.member_name(record.updated_by))))
        if record.created_by and record.created_by != record.updated_by:
            sub.append(_t("created by {who}").format(who=html.escape(self.member_name(record.created_by))))
        out.append(f"<p style='color:{muted}'>{' · '.join(sub)}</p>")
        rows, longs = [], []
        for f in s.fields:
            if f.name == s.title_field or (f.kind is Kind.REFS and f.target != "theme"):
                continue
            value = record.fields.get(f.name)
            if value in (None, "", []):
                continue
            label = html.escape(i18n.field_label(f))
            if f.kind is Kind.LONGTEXT:
                text = html.escape(str(value)).replace("\n", "<br>")
                longs.append(f"<h4 style='margin-bottom:0'>{label}</h4><p style='margin-top:2px'>{text}</p>")
                continue
            if f.kind is Kind.REFS:        # themes
                shown = html.escape(", ".join(theme_names.get(t, "?") for t in value))
            elif f.kind is Kind.REF:
                shown = html.escape(theme_names.get(value, ""))
            elif f.kind in (Kind.URLS, Kind.URL):
                urls = value if isinstance(value, list) else [value]
                shown = "<br>".join(f"<a href='{html.escape(u)}'>{html.escape(u)}</a>" for u in urls)
            elif f.kind is Kind.EMAILS:
                shown = "<br>".join(f"<a href='mailto:{html.escape(e['value'])}'>{html.escape(e['value'])}</a>"
                                    f" <span style='color:{muted}'>({html.escape(i18n.choice_label(e.get('type') or 'other'))})</span>"
                                    for e in value if isinstance(e, dict))
            elif f.kind is Kind.PHONES:
                shown = "<br>".join(f"{html.escape(e['value'])} <span style='color:{muted}'>"
                                    f"({html.escape(i18n.choice_label(e.get('type') or 'other'))})</span>"
                                    for e in value if isinstance(e, dict))
            else:
                shown = html.escape(i18n.display_value(f, value))
            rows.append(f"<tr><td style='color:{muted}; padding:2px 12px 2px 0' valign='top'>{label}</td>"
                        f"<td style='padding:2px 0'>{shown}</td></tr>")
        if rows:
            out.append("<table cellspacing='0'>" + "".join(rows) + "</table>")
        out.extend(longs)
        for collection in ("practice", "contact", "tool"):
            records = linked.get(collection) or []
            if collection == record.collection or not records:
                continue
            out.append(f"<h4 style='margin-bottom:2px'>{html.escape(i18n.linked_label(collection))}</h4><ul style='margin-top:0'>")
            for r in records:
                out.append(f"<li><a style='color:{link_colour}' href='rd:open/{r.id}'>{html.escape(i18n.title(r))}</a>"
                           f" &nbsp;<a style='color:{muted}' href='rd:unlink/{r.id}'>{html.escape(_t('unlink'))}</a></li>")
            out.append("</ul>")
        atts = linked.get("attachment") or []
        if atts:
            out.append(f"<h4 style='margin-bottom:2px'>{html.escape(i18n.collection_label('attachment', plural=True))}</h4><ul style='margin-top:0'>")
            for a in atts:
                size = i18n.display_value(spec("attachment").field("size"), a.fields.get("size"))
                missing = "" if a.id in attachments_here else f" <i>({html.escape(_t('not on this computer yet'))})</i>"
                out.append(f"<li><a href='rd:file/{a.id}'>{html.escape(a.title)}</a> "
                           f"<span style='color:{muted}'>{size} B</span>{missing}"
                           f" &nbsp;<a style='color:{muted}' href='rd:detach/{a.id}'>{html.escape(_t('remove'))}</a></li>")
            out.append("</ul>")
        self.setHtml("".join(out))


class RecordForm(QWidget):
    """Edit form: one editor per field, required fields marked, messages under each field."""

    saved = Signal(dict)        # the values to save (all fields for a new record, changes for an edit)
    cancelled = Signal()

    def __init__(self, collection: str, themes: list[Record], parent: QWidget | None = None):
        super().__init__(parent)
        self.collection = collection
        self.record: Record | None = None
        self.spec = spec(collection)
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.touched: set[str] = set()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)      # a long title wraps; it never widens the window
        self.heading.setContentsMargins(12, 10, 12, 0)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        note = QLabel(_t("Fields marked * are required."))
        note.setWordWrap(True)
        note.setContentsMargins(12, 0, 12, 0)
        colours.mute(note)
        outer.addWidget(note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(12, 0, 12, 0)
        self.summary.hide()
        outer.addWidget(self.summary)

        # The form scrolls up and down, never sideways: in a narrow pane the labels go above
        # their fields and the fields shrink, so every field and button stays in view.
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(_t("Edit form"))
        self.body = body = QWidget()
        self.form = QFormLayout(body)
        style_form(self.form)
        self.cells: list[QWidget] = []
        self.form.setContentsMargins(12, 8, 16, 8)
        for f in self.spec.fields:
            editor = make_editor(f, themes)
            if editor is None or f.name in COORDINATOR_FIELDS:   # written from the review list only
                continue
            label = QLabel((_t("{label} *:") if f.required else _t("{label}:")).format(label=i18n.field_label(f)))
            label.setBuddy(editor.focus_widget())
            if f.required:
                editor.focus_widget().setAccessibleDescription(_t("Required"))
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {error_colour(self)}")
            error.setAccessibleName(_t("Problem with {field}").format(field=i18n.field_label(f)))
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            self.form.addRow(label, cell)
            self.cells.append(cell)
            self.editors[f.name] = editor
            self.errors[f.name] = error
            self.labels[f.name] = label
            editor.edited.connect(lambda name=f.name: self._edited(name))
        if "country" in self.editors and isinstance(self.editors.get("region"), RegionEditor):
            self.editors["country"].edited.connect(self._country_changed)
        start, end = self.editors.get("start_date"), self.editors.get("end_date")
        if isinstance(start, DateEditor) and isinstance(end, DateEditor):
            end.anchor = lambda: start.date() or QDate.currentDate()
        scroll.setWidget(body)
        scroll.viewport().installEventFilter(self)
        outer.addWidget(scroll, 1)

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 6, 12, 10)
        bar.addStretch(1)
        self.cancel_button = QPushButton(_t("Cancel"))
        self.cancel_button.setAccessibleName(_t("Cancel editing"))
        self.cancel_button.clicked.connect(self.leave)
        self.save_button = QPushButton(_t("Save"))
        self.save_button.setAccessibleName(_t("Save the record"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)
        shortcut(QKeySequence.StandardKey.Save, self, self.submit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut(Qt.Key.Key_Escape, self, self.leave, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == event.Type.Resize:
            self._wrap_rows(event.size().width())
        return False

    def _wrap_rows(self, width: int) -> None:
        """Labels beside their fields when every field then has its room, above them otherwise.
        (Qt's WrapLongRows decides per row but then lines up all labels, which can give a
        field less than it needs.)"""
        m = self.form.contentsMargins()
        labels = max((lab.sizeHint().width() for lab in self.labels.values()), default=0)
        fields = max((c.minimumSizeHint().width() for c in self.cells), default=0)
        beside = m.left() + labels + self.form.horizontalSpacing() + fields + m.right() <= width
        policy = QFormLayout.RowWrapPolicy.DontWrapRows if beside else QFormLayout.RowWrapPolicy.WrapAllRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def leave(self) -> None:
        """Cancel or Escape: leave the form; with changes made, only if the person says so."""
        if self.edited_since_load() and not Dialog.ask(self, _t("Leave without saving?"),
                                             _t("Your changes to this record are not saved. Leave "
                                                "the form and lose them?")):
            return
        self.cancelled.emit()

    # -- loading -----------------------------------------------------------------------
    def load(self, record: Record | None, defaults: dict[str, Any] | None = None) -> None:
        self.record = record
        values = dict(record.fields) if record else dict(defaults or {})
        self.heading.setText(_t("Edit {title}").format(title=i18n.title(record)) if record
                             else i18n.new_record_label(self.collection))
        if "region" in self.editors:
            self.editors["region"].for_country(values.get("country"))
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_value(values.get(name))
            editor.blockSignals(False)
        self.touched.clear()
        self.show_errors([])
        self.loaded = self.values()

    def edited_since_load(self) -> bool:
        """Whether anything differs from what the form opened with (defaults count as unedited)."""
        return self.values() != getattr(self, "loaded", None)

    def first_editor(self) -> QWidget:
        return self.editors[self.spec.fields[0].name].focus_widget() if self.spec.fields[0].name in self.editors \
            else next(iter(self.editors.values())).focus_widget()

    def _country_changed(self) -> None:
        region = self.editors["region"]
        country = self.editors["country"].value()
        current = region.value()
        region.for_country(country)
        if current and not current.startswith({"GR": "EL", "GB": "UK"}.get(country or "", country or "-")):
            region.set_value(None)

    # -- values and validation ---------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.record is None:
            return {k: v for k, v in values.items() if v not in (None, [], "")}
        old = self.record.fields
        return {k: v for k, v in values.items()
                if validation.normalise(self.collection, {k: v}).get(k) != old.get(k)
                and not (v in (None, [], "") and old.get(k) in (None, [], ""))}

    def problems(self, only: set[str] | None = None) -> list[validation.FieldError]:
        merged = {**(self.record.fields if self.record else {}), **self.values()}
        merged = {k: v for k, v in merged.items() if v not in (None, [], "")}
        merged = validation.normalise(self.collection, merged)
        if self.record is None:
            errors = validation.validate(self.collection, merged)
        else:     # the store's and the server's verdict (untouched old values don't block a save)
            changed = set(self.changes()) | {f.name for f in self.spec.fields if f.required}
            errors = validation.check_change(self.collection, merged, changed)
        if only is not None:
            errors = [e for e in errors if e.field in only]
        return errors

    def _edited(self, name: str) -> None:
        self.touched.add(name)
        self.show_errors(self.problems(self.touched), partial=True)

    def show_errors(self, errors: list[validation.FieldError], partial: bool = False) -> None:
        by_field: dict[str, list[str]] = {}
        for e in errors:
            by_field.setdefault(e.field, []).append(i18n.error_message(e))
        for name, label in self.errors.items():
            if partial and name not in self.touched:
                continue
            messages = by_field.get(name)
            label.setText("\n".join(messages or []))
            label.setVisible(bool(messages))
            editor = self.editors[name].focus_widget()
            editor.setAccessibleDescription("; ".join(messages) if messages else
                                            (_t("Required") if self.spec.field(name).required else ""))
        others = [m for f, ms in by_field.items() if f not in self.errors for m in ms]
        if not partial:
            if errors:
                self.summary.setText(_t("Please correct the fields marked below.") +
                                     ("\n" + "\n".join(others) if others else ""))
                self.summary.setStyleSheet(f"color: {error_colour(self)}")
            self.summary.setVisible(bool(errors))
            first = next((self.editors[e.field] for e in errors if e.field in self.editors), None)
            if first is not None:
                first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        errors = self.problems()
        if errors:
            self.show_errors(errors)
            return
        values = self.changes()
        if self.record is None:
            values = validation.normalise(self.collection, values)
        self.saved.emit(values)


class DetailPane(QStackedWidget):
    """Placeholder, view or form. The main window drives it; it never writes to the store."""

    link_activated = Signal(str, str)   # (action, record id): open / unlink / file / detach
    edit_requested = Signal()
    #: the record now shown (None: none), for what sits beside it (ui/discussions: its comments)
    shown = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.record: Record | None = None
        self.form: RecordForm | None = None
        self.setAccessibleName(_t("Details"))
        self.placeholder = QLabel(_t("Choose a record in the list, or press Ctrl+N to add one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        colours.mute(self.placeholder)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.placeholder)

        self.viewer = QWidget()
        box = QVBoxLayout(self.viewer)
        box.setContentsMargins(0, 0, 0, 0)
        #: a line above the record when something needs the person (set by the sync UI:
        #: banner_for(record) -> rich text with an rd: link, or "")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(12, 8, 12, 8)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.linkActivated.connect(lambda link: self._anchor(QUrl(link)))
        self.banner.hide()
        box.addWidget(self.banner)
        self.banner_for = None
        self.view = RecordView()
        self.view.member_name = lambda member_id: self.store.news.name(member_id) if member_id else member_id
        self.view.anchorClicked.connect(self._anchor)
        box.addWidget(self.view, 1)
        self.actions_bar = FlowLayout()      # the buttons wrap onto two rows in a narrow pane
        self.actions_bar.setContentsMargins(12, 6, 12, 10)
        box.addLayout(self.actions_bar)
        self.addWidget(self.viewer)
        self._theme_names: dict[str, str] = {}

    def set_actions(self, buttons: list[QWidget]) -> None:
        self.buttons = list(buttons)
        for b in buttons:
            self.actions_bar.addWidget(b)

    def focus_chain(self) -> list[QWidget]:
        """The pane's part of the window's tab order: the record, then its buttons."""
        return [self.view, *getattr(self, "buttons", [])]

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "rd":
            action, _, record_id = url.path().partition("/")
            self.link_activated.emit(action, record_id)
        else:
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)

    def themes(self) -> list[Record]:
        ids = self.store.list_ids("theme")
        return list(self.store.get_many("theme", ids).values())

    def show_placeholder(self) -> None:
        self.record = None
        self._drop_form()
        self.setCurrentWidget(self.placeholder)
        self.shown.emit(None)

    def show_record(self, record: Record) -> None:
        self._drop_form()
        banner = self.banner_for(record) if self.banner_for is not None else ""
        self.banner.setText(banner)
        self.banner.setAccessibleName(QTextDocumentFragment.fromHtml(banner).toPlainText() if banner else "")
        self.banner.setVisible(bool(banner))
        self.record = record
        themes = {t.id: i18n.title(t) for t in self.themes()} if record.spec.has("themes") or record.spec.has("parent") else {}
        linked = self.store.linked(record.id)
        here = {a.id for a in linked.get("attachment", []) if self.store.attachment_path(a).exists()}
        self.view.show_record(record, linked, themes, here)
        self.setCurrentWidget(self.viewer)
        self.shown.emit(record)

    def refresh(self) -> None:
        if self.record is not None and self.form is None:
            record = self.store.find(self.record.id)
            if record is None:
                self.show_placeholder()
            else:
                self.show_record(record)

    def edit(self, collection: str, record: Record | None, defaults: dict | None = None) -> RecordForm:
        self._drop_form()
        self.form = RecordForm(collection, self.themes())
        self.form.load(record, defaults)
        self.addWidget(self.form)
        self.setCurrentWidget(self.form)
        self.form.first_editor().setFocus(Qt.FocusReason.OtherFocusReason)
        return self.form

    def _drop_form(self) -> None:
        if self.form is not None:
            self.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None

    def close_form(self) -> None:
        self._drop_form()
        if self.record is not None:
            self.refresh()
        else:
            self.show_placeholder()


__all__ = ["DetailPane", "RecordForm", "RecordView", "Filters"]
