"""Logging to a rotated file under the platform's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from ruraldesk import APP_NAME

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    override = os.environ.get("RURALDESK_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / "ruraldesk.log"


def setup(level: int = logging.INFO) -> Path | None:
    """Send log records to the rotated file; returns its path, or None if it cannot be written
    (a read-only home must not stop the program)."""
    root = logging.getLogger()
    if any(getattr(h, "_ruraldesk", False) for h in root.handlers):
        return log_file()
    try:
        log_dir().mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=MAX_BYTES,
                                                       backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._ruraldesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return log_file()
