"""`ruraldesk demo` fills a demo workspace of its own, which never syncs (issue 13 item 8)."""

import os
import subprocess
import sys

from ruraldesk.store import Store, is_demo
from sync.client import Account, save_account


def ruraldesk(*args, data, stdin=""):
    env = {**os.environ, "RURALDESK_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "ruraldesk", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=120, env=env)


def test_demo_goes_to_the_demo_workspace_and_refuses_sync(tmp_path):
    result = ruraldesk("demo", "--records", 3, data=tmp_path)
    assert result.returncode == 0, result.stderr
    demo = tmp_path / "workspaces" / "Demo" / "replica.sqlite"
    assert str(demo) in result.stdout
    assert not (tmp_path / "workspaces" / "local" / "replica.sqlite").exists()
    with Store(demo) as store:
        assert is_demo(store) and store.count("practice") == 3

    refused = ruraldesk("--db", demo, "sync", "--setup", "http://127.0.0.1:9", "--group", "village",
                        "--no-check", data=tmp_path, stdin="token\n")
    assert refused.returncode == 2
    assert "demo data" in refused.stderr and "new, empty workspace" in refused.stderr


def test_demo_data_is_not_poured_into_a_connected_replica(tmp_path):
    path = tmp_path / "group" / "replica.sqlite"
    with Store(path) as store:
        save_account(store, Account("http://127.0.0.1:9", "village", "ana"), "token")
    result = ruraldesk("demo", "--records", 3, "--db", path, data=tmp_path)
    assert result.returncode == 2 and "connected to a group server" in result.stderr
    with Store(path) as store:
        assert store.count("practice") == 0 and not is_demo(store)
