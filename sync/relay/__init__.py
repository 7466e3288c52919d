"""Changes that travel without the server: signed by their author's device, carried by a
file (bundle.py) or over a LAN link (sync/peer), and applied with the server's own rules.

See docs/sync-protocol.md, "Relay".
"""
