"""One formatting module for the window, the sheets and the exports: names from the ISO
catalogues' own translations, NUTS regions in their national names, dates, numbers and
amounts from CLDR (issue 18 item 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruraldesk.domain import formatting

EU = ("bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt",
      "mt", "pl", "pt", "ro", "sk", "sl", "es", "sv")


@pytest.mark.parametrize("language", [lang for lang in EU if lang != "en"])
def test_every_eu_language_names_countries_and_languages_in_itself(language):
    assert formatting.country("DE", language) not in ("", "Germany")
    assert formatting.language_name("fr", language) not in ("", "French")
    assert formatting.date("2025-01-06", language) != formatting.date("2025-01-06", "en")


def test_names_and_dates_read_as_a_native_reader_expects():
    assert formatting.country("DE", "fr") == "Allemagne"
    assert formatting.country("DE", "bg") == "Германия"
    assert formatting.language_name("fr", "de") == "Französisch"
    assert formatting.date("2025-01-06", "fr") == "6 janvier 2025"
    assert formatting.date("2025-01-06", "de") == "6. Januar 2025"
    assert formatting.date("2025-01-06", "hu") == "2025. január 6."


def test_regions_keep_their_national_names_in_every_language():
    assert formatting.region("EL52") == "Κεντρική Μακεδονία"
    assert formatting.region("DE21") == "Oberbayern"


def test_numbers_and_amounts_follow_cldr():
    assert formatting.number(12500, "de") == "12.500"
    assert formatting.number(12500.5, "en") == "12,500.50"
    assert formatting.amount(287000, "PLN", "pl") == "287\xa0000\xa0zł"
    assert formatting.amount(287000.5, "EUR", "de") == "287.000,50\xa0€"


def test_timestamps_are_shown_in_the_given_zone():
    paris = dt.timezone(dt.timedelta(hours=1))
    assert formatting.timestamp("2025-01-06T10:05:00Z", "fr", paris) == "06/01/2025 11:05"


def test_bad_values_come_back_as_they_are_never_raise():
    assert formatting.date("not a date", "fr") == "not a date"
    assert formatting.timestamp("garbage", "fr") == "garbage"
    assert formatting.country(None, "fr") == "" and formatting.date(None, "fr") == ""
    assert formatting.locale("xx-nonsense").language == "en"


def test_the_window_and_the_sheets_write_the_same_words(qapp):
    from ruraldesk.io import sheetwords
    from ruraldesk.ui import i18n

    i18n.install("fr")
    try:
        assert i18n.country_name("DE") == sheetwords.country("DE", "fr")
        assert i18n.number(12500) == sheetwords.number(12500, "fr")
    finally:
        i18n.install("en")
