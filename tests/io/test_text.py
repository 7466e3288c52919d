"""io messages are English strings that keep what a translation needs (ruraldesk.io.text.Text)."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from ruraldesk.domain.validation import validate
from ruraldesk.io.common import BadFile, Problem, check_input
from ruraldesk.io.text import Text


def test_text_is_its_english_wording():
    t = Text("{name} is {size}, more than {limit}", name="a.csv", size="3.0 GB", limit=Text("a table"))
    assert t == "a.csv is 3.0 GB, more than a table" and isinstance(t, str)
    assert t.template == "{name} is {size}, more than {limit}" and t.context == "IO"
    assert t.params["limit"].template == "a table"
    assert Text("similar names ({ratio})", ratio=0.9512) == "similar names (0.95)"
    assert json.dumps({"m": t}) == json.dumps({"m": "a.csv is 3.0 GB, more than a table"})
    for again in (copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
        assert again == t and again.template == t.template and again.params == t.params


def test_a_field_error_keeps_its_validation_template_and_label():
    error = next(e for e in validate("practice", {"kind": "good"}) if e.field == "title")
    t = Text.field_error(error)
    assert t == error.message and t.context == "Validation" and t.template == error.template
    assert t.params["label"].context == "Fields"


def test_refusals_and_problems_read_as_before(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(BadFile) as refused:
        check_input(empty)
    assert str(refused.value) == "empty.csv is empty"
    assert refused.value.args[0].template == "{name} is empty"
    p = Problem(4, Text("“{value}” is not a number", value="abc"), column="Amount")
    assert str(p) == "row 4, Amount: “abc” is not a number"
    assert p.to_dict()["message"] == "“abc” is not a number"
