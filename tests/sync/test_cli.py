"""`ruraldesk sync` from the command line, against the real server on loopback."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

from ruraldesk.cli import main
from ruraldesk.store import Store
from sync.client import load_account

from sync_helpers import assert_same


def test_setup_sync_status_forget(group, tmp_path, capsys, monkeypatch):
    db = tmp_path / "hall" / "replica.sqlite"
    token_file = tmp_path / "token.txt"
    token_file.write_text(group.tokens["ana"] + "\n")
    assert main(["sync", "--db", str(db), "--setup", group.server.url, "--group", group.name,
                 "--token-file", str(token_file)]) == 0
    out = capsys.readouterr().out
    assert "as ana (member)" in out and "readable by you only" in out
    token_path = db.parent / "sync-token"
    assert stat.S_IMODE(token_path.stat().st_mode) == 0o600
    with Store(db) as s:
        s.create("practice", {"title": "From the village hall", "kind": "good"})
    assert main(["sync", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Synced: sent 18 changes" in out and " request" in out
    assert main(["sync", "--db", str(db)]) == 0
    assert "Up to date" in capsys.readouterr().out
    assert main(["sync", "--db", str(db), "--status", "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["configured"] and st["pending"] == 0 and st["last_error"] is None
    other = group.replica("rui")
    group.sync(other)
    assert other.search("village hall")
    assert main(["sync", "--db", str(db), "--forget"]) == 0
    capsys.readouterr()
    with Store(db) as s:
        assert load_account(s) is None
    assert not token_path.exists()
    assert main(["sync", "--db", str(db)]) == 2
    assert "not connected" in capsys.readouterr().err


def test_setup_with_a_bad_token_and_an_unreachable_server(group, tmp_path, capsys, monkeypatch):
    db = tmp_path / "x" / "replica.sqlite"
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-token\n"))
    assert main(["sync", "--db", str(db), "--setup", group.server.url, "--group", group.name]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused this token" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(group.tokens["ana"] + "\n"))
    assert main(["sync", "--db", str(db), "--setup", "http://127.0.0.1:9", "--group", group.name,
                 "--no-check"]) == 0
    capsys.readouterr()
    assert main(["sync", "--db", str(db), "--timeout", "2", "--retries", "2"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach the server" in err
    assert main(["sync", "--db", str(db), "--status"]) == 0
    assert "Last sync failed: cannot reach the server" in capsys.readouterr().out


def test_the_command_runs_as_a_subprocess(group, tmp_path):
    a = group.replica("ana")
    a.create("tool", {"title": "Scheduled", "kind": "toolkit"})
    path = a.path
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    done = subprocess.run([sys.executable, "-m", "ruraldesk.cli", "sync", "--db", str(path), "--quiet"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Synced:")
    b = group.replica("rui")
    group.sync(b)
    assert_same(a, b)


def test_a_large_deletion_is_not_applied_unattended(group, capsys):
    a, b = group.replica("ana"), group.replica("rui")
    ids = [a.create("contact", {"kind": "person", "name": f"P{i}"}).id for i in range(30)]
    group.sync(a), group.sync(b)
    for rid in ids:
        a.delete(rid)
    group.sync(a)
    assert main(["sync", "--db", str(b.path), "--quiet"]) == 2
    captured = capsys.readouterr()
    assert "move 30 records to the trash" in captured.out
    assert "ruraldesk sync --yes" in captured.err
    assert b.count("contact") == 30  # nothing applied
    assert main(["sync", "--db", str(b.path), "--quiet", "--yes"]) == 0
    assert b.count("contact") == 0
    assert_same(a, b)
