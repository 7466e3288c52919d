"""The replica and the server give the same verdict on every partial change.

A change the replica accepted and the server then refuses turns a person's edit into
"refused by the server" at the next sync; one the replica refuses but the server would
take is an edit nobody can make. Both run `domain.validation.check_change`, and this
proves it through the real write path (Store.update) and the real server over HTTP."""

from __future__ import annotations

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ruraldesk.domain import validation
from ruraldesk.domain.ids import new_id
from ruraldesk.store import Store
from sync.server.testing import serve

#: values worth trying per field: valid ones, invalid ones, and clearing (None)
CHOICES = {
    "title": [None, "Village shop", "x" * 301],
    "kind": ["good", "great"],
    "start_date": [None, "2020-01-01", "2024-06-30", "2024-13-01"],
    "end_date": [None, "2019-12-31", "2024-06-30"],
    "funding_amount": [None, 1000.0, 250, -5.0, "lots"],
    "funding_currency": [None, "EUR", "eur", "EURO"],
    "country": [None, "PT", "ES", "XX"],
    "region": [None, "PT11", "ES61", "QQ99"],
}
BASES = [
    {"title": "Village shop", "kind": "good"},
    {"title": "Market", "kind": "mixed", "country": "PT", "region": "PT11", "start_date": "2021-01-01"},
    {"title": "Fund", "kind": "good", "funding_amount": 500.0, "funding_currency": "EUR",
     "end_date": "2024-06-30"},
]


class Both:
    """One replica and one member of a group on a real server, side by side."""

    def __init__(self, tmp):
        self._serve = serve(None, tmp / "server")
        server = self._serve.__enter__()
        token = server.make_group("verdict", {"ana": "member"})["ana"]
        self.url = f"{server.url}/v1/groups/verdict/changes"
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.store = Store(tmp / "replica" / "replica.sqlite", author="ana")

    def close(self):
        self.store.close()
        self._serve.__exit__(None, None, None)

    def replica_verdict(self, base: dict, change: dict) -> tuple[str, list[str]]:
        record = self.store.create("practice", base)
        try:
            self.store.update(record.id, change)
        except validation.ValidationError as exc:
            return "refused", sorted({e.field for e in exc.errors})
        return "accepted", []

    def server_verdict(self, base: dict, change: dict) -> tuple[str, str]:
        rid = new_id()
        stamp = "2026-05-01T10:00:00.000Z"
        create = {"change_id": new_id(), "record_id": rid, "collection": "practice", "op": "create",
                  "fields": base, "previous": {}, "base_seq": 0, "at": stamp, "by": "ana"}
        update = {"change_id": new_id(), "record_id": rid, "collection": "practice", "op": "update",
                  "fields": change, "previous": {k: base.get(k) for k in change}, "base_seq": 0,
                  "at": stamp, "by": "ana"}
        r = self.http.post(self.url, json={"changes": [create, update]}, timeout=30)
        assert r.status_code == 200, r.text
        made, result = r.json()["results"]
        assert made["status"] == "applied", made
        return ("refused" if result["status"] == "rejected" else "accepted"), result.get("reason") or ""

    def agree(self, base: dict, change: dict) -> str:
        mine, fields = self.replica_verdict(base, change)
        theirs, reason = self.server_verdict(base, change)
        assert mine == theirs, f"replica {mine} {fields}, server {theirs} ({reason}) for {change} on {base}"
        for name in fields:
            assert f"{name}:" in reason, (name, reason)
        return mine


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    b = Both(tmp_path_factory.mktemp("verdict"))
    yield b
    b.close()


@pytest.mark.parametrize("base, change, verdict", [
    (BASES[0], {"funding_amount": 1200.0}, "refused"),                    # an amount needs its currency
    (BASES[0], {"funding_amount": 1200.0, "funding_currency": "EUR"}, "accepted"),
    (BASES[2], {"funding_currency": None}, "refused"),                   # clearing the currency only
    (BASES[2], {"funding_amount": None, "funding_currency": None}, "accepted"),
    (BASES[0], {"region": "ES61"}, "accepted"),                          # a region without a country
    (BASES[1], {"country": "ES"}, "refused"),                            # the region is not in Spain
    (BASES[1], {"country": "ES", "region": "ES61"}, "accepted"),
    (BASES[1], {"country": None}, "accepted"),
    (BASES[1], {"end_date": "2020-06-01"}, "refused"),                   # the end before the start
    (BASES[2], {"start_date": "2025-01-01"}, "refused"),                 # the start after the end
    (BASES[1], {"end_date": "2022-06-01"}, "accepted"),
    (BASES[0], {"title": None}, "refused"),
    (BASES[0], {"summary": "A short summary"}, "accepted"),
])
def test_the_cases_of_the_probe_get_one_verdict(both, base, change, verdict):
    assert both.agree(base, change) == verdict


@st.composite
def base_and_change(draw):
    base = dict(draw(st.sampled_from(BASES)))
    names = draw(st.lists(st.sampled_from(sorted(CHOICES)), min_size=1, max_size=4, unique=True))
    return base, {name: draw(st.sampled_from(CHOICES[name])) for name in names}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=base_and_change())
def test_every_partial_change_gets_the_same_verdict_on_replica_and_server(both, case):
    both.agree(*case)
