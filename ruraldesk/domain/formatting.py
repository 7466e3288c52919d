"""Names, dates, numbers and amounts in a reader's language: the one formatting module of the
window, the practice sheets and the exports.

Countries, languages and currencies are named from the ISO catalogues' own translations
(pycountry ships them as gettext catalogues); NUTS regions keep their national names (the
names NUTS itself gives); dates, times, numbers and amounts come from CLDR through Babel.
Every function takes the language explicitly, so a sheet can be written in the practice's
language while the window speaks another.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext

import pycountry
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from . import geo


@functools.lru_cache(maxsize=None)
def _iso(domain: str, language: str) -> gettext.NullTranslations:
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])
    except OSError:          # no catalogue for this language: the English names
        return gettext.NullTranslations()


@functools.lru_cache(maxsize=None)
def locale(language: str) -> Locale:
    try:
        return Locale.parse(language or "en")
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _named(domain: str, english: str, language: str) -> str:
    return _iso(domain, language).gettext(english) if english and language != "en" else english


def country(code: str | None, language: str) -> str:
    """A country's name: "DE" is "Allemagne" in French, "Германия" in Bulgarian."""
    return _named("iso3166-1", geo.country_name(code), language) if code else ""


def language_name(code: str | None, language: str) -> str:
    """A language's name, capitalised as a label ("Französisch", "Francese")."""
    if not code:
        return ""
    name = _named("iso639-3", geo.language_name(code), language)
    return name[:1].upper() + name[1:]


def currency(code: str | None, language: str) -> str:
    return _named("iso4217", geo.currencies().get(code or "", code or ""), language) if code else ""


def region(code: str | None) -> str:
    """A NUTS region in its national name ("Κεντρική Μακεδονία", "Oberbayern") in every language:
    that is how the people who live there, and NUTS, name it."""
    return geo.region_name(code)


def date(value: str | dt.date | None, language: str) -> str:
    """A long date without the weekday ("6 janvier 2025", "January 6, 2025"): unambiguous where
    "1/6/25" is not."""
    if not value:
        return ""
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return format_date(day, format="long", locale=locale(language))


def timestamp(value: str | None, language: str, zone: dt.tzinfo | None = None) -> str:
    """A stored UTC ISO timestamp in the local time zone (or `zone`), short date and time."""
    if not value:
        return ""
    try:
        when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    local = when.astimezone(zone)          # None: the machine's own zone
    return format_datetime(local.replace(tzinfo=None), format="short", locale=locale(language))


def number(value: float | int, language: str, decimals: int | None = None) -> str:
    """12 500 in French with its narrow space, 12.500 in German; whole numbers without decimals."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale(language), decimal_quantization=True)


def amount(value: float | int | None, code: str | None, language: str) -> str:
    """"287 000 zł" in Polish, "287.000 €" in German: no cents on a whole amount."""
    if value is None:
        return ""
    loc = locale(language)
    whole = float(value).is_integer()
    if not code:
        return number(value, language)
    if whole:
        pattern = loc.currency_formats["standard"].pattern.split(";")[0]
        pattern = pattern.replace("#,##0.00", "#,##0").replace("0.00", "0")
        return format_currency(value, code, format=pattern, locale=loc, currency_digits=False)
    return format_currency(value, code, locale=loc)


__all__ = ["amount", "country", "currency", "date", "language_name", "locale", "number", "region",
           "timestamp"]
