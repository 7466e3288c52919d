"""Test set-up shared by every suite.

Qt must run offscreen on these headless machines (without it Qt aborts the
run), and no test may touch the user's real data folder.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RURALDESK_DATA_DIR", tempfile.mkdtemp(prefix="ruraldesk-tests-"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pytest  # noqa: E402


@pytest.fixture
def store(tmp_path):
    from ruraldesk.store import Store

    s = Store(tmp_path / "replica.sqlite", author="tester")
    yield s
    s.close()
