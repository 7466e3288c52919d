"""`ruraldesk-server` admin command line, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from server_helpers import change, new_id


def cli(tmp_path, *args):
    env = {**os.environ, "RURALDESK_SERVER_DATA_DIR": str(tmp_path)}
    env.pop("RURALDESK_SERVER_DB", None)
    return subprocess.run([sys.executable, "-m", "sync.server.admin", *args], env=env, capture_output=True,
                          text=True, timeout=60)


def test_admin_commands(tmp_path):
    r = cli(tmp_path, "init")
    assert r.returncode == 0 and "group create" in r.stdout
    assert cli(tmp_path, "group", "create", "village", "--name", "Village association").returncode == 0
    assert cli(tmp_path, "member", "add", "village", "ana", "--role", "coordinator").returncode == 0
    assert cli(tmp_path, "member", "add", "village", "rui").returncode == 0
    assert cli(tmp_path, "member", "set-role", "village", "rui", "reader").returncode == 0
    r = cli(tmp_path, "token", "issue", "village", "ana")
    assert r.returncode == 0
    token = r.stdout.strip().splitlines()[-1]
    assert len(token) >= 40
    listed = cli(tmp_path, "member", "list", "village").stdout
    assert "ana\tcoordinator" in listed and "rui\treader" in listed
    assert "village" in cli(tmp_path, "group", "list").stdout
    token_id = cli(tmp_path, "token", "list", "village").stdout.split("\t")[0]
    assert cli(tmp_path, "token", "revoke", "village", token_id).returncode == 0
    assert "revoked" in cli(tmp_path, "token", "list", "village").stdout
    assert cli(tmp_path, "member", "remove", "village", "rui").returncode == 0
    r = cli(tmp_path, "backup")
    assert r.returncode == 0 and (tmp_path / "backups").is_dir()
    assert list((tmp_path / "backups").glob("server-*.sqlite"))


def test_admin_errors_are_one_line_and_exit_2(tmp_path):
    cli(tmp_path, "init")
    for args in (("group", "create", "Bad Name!"), ("member", "add", "nope", "ana"),
                 ("token", "revoke", "nope", "x"), ("erase", "nope", new_id()),
                 ("--db", "postgresql://u@127.0.0.1:1/none", "group", "list")):
        r = cli(tmp_path, *args)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_cli_erase_reaches_the_feed(tmp_path):
    from sync.server.testing import serve

    with serve(None, tmp_path) as server:
        tokens = server.make_group("g")
        rid = new_id()
        h = {"Authorization": f"Bearer {tokens['member']}"}
        requests.post(f"{server.url}/v1/groups/g/changes", headers=h,
                      json={"changes": [change(rid, "create", {"kind": "person", "name": "Eve"},
                                               collection="contact")]})
        r = cli(tmp_path, "erase", "g", rid)
        assert r.returncode == 0, r.stderr
        page = requests.get(f"{server.url}/v1/groups/g/changes", headers=h).json()
        assert page["erasures"] == [rid] and page["records"] == []


def test_export_writes_one_groups_shared_records(tmp_path):
    import json

    from sync.server.testing import serve

    with serve(None, tmp_path) as server:
        tokens = server.make_group("g")
        server.make_group("other")
        h = {"Authorization": f"Bearer {tokens['member']}"}
        ids = [new_id() for _ in range(3)]
        requests.post(f"{server.url}/v1/groups/g/changes", headers=h, json={"changes": [
            change(i, "create", {"kind": "organisation", "name": f"Coop {n} — Łódź"}, collection="contact")
            for n, i in enumerate(ids)]})
        out = tmp_path / "g.json"
        r = cli(tmp_path, "export", "g", "--to", str(out))
        assert r.returncode == 0 and "3 records and 0 open conflicts" in r.stdout, r.stderr
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["format"] == "ruraldesk-group-export" and data["group"] == "g"
        assert [x["id"] for x in data["records"]] == ids
        assert data["records"][2]["fields"]["name"] == "Coop 2 — Łódź"
        assert {m["member"] for m in data["members"]} == set(tokens)
        assert not any(t in out.read_text() for t in tokens.values())      # tokens never leave
        r = cli(tmp_path, "export", "nope", "--to", str(tmp_path / "nope.json"))
        assert r.returncode == 2 and "no group" in r.stderr and not (tmp_path / "nope.json").exists()
        assert not list(tmp_path.glob("*.part"))


def test_concurrent_pushes_lose_nothing(group):
    """20 clients push at once to one group: every change gets a distinct seq, none is lost."""
    tokens = group["tokens"]

    def one(i):
        who = ["ana", "rui", "coord"][i % 3]
        rid = new_id()
        r = requests.post(group[who].url("/changes"), headers={"Authorization": f"Bearer {tokens[who]}"},
                          json={"changes": [change(rid, "create", {"name": f"t{i}"}, collection="theme")]},
                          timeout=60)
        return rid, r.json()["results"][0]

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(one, range(60)))
    seqs = [res["seq"] for _, res in results]
    assert all(res["status"] == "applied" for _, res in results) and len(set(seqs)) == 60
    records, _, _, _ = group["ana"].pull_all()
    assert {rid for rid, _ in results} <= set(records)


def test_ids_with_a_trailing_newline_are_refused(tmp_path):
    """`$` also matches before a final newline: ids are matched whole."""
    from sync.server.db import Database
    from sync.server.service import Invalid, Service

    service = Service(Database(f"sqlite:///{tmp_path / 'server.sqlite'}"))
    with pytest.raises(Invalid):
        service.create_group("demo\n")
    service.create_group("demo")
    with pytest.raises(Invalid):
        service.add_member("demo", "ana\n")
    assert [g["group"] for g in service.groups()] == ["demo"]
    assert service.members("demo") == []
