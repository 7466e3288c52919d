"""Getting data in and out through the real window: import (CSV mapping dialog, vCard), export
(CSV, vCard, practice sheets), backup and restore, duplicates, people's data."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from ruraldesk.ui import transfer
from ruraldesk.ui.dialogs import Dialog
from ruraldesk.ui.transfer_dialogs import (DuplicatesDialog, EncodingDialog, EraseDialog, ExportDialog,
                                           ImportReportDialog, MappingDialog, MentionsDialog, RegionDialog)


@pytest.fixture
def answers(monkeypatch):
    """Modal dialogs answer at once: record each one shown; `answers.code[cls]` is what exec returns."""

    class Answers:
        shown: list = []
        code: dict = {}
        messages: list = []

    a = Answers()
    a.shown, a.code, a.messages = [], {}, []

    def fake_exec(self):
        a.shown.append(self)
        code = a.code.get(type(self), Dialog.DialogCode.Accepted)
        return code(self) if callable(code) else code

    for cls in (MappingDialog, ImportReportDialog, ExportDialog, DuplicatesDialog, EraseDialog, EncodingDialog,
                RegionDialog):
        monkeypatch.setattr(cls, "exec", fake_exec)

    def box_exec(self):
        a.messages.append(self.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    return a


def shown(answers, cls):
    return [d for d in answers.shown if isinstance(d, cls)]


def write(path, text, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return path


CONTACTS = ("Name;E-mail;Phone;Country;Notes\n"
            "Hélène Dupont;helene@example.fr;+33 3 86 00 00 01;FR;=HYPERLINK(\"http://x\")\n"
            "Anna Nowak;anna@example.pl;+48 12 000 00 02;PL;\n")


def test_import_a_csv_through_the_mapping_dialog_and_find_the_records(qtbot, window, settle, store, tmp_path,
                                                                      answers):
    path = write(tmp_path / "membres.csv", CONTACTS + "Jonas Müller;jonas@example.de;;DE;Kassenwart\n",
                 encoding="cp1252")

    def check_mapping(dialog: MappingDialog):
        assert dialog.current_collection() == "contact"
        assert dialog.encoding.currentData() == "cp1252" and dialog.delimiter.currentData() == ";"
        assert dialog.mapping()[0] == "name" and dialog.mapping()[1].startswith("emails")
        dialog.set_target("Notes", None)        # leave the notes out
        qtbot.waitUntil(lambda: dialog.preview.rowCount() == 3, timeout=3000)
        qtbot.waitUntil(lambda: "ready" in dialog.status.text(), timeout=3000)
        headers = [dialog.preview.horizontalHeaderItem(i).text() for i in range(dialog.preview.columnCount())]
        assert "Notes" not in headers
        assert dialog.preview.item(0, 2).text() == "Hélène Dupont"
        for widget in [dialog.encoding, dialog.delimiter, dialog.collection, dialog.columns, dialog.preview,
                       *dialog.combos]:
            assert widget.accessibleName()
        return Dialog.DialogCode.Accepted

    answers.code[MappingDialog] = check_mapping
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected
    window.transfer.import_file(path)
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=5000)
    settle()
    report = shown(answers, ImportReportDialog)[0].report
    assert report.imported == 3 and not report.rejected
    assert store.count("contact") == 3
    names = {r.title: r for r in store.window("contact", 0, 10)}
    assert names["Jonas Müller"].fields["emails"][0]["value"] == "jonas@example.de"
    assert not names["Hélène Dupont"].fields.get("notes")
    window.go("contact")
    qtbot.waitUntil(lambda: window.list.model().rowCount() == 3, timeout=3000)


def test_a_bad_row_is_reported_and_nothing_is_imported(qtbot, window, settle, store, tmp_path, answers):
    path = write(tmp_path / "contacts.csv", CONTACTS + "Bad Row;not-an-email@@;;XX;\n")
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected

    def look(dialog: MappingDialog):
        qtbot.waitUntil(lambda: dialog.preview.rowCount() == 3, timeout=3000)
        last = 1                                                       # the problems column
        assert dialog.preview.item(2, last).text() != "Ready"          # the bad row is marked with why
        assert dialog.preview.item(0, last).text() == "Ready"
        assert "problem" in dialog.status.text()
        return Dialog.DialogCode.Accepted

    answers.code[MappingDialog] = look
    window.transfer.import_file(path)
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=5000)
    settle()
    dialog = shown(answers, ImportReportDialog)[0]
    assert store.count("contact") == 0
    assert dialog.report.rejected_rows == [4]
    table = dialog.rejected
    assert table.rowCount() >= 1 and table.item(0, 0).text() == "4"
    assert {table.item(r, 2).text() for r in range(table.rowCount())} & {"E-mails", "Country"}
    assert dialog.valid_button is not None          # an explicit way forward, not taken by default


def test_import_the_valid_rows_only_when_the_person_chooses_it(qtbot, window, settle, store, tmp_path, answers):
    path = write(tmp_path / "contacts.csv", CONTACTS + "Bad Row;not-an-email@@;;XX;\n")
    answers.code[ImportReportDialog] = lambda d: (ImportReportDialog.VALID_ONLY if d.valid_button
                                                  else Dialog.DialogCode.Rejected)
    window.transfer.import_file(path)
    qtbot.waitUntil(lambda: len(shown(answers, ImportReportDialog)) == 2, timeout=5000)
    settle()
    second = shown(answers, ImportReportDialog)[1].report
    assert second.imported == 2 and second.rejected_rows == [4]
    assert store.count("contact") == 2


def test_export_the_filtered_list_and_read_it_back(qtbot, window, settle, store, tmp_path, answers, monkeypatch):
    store.create("contact", {"kind": "person", "name": "Hélène Dupont", "country": "FR",
                             "notes": "=HYPERLINK(\"http://evil\")", "organisation": "+Coop"})
    store.create("contact", {"kind": "person", "name": "Anna Nowak", "country": "PL"})
    window.ops.notify()
    window.go("contact")
    qtbot.waitUntil(lambda: window.list.model().rowCount() == 2, timeout=3000)
    bar = window.list.filters
    bar.country.setCurrentIndex(bar.country.findData("FR"))
    qtbot.waitUntil(lambda: window.list.model().rowCount() == 1, timeout=3000)
    window.list.toggle_column("organisation", True)
    out = tmp_path / "out" / "contacts"

    def options(dialog: ExportDialog):
        dialog.bom.setChecked(True)
        return Dialog.DialogCode.Accepted

    answers.code[ExportDialog] = options
    monkeypatch.setattr(transfer, "save_path", lambda *a: out)     # the file chooser answers
    window.transfer.export_csv()
    target = tmp_path / "out" / "contacts.csv"
    qtbot.waitUntil(target.exists, timeout=5000)
    settle()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 2                           # the header and the one French contact
    header, row = rows
    assert "Organisation" in header
    assert row[header.index("Organisation")] == "'+Coop"     # formula injection defused


def test_vcard_round_trip_of_a_contact_with_two_emails(qtbot, window, settle, store, tmp_path, answers):
    made = store.create("contact", {"kind": "person", "name": "Giulia Rossi", "organisation": "Comunità",
                                    "emails": [{"value": "giulia@example.it", "type": "work"},
                                               {"value": "g.rossi@example.org", "type": "home"}]})
    window.ops.notify()
    window.go("contact")
    qtbot.waitUntil(lambda: window.list.select_id(made.id), timeout=3000)
    out = tmp_path / "rossi.vcf"
    window.transfer.export_vcard(out, scope="selected")
    qtbot.waitUntil(out.exists, timeout=5000)
    settle()
    assert out.read_text(encoding="utf-8").count("EMAIL") == 2

    store.erase(made.id)
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected
    window.transfer.import_file(out)
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=5000)
    settle()
    assert shown(answers, ImportReportDialog)[0].report.imported == 1
    back = store.window("contact", 0, 10)
    assert len(back) == 1 and back[0].title == "Giulia Rossi"
    assert sorted(e["value"] for e in back[0].fields["emails"]) == ["g.rossi@example.org", "giulia@example.it"]


def test_practice_sheets_of_the_practice_shown_and_of_the_list(qtbot, window, settle, store, tmp_path, answers):
    first = store.create("practice", {"title": "Village energy cooperative", "kind": "good", "status": "shared",
                                      "summary": "Solar roofs on the school", "language": "en"})
    store.create("practice", {"title": "Mobile grocery", "kind": "mixed", "status": "draft"})
    window.ops.notify()                 # written behind the window's back: tell the views
    window.go("practice")
    qtbot.waitUntil(lambda: window.list.select_id(first.id), timeout=3000)
    qtbot.waitUntil(lambda: window.detail.record is not None, timeout=3000)
    one = tmp_path / "sheet.pdf"
    window.transfer.practice_sheet(one, scope="shown")
    qtbot.waitUntil(one.exists, timeout=10000)
    settle()
    assert one.read_bytes().startswith(b"%PDF")

    both = tmp_path / "sheets.md"
    window.transfer.practice_sheet(both, scope="list")
    qtbot.waitUntil(both.exists, timeout=10000)
    settle()
    text = both.read_text(encoding="utf-8")
    assert "Village energy cooperative" in text and "Mobile grocery" in text


def test_backup_then_restore_into_an_empty_workspace_only(qtbot, window, settle, store, tmp_path, answers):
    from ruraldesk.io.backup import backup_workspace
    from ruraldesk.store import Store

    # a full workspace is refused, plainly, and nothing changes
    store.create("practice", {"title": "Kept here", "kind": "good", "status": "draft"})
    zipped = tmp_path / "mine.zip"
    window.transfer.backup(zipped)
    qtbot.waitUntil(zipped.exists, timeout=10000)
    settle()
    window.transfer.restore(zipped)
    qtbot.waitUntil(lambda: any("empty workspace" in m for m in answers.messages), timeout=5000)
    assert store.count("practice") == 1

    # another workspace's backup goes into this one once it is empty
    other = Store(tmp_path / "other" / "replica.sqlite", author="other")
    other.create("contact", {"kind": "person", "name": "Restored Person"})
    backup_workspace(other, tmp_path / "other.zip")
    other.close()
    store.erase(store.window("practice", 0, 1)[0].id)
    with store.write() as w:     # the trash and the journal must be empty too
        w.conn.exec_driver_sql("DELETE FROM journal WHERE collection != 'theme'")
    window.transfer.restore(tmp_path / "other.zip")
    qtbot.waitUntil(lambda: store.count("contact") == 1, timeout=10000)
    settle()
    assert window.centralWidget().isEnabled() and window.menuBar().isEnabled()
    assert window.transfer.shell.sync._paused == 0      # sync, paused during the restore, goes on
    assert store.window("contact", 0, 1)[0].title == "Restored Person"
    window.go("contact")
    qtbot.waitUntil(lambda: window.list.model().rowCount() == 1, timeout=3000)


def test_find_and_merge_duplicate_contacts(qtbot, window, settle, store, answers):
    keep = store.create("contact", {"kind": "person", "name": "Anna Nowak",
                                    "emails": [{"value": "anna@example.pl", "type": "work"}]})
    other = store.create("contact", {"kind": "person", "name": "A. Nowak", "role": "Treasurer",
                                     "emails": [{"value": "Anna@example.pl", "type": "work"}]})
    practice = store.create("practice", {"title": "Village shop", "kind": "good", "status": "draft"})
    store.link(practice.id, other.id)

    def merge(dialog: DuplicatesDialog):
        assert dialog.list.count() == 1 and "e-mail" in dialog.reasons.text()
        dialog.keep.setCurrentIndex(dialog.keep.findData(keep.id))
        dialog.merge_button.click()
        qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
        return Dialog.DialogCode.Rejected

    answers.code[DuplicatesDialog] = merge
    window.transfer.find_duplicates()
    qtbot.waitUntil(lambda: bool(shown(answers, DuplicatesDialog)), timeout=5000)
    settle()
    assert store.get(other.id).deleted
    kept = store.get(keep.id)
    assert kept.fields.get("role") == "Treasurer"
    assert keep.id in store.get(practice.id).fields.get("contacts", [])


def test_export_everything_about_a_person_then_erase_them(qtbot, window, settle, store, tmp_path, answers):
    person = store.create("contact", {"kind": "person", "name": "Jonas Müller",
                                      "emails": [{"value": "jonas@example.de", "type": "work"}]})
    practice = store.create("practice", {"title": "Dorfladen", "kind": "good", "status": "draft",
                                         "summary": "Jonas Müller keeps the accounts"})
    store.link(practice.id, person.id)
    window.ops.notify()
    window.go("contact")
    qtbot.waitUntil(lambda: window.list.select_id(person.id), timeout=3000)
    qtbot.waitUntil(lambda: window.action("person-erase").isEnabled(), timeout=3000)

    out = tmp_path / "jonas.json"
    window.transfer.export_person(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    settle()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "jonas@example.de" in json.dumps(data, ensure_ascii=False)

    def confirm(dialog: EraseDialog):
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Jonas Müller" in text and "cannot be undone" in text and "not shared" in text
        return Dialog.DialogCode.Accepted

    answers.code[EraseDialog] = confirm
    window.transfer.erase_person()
    qtbot.waitUntil(lambda: store.find(person.id) is None, timeout=10000)
    settle()
    mentions = window.transfer.mentions_dialog
    assert isinstance(mentions, MentionsDialog)
    assert mentions.table.rowCount() == 1 and mentions.table.item(0, 0).text() == "Dorfladen"
    mentions.table.selectRow(0)
    mentions.open_button.click()
    qtbot.waitUntil(lambda: window.detail.record is not None and window.detail.record.id == practice.id,
                    timeout=3000)
    assert person.id not in store.get(practice.id).fields.get("contacts", [])
    mentions.close()


# -- io messages in the interface language ------------------------------------------------------
@pytest.fixture
def french(qapp):
    from ruraldesk.ui import i18n

    assert i18n.install("fr")
    yield
    i18n.install("en")


def test_import_problems_are_shown_in_the_interface_language(qtbot, window, settle, store, tmp_path, answers,
                                                             french):
    path = write(tmp_path / "contacts.csv", CONTACTS + "Bad Row;not-an-email@@;;XX;\n"
                 + "Other Row;other@@;;PL;\n")
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected
    window.transfer.import_file(path)
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=5000)
    settle()
    table = shown(answers, ImportReportDialog)[0].rejected
    reasons = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert "« XX » n'est pas un pays (utilisez un nom ou un code ISO 3166 comme PT)" in reasons   # io's own
    assert any("other@@" in r and "n'est pas une adresse e-mail valide" in r for r in reasons)   # domain's
    assert not any("is not" in r for r in reasons)
    assert shown(answers, ImportReportDialog)[0].report.rejected[0].message.startswith("“")      # English inside


@pytest.mark.parametrize("content, french_reason", [
    (b"", "vide.csv est vide"),
    (b"Name;E-mail\x00\x01\x02\n", "vide.csv est un fichier binaire, pas du texte (il contient des octets NUL)"),
    (b"%PDF-1.7\n", "vide.csv est un document PDF, pas un tableau ni un carnet d'adresses"),
])
def test_a_refused_file_is_explained_in_the_interface_language(qtbot, window, settle, tmp_path, answers, french,
                                                               content, french_reason):
    path = tmp_path / "vide.csv"
    path.write_bytes(content)
    window.transfer.import_file(path)
    qtbot.waitUntil(lambda: bool(answers.messages), timeout=5000)
    assert answers.messages[0] == "Ce fichier ne peut pas être importé : " + french_reason
    assert not shown(answers, MappingDialog)


def test_same_named_duplicates_can_be_told_apart(qtbot, window, settle, store, answers, french):
    for org, email in (("Coop Mazury", "lukasz@mazury.pl"), ("Gmina Wola", "l.kowalska@wola.pl"), ("", "")):
        fields = {"kind": "person", "name": "Łukasz Kowalska"}
        if org:
            fields.update(organisation=org, emails=[{"value": email, "type": "work"}])
        store.create("contact", fields)

    def look(dialog: DuplicatesDialog):
        members = [dialog.members.item(i).text() for i in range(dialog.members.count())]
        keep = [dialog.keep.itemText(i) for i in range(dialog.keep.count())]
        assert len(set(members)) == 3 and keep == members
        assert members[0].startswith("Łukasz Kowalska — Coop Mazury · lukasz@mazury.pl · créé le ")
        assert "Gmina Wola" in members[1] and "créé le" in members[2]
        assert dialog.reasons.text() == "Pourquoi : même nom"
        return Dialog.DialogCode.Rejected

    answers.code[DuplicatesDialog] = look
    window.transfer.find_duplicates()
    qtbot.waitUntil(lambda: bool(shown(answers, DuplicatesDialog)), timeout=5000)
    settle()


# -- real people's files: presets named, encodings asked, the phone region asked once ----------
FIXTURES = __import__("pathlib").Path(__file__).resolve().parent.parent / "fixtures"


def test_a_recognised_export_is_named_in_the_mapping_dialog_and_the_report(qtbot, window, settle, store, answers):
    def look(dialog: MappingDialog):
        assert dialog.preset() == "Google Contacts export"
        assert dialog.preset_label.isVisibleTo(dialog) and "Google Contacts export" in dialog.preset_label.text()
        qtbot.waitUntil(lambda: dialog.preview.rowCount() == 2, timeout=5000)
        headers = [dialog.preview.horizontalHeaderItem(i).text() for i in range(dialog.preview.columnCount())]
        assert dialog.preview.item(0, headers.index("Expertise themes")).text() == "Energy"    # a name, not an id
        return Dialog.DialogCode.Accepted

    answers.code[MappingDialog] = look
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected
    window.transfer.import_file(FIXTURES / "google-contacts.csv")
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=8000)
    settle()
    report = shown(answers, ImportReportDialog)[0]
    assert report.report.imported == 2
    assert report.detail.text().startswith("Read as: Google Contacts export\n")
    assert not shown(answers, RegionDialog)          # every national number there has its row's country


def test_a_plain_sheet_names_no_preset_and_the_report_says_how_it_was_read(qtbot, window, settle, store,
                                                                          tmp_path, answers, french):
    def look(dialog: MappingDialog):
        assert dialog.preset() is None and not dialog.preset_label.isVisibleTo(dialog)
        return Dialog.DialogCode.Accepted

    answers.code[MappingDialog] = look
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected
    window.transfer.import_file(write(tmp_path / "contacts.csv", CONTACTS))
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=8000)
    settle()
    detail = shown(answers, ImportReportDialog)[0].detail.text()
    assert detail.startswith("Lu comme : tableur (colonnes reconnues par leur nom)\n"), detail


def test_a_recognised_export_is_named_in_the_interface_language(qtbot, window, store, answers, french):
    from ruraldesk.io.csvimport import guess_collection, open_table, suggest_mapping

    table = open_table(FIXTURES / "google-contacts.csv")
    dialog = MappingDialog(window, store, table, guess_collection(table.headers),
                           suggest_mapping(table.headers, "contact"))
    qtbot.addWidget(dialog)
    assert dialog.preset() == "Export de Google Contacts"
    dialog.collection.setCurrentIndex(dialog.collection.findData("practice"))
    assert dialog.preset() is None and not dialog.preset_label.isVisibleTo(dialog)   # presets are address books



def test_the_preview_names_seed_themes_in_the_interface_language(qtbot, window, store, french):
    from ruraldesk.io.csvimport import guess_collection, open_table, suggest_mapping

    table = open_table(FIXTURES / "google-contacts.csv")
    dialog = MappingDialog(window, store, table, guess_collection(table.headers),
                           suggest_mapping(table.headers, "contact"))
    qtbot.addWidget(dialog)
    dialog.refresh(wait=True)
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 2, timeout=5000)
    headers = [dialog.preview.horizontalHeaderItem(i).text() for i in range(dialog.preview.columnCount())]
    column = next(i for i, h in enumerate(headers) if "th" in h.casefold())
    assert dialog.preview.item(0, column).text() == "Énergie"          # as the sidebar and the form name it

def test_an_unsure_encoding_is_asked_and_the_names_are_read_in_the_one_chosen(qtbot, window, settle, store,
                                                                              answers):
    def choose(dialog: EncodingDialog):
        assert set(dialog.choices) == {"cp1252", "cp1250"}
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert "Hélène" in texts and "Hélčne" in texts                 # the names side by side
        assert not dialog.import_button.isEnabled()                    # nothing chosen for the person
        dialog.pick("cp1252")
        assert dialog.import_button.isEnabled()
        return Dialog.DialogCode.Accepted

    def mapping(dialog: MappingDialog):
        assert dialog.table.encoding == "cp1252"
        assert dialog.encoding.currentText() == "Windows-1252"         # chosen, not "(detected)"
        return Dialog.DialogCode.Accepted

    answers.code[EncodingDialog] = choose
    answers.code[MappingDialog] = mapping
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected
    window.transfer.import_file(FIXTURES / "unsure.csv")
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=8000)
    settle()
    assert [r.title for r in store.window("contact", 0, 10)] == ["Hélène"]
    assert shown(answers, ImportReportDialog)[0].report.encoding == "Windows-1252"
    assert not answers.messages


def test_cancelling_the_encoding_question_changes_nothing(qtbot, window, settle, store, answers, monkeypatch):
    asked = []

    def cancel(cls, parent, readings, name=""):
        asked.append(readings)
        return "", False

    monkeypatch.setattr(EncodingDialog, "getEncoding", classmethod(cancel))
    window.transfer.import_file(FIXTURES / "unsure.csv")
    qtbot.waitUntil(lambda: bool(asked), timeout=8000)
    settle()
    assert asked[0]["cp1252"] == ["Hélène"] and asked[0]["cp1250"] == ["Hélčne"]
    assert not shown(answers, MappingDialog) and not answers.messages
    assert store.count("contact") == 0
    assert "Nothing was changed" in window.statusBar().currentMessage()


def test_an_unsure_vcard_is_asked_like_a_table_and_imported_in_the_encoding_chosen(qtbot, window, settle, store,
                                                                                   answers, monkeypatch):
    asked = []

    def choose(cls, parent, readings, name=""):
        asked.append((readings, name))
        return "cp1252", True

    monkeypatch.setattr(EncodingDialog, "getEncoding", classmethod(choose))
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected
    window.transfer.import_file(FIXTURES / "unsure-cp1252-3.0.vcf")
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=8000)
    settle()
    readings, name = asked[0]
    assert name == "unsure-cp1252-3.0.vcf" and set(readings) == {"cp1252", "cp1250"}
    assert "Hélène" in " ".join(readings["cp1252"]) and "Hélčne" in " ".join(readings["cp1250"])
    assert sorted(r.title for r in store.window("contact", 0, 10)) == ["Hélène Lefèvre", "Irène Mercier"]
    assert shown(answers, ImportReportDialog)[0].report.encoding == "Windows-1252"
    assert len(asked) == 1 and not answers.messages                  # asked once, no error shown


def test_cancelling_the_encoding_question_of_a_vcard_changes_nothing(qtbot, window, settle, store, answers,
                                                                     monkeypatch):
    asked = []

    def cancel(cls, parent, readings, name=""):
        asked.append(readings)
        return "", False

    monkeypatch.setattr(EncodingDialog, "getEncoding", classmethod(cancel))
    before = store.stats()["journal_entries"]
    window.transfer.import_file(FIXTURES / "unsure-cp1252-3.0.vcf")
    qtbot.waitUntil(lambda: bool(asked), timeout=8000)
    settle()
    assert not shown(answers, ImportReportDialog) and not answers.messages
    assert store.count("contact") == 0 and store.stats()["journal_entries"] == before
    assert "Nothing was changed" in window.statusBar().currentMessage()


def test_the_phone_region_is_asked_once_stored_and_not_asked_again(qtbot, window, settle, store, answers, french):
    from ruraldesk.io import phones

    def choose(dialog: RegionDialog):
        assert dialog.combo.region() == "FR"                           # the interface locale's country
        assert "03 81 55 00 02" in dialog.findChildren(QLabel)[0].text()
        return Dialog.DialogCode.Accepted

    answers.code[RegionDialog] = choose
    answers.code[ImportReportDialog] = Dialog.DialogCode.Rejected
    assert phones.workspace_region(store) is None
    window.transfer.import_file(FIXTURES / "club-national-phones.csv")
    qtbot.waitUntil(lambda: bool(shown(answers, ImportReportDialog)), timeout=8000)
    settle()
    assert phones.workspace_region(store) == "FR"
    by_name = {r.title: r.fields for r in store.window("contact", 0, 10)}
    assert by_name["Claire Martin"]["phones"][0]["value"] == "+33 3 81 55 00 02"
    assert by_name["Giulia Rossi"]["phones"][0]["value"] == "+39 0577 000004"       # kept as written

    window.transfer.import_file(FIXTURES / "club-national-phones.csv")             # again: not asked
    qtbot.waitUntil(lambda: len(shown(answers, ImportReportDialog)) == 2, timeout=8000)
    settle()
    assert len(shown(answers, RegionDialog)) == 1
    assert shown(answers, ImportReportDialog)[1].report.imported == 3


def test_cancelling_the_phone_region_question_imports_and_stores_nothing(qtbot, window, settle, store, answers):
    from ruraldesk.io import phones

    answers.code[RegionDialog] = Dialog.DialogCode.Rejected
    window.transfer.import_file(FIXTURES / "club-national-phones.csv")
    qtbot.waitUntil(lambda: bool(shown(answers, RegionDialog)), timeout=8000)
    settle()
    assert store.count("contact") == 0 and store.get_meta(phones.REGION_KEY) is None
    assert not shown(answers, ImportReportDialog)
    assert "Nothing was changed" in window.statusBar().currentMessage()


def test_the_phone_region_is_a_workspace_setting(qtbot, window, settle, store, settings):
    from ruraldesk.io import phones
    from ruraldesk.ui.dialogs import SettingsDialog

    assert SettingsDialog(settings).phone_region is None              # no workspace: no row
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.phone_region.region() == "" and dialog.phone_region.accessibleName() == "Phone region"
    dialog.phone_region.setCurrentIndex(dialog.phone_region.findData("PT"))
    dialog.apply()
    qtbot.waitUntil(lambda: phones.workspace_region(store) == "PT", timeout=3000)
    settle()
    again = SettingsDialog(window.settings, window)
    qtbot.addWidget(again)
    assert again.phone_region.region() == "PT"
    again.phone_region.setCurrentIndex(0)                               # not set: asked at the next import
    again.apply()
    qtbot.waitUntil(lambda: phones.workspace_region(store) is None, timeout=3000)


def test_the_questions_fit_a_small_screen(qtbot, window):
    from ruraldesk.io.encoding import readings_of

    tsv = FIXTURES / "eu-organisations-cp1251.tsv"
    for dialog in (EncodingDialog(window, readings_of(tsv, ["cp1251", "cp1252", "iso8859_5"]), tsv.name),
                   RegionDialog(window, "club-national-phones.csv", "03 81 55 00 02")):
        qtbot.addWidget(dialog)
        hint = dialog.sizeHint()
        assert hint.width() <= 1024 and hint.height() <= 600, (type(dialog).__name__, hint)
