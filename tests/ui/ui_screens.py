"""Every screen of the app, as the window makes it: the main window's states and each dialog.

The geometry, keyboard, accessibility, contrast and language tests walk the same catalogue,
so a new screen added here is checked by all of them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QDialog

LONG_TITLE = ("Coopérative énergétique citoyenne du Morvan et des villages voisins pour le partage "
              "d'un toit solaire et d'une batterie communs")


def populate(store) -> None:
    """The records the screens are shown with: demo data and one long-titled practice."""
    from ruraldesk.io.demo import generate

    generate(store, 40, seed=5)
    store.create("practice", {"title": LONG_TITLE, "kind": "good", "country": "FR", "region": "FRH0",
                              "start_date": "2025-01-06", "summary": "Twelve families share a solar roof."})


def states(window, qtbot, settle) -> Iterator[str]:
    """The states of a first hour: the list, a record, its form, search results, a form
    opened from them, the long-titled record and its form, another collection."""
    yield "list"
    window.list.table.selectRow(0)
    settle()
    yield "record shown"
    window.edit_record()
    yield "editing"
    window.detail.close_form()
    window.search.setText("solar")
    qtbot.waitUntil(lambda: window.list.mode == "search" and window.list.model().rowCount() > 0, timeout=5000)
    settle()
    window.list.table.selectRow(0)
    settle()
    yield "search results"
    window.edit_record()
    yield "editing from results"
    window.detail.close_form()
    window.search.clear()
    settle()
    record = next(r for r in window.store.get_many("practice", window.store.list_ids("practice")).values()
                  if r.title == LONG_TITLE)
    window.open_record(record.id)
    settle()
    yield "long title"
    window.edit_record()
    yield "editing the long title"
    window.detail.close_form()
    window.go("contact")
    settle()
    window.list.table.selectRow(0)
    settle()
    window.edit_record()
    yield "editing a contact"


def dialogs(window, tmp_path) -> Iterator[QDialog]:
    """Every dialog a first hour opens, made as the window makes them."""
    from ruraldesk.io.csvimport import guess_collection, open_table, suggest_mapping
    from ruraldesk.ui.conflicts import ConflictsDialog
    from ruraldesk.ui.dialogs import ColumnsDialog, FirstRunDialog, LinkDialog, SettingsDialog
    from ruraldesk.ui.helpmenu import AboutDialog, GuideWindow
    from ruraldesk.ui.listpane import column_options
    from ruraldesk.ui.mainwindow import NameDialog
    from ruraldesk.ui.models import column_label
    from ruraldesk.ui.syncui import AccountDialog
    from ruraldesk.ui.transfer_dialogs import EraseDialog, MappingDialog, MentionsDialog

    yield FirstRunDialog(window)
    yield SettingsDialog(window.settings, window)
    yield LinkDialog(window.store, ("contact", "tool"), "Link “Village shop” to…", window)
    yield ColumnsDialog([(k, column_label("practice", k)) for k in column_options("practice")],
                        ["title", "kind"], window)
    yield NameDialog(window, "Save search", "&Name:", "solar roof")
    yield AccountDialog(window.store, window)
    yield ConflictsDialog(window.ops, window)
    yield AboutDialog(window.store, window)
    yield GuideWindow(window)
    yield EraseDialog(window, "Élodie Girard", synced=True, linked=3)
    yield MentionsDialog(window, "Élodie Girard", [])
    path = tmp_path / "members.csv"
    path.write_text("Nom;Prénom;Courriel;Téléphone;Organisation;Pays;Remarques\n"
                    "Dupont;Hélène;helene.dupont@example.fr;+33 3 86 00 00 01;Coop énergie Morvan;FR;Présidente\n",
                    encoding="utf-8")
    table = open_table(path)
    collection = guess_collection(table.headers)
    yield MappingDialog(window, window.store, table, collection, suggest_mapping(table.headers, collection),
                        reopen=lambda e, d: open_table(path, encoding=e, delimiter=d))
