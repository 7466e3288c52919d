"""The local replica: SQLite + SQLAlchemy, migrations, change journal, full-text search."""

from .errors import NotFound, StoreError, UndoRefused
from .search import Filters, SearchHit
from .store import HistoryEntry, Store
from .workspace import default_replica, workspace_path

__all__ = ["Filters", "HistoryEntry", "NotFound", "SearchHit", "Store", "StoreError",
           "UndoRefused", "default_replica", "workspace_path"]
