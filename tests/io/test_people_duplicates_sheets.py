"""People's data (export, erasure), duplicate contacts and merge, practice sheets."""

import json

import pytest
from sqlalchemy import select

from ruraldesk.io.demo import generate
from ruraldesk.io.duplicates import find_duplicates, merge_contacts
from ruraldesk.io.people import erase_person, export_person, write_person_export
from ruraldesk.io.sheets import HEADINGS, practice_markdown, write_markdown, write_pdf
from ruraldesk.store.models import Journal
from ruraldesk.store.remote import outbox, put_conflict


@pytest.fixture
def person(store):
    c = store.create("contact", {"kind": "person", "name": "Xavierine Uniquename", "given_name": "Xavierine",
                                 "family_name": "Uniquename",
                                 "emails": [{"type": "work", "value": "xuq@example.org"}],
                                 "phones": [{"type": "mobile", "value": "+351 912 345 678"}],
                                 "consent_basis": "consent", "consent_date": "2024-03-02",
                                 "consent_source": "paper form, village fair"})
    store.update(c.id, {"notes": "allergic to secretword"})
    practice = store.create("practice", {"title": "Village shop", "kind": "good", "contacts": [c.id],
                                         "summary": "Run by Xavierine Uniquename, call 912 345 678."})
    tool = store.create("tool", {"title": "Toolkit", "kind": "toolkit", "contacts": [c.id]})
    other = store.create("contact", {"kind": "person", "name": "Someone",
                                     "notes": "Ask xuq@example.org about the shop"})
    with store.write() as w:
        put_conflict(w, "k1", c.id, "contact", "notes", "open", {"theirs": "allergic to secretword too"})
    return c, practice, tool, other


def test_export_person_has_everything(store, person, tmp_path):
    c, practice, tool, other = person
    data = export_person(store, c.id)
    assert data["contact"]["fields"]["name"] == "Xavierine Uniquename"
    assert data["consent"] == {"basis": "consent", "date": "2024-03-02", "source": "paper form, village fair"}
    assert [h["op"] for h in data["history"]] == ["create", "update"]
    assert {(l["record"]["id"], l["link_field"]) for l in data["linked_records"]} == \
        {(practice.id, "contacts"), (tool.id, "contacts")}
    mentions = {(m["record_id"], m["field"], m["term"]) for m in data["mentions"]}
    assert (practice.id, "summary", "Xavierine Uniquename") in mentions
    assert (practice.id, "summary", "+351 912 345 678") in mentions
    assert (other.id, "notes", "xuq@example.org") in mentions
    assert data["conflicts"][0]["id"] == "k1"
    path = write_person_export(store, c.id, tmp_path / "p.json")
    assert json.loads(path.read_text(encoding="utf-8"))["subject"]["id"] == c.id


def test_erase_person_hard_deletes_scrubs_and_queues_the_erasure(store, person):
    c, practice, tool, other = person
    report = erase_person(store, c.id)
    assert store.find(c.id) is None
    assert set(report.unlinked) == {practice.id, tool.id}
    assert store.get(practice.id).fields.get("contacts") is None
    assert {(m.record_id, m.field) for m in report.mentions} >= {(practice.id, "summary"), (other.id, "notes")}
    # the erasure waits in the outbox for sync, and carries no personal data
    with store.read() as conn:
        pending = [o for o in outbox(conn, limit=10_000) if o.record_id == c.id]
        rows = conn.execute(select(Journal.__table__).where(Journal.record_id == c.id)).all()
    assert [o.op for o in pending][-1] == "erase" and pending[-1].changes == {} and pending[-1].previous == {}
    assert report.erase_change_id == pending[-1].change_id
    assert all(r.changes == {} and r.previous == {} for r in rows)
    assert store.search("Uniquename") == [] or all(h.record_id != c.id for h in store.search("Uniquename"))
    # and no byte of what only the contact held is left in the file (free pages, search index, WAL);
    # its name, e-mail and phone remain only in other records' text, listed above for review
    raw = b"".join(p.read_bytes() for p in store.path.parent.glob("replica.sqlite*"))
    for secret in (b"secretword", b"paper form, village fair", b"allergic", b"Xavierine\"", b"Uniquename\""):
        assert secret not in raw, secret


def test_duplicates_found_by_email_phone_and_names(store):
    make = lambda **f: store.create("contact", {"kind": "person", **f}).id  # noqa: E731
    a = make(name="Hélène Dupont", emails=[{"type": "work", "value": "helene@example.fr"}])
    b = make(name="Helene DUPONT", emails=[{"type": "home", "value": "Helene@Example.fr"}])
    c = make(name="Jan Kowalski", phones=[{"type": "work", "value": "+48 600 100 200"}], country="PL")
    d = make(name="J. Kowalski", phones=[{"type": "mobile", "value": "600 100 200"}], country="PL")
    e = make(name="Maria Conceição Silva")
    f = make(name="Maria Conceicao Silvá")
    g = make(name="Maria da Silva Pereira")
    make(name="Totally Different")
    groups = {frozenset(g.ids): g for g in find_duplicates(store)}
    assert frozenset({a, b}) in groups and groups[frozenset({a, b})].strong
    assert frozenset({c, d}) in groups and "same phone +48600100200" in groups[frozenset({c, d})].reasons
    assert frozenset({e, f}) in groups and not groups[frozenset({e, f})].strong
    assert all(g not in ids for ids in groups)
    assert {frozenset(x.ids) for x in find_duplicates(store, names=False)} == {frozenset({a, b}), frozenset({c, d})}


