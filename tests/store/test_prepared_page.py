"""A pulled page's search text is worked out before the write (Replication.prepare_page):
what the index then holds is what applying the page alone would give, local edits included."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class _State:          # what sync.protocol.RecordState looks like to the store
    id: str
    collection: str
    fields: dict
    seq: int
    deleted: bool = False
    created_at: str = "2026-11-30T09:00:00.000Z"
    created_by: str = "ana"
    updated_at: str = "2026-12-01T09:00:00.000Z"
    updated_by: str = "ana"


@dataclass
class _Page:
    records: list
    cursor: str
    conflicts: list = field(default_factory=list)
    erasures: list = field(default_factory=list)


def test_prepared_text_is_used_but_a_local_edit_on_top_is_indexed_too(store):
    quiet = store.create("practice", {"title": "Orchard school", "kind": "good", "summary": "apples"})
    edited = store.create("practice", {"title": "Village bakery", "kind": "good", "summary": "bread"})
    store.update(edited.id, {"title": "Village bakery and honey"})      # pending: never pushed
    fresh_id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    page = _Page([_State(quiet.id, "practice", {"title": "Orchard school", "kind": "good",
                                                "summary": "pears and plums"}, 7),
                  _State(edited.id, "practice", {"title": "Village bakery", "kind": "good",
                                                 "summary": "rye sourdough"}, 8),
                  _State(fresh_id, "practice", {"title": "Łódź tool library", "kind": "good"}, 9)], "9")
    rep = store.replication
    prepared = rep.prepare_page(page)
    assert len(prepared) == 3
    rep.apply_page(page, prepared=prepared)

    def found(q):
        return {h.record_id for h in store.search(q)}

    assert found("plums") == {quiet.id} and not found("apples")
    assert found("sourdough") == {edited.id} and found("honey") == {edited.id}   # both: pulled + local
    assert not found("bread")
    assert found("lodz") == {fresh_id}
    assert store.get(edited.id).fields["title"] == "Village bakery and honey"
