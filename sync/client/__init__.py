"""The sync client: drives a local replica against the group server. No Qt here.

    from sync.client import (Account, Replicator, SyncReport, sync_status, save_account,
                             load_account, load_token, forget_account, list_conflicts,
                             resolve_conflict, dismiss_rejection, Unreachable, AuthRefused,
                             Rejected, Cancelled)

See `replicator.py` (sync, status), `conflicts.py` (the conflicts view),
`account.py` (server URL, group, token) and `transport.py` (HTTP).
"""

from .account import Account, forget_account, keyring_usable, load_account, load_token, save_account
from .conflicts import ConflictView, dismiss_rejection, get_conflict, list_conflicts, resolve_conflict
from .replicator import MassChange, Replicator, SyncReport, sync_status
from .transport import AuthRefused, Cancelled, Rejected, SyncError, Transport, Unreachable

__all__ = ["Account", "AuthRefused", "Cancelled", "ConflictView", "MassChange", "Rejected",
           "Replicator", "SyncError", "SyncReport", "Transport", "Unreachable", "dismiss_rejection",
           "forget_account", "get_conflict", "keyring_usable", "list_conflicts", "load_account",
           "load_token", "resolve_conflict", "save_account", "sync_status"]
