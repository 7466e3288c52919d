"""The admin command line for the coordinator's desk (a real subprocess), and migration s0004
(the models and the migrations agree; an s0003 database upgrades keeping its members)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from sync.client.groupadmin import parse_invitation, redeem
from sync.server.db import Database
from sync.server.models import Base


def cli(tmp_path, *args, env: dict | None = None):
    full = {**os.environ, "RURALDESK_SERVER_DATA_DIR": str(tmp_path), **(env or {})}
    full.pop("RURALDESK_SERVER_DB", None)
    return subprocess.run([sys.executable, "-m", "sync.server.admin", *args], env=full, capture_output=True,
                          text=True, timeout=60)


def test_invite_prints_a_code_that_joins_and_the_audit_shows_the_cli(tmp_path):
    from sync.server.testing import serve

    assert cli(tmp_path, "group", "create", "village").returncode == 0
    assert cli(tmp_path, "member", "add", "village", "ana", "--role", "coordinator",
               "--organisation", "Junta").returncode == 0
    assert cli(tmp_path, "group", "rename", "village", "Village association").returncode == 0
    with serve(None, tmp_path) as server:
        r = cli(tmp_path, "invite", "village", "Rui Lopes", "--role", "reader", "--hours", "5",
                "--server", server.url)
        assert r.returncode == 0, r.stderr
        code = r.stdout.strip().splitlines()[-1]
        assert parse_invitation(code).server == server.url
        listed = cli(tmp_path, "invitation", "list", "village").stdout
        assert "\topen\treader\tRui Lopes\t" in listed and code not in listed
        got = redeem(code, "laptop")
        assert (got.member_id, got.role) == ("rui-lopes", "reader")
        assert server.service.admin.members("village")[0]["organisation"] == "Junta"
    members = cli(tmp_path, "member", "list", "village").stdout
    assert "ana\tcoordinator\tana\tJunta\tlast sync never" in members and "rui-lopes\treader" in members
    audit = cli(tmp_path, "audit", "village").stdout.splitlines()
    actions = [line.split("\t")[1:4] for line in audit]
    user = actions[-1][0]
    assert user.startswith("cli")
    assert actions == [["rui-lopes", "invitation.redeem", "rui-lopes"], [user, "invitation.create", "Rui Lopes"],
                       [user, "group.rename", "village"], [user, "member.add", "ana"],
                       [user, "group.create", "village"]]
    assert '"to": "Village association"' in audit[2]
    assert "Village association" in cli(tmp_path, "group", "list").stdout


def test_cancel_and_the_public_address_setting_on_the_cli(tmp_path):
    cli(tmp_path, "group", "create", "g")
    r = cli(tmp_path, "invite", "g", "Zé", env={"RURALDESK_SERVER_PUBLIC_URL": "https://desk.example.org"})
    assert r.returncode == 0 and "names no server" not in r.stderr
    code = r.stdout.strip().splitlines()[-1]
    assert parse_invitation(code).server == "https://desk.example.org"
    invitation_id = cli(tmp_path, "invitation", "list", "g").stdout.split("\t")[0]
    assert cli(tmp_path, "invitation", "cancel", "g", invitation_id).returncode == 0
    assert "\tcancelled\t" in cli(tmp_path, "invitation", "list", "g").stdout
    again = cli(tmp_path, "invitation", "cancel", "g", invitation_id)
    assert again.returncode == 2 and "already cancelled" in again.stderr
    bare = cli(tmp_path, "invite", "g", "Nobody knows where")
    assert bare.returncode == 0 and "names no server" in bare.stderr


@pytest.mark.parametrize("args,says", [(("invite", "g", "X", "--hours", "721"), "1 to 720 hours"),
                                       (("invite", "nope", "X"), "no group"),
                                       (("invite", "g", "X", "--server", "desk.example.org"), "http://"),
                                       (("audit", "nope"), "no group"),
                                       (("member", "remove", "g", "boss"), "only coordinator")])
def test_cli_refusals_are_one_line_exit_2(tmp_path, args, says):
    cli(tmp_path, "group", "create", "g")
    cli(tmp_path, "member", "add", "g", "boss", "--role", "coordinator")
    r = cli(tmp_path, *args)
    assert r.returncode == 2 and says in r.stderr, (r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1


def _diff(url: str) -> list:
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        db.dispose()


def test_the_migrations_give_the_models_on_sqlite(tmp_path):
    assert _diff(f"sqlite:///{tmp_path / 'server.sqlite'}") == []


@pytest.mark.postgres
def test_the_migrations_give_the_models_on_postgres(pg_url):
    import uuid

    from sqlalchemy import create_engine

    name = "mig_" + uuid.uuid4().hex[:8]
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    assert _diff(pg_url.rsplit("/", 1)[0] + "/" + name) == []


def test_an_s0003_database_upgrades_keeping_its_members(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    db = Database(url, migrate=False)
    cfg = db._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "s0003")
        conn.execute(text("INSERT INTO groups (group_id, name, created_at, last_seq) VALUES ('g', 'G', 'x', 0)"))
        conn.execute(text("INSERT INTO members (group_id, member_id, name, role, created_at) "
                          "VALUES ('g', 'ana', 'Ana', 'coordinator', 'x')"))
    db.upgrade()
    from sync.server.group_admin import GroupAdmin

    ana = GroupAdmin(db).members("g")[0]
    assert (ana["member_id"], ana["name"], ana["organisation"], ana["last_sync_at"]) == ("ana", "Ana", "", None)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "s0003")
        assert conn.execute(text("SELECT name FROM members")).scalar() == "Ana"
    db.dispose()
