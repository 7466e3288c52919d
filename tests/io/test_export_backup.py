"""CSV export (columns, filters, search, formula guard) and the full workspace backup round trip."""

import csv
import io
import sqlite3
import threading
import zipfile

import pytest

from ruraldesk.io.backup import backup_workspace, restore_workspace
from ruraldesk.io.common import BadFile, Cancelled
from ruraldesk.io.csvexport import export_csv, safe_cell
from ruraldesk.io.csvimport import import_csv
from ruraldesk.io.demo import generate
from ruraldesk.store import Filters, Store
from ruraldesk.store.remote import put_conflict


@pytest.fixture
def demo(store):
    generate(store, 120, seed=11, attachment_every=10)
    return store


def test_formula_cells_are_defused():
    for text in ("=1+1", "+351 21", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    assert safe_cell("Mértola") == "Mértola" and safe_cell("") == ""


def test_export_visible_columns_with_filters(demo, tmp_path):
    out = tmp_path / "pt.csv"
    report = export_csv(demo, "contact", out, ["name", "country", "emails", "themes"],
                        filters=Filters(country="PT"), bom=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Name", "Country", "E-mails", "Expertise themes"]
    assert len(rows) - 1 == report.count == demo.count("contact", Filters(country="PT")) > 0
    assert {r[1] for r in rows[1:]} == {"PT"}
    themes = {t.title for t in demo.window("theme", 0, 100)}
    assert all(name in themes for r in rows[1:] for name in r[3].split("; ") if name)


def test_export_a_search_and_given_ids(demo):
    buf = io.StringIO()
    export_csv(demo, "practice", buf, ["title"], query="cooperativa", header="names")
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    hits = demo.search("cooperativa", filters=Filters(collections=("practice",)), limit=1000)
    assert rows[0] == ["title"] and len(rows) > 1
    assert [r[0] for r in rows[1:]] == [h.title for h in hits]
    ids = demo.list_ids("tool")[:3]
    buf = io.StringIO()
    export_csv(demo, "tool", buf, ["id"], ids=list(reversed(ids)))
    assert [r[0] for r in csv.reader(io.StringIO(buf.getvalue()))][1:] == list(reversed(ids))


def test_injection_is_guarded_and_csv_round_trips(store, tmp_path):
    store.create("contact", {"kind": "person", "name": "=HYPERLINK(\"http://evil\")",
                             "notes": "@cmd|' /C calc'!A0\nsecond line, with \"quotes\"",
                             "phones": [{"type": "mobile", "value": "+351 910 000 000"}],
                             "emails": [{"type": "work", "value": "a@example.org"},
                                        {"type": "other", "value": "b@example.org"}]})
    out = tmp_path / "c.csv"
    export_csv(store, "contact", out, ["kind", "name", "notes", "phones", "emails"])
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@cmd" in text and "'+351" in text
    other = Store(tmp_path / "o" / "replica.sqlite", author="t")
    report = import_csv(other, out, "contact")
    assert report.imported == 1, report.rejected
    assert other.window("contact", 0, 1)[0].fields == store.window("contact", 0, 1)[0].fields
    other.close()


def test_cancelled_export_leaves_no_file(demo, tmp_path):
    flag = threading.Event()
    flag.set()
    with pytest.raises(Cancelled):
        export_csv(demo, "practice", tmp_path / "out" / "x.csv", cancel=flag)
    assert list((tmp_path / "out").iterdir()) == []


def _dump(path):
    conn = sqlite3.connect(path)
    try:
        out = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                     "'search_%' AND name NOT LIKE 'sqlite_%'"):
            out[table] = sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)  # ref: no rowid
        return out
    finally:
        conn.close()


def test_backup_restore_round_trip_compares_everything(demo, tmp_path):
    store = demo
    ids = store.list_ids("practice")
    store.delete(ids[0])                                   # something in the trash
    with store.write() as w:                               # some journal entries already sent
        w.conn.exec_driver_sql("UPDATE journal SET state = 'sent' WHERE seq <= 50")
        put_conflict(w, "c1", ids[1], "practice", "title", "open", {"theirs": "Outro título"})
    store.set_meta("sync.cursor", "42")
    calls = []
    report = backup_workspace(store, tmp_path / "backup.zip", progress=lambda d, t: calls.append((d, t)))
    assert report.attachments == store.count("attachment") > 0 and calls[-1][0] == calls[-1][1]
    target = tmp_path / "restored" / "replica.sqlite"
    restored = restore_workspace(tmp_path / "backup.zip", target)
    assert restored.records == report.records
    before, after = _dump(store.path), _dump(target)
    assert before.keys() == after.keys() and {"journal", "meta", "conflict", "ref", "doc"} <= before.keys()
    for table in before:
        assert before[table] == after[table], table
    copy = Store(target)
    try:
        assert copy.search("cooperativa", limit=5) == store.search("cooperativa", limit=5)
        for a in store.window("attachment", 0, 1000):
            assert copy.attachment_path(a).read_bytes() == store.attachment_path(a).read_bytes()
        assert copy.history(ids[0]) == store.history(ids[0])
    finally:
        copy.close()


def test_restore_only_into_an_empty_workspace(demo, tmp_path):
    backup_workspace(demo, tmp_path / "b.zip")
    with pytest.raises(BadFile, match="is not empty"):
        restore_workspace(tmp_path / "b.zip", demo.path)
    empty = tmp_path / "empty" / "replica.sqlite"
    Store(empty).close()                                  # a new workspace: seed themes only
    restore_workspace(tmp_path / "b.zip", empty)
    assert Store(empty).count("practice") == 120


def test_a_damaged_backup_is_refused_and_changes_nothing(demo, tmp_path):
    backup_workspace(demo, tmp_path / "b.zip")
    data = bytearray((tmp_path / "b.zip").read_bytes())
    cut = tmp_path / "cut.zip"
    cut.write_bytes(bytes(data[: len(data) // 2]))
    target = tmp_path / "t" / "replica.sqlite"
    with pytest.raises(BadFile):
        restore_workspace(cut, target)
    assert not target.exists()
    Store(target).close()
    with zipfile.ZipFile(tmp_path / "b.zip") as zin, zipfile.ZipFile(tmp_path / "bad.zip", "w") as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename.startswith("attachments/"):
                body = body[:-1] + b"X"                       # one flipped byte in an attachment
            zout.writestr(item, body)
    with pytest.raises(BadFile, match="does not match its checksum"):
        restore_workspace(tmp_path / "bad.zip", target)
    assert Store(target).count("practice") == 0
