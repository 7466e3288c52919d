"""Files as other programs write them (tests/fixtures, sources in tests/fixtures/README.md):
one test per address-book preset, per vCard dialect and per encoding; round trips."""

import re
from pathlib import Path

import pytest
import vobject

from ruraldesk.io.common import BadFile
from ruraldesk.io.csvexport import export_csv
from ruraldesk.io.csvimport import import_csv, open_table
from ruraldesk.io.encoding import UnsureEncoding
from ruraldesk.io.sheets import NoSheets, write_markdown, write_pdf
from ruraldesk.io.vcard import export_vcards, import_vcards

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def people(store):
    return {r.fields["name"]: r.fields for r in store.window("contact", 0, 1000)}


def listed(report):
    return {(p.row, p.column) for p in report.unmapped + report.warnings}


# -- presets ---------------------------------------------------------------------------------

def test_google_contacts_export(store):
    report = import_csv(store, FIXTURES / "google-contacts.csv", default_region="FR")
    assert report.imported == 2 and report.preset == "Google Contacts export"
    a = people(store)["Aashvi Talati"]                       # not "Aashvi Aashvi Talati Talati"
    assert (a["given_name"], a["family_name"]) == ("Aashvi", "Talati")
    assert a["emails"] == [{"type": "work", "value": "aashvi@example.org"},
                           {"type": "work", "value": "a.talati@example.net"}]       # " ::: " split
    assert a["phones"] == [{"type": "mobile", "value": "+33 6 12 34 56 78"},
                           {"type": "fax", "value": "+33 3 81 00 00 09"}]
    assert a["organisation"] == "Dupont, Martin et Fils" and a["region"] == "FRC"
    themes = {t.id: t.title for t in store.window("theme", 0, 100)}
    assert [themes[t] for t in a["themes"]] == ["Energy"]
    assert (2, "Group Membership") in listed(report)          # "Choir" is no theme: listed


def test_outlook_export_title_is_an_honorific(store):
    report = import_csv(store, FIXTURES / "outlook.csv")
    assert report.imported == 1 and report.preset == "Outlook export"
    m = people(store)["Marie Lefèvre"]
    assert "role" in m and m["role"] == "Directrice"
    assert m["organisation"] == "Commune de Pouilley, Services techniques"
    assert {"type": "fax", "value": "+33 3 81 55 00 01"} in m["phones"]
    assert (2, "Home Street") in listed(report)               # the second address is listed
    assert any(c.startswith("Title") for c in report.ignored_columns)


def test_thunderbird_export_keeps_every_address(store):
    report = import_csv(store, FIXTURES / "thunderbird.csv")
    assert report.imported == 1 and report.preset == "Thunderbird address book export"
    w = people(store)["Łukasz Wójcik"]
    assert [e["value"] for e in w["emails"]] == ["lw@example.pl", "lukasz@example.org"]
    assert {"type": "mobile", "value": "+48 600 100 200"} in w["phones"] and w["country"] == "PL"


# -- vCard dialects --------------------------------------------------------------------------

def test_android_vcard_21_quoted_printable(store):
    report = import_vcards(store, FIXTURES / "android-2.1.vcf", default_region="FR")
    assert report.imported == 2
    h = people(store)["Hélène Müller-Lüdenscheidt"]
    assert h["organisation"] == "Épicerie solidaire, Besançon"
    assert h["notes"] == "Première ligne, avec virgule\nDeuxième ligne très longue qui continue après une coupure douce"
    assert {"type": "fax", "value": "+33381000009"} in h["phones"]               # WORK;FAX stays a fax
    assert {"type": "home", "value": "+33 3 81 00 00 01"} in h["phones"]         # national, read as FR
    assert (1, "PHOTO") in listed(report)


