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


# -- merge cost: near-linear, capped (issue 12 item 3) ------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from sync.protocol.merge import DIFF_CAP, MergeBudget, _any_overlap, _edits, _overlap  # noqa: E402


def _description(n_chars: int) -> str:
    words, size = [], 0
    while size < n_chars:
        words.append(f"word{len(words)}")
        size += len(words[-1]) + 1
    return " ".join(words)[:n_chars]


def _stale_merge_work(n_chars: int) -> tuple[int, str]:
    base = _description(n_chars - 10)
    budget = MergeBudget()
    out = merge_field("text", base, "Ana: " + base, base + " (Rui)", budget)
    assert out.status == "merged" and out.value == "Ana: " + base + " (Rui)"
    return budget.spent, out.value


@pytest.mark.timeout(30)
def test_a_100k_description_from_a_stale_base_merges_in_linear_work():
    small, _ = _stale_merge_work(50_000)
    big, merged = _stale_merge_work(100_000)
    assert len(merged) <= 100_000
    assert big < 4 * 100_000          # a few passes over the three texts, no quadratic term
    assert big < 2.5 * small          # doubling the text about doubles the work


@pytest.mark.timeout(30)
def test_texts_that_differ_everywhere_stay_under_the_diff_cap_and_conflict():
    import random

    rnd = random.Random(7)
    texts = [" ".join(rnd.choice("abcdefgh") for _ in range(30_000)) for _ in range(3)]
    budget = MergeBudget()
    out = merge_field("text", *texts, budget)
    assert out.status == "conflict" and out.value == texts[1]   # the other value goes to a conflict
    assert budget.spent <= sum(map(len, texts)) + 2 * DIFF_CAP


@pytest.mark.timeout(30)
def test_a_30000_item_set_merges_by_hashed_membership():
    base = [f"t{i}" for i in range(30_000)]
    server = base[::-1] + ["server-new"]
    mine = base[:15_000] + ["mine-new", {"k": 1}]
    budget = MergeBudget()
    out = merge_field("set", base, server, mine, budget)
    assert out.status == "merged"
    assert set(map(str, out.value)) == set(map(str, base[:15_000] + ["server-new", "mine-new", {"k": 1}]))
    assert budget.spent == len(base) + len(server) + len(mine)
    assert same(out.value, out.value[::-1])


def test_json_items_of_sets_compare_by_value():
    assert merge_set([{"a": 1, "b": 2}], [{"b": 2, "a": 1}, "x"], []) == ["x"]
    assert same([{"a": 1}], [{"a": 1}]) and not same([{"a": 1}], [{"a": 2}])


def test_a_spent_budget_turns_further_merges_into_conflicts():
    budget = MergeBudget(limit=200)
    base = "one two three four five six seven eight nine ten"
    assert merge_field("text", base, "zero " + base, base + " eleven", budget).status == "merged"
    out = merge_field("text", base, "zero " + base, base + " eleven", budget)
    assert out.status == "conflict" and out.value == "zero " + base
    many = [f"t{i}" for i in range(50)]
    assert merge_field("set", many, many + ["b"], many + ["c"], budget).status == "conflict"


_small = st.text(alphabet="ab \n", max_size=12)


@settings(max_examples=300, deadline=None)
@given(base=_small, s=_small, o=_small)
def test_the_overlap_sweep_agrees_with_checking_every_pair(base, s, o):
    tok = lambda t: t.split(" ")  # noqa: E731
    s_e, o_e = _edits(tok(base), tok(s), MergeBudget()), _edits(tok(base), tok(o), MergeBudget())
    assert _any_overlap(s_e, o_e) == any(_overlap(a, b) for a in s_e for b in o_e)


@pytest.mark.timeout(60)
def test_a_100k_description_pushed_from_a_stale_base_merges_on_the_server(group):
    from server_helpers import change, new_id

    ana, rui = group["ana"], group["rui"]
    rid, text = new_id(), _description(99_990)
    first = ana.push(change(rid, "create", {"title": "Long", "kind": "good", "description": text}))[0]
    ana.push(change(rid, fields={"description": "Ana " + text[4:]}, previous={"description": text},
                    base_seq=first["seq"]))
    got = rui.push(change(rid, fields={"description": text[:-4] + " Rui"}, previous={"description": text},
                          base_seq=first["seq"]))[0]
    assert got["status"] == "merged"
    assert ana.record(rid)["fields"]["description"] == "Ana " + text[4:-4] + " Rui"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \t\n\u00a0é"), max_size=40))
def test_word_tokens_cover_the_text_and_alternate_words_and_spaces(text):
    import re

    from sync.protocol.merge import _tokens

    assert _tokens(text, False) == re.findall(r"\s+|[^\s]+", text)


@pytest.mark.timeout(120)
def test_one_push_of_many_big_merges_stops_merging_at_its_budget_and_loses_nothing(sqlite_server):
    """The hard cap per push: past it, the remaining fields conflict (the pushed value kept
    in the conflict) instead of holding the write lock for the whole file."""
    from server_helpers import Api, change, new_id

    from sync.protocol.merge import PUSH_MERGE_WORK

    tokens = sqlite_server.make_group("budget", {"ana": "member", "rui": "member"})
    ana, rui = (Api(sqlite_server.url, "budget", tokens[m]) for m in ("ana", "rui"))
    text = _description(90_000)
    n = PUSH_MERGE_WORK // (3 * 90_000) + 3          # more big merges than one push may do
    rids = [new_id() for _ in range(n)]
    seq = max(r["seq"] for r in ana.push(*[change(r, "create", {"title": "T", "kind": "good",
                                                                 "description": text}) for r in rids]))
    ana.push(*[change(r, fields={"description": "Ana " + text[4:]}, previous={"description": text},
                      base_seq=seq) for r in rids])
    results = rui.push(*[change(r, fields={"description": text[:-4] + " Rui"},
                                previous={"description": text}, base_seq=seq) for r in rids])
    statuses = [r["status"] for r in results]
    assert statuses[0] == "merged" and statuses[-1] == "conflict", statuses
    assert statuses == sorted(statuses, key=lambda s: s != "merged")   # merged first, then conflicts
    _records, conflicts, _e, _c = ana.pull_all()
    assert {c["record_id"] for c in conflicts} == {r for r, s in zip(rids, statuses) if s == "conflict"}
    assert all(c["data"]["other"] == text[:-4] + " Rui" for c in conflicts)
