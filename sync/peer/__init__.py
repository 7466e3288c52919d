"""Sync between two computers of one group on a local network, with no server and no internet.

One replica OFFERS (exchange.Offer: a listening socket, a pairing code shown on its screen,
announced on the network by discovery.Announcement); another finds it (discovery.Browser,
or types its address) and JOINS with the code (exchange.join). The code is the only secret:
a PAKE (pairing.py, SPAKE2 with the group id in its identity) turns it into the keys of an
encrypted, authenticated link (link.py). Over it each side sends the signed changes of
store.relay.outgoing(), the other applies them with store.relay.accept() — the server's own
merge rules, every signature checked with the cached device keys.

No Qt here: the app's dialogs are ruraldesk/ui/peersync.py.
"""

from .errors import (  # noqa: F401
    LinkLost, NotInGroup, OfferLocked, OtherGroup, PeerError, Protocol, WrongCode,
)
