"""Global options work before or after the command (issue 13 item 12)."""

import json
import subprocess
import sys

import pytest


def ruraldesk(*args):
    return subprocess.run([sys.executable, "-m", "ruraldesk", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    path = tmp_path_factory.mktemp("global") / "replica.sqlite"
    result = ruraldesk("--db", path, "demo", "--records", 5)
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("order", ["before", "after"])
def test_db_before_or_after_the_command_names_the_same_replica(replica, order):
    args = ["--db", replica, "stats", "--json"] if order == "before" else ["stats", "--json", "--db", replica]
    result = ruraldesk(*args)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["path"] == str(replica)
    assert stats["collections"]["practice"]["records"] == 5


def test_db_before_sync_is_not_replaced_by_the_default_workspace(replica):
    result = ruraldesk("--db", replica, "sync", "--status", "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    stats = json.loads(ruraldesk("stats", "--json", "--db", replica).stdout)
    assert status["pending"] == stats["pending_changes"] > 15    # the demo replica's, not the default's


def test_missing_replica_named_before_the_command_is_refused(tmp_path):
    result = ruraldesk("--db", tmp_path / "none.sqlite", "stats")
    assert result.returncode == 2
    assert str(tmp_path / "none.sqlite") in result.stderr
