"""Bad files get one clear sentence and change nothing."""

import os

import pytest

from ruraldesk.io.backup import restore_workspace
from ruraldesk.io.common import BadFile
from ruraldesk.io.csvimport import import_csv, open_table
from ruraldesk.io.vcard import import_vcards


def unchanged(store, before):
    return store.stats()["journal_entries"] == before


@pytest.mark.parametrize("name, message", [
    ("truncated.csv", "never closed; the file looks truncated"),
    ("binary.csv", "binary file"),
])
def test_bad_tables(store, data, name, message):
    before = store.stats()["journal_entries"]
    with pytest.raises(BadFile, match=message) as info:
        import_csv(store, data / name)
    assert "\n" not in str(info.value)
    assert unchanged(store, before)


@pytest.mark.parametrize("name, message", [
    ("broken.vcf", "card 2 is broken"),
    ("truncated.vcf", "never closed"),
    ("binary.csv", "binary file"),
    ("practices.tsv", "not a vCard file"),
])
def test_bad_vcards(store, data, name, message):
    before = store.stats()["journal_entries"]
    with pytest.raises(BadFile, match=message):
        import_vcards(store, data / name)
    assert unchanged(store, before)


def test_a_multi_gigabyte_file_is_refused_before_reading(store, tmp_path):
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as fh:       # sparse: instant, takes no disk
        fh.write(b"Name\n")
        fh.truncate(3 * 1024 ** 3)
    with pytest.raises(BadFile, match=r"3\.0 GB, more than the 256\.0 MB"):
        import_csv(store, huge)
    with pytest.raises(BadFile, match="more than"):
        open_table(huge, max_bytes=10 * 1024 ** 3 // 10_000)


def test_wrong_encoding_given_explicitly(data):
    with pytest.raises(BadFile, match="is not utf-8 text"):
        open_table(data / "contacts-cp1252.csv", encoding="utf-8")


@pytest.mark.parametrize("content, message", [
    (b"PK\x03\x04rest of a zip", "save it as CSV"),
    (b"%PDF-1.7 ...", "PDF document"),
    (b"", "is empty"),
    (b"\xef\xbb\xbfName,Notes\nAnn,caf\xe9\n", "not UTF-8"),
])
def test_other_bad_files(store, tmp_path, content, message):
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(BadFile, match=message):
        import_csv(store, path)


def test_folder_and_missing_file(store, tmp_path):
    with pytest.raises(BadFile, match="folder"):
        import_csv(store, tmp_path)
    with pytest.raises(BadFile, match="does not exist"):
        import_csv(store, tmp_path / "nope.csv")


def test_not_a_backup(tmp_path, data):
    with pytest.raises(BadFile, match="not a ZIP"):
        restore_workspace(data / "practices.tsv", tmp_path / "w" / "replica.sqlite")
    assert not (tmp_path / "w" / "replica.sqlite").exists()
    assert os.listdir(tmp_path) == []
