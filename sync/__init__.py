"""RuralDesk sync: the wire protocol, the replicator (client) and the group server.

Nothing here imports Qt; `sync.protocol` needs only the standard library and
`ruraldesk.domain`, so the desktop app uses it without the server extra.
"""
