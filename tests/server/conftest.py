"""Fixtures of the server tests: the real server on loopback, over SQLite and PostgreSQL.

The PostgreSQL cluster is started by the tests from the installed binaries (one per
xdist worker). Where PostgreSQL is not installed those tests are skipped with the
reason; set RURALDESK_REQUIRE_POSTGRES=1 (CI) to make that a failure instead.
"""

from __future__ import annotations

import os
import uuid
import pytest
from server_helpers import Api

from sync.server.testing import PostgresUnavailable, postgres_cluster, serve


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory):
    try:
        with postgres_cluster(tmp_path_factory.mktemp("pg")) as url:
            yield url
    except PostgresUnavailable as exc:
        if os.environ.get("RURALDESK_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory):
    with serve(None, tmp_path_factory.mktemp("srv-sqlite")) as handle:
        yield handle


@pytest.fixture(scope="session")
def pg_server(pg_url, tmp_path_factory):
    with serve(pg_url, tmp_path_factory.mktemp("srv-pg")) as handle:
        yield handle


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request):
    return request.getfixturevalue(f"{request.param}_server" if request.param == "sqlite" else "pg_server")


@pytest.fixture
def group(server):
    """A fresh group on the server with a coordinator, two members and a reader."""
    name = "g-" + uuid.uuid4().hex[:12]
    tokens = server.make_group(name, {"coord": "coordinator", "ana": "member", "rui": "member",
                                      "reader": "reader"})
    return {"name": name, "server": server,
            **{who: Api(server.url, name, tok) for who, tok in tokens.items()}, "tokens": tokens}
