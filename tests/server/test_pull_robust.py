"""One stored record the server cannot encode must not make a whole pull page fail (issue 12
item 2): it is left out, named in `skipped`, and the cursor still moves past it."""

from __future__ import annotations

import json
import math

import pytest
from server_helpers import change, new_id
from sqlalchemy import JSON, String, cast, insert, literal, select, type_coerce, update
from sqlalchemy.exc import DBAPIError, StatementError

from sync.server.models import Conflict, Group, Record

BAD_VALUES = {"lone surrogate": "\ud800", "NaN": math.nan}


def _as_stored_by_json(service, value: dict):
    """`value` as json.dumps writes it (NaN, Infinity, \\ud800 escapes), as a bug or an older
    server could have stored it: this server's own JSON text has no NaN (ruraldesk/jsontext.py)."""
    raw = json.dumps(value)
    return type_coerce(raw, String) if service.db.is_sqlite else cast(literal(raw, String), JSON)


def _store_behind_the_edge(service, group_id: str, fields: dict) -> str | None:
    """Writes a record straight into the database, as a bug or an older server could have."""
    rid = new_id()
    try:
        with service.db.write(group_id) as c:
            seq = c.execute(select(Group.last_seq).where(Group.group_id == group_id)).scalar() + 1
            c.execute(insert(Record).values(
                group_id=group_id, record_id=rid, collection="practice",
                fields=_as_stored_by_json(service, fields), deleted=False,
                seq=seq, created_at="2026-05-01T10:00:00.000Z", created_by="x",
                updated_at="2026-05-01T10:00:00.000Z", updated_by="x"))
            c.execute(update(Group).where(Group.group_id == group_id).values(last_seq=seq))
    except (DBAPIError, StatementError):
        return None  # this database refuses the value itself (PostgreSQL's json does)
    return rid


@pytest.mark.parametrize("what", sorted(BAD_VALUES))
def test_a_record_that_cannot_be_encoded_does_not_fail_the_page(group, what):
    ana = group["ana"]
    service = group["server"].service
    before = new_id()
    ana.push(change(before, "create", {"title": "Before", "kind": "good"}))
    bad = _store_behind_the_edge(service, group["name"], {"title": BAD_VALUES[what], "kind": "good"})
    after = new_id()
    ana.push(change(after, "create", {"title": "After", "kind": "good"}))
    r = ana.http.get(ana.url("/changes"), params={"since": "0"})
    assert r.status_code == 200, r.text
    page = r.json()
    assert {rec["id"] for rec in page["records"]} == {before, after}
    assert page.get("skipped", []) == ([bad] if bad else [])
    # small pages: the cursor passes the bad record, it does not stall the feed
    records, _c, _e, cursor = _pull_in_pages(ana)
    assert set(records) == {before, after}
    assert int(cursor) == service.group_seq(group["name"])


def _pull_in_pages(api):
    records, since = {}, "0"
    while True:
        page = api.pull(since, limit=1)
        records.update({r["id"]: r for r in page["records"]})
        since = page["cursor"]
        if not page["more"]:
            return records, None, None, since


def test_a_conflict_that_cannot_be_encoded_does_not_fail_the_page(sqlite_server):
    from server_helpers import Api

    tokens = sqlite_server.make_group("bad-conflict", {"ana": "member"})
    ana = Api(sqlite_server.url, "bad-conflict", tokens["ana"])
    rid = new_id()
    ana.push(change(rid, "create", {"title": "T", "kind": "good"}))
    with sqlite_server.service.db.write("bad-conflict") as c:
        seq = c.execute(select(Group.last_seq).where(Group.group_id == "bad-conflict")).scalar() + 1
        c.execute(insert(Conflict).values(group_id="bad-conflict", conflict_id="bad", record_id=rid,
                                          collection="practice", field="title", status="open",
                                          data=_as_stored_by_json(sqlite_server.service,
                                                                  {"server": "T", "other": math.inf}), seq=seq,
                                          created_at="2026-05-01T10:00:00.000Z"))
        c.execute(update(Group).where(Group.group_id == "bad-conflict").values(last_seq=seq))
    page = ana.pull("0")
    assert [r["id"] for r in page["records"]] == [rid]
    assert page["conflicts"] == [] and page["skipped"] == ["bad"] and page["cursor"] == str(seq)
