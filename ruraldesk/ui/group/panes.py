"""The Group window's tabs: members, open invitations, audit log. Each shows what the
controller loaded and offers the coordinator's actions on the selected row; a member or a
reader gets the same list with no actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from .. import i18n
from ..layout import FlowLayout
from .controller import role_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Group", text)


def when(stamp: str | None, never: str = "") -> str:
    return i18n.timestamp(stamp) if stamp else never


def table(name: str, headers: list[str]) -> QTreeWidget:
    view = QTreeWidget()
    view.setAccessibleName(name)
    view.setHeaderLabels(headers)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.header().setStretchLastSection(True)
    view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def fill(view: QTreeWidget, rows: list[tuple[list[str], Any]]) -> None:
    view.clear()
    for texts, value in rows:
        item = QTreeWidgetItem(texts)
        item.setData(0, Qt.ItemDataRole.UserRole, value)
        for column, text in enumerate(texts):
            item.setToolTip(column, text)
        view.addTopLevelItem(item)
    for column in range(view.columnCount() - 1):
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column) + 12, 320))


def selected(view: QTreeWidget) -> Any:
    item = view.currentItem()
    return item.data(0, Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None


def button_row(*buttons: QPushButton) -> FlowLayout:
    """Buttons left to right, wrapping onto a second row on a small screen or with a large font."""
    row = FlowLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for b in buttons:
        b.setAccessibleName(b.text().replace("&", "").rstrip("…").rstrip())
        row.addWidget(b)
    return row


class MembersPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.table = table(_t("Members"), [_t("Name"), _t("Organisation"), _t("Role"), _t("Last sync")])
        self.invite = QPushButton(_t("&Invite someone…"))
        self.role = QPushButton(_t("Change &role…"))
        self.revoke = QPushButton(_t("Re&voke tokens…"))
        self.remove = QPushButton(_t("Re&move from the group…"))
        self.admin = [self.invite, self.role, self.revoke, self.remove]
        self.actions = button_row(*self.admin)
        column.addWidget(self.table, 1)
        column.addLayout(self.actions)
        self.table.itemSelectionChanged.connect(self._selection)
        self.me = ""
        self._selection()

    def show_members(self, members: list, me: str) -> None:
        self.me = me
        rows = []
        for m in sorted(members, key=lambda m: (m.name or m.member_id).casefold()):
            name = m.name or m.member_id
            if m.member_id == me:
                name = _t("{name} (you)").format(name=name)
            rows.append(([name, m.organisation or "", role_label(m.role),
                          when(m.last_sync_at, _t("never"))], m))
        fill(self.table, rows)
        self._selection()

    def set_admin(self, admin: bool) -> None:
        for b in self.admin:
            b.setVisible(admin)

    def member(self):
        return selected(self.table)

    def _selection(self) -> None:
        member = self.member()
        for b in (self.role, self.revoke, self.remove):
            # a coordinator does not cut themselves off from here (another coordinator can)
            b.setEnabled(member is not None and member.member_id != self.me)


class InvitationsPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.table = table(_t("Open invitations"), [_t("Name"), _t("Organisation"), _t("Role"),
                                                    _t("Valid until")])
        self.invite = QPushButton(_t("&Invite someone…"))
        self.cancel = QPushButton(_t("&Cancel the invitation"))
        column.addWidget(self.table, 1)
        column.addLayout(button_row(self.invite, self.cancel))
        self.table.itemSelectionChanged.connect(lambda: self.cancel.setEnabled(self.invitation() is not None))
        self.cancel.setEnabled(False)

    def show_invitations(self, invitations: list) -> None:
        fill(self.table, [([i.name or "", i.organisation or "", role_label(i.role), when(i.expires_at)], i)
                          for i in invitations])
        self.cancel.setEnabled(False)

    def invitation(self):
        return selected(self.table)


class AuditPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.table = table(_t("Audit log"), [_t("When"), _t("Who"), _t("What"), _t("About"), _t("Details")])
        self.older = QPushButton(_t("&Older entries"))
        self.reload = QPushButton(_t("&Newest entries"))
        column.addWidget(self.table, 1)
        column.addLayout(button_row(self.reload, self.older))

    def show_entries(self, entries: list, more: bool, append: bool, names: dict[str, str] | None = None) -> None:
        names = names or {}
        rows = [([when(e.at), names.get(e.by, e.by or ""), action_label(e.action),
                  names.get(e.target, e.target or ""), _detail(e.detail)], e) for e in entries]
        if append:
            for texts, value in rows:
                item = QTreeWidgetItem(texts)
                item.setData(0, Qt.ItemDataRole.UserRole, value)
                self.table.addTopLevelItem(item)
        else:
            fill(self.table, rows)
        self.older.setEnabled(more)


def action_label(action: str) -> str:
    """An audit entry's act in words (an act this version does not know: as the server wrote it)."""
    return {"member.add": _t("Added a member"), "member.update": _t("Changed a member"),
            "member.remove": _t("Removed a member"), "token.issue": _t("Issued a token"),
            "token.revoke": _t("Revoked a token"), "invitation.create": _t("Invited someone"),
            "invitation.cancel": _t("Cancelled an invitation"),
            "invitation.redeem": _t("Joined with an invitation"), "group.rename": _t("Renamed the group"),
            "record.erase": _t("Erased a record")}.get(action, action or "")


def _detail(detail: Any) -> str:
    """What changed, shortly: "role: member → reader"; ids and empty values left out."""
    if not isinstance(detail, dict):
        return "" if detail is None else str(detail)
    parts = []
    for key, value in detail.items():
        if key.endswith("_id") or key == "seq" or value in ("", None, {}, []):
            continue
        if key.endswith("_at") and isinstance(value, str):
            value = when(value)
        if isinstance(value, dict) and set(value) == {"from", "to"}:
            value = f"{value['from'] or '—'} → {value['to'] or '—'}"
        parts.append(f"{key}: {value}")
    return ", ".join(parts)
