"""Schemathesis hooks for tests/server/test_schemathesis.py (loaded via SCHEMATHESIS_HOOKS).

Two rules of the protocol cannot be written in JSON Schema, so generated "valid" requests
would break them and the positive_data_acceptance check would fail on a correct refusal.
The hook makes generated cases keep those rules; every check stays enabled.
"""

from __future__ import annotations

import hashlib
import re

import schemathesis
from schemathesis.transport.serialization import Binary, serialize_binary

CHANGE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
SHA256 = re.compile(r"[0-9a-f]{64}")


def _is(ctx, method: str, suffix: str) -> bool:
    op = getattr(ctx, "operation", None)
    return op is not None and op.method.upper() == method and op.path.endswith(suffix)


def _unique_change_ids(body):
    # "the same change_id twice in one push" is refused (400): ids in a push are unique, which
    # JSON Schema cannot say (uniqueItems compares whole items). Only ids that are valid are
    # renamed, and to valid ids, so a negative case stays negative.
    if not (isinstance(body, dict) and isinstance(body.get("changes"), list)):
        return
    taken = {c.get("change_id") for c in body["changes"] if isinstance(c, dict)}
    seen: set = set()
    for i, c in enumerate(body["changes"]):
        cid = c.get("change_id") if isinstance(c, dict) else None
        if not isinstance(cid, str) or not CHANGE_ID.fullmatch(cid):
            continue
        if cid in seen:
            n = i
            while (new := f"{cid[:50]}.dup{n}") in taken:
                n += 1
            c["change_id"] = new
            taken.add(new)
            cid = new
        seen.add(cid)


def _sha_of_body(case):
    # a blob is named by the sha256 of its bytes (a mismatch is refused with 422): a valid
    # upload names the body it sends
    sha = (case.path_parameters or {}).get("sha256")
    if isinstance(sha, str) and SHA256.fullmatch(sha) and isinstance(case.body, (bytes, str, Binary)):
        # the bytes schemathesis will send (its own serialiser)
        case.path_parameters["sha256"] = hashlib.sha256(serialize_binary(case.body)).hexdigest()


@schemathesis.hook
def before_call(ctx, case, kwargs):
    # just before sending, in every phase; schemathesis re-derives whether the edited case is
    # still a positive or a negative one
    if _is(ctx, "POST", "/changes"):
        _unique_change_ids(case.body)
    elif _is(ctx, "PUT", "/blobs/{sha256}"):
        _sha_of_body(case)
