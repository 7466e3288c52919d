import random

import pytest

from ruraldesk.domain.validation import validate
from ruraldesk.io.demo import Cancelled, generate
from ruraldesk.store import Store


def snapshot(store, collection):
    return [(r.id, r.fields) for r in store.window(collection, 0, 10_000, sort="created_at")]


def test_same_seed_same_records(tmp_path):
    a, b = Store(tmp_path / "a.sqlite"), Store(tmp_path / "b.sqlite")
    generate(a, 60, seed=3)
    generate(b, 60, seed=3)
    for c in ("practice", "contact", "tool", "attachment"):
        assert snapshot(a, c) == snapshot(b, c)
    other = Store(tmp_path / "c.sqlite")
    generate(other, 60, seed=4)
    assert snapshot(a, "practice") != snapshot(other, "practice")
    for s in (a, b, other):
        s.close()


def test_generated_records_are_valid_multilingual_and_linked(store):
    counts = generate(store, 300, seed=1)
    assert counts["practices"] == 300 and counts["attachments"] == 6
    practices = store.window("practice", 0, 300)
    assert {p.fields["language"] for p in practices} >= {"pt", "es", "fr", "de", "it", "pl", "en"}
    for collection in ("practice", "contact", "tool"):
        for r in store.window(collection, 0, 300):
            assert validate(collection, r.fields) == [], (collection, r.fields)
    sheet = practices[0].fields
    for key in ("context", "objectives", "activities", "results", "lessons_learned",
                "funding_source", "funding_amount", "funding_currency", "region", "contacts"):
        assert sheet.get(key), key
    some = practices[10]
    for contact_id in some.fields["contacts"]:
        assert some.id in [p.id for p in store.linked(contact_id)["practice"]]
    att = store.window("attachment", 0, 1)[0]
    assert store.attachment_path(att).read_bytes().startswith(b"\x89PNG")
    assert store.pending_count() == store.stats()["journal_entries"]


def test_cancel_stops_between_batches(store):
    seen = []

    def progress(done, total):
        seen.append(done)
        return False

    with pytest.raises(Cancelled):
        generate(store, 5000, progress=progress)
    assert seen == [2000]
    assert store.count("contact") == 2000 and store.count("practice") == 0


@pytest.mark.slow
def test_generation_at_100k_records(tmp_path):
    store = Store(tmp_path / "big.sqlite")
    generate(store, 34_000, seed=9, attachment_every=1000)
    stats = store.stats()
    total = sum(v["records"] for k, v in stats["collections"].items() if k != "theme")
    assert total >= 100_000
    assert stats["search_documents"] == total + 17
    # the store stays usable and correct at this size
    rng = random.Random(1)
    ids = store.list_ids("practice")
    assert len(ids) == 34_000
    assert [r.id for r in store.window("practice", 17_000, 200)] == ids[17_000:17_200]
    probe = store.get(rng.choice(ids))
    word = probe.title.split()[0]
    assert store.search(word, limit=1000)
    assert store.check_integrity() == []
    store.close()
