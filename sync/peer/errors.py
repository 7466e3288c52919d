"""Why a LAN sync did not happen. Each str() is one plain sentence; the app says the same in
the interface language by the exception's type (ruraldesk/ui/peersync.py)."""

from __future__ import annotations

from sync.client.transport import SyncError


class PeerError(SyncError):
    """Base class of the LAN sync's refusals and failures."""


class WrongCode(PeerError):
    def __init__(self, tries_left: int):
        self.tries_left = tries_left
        super().__init__("the pairing code is not the one shown on the other computer; nothing was changed")


class OfferLocked(PeerError):
    def __init__(self) -> None:
        super().__init__("the other computer stopped its offer after too many wrong codes; "
                         "ask for a new offer there")


class OtherGroup(PeerError):
    def __init__(self) -> None:
        super().__init__("the other computer belongs to another group; only computers of the same "
                         "group can sync")


class NotInGroup(PeerError):
    def __init__(self) -> None:
        super().__init__("this workspace is not set up for a group yet; set up sync once with the "
                         "group server first")


class LinkLost(PeerError):
    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(f"the connection to the other computer was lost ({reason}); nothing was "
                         "half-applied, try again")


class Protocol(PeerError):
    """The other side sent something this version does not understand (or tampered)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(f"the other computer answered in a way this version does not understand ({reason})")
