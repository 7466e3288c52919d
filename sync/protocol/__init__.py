"""The sync wire protocol (see docs/sync-protocol.md) and the merge rules shared by
client and server. Standard library + `ruraldesk.domain` only: no pydantic, no FastAPI."""

from .merge import MISSING, FieldOutcome, merge_field, merge_set, merge_text, same
from .wire import (
    API_PREFIX, CONFLICT_STATUSES, MAX_BATCH, MAX_PULL_LIMIT, OPS, PROTOCOL_HEADER,
    PROTOCOL_VERSION, REPLICA_HEADER, RESULT_STATUSES, ROLES, Change, ConflictEntry, ProtocolError, PullPage,
    PushResult, RecordState, Paths, decode_change, decode_pull_page, decode_push_request,
    decode_push_response, encode_change, encode_push_request, from_outgoing, parse_cursor,
    parse_replica, seq_from_cursor,
)

__all__ = [
    "API_PREFIX", "CONFLICT_STATUSES", "Change", "ConflictEntry", "FieldOutcome", "MAX_BATCH",
    "MAX_PULL_LIMIT", "MISSING", "OPS", "PROTOCOL_HEADER", "PROTOCOL_VERSION", "Paths", "REPLICA_HEADER",
    "ProtocolError", "PullPage", "PushResult", "RESULT_STATUSES", "ROLES", "RecordState",
    "decode_change", "decode_pull_page", "decode_push_request", "decode_push_response",
    "encode_change", "encode_push_request", "from_outgoing", "merge_field", "merge_set",
    "merge_text", "parse_cursor", "parse_replica", "same", "seq_from_cursor",
]
