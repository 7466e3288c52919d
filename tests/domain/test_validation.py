from ruraldesk.domain import check, new_id, validate
from ruraldesk.domain.ids import is_id
from ruraldesk.domain.validation import ValidationError


def messages(collection, values):
    return {e.field: e.message for e in validate(collection, values)}


def test_bad_email_names_the_field_and_the_value():
    errs = messages("contact", {"kind": "person", "name": "Ana",
                                "emails": [{"type": "work", "value": "ana@@example"}]})
    assert errs == {"emails": "“ana@@example” is not a valid e-mail address"}


def test_unknown_country_and_region_outside_country():
    assert messages("contact", {"kind": "person", "name": "A", "country": "XX"})["country"] == \
        "“XX” is not an ISO 3166 country code"
    errs = messages("practice", {"title": "T", "kind": "good", "country": "PT", "region": "ES61"})
    assert errs == {"region": "Region ES61 is not in Portugal"}
    assert messages("practice", {"title": "T", "kind": "good", "region": "QQ99"})["region"] == \
        "“QQ99” is not a NUTS region code"


def test_greek_nuts_codes_belong_to_greece():
    assert messages("practice", {"title": "T", "kind": "good", "country": "GR", "region": "EL30"}) == {}


def test_dates_and_funding():
    errs = messages("practice", {"title": "T", "kind": "good", "start_date": "2024-05-01",
                                 "end_date": "2023-01-01", "funding_amount": "lots"})
    assert errs["end_date"] == "The end date is before the start date"
    assert errs["funding_amount"] == "Funding amount must be a number, not “lots”"
    assert messages("practice", {"title": "T", "kind": "good", "start_date": "2024-13-01"})["start_date"] == \
        "“2024-13-01” is not a date (use YYYY-MM-DD)"


def test_required_unknown_and_choice():
    errs = messages("practice", {"kind": "great", "colour": "red"})
    assert errs["title"] == "Title is required"
    assert errs["kind"].startswith("“great” is not one of: good, bad, mixed")
    assert errs["colour"] == "Unknown field “colour”"


def test_phone_language_currency_url():
    errs = messages("contact", {"kind": "person", "name": "A", "phones": [{"type": "cell", "value": "12"}],
                                "languages": ["xx-yy"], "website": "example.org"})
    assert set(errs) == {"phones", "languages", "website"}
    assert messages("practice", {"title": "T", "kind": "good", "funding_amount": 10.0,
                                 "funding_currency": "EURO"})["funding_currency"] == \
        "“EURO” is not an ISO 4217 currency code"


def test_check_normalises_and_raises_with_every_error():
    values = check("contact", {"kind": "person", "name": "  Ana  ", "country": "pt",
                               "languages": ["PT", "pt", "en"]})
    assert values["name"] == "Ana" and values["country"] == "PT" and values["languages"] == ["pt", "en"]
    try:
        check("contact", {"kind": "nobody"})
    except ValidationError as exc:
        assert set(exc.by_field()) == {"kind", "name"}
    else:
        raise AssertionError("expected a ValidationError")


def test_ids_are_uuid7_and_time_ordered():
    import uuid

    ids = [new_id() for _ in range(200)]
    assert len(set(ids)) == 200
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)


def test_a_record_id_is_a_uuid_in_its_canonical_form_only():
    rid = new_id()
    assert is_id(rid) and is_id(rid.upper())
    hexes = rid.replace("-", "")
    for other in ("{" + hexes[:16] + "-" + hexes[16:] + "}",    # uuid.UUID takes these 36 characters
                  "----" + hexes, rid + "\n", rid[:-1], rid.replace("-", "_"), None, 7):
        assert not is_id(other), other
    errors = validate("practice", {"title": "t", "kind": "good", "themes": ["----" + hexes]})
    assert [e.field for e in errors] == ["themes"]


def test_a_partial_change_answers_for_the_rules_that_read_what_it_changed():
    from ruraldesk.domain.validation import check_change

    def fields(merged, changed):
        return {e.field for e in check_change("practice", merged, changed)}

    record = {"title": "T", "kind": "good", "country": "PT", "region": "ES61", "funding_amount": 5.0}
    assert fields(record, {"title"}) == set()                      # old problems are not this change's
    assert fields(record, {"country"}) == {"region"}               # the region rule reads the country
    assert fields(record, {"funding_amount"}) == {"funding_currency"}
    assert fields({**record, "funding_currency": "EUR"}, {"funding_currency"}) == set()
    assert fields({"title": "T", "kind": "good", "start_date": "2024-01-01", "end_date": "2023-01-01"},
                  {"start_date"}) == {"end_date"}
    assert fields({"title": None, "kind": "good", "colour": "red"}, {"title", "colour"}) == {"title", "colour"}
    assert {e.field for e in validate("practice", record)} == {"region", "funding_currency"}
