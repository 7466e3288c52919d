"""Where the server keeps its data and its limits: arguments, then environment, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "RuralDesk-Server"
DEFAULT_MAX_BODY = 16 * 1024 * 1024        # one request body (a push batch, a blob chunk)
DEFAULT_MAX_BLOB = 256 * 1024 * 1024       # one attachment
DEFAULT_BODY_TIMEOUT = 30.0                # seconds of silence while a request body arrives


def default_data_dir() -> Path:
    env = os.environ.get("RURALDESK_SERVER_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _int_env(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def _float_env(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    db_url: str
    max_body: int = DEFAULT_MAX_BODY
    max_blob: int = DEFAULT_MAX_BLOB
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    #: the address members reach this server at, written into invitation codes; empty: the
    #: address the inviting coordinator's computer uses (behind a proxy the server cannot know it)
    public_url: str = ""

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @classmethod
    def load(cls, db_url: str | None = None, data_dir: Path | str | None = None,
             max_body: int | None = None, max_blob: int | None = None,
             body_timeout: float | None = None) -> "Settings":
        data = Path(data_dir) if data_dir else default_data_dir()
        url = db_url or os.environ.get("RURALDESK_SERVER_DB") or ""
        if not url:
            url = f"sqlite:///{data / 'server.sqlite'}"
        return cls(data_dir=data, db_url=normalise_url(url),
                   max_body=max_body or _int_env("RURALDESK_SERVER_MAX_BODY", DEFAULT_MAX_BODY),
                   max_blob=max_blob or _int_env("RURALDESK_SERVER_MAX_BLOB", DEFAULT_MAX_BLOB),
                   body_timeout=body_timeout or _float_env("RURALDESK_SERVER_BODY_TIMEOUT",
                                                           DEFAULT_BODY_TIMEOUT),
                   public_url=os.environ.get("RURALDESK_SERVER_PUBLIC_URL", "").strip().rstrip("/"))


def normalise_url(url: str) -> str:
    """postgres:// and postgresql:// use psycopg 3; a bare path is an SQLite file."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    return url
