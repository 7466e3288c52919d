"""The command line, run as a user runs it: a real process on real files."""

import json
import sqlite3
import subprocess
import sys

import pytest


def ruraldesk(*args, env=None):
    return subprocess.run([sys.executable, "-m", "ruraldesk", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "replica.sqlite"
    result = ruraldesk("demo", "--records", 200, "--seed", 5, "--db", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("added 200 practices, 200 contacts, 200 tools")
    return path


def test_stats(replica):
    result = ruraldesk("stats", "--db", replica, "--json")
    stats = json.loads(result.stdout)
    assert stats["collections"]["practice"]["records"] == 200
    assert stats["pending_changes"] > 600
    text = ruraldesk("stats", "--db", replica).stdout
    assert "practice" in text and "waiting to be shared" in text


def test_search_json_and_collection_filter(replica):
    result = ruraldesk("search", "cooperativa", "--db", replica, "--json", "--collection", "practice")
    hits = json.loads(result.stdout)
    assert result.returncode == 0 and hits
    assert {h["collection"] for h in hits} == {"practice"}
    assert all("cooperativa" in (h["title"] + h["snippet"]).lower() for h in hits)
    plain = ruraldesk("search", "zzzzqqq", "--db", replica)
    assert plain.returncode == 0 and plain.stdout.strip() == "no matches"


@pytest.mark.parametrize("args, message", [
    (("demo", "--records", "lots"), "invalid int value"),
    (("demo",), "required: --records"),
    (("search",), "required: text"),
    (("search", "x", "--collection", "people"), "invalid choice"),
    (("frobnicate",), "invalid choice"),
    (("demo", "--records", "-5"), "--records must be between"),
])
def test_bad_arguments_give_one_line_and_exit_2(args, message, tmp_path):
    result = ruraldesk(*args, "--db", tmp_path / "r.sqlite") if args[0] != "frobnicate" else ruraldesk(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 3


def test_corrupt_missing_and_folder_files(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    for args in (("stats", "--db", bad), ("search", "x", "--db", tmp_path / "none.sqlite"),
                 ("demo", "--records", 1, "--db", tmp_path)):
        result = ruraldesk(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "not a RuralDesk replica" in ruraldesk("stats", "--db", bad).stderr
    # a damaged page inside a real database
    real = tmp_path / "damaged.sqlite"
    assert ruraldesk("demo", "--records", 50, "--db", real).returncode == 0
    conn = sqlite3.connect(real)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(real.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # keep the header page, ruin the rest
    real.write_bytes(bytes(data))
    result = ruraldesk("search", "cooperativa", "--db", real)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_locked_replica(tmp_path):
    path = tmp_path / "r.sqlite"
    assert ruraldesk("demo", "--records", 1, "--db", path).returncode == 0
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = ruraldesk("demo", "--records", 1, "--db", path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2
    assert "in use by another program" in result.stderr and "Traceback" not in result.stderr


def test_self_check_and_version(tmp_path):
    result = ruraldesk("self-check")
    assert result.returncode == 0 and result.stdout.startswith("self-check ok: RuralDesk 0.1.0")
    version = ruraldesk("--version")
    assert version.returncode == 0 and version.stdout.strip() == "RuralDesk 0.1.0"