def test_duplicates_scale_without_comparing_everything(store):
    generate(store, 3000, seed=2, attachment_every=0)
    groups = find_duplicates(store)
    assert groups and all(len(g.ids) >= 2 for g in groups)


def test_merge_keeps_links_values_and_trashes_the_others(store):
    keep = store.create("contact", {"kind": "person", "name": "Ana Silva",
                                    "emails": [{"type": "work", "value": "ana@example.pt"}],
                                    "notes": "first note", "role": "Chair"})
    dup = store.create("contact", {"kind": "person", "name": "Ana  Silva", "organisation": "Coop Mértola",
                                   "emails": [{"type": "home", "value": "ANA@example.pt"},
                                              {"type": "home", "value": "ana.s@example.org"}],
                                   "phones": [{"type": "mobile", "value": "+351 910 000 001"}],
                                   "notes": "second note", "role": "Treasurer",
                                   "consent_basis": "consent", "consent_date": "2023-01-01",
                                   "consent_source": "form"})
    path = store.path.parent / "photo.png"
    path.write_bytes(b"\x89PNG fake")
    p = store.create("practice", {"title": "Shop", "kind": "good", "contacts": [dup.id, keep.id]})
    attachment = store.add_attachment(p.id, path)
    t = store.create("tool", {"title": "Guide", "kind": "guideline", "contacts": [dup.id]})
    report = merge_contacts(store, keep.id, [dup.id])
    kept = store.get(keep.id).fields
    assert [e["value"] for e in kept["emails"]] == ["ana@example.pt", "ana.s@example.org"]
    assert kept["phones"] == [{"type": "mobile", "value": "+351 910 000 001"}]
    assert kept["organisation"] == "Coop Mértola" and kept["notes"] == "first note\n\nsecond note"
    assert kept["role"] == "Chair" and report.differing == {"role": ["Treasurer"], "name": ["Ana  Silva"]}
    assert (kept["consent_basis"], kept["consent_source"]) == ("consent", "form")
    assert store.get(p.id).fields["contacts"] == [keep.id]
    assert store.get(t.id).fields["contacts"] == [keep.id]
    assert store.get(p.id).fields["attachments"] == [attachment.id]
    assert set(report.relinked) == {p.id, t.id}
    assert store.get(dup.id).deleted and store.referencing(dup.id) == []
    with pytest.raises(ValueError):
        merge_contacts(store, keep.id, [keep.id])


def test_practice_sheets_markdown_and_pdf_in_the_practice_language(store, tmp_path):
    generate(store, 40, seed=4, attachment_every=0)
    ids = store.list_ids("practice")
    by_lang = {}
    for r in store.get_many("practice", ids).values():
        by_lang.setdefault(r.fields.get("language"), r)
    pl = by_lang["pl"]
    md = practice_markdown(store, pl.id)
    assert md.startswith(f"# {pl.title}\n")
    assert "## Streszczenie" in md and "## Kontekst" in md and "## Wnioski" in md and "- **Miejsce:**" in md
    assert "Polska" in md
    contact = store.get(pl.fields["contacts"][0])
    assert f"- {contact.title}" in md
    fr = by_lang["fr"]
    assert "## Enseignements" in practice_markdown(store, fr.id) and "## Contacts" in practice_markdown(store, fr.id)
    assert set(HEADINGS) >= {"en", "fr", "de", "es", "it", "pl", "pt"}
    report = write_markdown(store, ids, tmp_path / "all.md")
    assert report.count == 40 and (tmp_path / "all.md").read_text(encoding="utf-8").count("\n---\n") == 39
    calls = []
    report = write_pdf(store, ids, tmp_path / "all.pdf", progress=lambda d, t: calls.append(d))
    assert report.warnings == [] and calls[-1] == 40
    pdf = (tmp_path / "all.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf and pdf.count(b"/Type /Page\n") >= 40


def test_a_sheet_in_any_eu_language_has_its_headings_and_names_in_it(store):
    from ruraldesk.io.mapping import _country
    from ruraldesk.io.sheets import headings

    english = set(headings("en").values())
    for language in ("cs", "sv", "el", "ga", "mt"):
        own = headings(language)
        assert set(own) == set(headings("en"))
        assert not {v for k, v in own.items() if v in english and k not in ("links", "context", "page")}, language
    practice = store.create("practice", {"title": "Obecní prodejna", "kind": "good", "language": "cs",
                                         "country": "DE", "summary": "Prodejna, kterou vede spolek.",
                                         "start_date": "2021-03-01"})
    md = practice_markdown(store, practice.id)
    assert "## Shrnutí" in md and "Dobrá praxe" in md and "Německo" in md and "1. března 2021" in md
    assert _country("Německo") == "DE" and _country("Γερμανία") == "DE" and _country("Tyskland") == "DE"
