"""Retries are applied once, keyed per member: a change id another member already used is a
different change (issue 12 item 5), on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
from server_helpers import change, new_id
from sqlalchemy import create_engine, inspect, text


def test_two_members_using_one_change_id_are_both_applied_and_each_retry_once(group):
    ana, rui = group["ana"], group["rui"]
    cid, a_rec, r_rec = "shared-change-id", new_id(), new_id()
    a = ana.push(change(a_rec, "create", {"title": "Ana's", "kind": "good"}, change_id=cid))[0]
    r = rui.push(change(r_rec, "create", {"title": "Rui's", "kind": "good"}, change_id=cid))[0]
    assert a["status"] == r["status"] == "applied" and a["seq"] != r["seq"]
    assert ana.record(a_rec)["fields"]["title"] == "Ana's"
    assert ana.record(r_rec)["fields"]["title"] == "Rui's"
    seq = group["server"].service.group_seq(group["name"])
    assert ana.push(change(a_rec, "create", {"title": "Ana's", "kind": "good"}, change_id=cid))[0] == a
    assert rui.push(change(r_rec, "create", {"title": "Rui's", "kind": "good"}, change_id=cid))[0] == r
    assert group["server"].service.group_seq(group["name"]) == seq          # nothing applied twice
    history = group["server"].service.history(group["name"], r_rec)
    assert [(h["member_id"], h["change_id"]) for h in history] == [("rui", cid)]


def test_one_change_id_on_one_record_from_two_members_opens_two_conflicts(group):
    ana, rui, coord = group["ana"], group["rui"], group["coord"]
    rid = new_id()
    base = coord.push(change(rid, "create", {"title": "Base", "kind": "good"}))[0]["seq"]
    coord.push(change(rid, fields={"title": "Coord"}, previous={"title": "Base"}, base_seq=base))
    got = [m.push(change(rid, fields={"title": who}, previous={"title": "Base"}, base_seq=base,
                         change_id="same-id"))[0] for who, m in (("Ana", ana), ("Rui", rui))]
    assert [g["status"] for g in got] == ["conflict", "conflict"]
    assert got[0]["conflicts"] != got[1]["conflicts"]
    _records, conflicts, _e, _c = ana.pull_all()
    assert {x["data"]["other"] for x in conflicts} == {"Ana", "Rui"}


def _migrate_from_0001_with_rows(url: str) -> None:
    from alembic import command

    from sync.server.db import Database

    db = Database(url, migrate=False)
    cfg = db._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "s0001")
        for member, status, fields in (("ana", "applied", '{"title": "kept"}'),
                                       ("rui", "rejected", '{"title": "' + "x" * 5000 + '"}')):
            conn.execute(text(
                "INSERT INTO changes (group_id, change_id, record_id, collection, op, fields, previous,"
                " base_seq, at, by, member_id, status, reason, conflicts, received_at) VALUES"
                f" ('g', 'c-{member}', 'r', 'practice', 'create', '{fields}', '{{}}', 0, '', '',"
                f" '{member}', '{status}', NULL, '[]', 'now')"))
    db.upgrade()
    assert db.current() == db.head()
    assert inspect(db.engine).get_pk_constraint("changes")["constrained_columns"] == [
        "group_id", "member_id", "change_id"]
    with db.engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT member_id, fields FROM changes")).all())
        # the same change id may now be used by another member
        conn.execute(text(
            "INSERT INTO changes (group_id, change_id, record_id, collection, op, fields, previous,"
            " base_seq, at, by, member_id, status, reason, conflicts, received_at) VALUES"
            " ('g', 'c-ana', 'r', 'practice', 'create', '{}', '{}', 0, '', '', 'eva', 'applied',"
            " NULL, '[]', 'now')"))
    db.dispose()
    decode = lambda v: v if isinstance(v, dict) else __import__("json").loads(v)  # noqa: E731
    assert decode(rows["ana"]) == {"title": "kept"} and decode(rows["rui"]) == {}


def test_the_migration_rekeys_existing_changes_on_sqlite(tmp_path):
    _migrate_from_0001_with_rows(f"sqlite:///{tmp_path / 'server.sqlite'}")


@pytest.mark.postgres
def test_the_migration_rekeys_existing_changes_on_postgres(pg_url):
    name = "mig_" + uuid.uuid4().hex[:8]
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        _migrate_from_0001_with_rows(pg_url.rsplit("/", 1)[0] + "/" + name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name}"))
        admin.dispose()
