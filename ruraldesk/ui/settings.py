"""Typed settings over QSettings, declared in one place.

    settings = Settings()                 # the user's settings (or $RURALDESK_DATA_DIR/settings.ini)
    settings.language                     # -> "en"
    settings.language = "fr"              # stored at once
    settings.changed.connect(slot)        # slot(name: str) after any change

Add a setting by adding one `Setting(...)` line to `Settings`; everything else
(dialog, storage) reads the declarations. Other parts of the UI (import/export,
sync) may add their own keys the same way, in a subclass or with `Setting` on
their own QObject, under their own prefix ("io/...", "sync/...").
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from .i18n import LANGUAGE_NAMES, LANGUAGES  # noqa: F401  (the dialog's picker reads them here)

T = TypeVar("T")

ATTACHMENT_MODES = ("on_demand", "all_offline")


class Setting(Generic[T]):
    """A typed QSettings key with a default; a descriptor on Settings."""

    def __init__(self, key: str, default: T, kind: type, choices: tuple = ()):
        self.key, self.default, self.kind, self.choices = key, default, kind, choices

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Settings | None, owner: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        raw = obj.qsettings.value(self.key)
        if raw is None:
            return self.default
        try:
            value = self._decode(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value

    def __set__(self, obj: Settings, value: T) -> None:
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {self.choices}, not {value!r}")
        if self.__get__(obj) == value:     # unchanged (the default included): nothing to announce
            return
        obj.qsettings.setValue(self.key, self._encode(value))
        obj.qsettings.sync()
        obj.changed.emit(self.name)

    def _decode(self, raw: Any) -> Any:
        if self.kind is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
        if self.kind is int:
            return int(raw)
        if self.kind in (list, dict):
            return json.loads(raw) if isinstance(raw, str) else raw
        return str(raw)

    def _encode(self, value: Any) -> Any:
        if self.kind in (list, dict):
            return json.dumps(value)
        return value


def default_settings_path() -> Path | None:
    """Tests and benchmarks set RURALDESK_DATA_DIR: their settings live beside their data."""
    override = os.environ.get("RURALDESK_DATA_DIR")
    return Path(override) / "settings.ini" if override else None


class Settings(QObject):
    changed = Signal(str)

    #: interface language (ISO 639-1); "" follows the system
    language = Setting("ui/language", "", str, ("",) + LANGUAGES)
    #: folder holding the workspaces; "" means the default data folder
    data_folder = Setting("store/data_folder", "", str)
    #: the workspace opened at start (its folder under the data folder); "" is the default one
    workspace = Setting("store/workspace", "", str)
    #: keep attachments on demand, or all offline (read by the sync client)
    attachment_mode = Setting("sync/attachment_mode", "on_demand", str, ATTACHMENT_MODES)
    #: minutes between automatic syncs while the server is reachable; 0 turns them off
    sync_interval = Setting("sync/interval_minutes", 5, int)
    #: a pull that would delete or overwrite more than this share (%) of the records asks first
    mass_change_percent = Setting("sync/mass_change_percent", 25, int)
    #: point size; 0 follows the system
    font_size = Setting("ui/font_size", 0, int)
    #: [{"name", "text", "filters": {...}}]
    saved_searches = Setting("search/saved", [], list)
    #: list columns shown, per collection: {"practice": ["title", ...]}
    columns = Setting("list/columns", {}, dict)
    #: main window geometry and splitter state (hex)
    geometry = Setting("window/geometry", "", str)
    splitter = Setting("window/splitter", "", str)

    def __init__(self, path: Path | str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        path = path or default_settings_path()
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self.qsettings = QSettings("RuralDesk", "RuralDesk")

    @classmethod
    def declared(cls) -> list[Setting]:
        return [v for v in vars(cls).values() if isinstance(v, Setting)]

    def reset(self, name: str) -> None:
        setting: Setting = getattr(type(self), name)
        self.qsettings.remove(setting.key)
        self.changed.emit(name)

    def data_root(self) -> Path | None:
        return Path(self.data_folder) if self.data_folder else None

    def effective_language(self) -> str:
        if self.language:
            return self.language
        from PySide6.QtCore import QLocale

        system = QLocale.system().name().split("_")[0]
        return system if system in LANGUAGES else "en"
