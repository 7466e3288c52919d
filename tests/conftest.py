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


@pytest.fixture(autouse=True)
def _root_log_handlers():
    """A command run in-process (cli.main) sets up the rotated log file on the root logger;
    the next test, in whatever order, starts without it (and its file is closed)."""
    import logging

    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def store(tmp_path):
    from ruraldesk.store import Store

    s = Store(tmp_path / "replica.sqlite", author="tester")
    yield s
    s.close()
