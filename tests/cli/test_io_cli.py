"""The import/export/backup/person/duplicates commands, run as a user runs them."""

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "io" / "data"


def ruraldesk(*args):
    return subprocess.run([sys.executable, "-m", "ruraldesk", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_import_export_backup_restore_person(tmp_path):
    db = tmp_path / "w" / "replica.sqlite"
    r = ruraldesk("import", DATA / "contacts-cp1252.csv", "--db", db)
    assert r.returncode == 0, r.stderr
    assert "Windows-1252, comma-separated" in r.stdout and "Courriel -> emails" in r.stdout
    assert "3 imported as contacts" in r.stdout
    r = ruraldesk("import", DATA / "practices.tsv", "--db", db, "--map", "Currency=funding_currency", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["imported"] == 3
    r = ruraldesk("import", DATA / "contacts-3.0.vcf", "--db", db, "--dry-run")
    assert r.returncode == 0 and "dry run" in r.stdout and "BDAY not imported" in r.stdout
    assert "same e-mail helene.dupont@example.fr" in r.stdout

    r = ruraldesk("export", "--collection", "contact", "--out", tmp_path / "c.csv", "--db", db,
                  "--columns", "name,emails,country", "--country", "FR")
    assert r.returncode == 0 and "2 records" in r.stdout
    text = (tmp_path / "c.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "Name,E-mails,Country" and "Hélène Dupont" in text
    r = ruraldesk("export", "-c", "contact", "--out", tmp_path / "c.vcf", "--db", db, "--vcard-version", "3.0")
    assert r.returncode == 0 and (tmp_path / "c.vcf").read_text(encoding="utf-8").count("VERSION:3.0") == 3
    r = ruraldesk("export", "-c", "practice", "--out", tmp_path / "p.pdf", "--db", db, "--query", "Mértola")
    assert r.returncode == 0 and (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")

    r = ruraldesk("backup", "--out", tmp_path / "b.zip", "--db", db)
    assert r.returncode == 0 and "backed up" in r.stdout
    r = ruraldesk("restore", tmp_path / "b.zip", "--db", tmp_path / "new" / "replica.sqlite")
    assert r.returncode == 0 and "restored" in r.stdout
    r = ruraldesk("restore", tmp_path / "b.zip", "--db", db)
    assert r.returncode == 2 and "not empty" in r.stderr and len(r.stderr.splitlines()) == 1

    contact_id = json.loads(ruraldesk("search", "Hélène", "--db", db, "--json").stdout)[0]["id"]
    r = ruraldesk("person", "export", contact_id, "--out", tmp_path / "p.json", "--db", db)
    assert r.returncode == 0
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["contact"]["id"] == contact_id
    r = ruraldesk("person", "erase", contact_id, "--db", db)
    assert r.returncode == 2 and "--yes" in r.stderr
    r = ruraldesk("person", "erase", contact_id, "--yes", "--db", db)
    assert r.returncode == 0 and "erased Hélène Dupont" in r.stdout
    r = ruraldesk("duplicates", "--db", db, "--json")
    assert r.returncode == 0 and json.loads(r.stdout) == []


def test_bad_files_and_rejected_rows(tmp_path):
    db = tmp_path / "replica.sqlite"
    for name, message in (("truncated.csv", "never closed"), ("binary.csv", "binary file"),
                          ("broken.vcf", "card 2 is broken")):
        r = ruraldesk("import", DATA / name, "--db", db)
        assert r.returncode == 2 and message in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    r = ruraldesk("import", DATA / "contacts-with-errors.csv", "--db", db)
    assert r.returncode == 1 and "row 3, E-mail" in r.stdout and "nothing imported" in r.stdout
    r = ruraldesk("import", DATA / "contacts-with-errors.csv", "--db", db, "--valid-only")
    assert r.returncode == 0 and "1 imported" in r.stdout
    r = ruraldesk("import", DATA / "contacts-cp1252.csv", "--db", db, "--map", "Nom=nope")
    assert r.returncode == 2 and "not a contact field" in r.stderr


def test_an_unsure_vcard_is_refused_with_the_candidates_named_and_encoding_settles_it(tmp_path):
    vcf = Path(__file__).resolve().parent.parent / "fixtures" / "unsure-cp1252-3.0.vcf"
    db = tmp_path / "replica.sqlite"
    r = ruraldesk("import", vcf, "--db", db)
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr
    assert "Windows-1252: Hélène" in r.stderr and "Windows-1250: Hélčne" in r.stderr
    assert "--encoding cp1252" in r.stderr
    r = ruraldesk("import", vcf, "--db", db, "--encoding", "utf-8")
    assert r.returncode == 2 and "is not utf-8 text: line 3" in r.stderr
    r = ruraldesk("import", vcf, "--db", db, "--encoding", "cp1252")
    assert r.returncode == 0 and "2 imported" in r.stdout, r.stderr
    found = json.loads(ruraldesk("search", "Lefèvre", "--db", db, "--json").stdout)
    assert [c["title"] for c in found] == ["Hélène Lefèvre"]
