"""Schemathesis against the server's own OpenAPI description: no input makes a 5xx.

Bounded: a few dozen generated cases per operation, with a valid member token and the
real group in the path for most cases (so requests get past authentication)."""

from __future__ import annotations

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

MAX_EXAMPLES = 25


@pytest.fixture(scope="module")
def target(sqlite_server):
    tokens = sqlite_server.make_group("fuzz", {"coord": "coordinator", "member": "member"})
    schema = schemathesis.openapi.from_url(sqlite_server.url + "/openapi.json")
    return sqlite_server, tokens, schema


def _operations(schema):
    out = []
    for result in schema.get_all_operations():
        out.append(result.ok())
    return out


def test_no_generated_request_gets_a_server_error(target):
    server, tokens, schema = target
    operations = _operations(schema)
    assert len(operations) >= 9
    failures, statuses = [], []
    http = requests.Session()
    for op in operations:
        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=op.as_strategy(), real_group=st.booleans(), token=st.sampled_from(["coord", "member", None]))
        def check(case, real_group, token):
            if real_group and case.path_parameters and "group" in case.path_parameters:
                case.path_parameters["group"] = "fuzz"
            headers = {"Authorization": f"Bearer {tokens[token]}"} if token else {}
            response = case.call(base_url=server.url, headers=headers, session=http)
            statuses.append(response.status_code)
            if response.status_code >= 500:
                failures.append((op.label, case.path_parameters, case.query, str(case.body)[:200],
                                 response.status_code, response.text[:200]))
            elif response.status_code >= 400 and case.method.upper() != "HEAD":
                body = response.json()
                assert body["error"] and body["message"], body

        check()
    assert not failures, failures
    assert len(statuses) > 100 and 200 in statuses  # the fuzzing really got past authentication
