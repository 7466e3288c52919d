"""A coordinator hands a hand-over file straight to the server (the Group window's "Hand a
file to the server…"): the file is opened and verified whole here, then its changes go to
`POST /v1/groups/{g}/relay`, as sync.relay.exchange.at_sync forwards what others relayed,
without being applied to this replica first. The server weighs each change with its
author's signature and role; this replica gets them at its next sync, like everyone.

    handed = hand_in(path, "oak moss reed lamp dune", account, token)
    handed.applied, handed.already, handed.refused      # refused: [(reason, count)]

A wrong passphrase, a file of another group, a damaged or cut file raise BundleError before
any request: nothing reaches the server.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from sync.client.transport import Transport

from .exchange import RELAY
from .handover import read_file

#: envelopes per request, as at_sync sends them (well under the server's MAX_BATCH and body limit)
BATCH = 500


@dataclass(frozen=True)
class HandedIn:
    total: int = 0
    applied: int = 0          # new to the server: applied, merged, or applied with a conflict opened
    already: int = 0          # the server had them (the author synced, or the file came before)
    conflicts: int = 0
    refused: list[tuple[str, int]] = field(default_factory=list)   # (the server's reason, how many)

    @property
    def refused_count(self) -> int:
        return sum(n for _, n in self.refused)


def count(results: list[Any]) -> HandedIn:
    applied = already = conflicts = 0
    reasons: Counter[str] = Counter()
    for r in results:
        r = r if isinstance(r, dict) else {}
        if r.get("status") == "rejected" or not r:
            reasons[str(r.get("reason") or "refused by the server")] += 1
        elif r.get("already"):
            already += 1
        else:
            applied += 1
            conflicts += len(r.get("conflicts") or ())
    return HandedIn(len(results), applied, already, conflicts, sorted(reasons.items()))


def hand_in(path: str | os.PathLike, passphrase: str, account, token: str, *,
            transport: Transport | None = None, check: Callable[[], None] = lambda: None,
            **transport_options: Any) -> HandedIn:
    """Send a hand-over file's changes to the account's server. `check` runs between
    requests (raise there to stop: the batches sent stay, sending again is harmless, since
    the server takes each change once)."""
    envelopes = read_file(path, account.group, passphrase)
    own = transport is None
    transport = transport or Transport(account.url, token, **transport_options)
    results: list[Any] = []
    try:
        for i in range(0, len(envelopes), BATCH):
            check()
            batch = envelopes[i:i + BATCH]
            data = transport.post_json(RELAY.format(group=account.group),
                                       {"envelopes": [e.to_json() for e in batch]})
            got = data.get("results", []) if isinstance(data, dict) else []
            results += list(got) + [{}] * (len(batch) - len(got))   # an answer short of one: not taken
    finally:
        if own:
            transport.close()
    return count(results)


__all__ = ["BATCH", "HandedIn", "count", "hand_in"]
