"""Every screen of the app, as the window makes it: the main window's states and each dialog.

The geometry, keyboard, accessibility, contrast and language tests walk the same catalogue,
so a new screen added here is checked by all of them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QDialog

LONG_TITLE = ("Coopérative énergétique citoyenne du Morvan et des villages voisins pour le partage "
              "d'un toit solaire et d'une batterie communs")


def populate(store) -> None:
    """The records the screens are shown with: demo data and one long-titled practice."""
    from ruraldesk.io.demo import generate

    from ruraldesk.store.discussions import Discussions

    generate(store, 40, seed=5)
    practice = store.create("practice", {"title": LONG_TITLE, "kind": "good", "country": "FR", "region": "FRH0",
                                         "start_date": "2025-01-06", "summary": "Twelve families share a solar roof."})
    talk = Discussions(store)
    thread, _ = talk.start_topic("Sharing a solar roof between twelve families",
                                 "How did you split the **costs**?\n\n- roof rental\n- the battery")
    talk.reply(thread.id, "By the number of panels each family uses.")
    talk.comment(practice.id, "We tried this in Morvan: see the *lessons learned*.")


@contextmanager
def populated_window(store, settings, qtbot, settle, size=None):
    """The real window on the catalogue's records (populate), its list filled; shut down after."""
    from ruraldesk.ui import worker
    from ruraldesk.ui.shell import Shell

    populate(store)
    shell = Shell(store, settings)
    shell.store.set_meta("ui.first_run_done", "1")
    window = shell.show()
    qtbot.addWidget(window)
    if size is not None:
        window.resize(size)
    qtbot.waitUntil(lambda: window.list.model().rowCount() > 0, timeout=5000)
    settle()
    try:
        yield window
    finally:
        shell.shutdown()
        window.close()
        worker.wait_all(10_000)


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
    window.detail.close_form()
    from ruraldesk.ui.models import NavigationModel

    window.nav.setCurrentIndex(window.nav_model.node_index(NavigationModel.NEWS, None))
    settle()
    yield "what's new"
    window.nav.setCurrentIndex(window.nav_model.node_index(NavigationModel.DISCUSSIONS, None))
    settle()
    yield "discussions"
    from ruraldesk.store.discussions import Discussions

    window.discussions.open_thread(Discussions(window.store).topics(0, 1)[0].id)
    settle()
    yield "a thread"


def dialogs(window, tmp_path) -> Iterator[QDialog]:
    """Every dialog a first hour opens, made as the window makes them."""
    from ruraldesk.ui.i18n import tr
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
    yield LinkDialog(window.store, ("contact", "tool"), tr("MainWindow", "Link “{title}” to…").format(title="Village shop"),
                     window)
    yield ColumnsDialog([(k, column_label("practice", k)) for k in column_options("practice")],
                        ["title", "kind"], window)
    yield NameDialog(window, tr("MainWindow", "Save search"), tr("MainWindow", "&Name:"), "solar roof")
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
    yield from group_dialogs(window)
    from ruraldesk.store.discussions import Discussions
    from ruraldesk.ui.discussions.newtopic import NewTopicDialog
    from ruraldesk.ui.review import NoteDialog

    record = next(iter(window.store.get_many("practice", window.store.list_ids("practice")).values()))
    yield NoteDialog(window, record)
    yield NewTopicDialog(window, Discussions(window.store))


def group_dialogs(window) -> Iterator[QDialog]:
    """The Group window (as a coordinator sees it, with its lists filled) and its questions."""
    from ruraldesk.ui.group.dialogs import Confirm, RenameDialog, RoleDialog, TokensDialog, remove_question
    from ruraldesk.ui.group.invite import InvitationCodeDialog, InviteDialog
    from ruraldesk.ui.group.people import ErasurePlan
    from ruraldesk.ui.group.window import GroupWindow
    from sync.client.groupadmin import AuditEntry, Invitation, Member, TokenInfo

    ana = Member("ana", "Ana Sousa", "Casa do Povo de Mértola", "member", "2026-11-30T09:12:00Z", None)
    invitation = Invitation("i1", "member", "Rui Lopes", "Cooperativa Terra Viva", "2026-12-09T10:00:00Z",
                            code="rdinv1.eyJzIjoiaHR0cHM6Ly9zeW5jLmV4YW1wbGUub3JnIiwiZyI6InZpbGxhZ2UiLCJrIjoieCJ9.abcd")
    group = GroupWindow(window.ops, window)
    group.controller.role = "coordinator"
    group.set_admin(True)
    group.members.show_members([ana, Member("marta", "Marta Reis", "", "coordinator", None, None)], "marta")
    group.invitations.show_invitations([invitation])
    group.audit.show_entries([AuditEntry("a1", "2026-12-01T10:00:00Z", "marta", "member.update", "ana",
                                         {"role": {"from": "reader", "to": "member"}})], True, False)
    yield group
    yield InviteDialog(window)
    yield InvitationCodeDialog(invitation, "Rui Lopes", window)
    yield RoleDialog(ana, window)
    yield RenameDialog("Alentejo Cooperative", window)
    yield TokensDialog(ana, [TokenInfo("t1", "RuralDesk on laptop", "2026-11-01T10:00:00Z", None)], window)
    yield Confirm(*remove_question(ana), window)
    plan = ErasurePlan("c1", "Élodie Girard", 4, [], {"practice": [LONG_TITLE]}, 2)
    (title, text, action), items = GroupWindow.erasure_question(plan)
    yield Confirm(title, text, action, window, items)
