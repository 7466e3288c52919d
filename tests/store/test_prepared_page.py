"""A pulled page's search text is worked out before the write (Replication.prepare_page):
what the index then holds is what applying the page alone would give, local edits included."""

from __future__ import annotations

from pulled_pages import Page, State


def test_prepared_text_is_used_but_a_local_edit_on_top_is_indexed_too(store):
    quiet = store.create("practice", {"title": "Orchard school", "kind": "good", "summary": "apples"})
    edited = store.create("practice", {"title": "Village bakery", "kind": "good", "summary": "bread"})
    store.update(edited.id, {"title": "Village bakery and honey"})      # pending: never pushed
    fresh_id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    page = Page([State(quiet.id, "practice", {"title": "Orchard school", "kind": "good",
                                                "summary": "pears and plums"}, 7),
                  State(edited.id, "practice", {"title": "Village bakery", "kind": "good",
                                                 "summary": "rye sourdough"}, 8),
                  State(fresh_id, "practice", {"title": "Łódź tool library", "kind": "good"}, 9)], "9")
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
