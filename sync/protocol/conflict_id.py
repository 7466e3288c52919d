"""The id of a conflict, made the same way wherever the conflict is found (the server's push,
a replica taking a relayed change): one conflict is shown once, however it travelled."""

from __future__ import annotations

import uuid


def conflict_id(group_id: str, member_id: str, change_id: str, field: str | None) -> str:
    """Change ids are unique per member, so the member is part of the conflict's id."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ruraldesk-conflict:{group_id}:{member_id}:{change_id}:{field}"))
