"""The local replica: SQLite + SQLAlchemy, migrations, change journal, full-text search."""

from .errors import NotFound, StoreError
from .search import Filters, SearchHit
from .store import HistoryEntry, Store
from .workspace import default_replica, workspace_path

__all__ = ["Filters", "HistoryEntry", "NotFound", "SearchHit", "Store", "StoreError",
           "default_replica", "workspace_path"]