def test_iphone_vcard_labels_and_escaped_commas(store):
    report = import_vcards(store, FIXTURES / "iphone-3.0.vcf")
    m = people(store)["Dupont, Marie"]                                            # the comma is kept
    assert m["role"] == "Presidente, tesoureira" and m["organisation"] == "Coopérative de Mértola, Lda, Direção"
    assert m["website"] == "https://cooperativa.example.pt/contactos"             # escaped colon undone
    assert m["notes"].startswith("Reunião mensal, primeira segunda-feira\nHorário: 18h00")
    assert m["phones"][0] == {"type": "mobile", "value": "+351 286 000 001"}      # item1.X-ABLabel
    assert m["country"] == "PT"                                                   # item3.X-ABADR
    assert (1, "X-ABLABEL") in listed(report)                                     # a custom label is listed


def test_lotus_notes_vcard_repeated_profile(store):
    report = import_vcards(store, FIXTURES / "lotus-notes-3.0.vcf")
    g = people(store)["Giulia Rossi"]
    assert g["phones"][1] == {"type": "fax", "value": "+39 019 724 009"} and g["region"] == "ITC3"
    assert {p.column for p in report.unmapped} == {"X-LOTUS-CHILD_UID"}


def test_rfc6350_examples_altid_and_extension(store):
    report = import_vcards(store, FIXTURES / "rfc6350.vcf")
    s = people(store)["Simon Perreault"]
    assert s["phones"][0] == {"type": "work", "value": "+1-418-656-9254 ext. 102"}
    assert s["languages"] == ["fr", "en"]
    alternatives = [p for p in report.unmapped if p.row == 2 and "ALTID" in p.message]
    assert {p.column for p in alternatives} == {"N", "FN", "TITLE"}               # none silently replaced


# -- encodings and quoting -------------------------------------------------------------------

@pytest.mark.parametrize("name, encoding, who", [
    ("eu-organisations-cp1251.tsv", "cp1251", 'Сдружение "Зелена долина"'),
    ("contacts-shift-jis.csv", "cp932", "山田 太郎"),
    ("contacts-utf16.txt", "utf-16", "Γιώργος Παπαδόπουλος"),
    ("contacts-iso8859-2.csv", "iso8859_2", "Łukasz Wójcik"),
])
def test_each_encoding(store, name, encoding, who):
    assert open_table(FIXTURES / name).encoding == encoding
    report = import_csv(store, FIXTURES / name)
    assert report.ok and who in people(store)


def test_bare_quotes_and_region_names_in_a_database_tsv(store):
    report = import_csv(store, FIXTURES / "eu-organisations-cp1251.tsv")
    assert report.imported == 3
    org = people(store)
    assert org['Сдружение "Зелена долина"']["region"] == "BG41"
    assert org['Сдружение "Зелена долина"']["notes"] == '"Голям" проект, 2021'
    assert "Region: Някъде другаде" in org["Кооперация Родопи"]["notes"]          # kept as text
    assert any("not a NUTS region" in p.message for p in report.warnings)


@pytest.mark.parametrize("name, message", [
    ("stray-byte.csv", "UTF-8 except on line 4"),
    ("nul-late.csv", "NUL bytes, first on line 5002"),
])
def test_refused_files_change_nothing(store, name, message):
    before = store.stats()["journal_entries"]
    with pytest.raises(BadFile, match=message):
        import_csv(store, FIXTURES / name)
    assert store.stats()["journal_entries"] == before


def test_unsure_encoding_names_the_candidates_and_a_choice_settles_it(store):
    with pytest.raises(UnsureEncoding) as info:
        import_csv(store, FIXTURES / "unsure.csv")
    assert set(info.value.candidates) == {"cp1252", "cp1250"}
    assert info.value.readings["cp1250"] == ["Hélčne"]
    assert import_csv(store, FIXTURES / "unsure.csv", encoding="cp1252").imported == 1
    assert "Hélène" in people(store)


