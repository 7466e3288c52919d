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


def test_a_page_in_any_order_is_indexed_in_one_segment_and_stays_consistent(store):
    """FTS5 writes a new segment each time a transaction's rowids step down: the page's
    index writes go in rowid order, whatever order the page (title order) came in."""
    with store.write() as w:
        made = w.create_many("practice", [(None, {"title": f"Orchard {i:03d}", "kind": "good",
                                                  "summary": f"apples harvest{i}"}) for i in range(120)])
    fresh = [f"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f{i:04x}" for i in range(20)]
    states = [State(rid, "practice", {"title": f"Orchard {119 - n:03d}", "kind": "good", "summary": f"pears crop{n}"},
                    100 + n) for n, rid in enumerate(reversed(made))]
    states += [State(rid, "practice", {"title": f"Bakery {n}", "kind": "good"}, 300 + n)
               for n, rid in enumerate(reversed(fresh))]

    def segments() -> int:
        with store.read() as conn:
            return conn.exec_driver_sql("SELECT count(DISTINCT segid) FROM search_idx").scalar()

    before = segments()
    store.replication.apply_page(Page(states, "400"))
    assert segments() - before <= 2
    assert store.check_integrity() == []
    assert store.search_count("apples") == 0 and store.search_count("pears") == 120
    assert {h.record_id for h in store.search("crop119")} == {made[0]}
    assert store.search_count("bakery") == 20
