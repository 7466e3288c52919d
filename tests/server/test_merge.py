"""The merge rules of sync/protocol, shared by client and server."""

import pytest

from sync.protocol import (MISSING, Change, ProtocolError, decode_change, decode_pull_page,
                           decode_push_request, encode_push_request, merge_field, merge_set,
                           merge_text, parse_cursor, same)

RID = "01890a5d-ac96-774b-bcce-b302099a8057"


def test_value_taken_when_server_still_at_base():
    assert merge_field("value", "good", "good", "bad").value == "bad"
    assert merge_field("value", "good", "good", "bad").status == "applied"


def test_same_value_on_both_sides_is_no_conflict():
    assert merge_field("value", "a", "b", "b").status == "unchanged"


def test_concurrent_value_edits_conflict_and_server_value_stands():
    out = merge_field("value", "a", "server", "mine")
    assert out.status == "conflict" and out.value == "server"


def test_sets_merge_additions_and_removals():
    assert merge_set(["a", "b"], ["a", "b", "c"], ["b", "d"]) == ["b", "c", "d"]
    out = merge_field("set", ["t1"], ["t1", "t2"], ["t1", "t3"])
    assert out.status == "merged" and out.value == ["t1", "t2", "t3"]


def test_set_with_unknown_base_only_adds():
    out = merge_field("set", MISSING, ["x"], ["y"])
    assert out.value == ["x", "y"]


def test_non_overlapping_text_edits_merge_three_way():
    base = "Context line.\nObjectives line.\nResults line.\n"
    server = "Context line, edited by Ana.\nObjectives line.\nResults line.\n"
    mine = "Context line.\nObjectives line.\nResults line, edited by Rui.\n"
    out = merge_field("text", base, server, mine)
    assert out.status == "merged"
    assert out.value == "Context line, edited by Ana.\nObjectives line.\nResults line, edited by Rui.\n"


def test_one_paragraph_merges_word_by_word():
    assert merge_text("a shop in the village", "a small shop in the village",
                      "a shop in the old village") == "a small shop in the old village"


def test_overlapping_text_edits_conflict():
    out = merge_field("text", "a\nb\nc\n", "a\nX\nc\n", "a\nY\nc\n")
    assert out.status == "conflict" and out.value == "a\nX\nc\n"
    assert merge_text("one two", "one three", "one four") is None


def test_text_without_base_conflicts():
    assert merge_field("text", MISSING, "x", "y").status == "conflict"


def test_same_treats_empty_values_alike_and_sets_unordered():
    assert same(None, []) and same("", None) and same(["a", "b"], ["b", "a"])
    assert not same(["a"], ["a", "b"])


def test_decode_change_accepts_a_journal_shaped_change_and_round_trips():
    c = Change("c1", RID, "practice", "update", {"title": "T"}, {"title": "S"}, 3, "2026", "ana",
               ("k1",))
    body = encode_push_request([c])
    assert decode_push_request(body) == [c]


@pytest.mark.parametrize("bad, message", [
    ([], "JSON object"),
    ({"change_id": "c", "record_id": RID, "collection": "practice"}, "missing 'op'"),
    ({"change_id": "c", "record_id": "nope", "collection": "practice", "op": "update"}, "UUID"),
    ({"change_id": "c", "record_id": RID, "collection": "car", "op": "update"}, "unknown collection"),
    ({"change_id": "c", "record_id": RID, "collection": "tool", "op": "zap"}, "unknown op"),
    ({"change_id": "c", "record_id": RID, "collection": "tool", "op": "update", "x": 1}, "unknown keys"),
    ({"change_id": "c", "record_id": RID, "collection": "tool", "op": "update", "base_seq": -1}, "base_seq"),
    ({"change_id": "c", "record_id": RID, "collection": "tool", "op": "update", "fields": []}, "fields"),
])
def test_decode_change_refuses_bad_shapes_with_a_clear_message(bad, message):
    with pytest.raises(ProtocolError, match=message):
        decode_change(bad)


def test_duplicate_change_ids_in_one_push_are_refused():
    c = {"change_id": "c", "record_id": RID, "collection": "tool", "op": "update"}
    with pytest.raises(ProtocolError, match="twice"):
        decode_push_request({"changes": [c, c]})


def test_cursor_and_pull_page_decoding():
    assert parse_cursor(None) == 0 and parse_cursor("17") == 17
    with pytest.raises(ProtocolError):
        parse_cursor("abc")
    page = decode_pull_page({"records": [{"id": RID, "collection": "tool", "fields": {"title": "x"},
                                          "deleted": False, "seq": 4}],
                             "conflicts": [], "erasures": [RID], "cursor": "4", "more": False})
    assert page.records[0].seq == 4 and page.erasures == [RID]
