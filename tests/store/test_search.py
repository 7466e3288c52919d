import pytest

from ruraldesk.store import Filters


@pytest.fixture
def corpus(store):
    themes = {store.get(t).title: t for t in store.list_ids("theme")}
    energy = themes["Energy"]
    ids = {
        "malaga": store.create("practice", {"title": "Coopérative solaire de Málaga", "kind": "good",
                                            "country": "ES", "region": "ES61", "language": "fr",
                                            "themes": [energy]}).id,
        "alentejo": store.create("practice", {"title": "Energy cooperative in Alentejo", "kind": "mixed",
                                              "country": "PT", "region": "PT1C", "language": "en",
                                              "summary": "Villagers own the panels"}).id,
        "shop": store.create("practice", {"title": "Village shop", "kind": "bad", "country": "PT",
                                          "summary": "Run like a cooperative by volunteers",
                                          "language": "en"}).id,
        "zofia": store.create("contact", {"kind": "person", "name": "Zofia Wójcik", "country": "PL",
                                          "notes": "Knows every energy cooperative in Małopolska"}).id,
        "kit": store.create("tool", {"title": "Cooperative governance toolkit", "kind": "toolkit",
                                     "language": "en", "themes": [energy]}).id,
    }
    ids["energy"] = energy
    return ids


def found(store, text, **filters):
    return [h.record_id for h in store.search(text, filters=Filters(**filters))]


def test_diacritics_fold_both_ways(store, corpus):
    assert corpus["malaga"] in found(store, "cooperative")
    assert corpus["malaga"] in found(store, "Malaga")
    assert corpus["malaga"] in found(store, "málaga")
    assert corpus["zofia"] in found(store, "wojcik")
    assert corpus["zofia"] in found(store, "malopolska")


def test_prefix_matching_on_every_word(store, corpus):
    assert corpus["alentejo"] in found(store, "coop alen")
    assert corpus["malaga"] in found(store, "sola")
    assert found(store, "alentejo zzz") == []


def test_region_and_country_names_are_searchable(store, corpus):
    assert corpus["malaga"] in found(store, "Andalucia")  # ES61's NUTS name, not in the text
    assert corpus["alentejo"] in found(store, "Portugal")


def test_title_hits_rank_above_body_hits(store, corpus):
    hits = found(store, "cooperative")
    assert hits.index(corpus["alentejo"]) < hits.index(corpus["shop"])
    assert hits.index(corpus["kit"]) < hits.index(corpus["zofia"])


def test_filters(store, corpus):
    assert found(store, "cooperative", collections=("tool",)) == [corpus["kit"]]
    assert set(found(store, "cooperative", country="PT")) == {corpus["alentejo"], corpus["shop"]}
    assert found(store, "cooperative", kind="bad") == [corpus["shop"]]
    assert set(found(store, "cooperative", theme=corpus["energy"])) == {corpus["malaga"], corpus["kit"]}
    assert found(store, "cooperative", language="fr") == [corpus["malaga"]]
    assert found(store, "cooperative", region="PT1") == [corpus["alentejo"]]


def test_deleted_records_leave_results_and_come_back(store, corpus):
    store.delete(corpus["shop"])
    assert corpus["shop"] not in found(store, "village")
    assert found(store, "village", deleted=True) == [corpus["shop"]]
    store.restore(corpus["shop"])
    assert corpus["shop"] in found(store, "village")


def test_edits_reindex(store, corpus):
    store.update(corpus["shop"], {"title": "Épicerie du village"})
    assert corpus["shop"] in found(store, "epicerie")
    assert corpus["shop"] not in found(store, "shop")


def test_query_syntax_in_user_text_is_harmless(store, corpus):
    for text in ['"', "AND", "coop* OR (", "NEAR(", "-", "title:x", "'; DROP TABLE practice; --"]:
        store.search(text)
    assert store.search("   ") == []
    assert store.count("practice") == 3


def test_snippet_marks_the_match(store, corpus):
    hit = store.search("volunteers")[0]
    assert hit.record_id == corpus["shop"] and "[volunteers]" in hit.snippet
    assert store.search_count("cooperative") == 6  # 5 above + a seed theme


def test_the_index_keeps_no_copy_of_the_text_and_follows_every_write(store, corpus):
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'search_content'").scalar() == 0
    store.update(corpus["shop"], {"summary": "Run by the parish"})
    assert corpus["shop"] not in found(store, "volunteers")
    assert corpus["shop"] in found(store, "parish")
    hit = [h for h in store.search("parish") if h.record_id == corpus["shop"]][0]
    assert hit.title == "Village shop" and "[parish]" in hit.snippet
    store.erase(corpus["zofia"])
    assert found(store, "wojcik") == []
    assert store.check_integrity() == []


def test_an_index_built_by_another_version_is_rebuilt_on_opening(tmp_path):
    from ruraldesk.store import Store

    path = tmp_path / "r.sqlite"
    with Store(path, author="t") as s:
        rid = s.create("practice", {"title": "Moinho de Água", "kind": "good"}).id
        s.set_meta("search.version", "0/an older catalogue")
        with s.write() as w:     # the older version's index: this record's words missing
            w.conn.exec_driver_sql("INSERT INTO search(search) VALUES ('delete-all')")
        assert s.search("moinho") == []
    with Store(path, author="t") as s:
        assert [h.record_id for h in s.search("moinho agua")] == [rid]
        s.update(rid, {"title": "Moinho novo"})
        assert [h.record_id for h in s.search("novo")] == [rid]
        assert s.check_integrity() == []
