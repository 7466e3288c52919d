"""Diagnostic information for support requests — never personal data.

It says what software runs where and how big the replica is; it never says
what is in it (no titles, names, e-mails, server tokens or file names), and
paths under the home folder are shown relative to `~`.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path
from typing import Any

from ruraldesk import __version__


def _private_path(path: Path | str) -> str:
    text = str(path)
    home = str(Path.home())
    return "~" + text[len(home):] if home and text.startswith(home) else text


def collect(store=None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    info: dict[str, Any] = {
        "ruraldesk": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    except ImportError:
        info["qt"] = "not installed"
    try:
        import sqlite3

        info["sqlite"] = sqlite3.sqlite_version
    except ImportError:  # pragma: no cover
        pass
    from ruraldesk import logs

    info["log_file"] = _private_path(logs.log_file())
    if store is not None:
        stats = store.stats()
        info["replica"] = {
            "path": _private_path(stats["path"]),
            "schema": stats["schema"],
            "records": {k: v["records"] for k, v in stats["collections"].items()},
            "trash": {k: v["trash"] for k, v in stats["collections"].items()},
            "pending_changes": stats["pending_changes"],
            "file_mb": round(stats["file_bytes"] / 1e6, 1),
            "attachments_mb": round(stats["attachment_bytes"] / 1e6, 1),
            "synced": store.get_meta("sync.cursor") is not None,
        }
    if extra:
        info.update(extra)
    return info


def as_text(info: dict[str, Any], indent: str = "") -> str:
    lines = []
    for key, value in info.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            lines.append(as_text(value, indent + "  "))
        else:
            lines.append(f"{indent}{key}: {value}")
    return "\n".join(lines)
