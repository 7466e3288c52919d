"""The JSON text stored values take, in the replica and on the server (ruraldesk/jsontext.py)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from ruraldesk.jsontext import dumps

_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=20)


@given(_values)
def test_what_is_written_reads_back_the_same(value):
    back = json.loads(dumps(value))
    # == takes 1 for 1.0 and True for 1: their JSON must be the same too
    assert back == value and json.dumps(back, sort_keys=True) == json.dumps(value, sort_keys=True)


def test_what_orjson_refuses_goes_through_json_as_before():
    assert json.loads(dumps({"big": 2 ** 70})) == {"big": 2 ** 70}            # past 64 bits
    assert json.loads(dumps({1: "one", "é": (1, 2)})) == {"1": "one", "é": [1, 2]}
    assert json.loads(dumps({"t": "a\ud800"})) == {"t": "a\ud800"}          # storable: escaped
    dumps({"t": "a\ud800"}).encode("utf-8")
    assert dumps({"title": "Łódź coopérative"}) == '{"title":"Łódź coopérative"}'
    assert dumps({}) == "{}"
