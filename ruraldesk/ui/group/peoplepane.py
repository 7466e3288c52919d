"""People's data requests in the Group window: find a person among the contacts, export
everything about them, or (coordinators) erase them from the group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ruraldesk.store import Filters

from .. import i18n
from ..dialogs import telling_facts
from .panes import button_row

#: contacts listed at once (a search narrows them down)
SHOWN = 200


def _t(text: str) -> str:
    return QCoreApplication.translate("Group", text)


def find_people(store, text: str) -> list[tuple[str, str]]:
    """(id, label) of the person contacts matching `text` (all when empty), by name."""
    if text.strip():
        ids = [h.record_id for h in store.search(text, filters=Filters(collections=("contact",)), limit=SHOWN)]
        records = list(store.get_many("contact", ids).values())
    else:
        records = store.window("contact", 0, SHOWN * 2, sort="title")
    people = [r for r in records if r.fields.get("kind") == "person" and not r.deleted]
    people.sort(key=lambda r: i18n.title(r).casefold())
    return [(r.id, " · ".join([i18n.title(r), *telling_facts(r)[:2]])) for r in people[:SHOWN]]


class PeoplePane(QWidget):
    def __init__(self, ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        column = QVBoxLayout(self)
        intro = QLabel(_t("When a person asks what the group holds about them, or asks to be "
                          "forgotten (GDPR articles 15 and 17), find them here."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Type a name, an e-mail or a phone number"))
        self.search.setAccessibleName(_t("Find a person"))
        self.search.setClearButtonEnabled(True)
        column.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(_t("People"))
        column.addWidget(self.list, 1)
        self.export = QPushButton(_t("&Export everything about this person…"))
        self.erase = QPushButton(_t("E&rase this person…"))
        column.addLayout(button_row(self.export, self.erase))
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda: self._timer.start())
        self.list.itemSelectionChanged.connect(self._selection)
        self._generation = 0
        self._selection()

    def refresh(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.search.text()

        def show(rows: list[tuple[str, str]]) -> None:
            if generation != self._generation:
                return
            chosen = self.person()
            self.list.clear()
            for record_id, label in rows:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                self.list.addItem(item)
                if record_id == chosen:
                    item.setSelected(True)
            self._selection()

        self.ops.run(find_people, self.ops.store, text, on_done=show, changes=None)

    def person(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select(self, record_id: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _selection(self) -> None:
        chosen = self.person() is not None
        self.export.setEnabled(chosen)
        self.erase.setEnabled(chosen)
