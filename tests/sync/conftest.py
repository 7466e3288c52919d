"""Fixtures for the sync tests: the real server on loopback (sync/server/testing.py),
real replica files, the real requests client."""

from __future__ import annotations

import pytest

from sync_helpers import Group


@pytest.fixture
def server(tmp_path):
    from sync.server.testing import serve

    with serve(None, tmp_path / "server") as handle:
        yield handle


@pytest.fixture
def group(server, tmp_path):
    g = Group(server, tmp_path)
    yield g
    g.close()
