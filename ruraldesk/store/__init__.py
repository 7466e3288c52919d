"""The local replica: SQLite + SQLAlchemy, migrations, change journal, full-text search."""

from .errors import NotFound, StoreError, UndoRefused
from .search import Filters, SearchHit
from .store import HistoryEntry, Store
from .workspace import DEMO_WORKSPACE, default_replica, is_demo, mark_demo, workspace_path

__all__ = ["Filters", "HistoryEntry", "NotFound", "SearchHit", "Store", "StoreError",
           "UndoRefused", "default_replica", "DEMO_WORKSPACE", "is_demo", "mark_demo", "workspace_path"]
