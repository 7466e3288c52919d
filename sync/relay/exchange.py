"""What a replica hands over and takes in without the server (file or LAN).

    outgoing(store) -> list[Envelope]          # what the other side may lack, signed
    accept(store, envelopes, keys=None) -> Report

`keys` maps (member id, device) to a base64url public key; None: the replica's cached
copy of the server's device list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .envelope import Envelope


@dataclass
class Report:
    applied: int = 0
    duplicates: int = 0
    #: signed by a device this replica does not know yet: kept, forwarded to the server,
    #: applied here once the key is known
    held: int = 0
    refused: list[tuple[Envelope, str]] = field(default_factory=list)


def outgoing(store) -> list[Envelope]:
    raise NotImplementedError


def accept(store, envelopes: list[Envelope], keys: dict[tuple[str, str], str] | None = None) -> Report:
    raise NotImplementedError
