"""Errors the store raises with a message a person can act on."""


class StoreError(Exception):
    """The replica cannot be used: unreadable, locked by another program, damaged."""


class NotFound(StoreError):
    pass
