"""vCard 3.0 and 4.0 on real files: several e-mails and phones with types, folded lines, UTF-8,
unmapped properties reported; export and round trip."""

import vobject

from ruraldesk.io.vcard import contact_vcard, export_vcards, import_vcards


def by_name(store):
    return {r.fields["name"]: r for r in store.window("contact", 0, 1000)}


def test_vcard_30_from_a_phone(store, data):
    report = import_vcards(store, data / "contacts-3.0.vcf")
    assert report.ok and report.imported == 3
    people = by_name(store)
    helene = people["Hélène Dupont"].fields
    assert helene["emails"] == [{"type": "work", "value": "helene.dupont@example.fr"},
                                {"type": "home", "value": "helene@example.org"}]
    assert helene["phones"] == [{"type": "mobile", "value": "+33 6 12 34 56 78"},
                                {"type": "work", "value": "+33 3 81 00 00 01"},
                                {"type": "fax", "value": "+33 3 81 00 00 09"}]
    assert helene["organisation"] == "Épicerie solidaire de Besançon, Bureau"
    assert helene["role"] == "Trésorière"
    assert (helene["street"], helene["locality"], helene["postcode"], helene["country"]) == \
        ("12 rue des Granges", "Besançon", "25000", "FR")
    assert helene["notes"].endswith("entraide entre villages — à recontacter pour le projet « cœur de village ».")
    assert helene["website"] == "https://epicerie.example.fr"
    assert helene["given_name"] == "Hélène Marie" and helene["family_name"] == "Dupont"
    assert people["Cooperativa de Mértola"].fields["kind"] == "organisation"
    themes = {t.id: t.title for t in store.window("theme", 0, 100)}
    assert sorted(themes[t] for t in people["Łukasz Wójcik"].fields["themes"]) == ["Energy", "Energy communities"]
    # what has no field is listed per card, never dropped silently
    unmapped = {(p.row, p.column) for p in report.unmapped}
    assert {(1, "BDAY"), (1, "PHOTO"), (1, "X-SOCIALPROFILE"), (1, "ADR"), (1, "N"), (2, "X-SKYPE")} <= unmapped
    assert all(p.unit == "card" for p in report.unmapped)
    assert "card 1, BDAY" in str(next(p for p in report.unmapped if p.column == "BDAY"))


def test_vcard_40_types_uri_phones_languages(store, data):
    report = import_vcards(store, data / "contacts-4.0.vcf")
    assert report.imported == 2
    people = by_name(store)
    giorgos = people["Γιώργος Παπαδόπουλος"].fields
    assert giorgos["emails"] == [{"type": "work", "value": "giorgos@example.gr"},
                                 {"type": "home", "value": "giorgos.p@example.org"}]
    assert giorgos["phones"] == [{"type": "mobile", "value": "+30-691-000-0000"},
                                 {"type": "work", "value": "+30-2651-000000"}]
    assert giorgos["languages"] == ["el", "en"] and giorgos["country"] == "GR"
    assert "στο αρχείο vCard." in giorgos["notes"]            # a folded line, unfolded
    lodz = people["Gmina Łódź — Wydział Współpracy"].fields
    assert lodz["kind"] == "organisation" and lodz["website"] == "https://lodz.example.pl"
    assert {(p.row, p.column) for p in report.unmapped} == {(1, "IMPP"), (2, "URL")}


def test_export_and_round_trip_both_versions(store, data, tmp_path):
    import_vcards(store, data / "contacts-3.0.vcf")
    import_vcards(store, data / "contacts-4.0.vcf")
    helene = by_name(store)["Hélène Dupont"]
    store.update(helene.id, {"consent_basis": "consent", "consent_date": "2024-05-01",
                             "consent_source": "sign-up form at the fair", "region": "FRC2",
                             "languages": ["fr", "de"]})
    originals = {r.fields["name"]: r.fields for r in store.window("contact", 0, 100)}
    for version in ("3.0", "4.0"):
        out = tmp_path / f"all-{version}.vcf"
        calls = []
        report = export_vcards(store, out, version=version, progress=lambda d, t: calls.append((d, t)))
        assert report.count == 5 and calls[-1] == (5, 5)
        raw = out.read_bytes()
        assert raw.count(b"BEGIN:VCARD") == 5 and b"\r\n " in raw           # folded at 75 octets
        assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
        cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
        assert {c.version.value for c in cards} == {version}
        other = type(store)(tmp_path / f"other-{version}" / "replica.sqlite", author="t")
        again = import_vcards(other, out)
        assert again.imported == 5 and not again.unmapped, again.unmapped
        copies = {r.fields["name"]: r.fields for r in other.window("contact", 0, 100)}
        assert copies == originals
        other.close()


def test_reimport_is_flagged_as_duplicate(store, data, tmp_path):
    import_vcards(store, data / "contacts-4.0.vcf")
    export_vcards(store, tmp_path / "out.vcf")
    report = import_vcards(store, tmp_path / "out.vcf", dry_run=True)
    assert {p.column for p in report.duplicates} >= {"UID"}
    assert report.valid == 2 and report.imported == 0


def test_one_contact_card_is_valid_vcard(store):
    record = store.create("contact", {"kind": "authority", "name": "Câmara Municipal de Mértola",
                                      "emails": [{"type": "work", "value": "geral@cm-mertola.example.pt"}],
                                      "notes": "linha 1\nlinha 2; com ponto e vírgula, e vírgula"})
    text = contact_vcard(record, "4.0")
    card = vobject.readOne(text)
    assert card.fn.value == "Câmara Municipal de Mértola" and card.kind.value == "org"
    assert card.note.value == "linha 1\nlinha 2; com ponto e vírgula, e vírgula"
