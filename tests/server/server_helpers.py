"""Helpers of the server tests: a member's HTTP view of a group, and change builders."""

from __future__ import annotations

from typing import Any

import requests


def new_id() -> str:
    from ruraldesk.domain.ids import new_id as make

    return make()


class Api:
    """A member's view of one group, over real HTTP."""

    def __init__(self, base: str, group: str, token: str | None):
        self.base, self.group, self.token = base, group, token
        self.http = requests.Session()
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"

    def url(self, path: str) -> str:
        return f"{self.base}/v1/groups/{self.group}{path}"

    def push(self, *changes: dict[str, Any], expect: int = 200,
             headers: dict[str, str] | None = None) -> list[dict[str, Any]]:
        r = self.http.post(self.url("/changes"), json={"changes": list(changes)}, timeout=30,
                           headers=headers)
        assert r.status_code == expect, r.text
        return r.json()["results"] if expect == 200 else r.json()

    def pull(self, since: str | None = None, limit: int | None = None,
             headers: dict[str, str] | None = None) -> dict[str, Any]:
        params = {k: v for k, v in (("since", since), ("limit", limit)) if v is not None}
        r = self.http.get(self.url("/changes"), params=params, timeout=30, headers=headers)
        assert r.status_code == 200, r.text
        return r.json()

    def pull_all(self, since: str | None = None, limit: int | None = None,
                 headers: dict[str, str] | None = None) -> tuple[dict[str, dict], list, list, str]:
        records, conflicts, erasures = {}, [], []
        while True:
            page = self.pull(since, limit, headers)
            for rec in page["records"]:
                records[rec["id"]] = rec
            conflicts += page["conflicts"]
            erasures += page["erasures"]
            since = page["cursor"]
            if not page["more"]:
                return records, conflicts, erasures, since

    def record(self, record_id: str) -> dict[str, Any]:
        r = self.http.get(self.url(f"/records/{record_id}"), timeout=30)
        assert r.status_code == 200, r.text
        return r.json()


def change(record_id: str, op: str = "update", fields: dict | None = None, previous: dict | None = None,
           base_seq: int = 0, collection: str = "practice", change_id: str | None = None,
           **extra: Any) -> dict[str, Any]:
    return {"change_id": change_id or new_id(), "record_id": record_id, "collection": collection,
            "op": op, "fields": fields or {}, "previous": previous or {}, "base_seq": base_seq,
            "at": "2026-05-01T10:00:00.000Z", "by": "tester", **extra}
