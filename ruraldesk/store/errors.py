"""Errors the store raises with a message a person can act on."""


class StoreError(Exception):
    """The replica cannot be used: unreadable, locked by another program, damaged."""


class NotFound(StoreError):
    pass


class UndoRefused(StoreError):
    """An undo (or redo) would write over a value it did not write: someone else's change
    arrived with a sync since. Nothing was written."""

    def __init__(self, record_id: str, collection: str, title: str, fields: list[str]):
        super().__init__(f"{title!r} changed since ({', '.join(fields)}); the newer value stays")
        self.record_id, self.collection, self.title, self.fields = record_id, collection, title, fields
