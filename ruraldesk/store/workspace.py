"""Where replicas live: one SQLite file per workspace under the user data dir."""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from ruraldesk import APP_NAME

DEFAULT_WORKSPACE = "local"
#: demo data lives in a workspace of its own, marked in its meta, and never syncs
DEMO_WORKSPACE = "Demo"
DEMO_META = "workspace.demo"


def data_dir() -> Path:
    override = os.environ.get("RURALDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def workspace_path(name: str = DEFAULT_WORKSPACE, root: Path | None = None) -> Path:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or DEFAULT_WORKSPACE
    return (root or data_dir()) / "workspaces" / safe / "replica.sqlite"


def default_replica() -> Path:
    return workspace_path()


def is_demo(store) -> bool:
    return bool(store.get_meta(DEMO_META))


def mark_demo(store) -> None:
    """This replica holds demo data: sync refuses it (sync.client.account.refuse_demo)."""
    store.set_meta(DEMO_META, "1")
