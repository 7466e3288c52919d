"""CSV/TSV import on real files: encodings, delimiters, mapping, all-or-nothing, big files."""

import threading

import pytest

from ruraldesk.io.common import Cancelled
from ruraldesk.io.csvimport import (VALID_ONLY, guess_collection, import_csv, import_table, open_table,
                                    parse_mapping, preview, suggest_mapping)
from ruraldesk.io.tabular import UnsureEncoding, detect_encoding


def contacts(store):
    return {r.fields["name"]: r.fields for r in store.window("contact", 0, 1000)}


def test_windows_1252_french_file_keeps_every_character(store, data):
    table = open_table(data / "contacts-cp1252.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    mapping = {table.headers[i]: t for i, t in suggest_mapping(table.headers, "contact").items()}
    assert mapping == {"Nom": "family_name", "Prénom": "given_name", "Organisation": "organisation",
                       "Fonction": "role", "Courriel": "emails", "Téléphone": "phones", "Ville": "locality",
                       "Pays": "country", "Notes": "notes"}
    report = import_table(store, table, "contact")
    assert report.ok and report.imported == 3 and len(report.ids) == 3
    people = contacts(store)
    helene = people["Hélène Dupont"]
    assert helene["notes"] == "Cœur du projet — budget 10 000 € ; «très engagée»"
    assert helene["organisation"] == "Épicerie solidaire de Besançon"
    assert people["Zoë Müller"]["emails"] == [{"type": "other", "value": "zoe@example.fr"},
                                              {"type": "other", "value": "z.muller@example.org"}]
    assert people["José Ñúñez"]["country"] == "ES"          # "Espagne", a French country name
    # journaled in the same transaction, like every write
    assert all(store.history(i)[0].op == "create" for i in report.ids)


def test_utf8_bom_semicolons_multiline_and_typed_column(store, data):
    table = open_table(data / "contacts-bom-semicolon.csv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
    assert table.headers[0] == "Imię i nazwisko"              # the BOM is not part of the header
    report = import_csv(store, data / "contacts-bom-semicolon.csv")
    assert report.imported == 3
    people = contacts(store)
    lukasz = people["Łukasz Wójcik"]
    assert lukasz["notes"] == "Wiersz pierwszy\nwiersz drugi: zażółć gęślą jaźń"
    assert lukasz["phones"] == [{"type": "mobile", "value": "+48 600 100 200"}]
    assert people["Γιώργος Παπαδόπουλος"]["notes"] == "Ελληνικά ✓"
    assert people["Ana Conceição"]["notes"] == "=SUM(A1:A2) não é fórmula"


def test_tsv_practices_with_theme_names_dates_and_amounts(store, data):
    table = open_table(data / "practices.tsv")
    assert table.delimiter == "\t" and guess_collection(table.headers) == "practice"
    report = import_table(store, table, "practice")
    assert report.imported == 3, report.rejected
    by_title = {r.title: r.fields for r in store.window("practice", 0, 10)}
    mertola = by_title["Cooperativa de energia solar de Mértola"]
    assert mertola["funding_amount"] == 12500.5 and mertola["start_date"] == "2021-03-01"
    themes = {t.id: t.title for t in store.window("theme", 0, 100)}
    assert sorted(themes[t] for t in mertola["themes"]) == ["Energy", "Energy communities"]
    assert by_title["Épicerie solidaire"]["start_date"] == "2019-09-01"
    assert by_title["Épicerie solidaire"]["funding_currency"] == "EUR"
    assert by_title["Rufbus für Dörfer"]["language"] == "de"


def test_windows_1250_is_told_from_1252(data):
    assert detect_encoding(data / "contacts-cp1250.csv") == "cp1250"
    assert detect_encoding(data / "contacts-cp1252.csv") == "cp1252"


def test_no_code_page_reads_it_as_words_so_we_ask(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("Name,Notes\nAnn,caf\xe9\x81\n".encode("latin-1"))
    with pytest.raises(UnsureEncoding) as info:
        detect_encoding(path)
    assert info.value.candidates and "choose one" in str(info.value)


def test_rejected_rows_are_reported_and_nothing_is_written(store, data):
    before = store.count("contact")
    report = import_csv(store, data / "contacts-with-errors.csv")
    assert report.imported == 0 and not report.written and store.count("contact") == before
    assert report.rejected_rows == [3, 4, 5]
    messages = {(p.row, p.column, p.field): p.message for p in report.rejected}
    assert "not a valid e-mail address" in messages[(3, "E-mail", "emails")]
    assert "not a country" in messages[(4, "Country", "country")]
    assert "not one of" in messages[(5, "Kind", "kind")]
    assert "nothing imported" in report.summary()


def test_valid_only_is_an_explicit_choice(store, data):
    report = import_csv(store, data / "contacts-with-errors.csv", mode=VALID_ONLY)
    assert report.imported == 1 and len(report.rejected_rows) == 3
    assert "Good Person" in contacts(store)


def test_dry_run_writes_nothing(store, data):
    report = import_csv(store, data / "contacts-cp1252.csv", dry_run=True)
    assert report.valid == 3 and report.imported == 0 and store.count("contact") == 0


def test_explicit_mapping_by_header_and_index_and_ignored_columns(store, data):
    table = open_table(data / "contacts-cp1252.csv")
    mapping = parse_mapping(table, "contact", {"Notes": None, "#6": "phones:work"})
    report = import_table(store, table, "contact", mapping)
    assert report.imported == 3
    assert report.ignored_columns == ["Notes (2 values)"]
    assert contacts(store)["Hélène Dupont"]["phones"][0]["type"] == "work"
    with pytest.raises(ValueError, match="no column"):
        parse_mapping(table, "contact", {"Nope": "name"})
    with pytest.raises(ValueError, match="not a contact field"):
        parse_mapping(table, "contact", {"Nom": "title"})


def test_preview_shows_values_and_problems(store, data):
    table = open_table(data / "contacts-with-errors.csv")
    rows = preview(store, table, "contact", suggest_mapping(table.headers, "contact"))
    assert [r.ok for r in rows] == [True, False, False, False]
    assert rows[0].values["emails"] == [{"type": "other", "value": "good@example.org"}]


def test_duplicates_of_existing_contacts_are_flagged(store, data):
    store.create("contact", {"kind": "person", "name": "Someone Else",
                             "emails": [{"type": "work", "value": "HELENE.DUPONT@example.fr"}]})
    report = import_csv(store, data / "contacts-cp1252.csv")
    assert report.imported == 3
    assert len(report.duplicates) == 1 and "same e-mail" in report.duplicates[0].message
    assert report.duplicates[0].row == 2


def test_big_file_streams_with_progress_and_cancel(store, tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Name;E-mail;Phone;Country;Notes\n")
        for i in range(30_000):
            fh.write(f"Pessoa {i};p{i}@example.pt;+351 21 {i:07d};PT;nota {i} — ação\n")
    calls = []
    report = import_csv(store, path, progress=lambda d, t: calls.append((d, t)), check_duplicates=False)
    assert report.imported == 30_000 and store.count("contact") == 30_000
    assert len(calls) > 10 and calls[-1][0] == calls[-1][1]
    assert all(b[0] >= a[0] for a, b in zip(calls, calls[1:]))
    # cancelled during the write: the transaction rolls back, nothing is added
    flag = threading.Event()

    def cancel_late(done, total):
        if done > 45_000:
            flag.set()
    with pytest.raises(Cancelled):
        import_csv(store, path, progress=cancel_late, cancel=flag, check_duplicates=False)
    assert store.count("contact") == 30_000


def test_formula_guard_is_undone_on_import(store, tmp_path):
    path = tmp_path / "quoted.csv"
    path.write_text("Name,Notes,Phone\nAnn,'=1+2,'+351 21 000 0000\n", encoding="utf-8")
    report = import_csv(store, path)
    assert report.imported == 1
    fields = contacts(store)["Ann"]
    assert fields["notes"] == "=1+2" and fields["phones"][0]["value"] == "+351 21 000 0000"


def test_extra_cells_would_be_lost_so_the_row_is_rejected(store, tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("Name,E-mail\nAnn,ann@example.org,surprise\n", encoding="utf-8")
    report = import_csv(store, path)
    assert report.rejected_rows == [2] and "extra cells" in report.rejected[0].message


def test_truncated_last_row_is_rejected(store, tmp_path):
    path = tmp_path / "cut.csv"
    path.write_text("Name,E-mail,Country\nAnn,ann@example.org,PT\nBob,bob@exa", encoding="utf-8")
    report = import_csv(store, path)
    assert report.rejected_rows == [3] and any("truncated" in p.message for p in report.rejected)
    assert store.count("contact") == 0


def test_utf16_spreadsheet_text(store, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("Name\tE-mail\nŁucja\tlucja@example.pl\n".encode("utf-16"))
    table = open_table(path)
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert import_table(store, table, "contact").imported == 1