def test_a_malformed_row_is_reported_by_line_and_the_rest_read(store, tmp_path):
    path = tmp_path / "db.csv"
    path.write_text('Name,E-mail,Notes\nAnn,ann@example.org,ok\nBob,"bob"@x",broken,extra\nCy,cy@example.org,ok\n',
                    encoding="utf-8")
    report = import_csv(store, path)
    assert report.rows == 3 and report.rejected_rows == [3] and report.imported == 0   # all or nothing
    assert import_csv(store, path, mode="valid").imported == 2


# -- round trips -----------------------------------------------------------------------------

def test_our_csv_export_imports_back_identically(store, tmp_path):
    import_csv(store, FIXTURES / "google-contacts.csv", default_region="FR")
    import_vcards(store, FIXTURES / "rfc6350.vcf")
    import_vcards(store, FIXTURES / "android-2.1.vcf", default_region="FR")
    out = tmp_path / "all.csv"
    export_csv(store, "contact", out)
    other = type(store)(tmp_path / "other" / "replica.sqlite", author="t")
    report = import_csv(other, out)
    assert report.imported == store.count("contact") and not report.rejected
    assert {r.fields["name"]: r.fields for r in other.window("contact", 0, 100)} == people(store)
    other.close()


def test_vcard_40_follows_rfc_6350_and_another_parser_reads_it(store, tmp_path):
    import_vcards(store, FIXTURES / "iphone-3.0.vcf")
    import_vcards(store, FIXTURES / "rfc6350.vcf")
    out = tmp_path / "out.vcf"
    export_vcards(store, out)
    raw = out.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert re.search(rb"\r\nREV:\d{8}T\d{6}Z\r\n", raw)
    assert b"URL:https://cooperativa.example.pt/contactos\r\n" in raw               # not escaped
    assert b"FN:Dupont\\, Marie\r\n" in raw
    cards = list(vobject.readComponents(raw.decode("utf-8")))                        # an independent parser
    assert len(cards) == store.count("contact")
    assert {c.email.value for c in cards} == {"marie@example.pt", "simon.perreault@viagenie.ca",
                                              "jiro@example.jp"}
    other = type(store)(tmp_path / "other" / "replica.sqlite", author="t")
    import_vcards(other, out)
    assert {r.fields["name"]: r.fields for r in other.window("contact", 0, 100)} == people(store)
    other.close()


# -- practice sheets -------------------------------------------------------------------------

def test_sheet_in_the_practices_language(store, tmp_path):
    energy = next(t.id for t in store.window("theme", 0, 100) if t.title == "Energy communities")
    p = store.create("practice", {"title": "Spółdzielnia energetyczna w Kisielicach", "kind": "good",
                                  "language": "pl", "country": "DE", "funding_amount": 287000,
                                  "funding_currency": "PLN", "start_date": "2021-03-01", "themes": [energy],
                                  "organisation_types": ["village_association"]})
    md = tmp_path / "p.md"
    write_markdown(store, [p.id], md)
    text = md.read_text(encoding="utf-8")
    assert "287\u00a0000\u00a0zł" in text or "287 000 zł" in text
    for words in ("1 marca 2021", "Niemcy", "Społeczności energetyczne", "Stowarzyszenie wiejskie", "Dobra praktyka"):
        assert words in text
    pdf = tmp_path / "p.pdf"
    write_pdf(store, [p.id], pdf)
    assert b"Kisielicach" in pdf.read_bytes() or b"/Title" in pdf.read_bytes()


def test_no_sheet_for_an_empty_search_and_unprintable_scripts_reported(store, tmp_path):
    with pytest.raises(NoSheets, match="was not written"):
        write_pdf(store, [], tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
    p = store.create("practice", {"title": "農村の協同組合", "kind": "good", "summary": "Summary 中文 text"})
    report = write_pdf(store, [p.id], tmp_path / "cjk.pdf")
    assert any("cannot show" in w and "CJK" in w for w in report.warnings)
