"""Whether a file needs the workspace's phone region: national numbers on rows naming no country."""

from pathlib import Path

from ruraldesk.io import phones
from ruraldesk.io.csvimport import import_table, open_table, suggest_mapping
from ruraldesk.io.regionneed import lacks_region, table_needs_region, vcard_needs_region

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _scan(store, name):
    table = open_table(FIXTURES / name)
    return table_needs_region(store, table, "contact", suggest_mapping(table.headers, "contact"))


def test_national_numbers_without_a_country_need_the_region(store):
    assert _scan(store, "club-national-phones.csv") == "03 81 55 00 02"


def test_rows_with_a_country_or_international_numbers_do_not(store):
    assert _scan(store, "google-contacts.csv") is None          # "06 …" on a row whose address says France
    assert _scan(store, "thunderbird.csv") is None              # +48 …
    assert vcard_needs_region(FIXTURES / "android-2.1.vcf") is None


def test_a_card_with_a_national_number_and_no_address_needs_it(tmp_path):
    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Claire Martin\r\nTEL;TYPE=CELL:06 00 00 00 03\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    assert vcard_needs_region(path) == "06 00 00 00 03"


def test_the_scan_recognises_the_warning_the_import_gives(store):
    """The scan and phones.place agree: the import without a region warns about exactly that number."""
    table = open_table(FIXTURES / "club-national-phones.csv")
    report = import_table(store, table, "contact", dry_run=True)
    assert phones.workspace_region(store) is None
    flagged = [w.value for w in report.warnings if lacks_region(w)]
    assert flagged == ["03 81 55 00 02", "06 00 00 00 03"]
    with_region = import_table(store, table, "contact", dry_run=True, default_region="FR")
    assert not [w for w in with_region.warnings if lacks_region(w)]
