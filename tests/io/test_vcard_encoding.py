"""A vCard file's encoding: asked when the detector is unsure, used as given when chosen
(tests/fixtures/unsure-cp1252-3.0.vcf, sources in tests/fixtures/README.md)."""

from pathlib import Path

import pytest

from ruraldesk.io.common import BadFile
from ruraldesk.io.csvimport import open_table
from ruraldesk.io.encoding import UnsureEncoding
from ruraldesk.io.regionneed import vcard_needs_region
from ruraldesk.io.vcard import import_vcards

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
UNSURE = FIXTURES / "unsure-cp1252-3.0.vcf"


def names(store):
    return sorted(r.fields["name"] for r in store.window("contact", 0, 100))


def test_an_unsure_vcard_names_the_candidates_and_imports_nothing(store):
    before = store.stats()["journal_entries"]
    with pytest.raises(UnsureEncoding) as info:
        import_vcards(store, UNSURE)
    assert set(info.value.candidates) == {"cp1252", "cp1250"}
    assert "Hélène" in info.value.readings["cp1252"] and "Hélčne" in info.value.readings["cp1250"]
    assert "Windows-1252" in str(info.value) and "Windows-1250" in str(info.value)
    assert store.stats()["journal_entries"] == before


@pytest.mark.parametrize("encoding, expected, org", [
    ("cp1252", ["Hélène Lefèvre", "Irène Mercier"], "Coopérative de Morvan"),
    ("CP1250 ", ["Hélčne Lefčvre", "Irčne Mercier"], "Coopérative de Morvan"),    # the person's choice is kept
])
def test_a_chosen_encoding_reads_every_card_in_it(store, encoding, expected, org):
    report = import_vcards(store, UNSURE, encoding=encoding)
    assert report.imported == 2 and names(store) == expected
    assert report.encoding == ("Windows-1252" if "52" in encoding else "Windows-1250")
    assert {r.fields.get("organisation") for r in store.window("contact", 0, 100)} >= {org}
    assert vcard_needs_region(UNSURE, encoding=encoding) is None       # read the same way, no question


@pytest.mark.parametrize("encoding, message", [
    ("utf-8", r"unsure-cp1252-3\.0\.vcf is not utf-8 text: line 3 holds bytes it cannot read \(byte 30\)"),
    ("klingon", "unknown encoding 'klingon'"),
])
def test_a_chosen_encoding_that_cannot_read_the_file_refuses_it_naming_the_line(store, encoding, message):
    before = store.stats()["journal_entries"]
    with pytest.raises(BadFile, match=message):
        import_vcards(store, UNSURE, encoding=encoding)
    assert store.stats()["journal_entries"] == before and store.count("contact") == 0


def test_a_chosen_encoding_still_refuses_nul_bytes(store, tmp_path):
    path = tmp_path / "nul.vcf"
    # past the first 64 KiB, which check_input looks at whatever the encoding
    path.write_bytes(UNSURE.read_bytes() + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne\r\nNOTE:" + b"a" * 70_000
                     + b"\r\nTITLE:Ir\x00ne\r\nEND:VCARD\r\n")
    with pytest.raises(BadFile, match="NUL bytes, first on line 26"):
        import_vcards(store, path, encoding="cp1252")
    assert store.count("contact") == 0


def test_a_21_propertys_own_charset_wins_over_the_chosen_encoding(store, tmp_path):
    """vCard 2.1: a quoted-printable value with CHARSET is decoded in it; one without CHARSET
    (and 8-bit text) in the encoding chosen for the file."""
    path = tmp_path / "phone-2.1.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
                     b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasiewicz;Jan;;;\r\n"
                     b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jan =C5=81ukasiewicz\r\n"
                     b"ORG;ENCODING=QUOTED-PRINTABLE:Lef=E8vre et fils\r\n"
                     b"NOTE:H\xe9l\xe8ne a donn\xe9 le num\xe9ro\r\n"
                     b"END:VCARD\r\n")
    import_vcards(store, path, encoding="cp1252")
    (card,) = [r.fields for r in store.window("contact", 0, 10)]
    assert card["name"] == "Jan Łukasiewicz" and card["family_name"] == "Łukasiewicz"
    assert card["organisation"] == "Lefèvre et fils" and card["notes"] == "Hélène a donné le numéro"


def test_a_chosen_encoding_names_the_line_for_tables_too(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"Name,Notes\nAnn,ok\nBob,caf\xe9\n")
    with pytest.raises(BadFile, match=r"t\.csv is not utf-8 text: line 3"):
        open_table(path, encoding="utf-8")
    assert open_table(path, encoding="cp1252").encoding == "cp1252"
