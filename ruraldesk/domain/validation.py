"""Field-level validation with clear messages.

Messages are English templates with named parameters so the UI can translate
the template (context "Validation") and then fill it in.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import email_validator
import phonenumbers

from . import geo
from .fields import FieldSpec, Kind
from .ids import is_id
from .records import spec

MAX_TEXT = 100_000


@dataclass(frozen=True)
class FieldError:
    field: str
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.params))

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


def _err(field: str, template: str, **params: Any) -> FieldError:
    return FieldError(field, template, tuple(params.items()))


_EMPTIABLE = (str, list, tuple)


def _is_empty(value: Any) -> bool:
    return not value and (value is None or isinstance(value, _EMPTIABLE))


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _check_typed_list(f: FieldSpec, value: Any, check) -> list[FieldError]:
    if not isinstance(value, list):
        return [_err(f.name, "{label} must be a list", label=f.label)]
    errors = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("value"), str):
            errors.append(_err(f.name, "{label}: each entry needs a value", label=f.label))
            continue
        message = check(item["value"])
        if message:
            errors.append(message)
    return errors


def _check_email(field: str, address: str) -> FieldError | None:
    try:
        email_validator.validate_email(address, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return _err(field, "“{value}” is not a valid e-mail address", value=address)
    return None


def _check_phone(field: str, number: str, country: str | None) -> FieldError | None:
    try:
        parsed = phonenumbers.parse(number, country or None)
    except phonenumbers.NumberParseException:
        return _err(field, "“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)",
                    value=number)
    if not phonenumbers.is_possible_number(parsed):
        return _err(field, "“{value}” is not a possible phone number", value=number)
    return None


def _check_text(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if not isinstance(value, str):
        return [_err(f.name, "{label} must be text", label=f.label)]
    limit = f.max_length or MAX_TEXT
    if len(value) > limit:
        return [_err(f.name, "{label} is too long ({length} characters, at most {limit})",
                     label=f.label, length=len(value), limit=limit)]
    if f.kind is Kind.URL and not value.startswith(("http://", "https://")):
        return [_err(f.name, "“{value}” is not a web address (it should start with https://)", value=value)]
    return []


def _check_choice(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if value not in f.choices:
        return [_err(f.name, "“{value}” is not one of: {choices}", value=value, choices=", ".join(f.choices))]
    return []


def _check_choices(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if not isinstance(value, list):
        return [_err(f.name, "{label} must be a list", label=f.label)]
    return [_err(f.name, "“{value}” is not one of: {choices}", value=v, choices=", ".join(f.choices))
            for v in value if v not in f.choices]


def _check_texts(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [_err(f.name, "{label} must be a list of text", label=f.label)]
    k, name = f.kind, f.name
    errors = []
    for v in value:
        if k is Kind.URLS and not v.startswith(("http://", "https://")):
            errors.append(_err(name, "“{value}” is not a web address (it should start with https://)", value=v))
        elif k is Kind.LANGUAGES and not geo.is_language(v):
            errors.append(_err(name, "“{value}” is not an ISO 639 language code", value=v))
        elif k is Kind.REFS and not is_id(v):
            errors.append(_err(name, "“{value}” is not a record id", value=v))
    return errors


def _check_ref(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    return [] if is_id(value) else [_err(f.name, "“{value}” is not a record id", value=value)]


def _check_emails(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    return _check_typed_list(f, value, lambda v: _check_email(f.name, v))


def _check_phones(f: FieldSpec, value: Any, values: dict[str, Any]) -> list[FieldError]:
    return _check_typed_list(f, value, lambda v: _check_phone(f.name, v, values.get("country")))


def _check_date(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if parse_date(value) is None:
        return [_err(f.name, "“{value}” is not a date (use YYYY-MM-DD)", value=value)]
    return []


def _check_number(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            isinstance(value, float) and not math.isfinite(value)):
        return [_err(f.name, "{label} must be a number, not “{value}”", label=f.label, value=value)]
    if f.kind is Kind.INTEGER and not float(value).is_integer():
        return [_err(f.name, "{label} must be a whole number", label=f.label)]
    if value < 0:
        return [_err(f.name, "{label} cannot be negative", label=f.label)]
    return []


def _check_country(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if not isinstance(value, str) or not geo.is_country(value):
        return [_err(f.name, "“{value}” is not an ISO 3166 country code", value=value)]
    return []


def _check_region(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if not isinstance(value, str) or geo.region(value) is None:
        return [_err(f.name, "“{value}” is not a NUTS region code", value=value)]
    return []


def _check_language(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if not isinstance(value, str) or not geo.is_language(value):
        return [_err(f.name, "“{value}” is not an ISO 639 language code", value=value)]
    return []


def _check_currency(f: FieldSpec, value: Any, _values: dict[str, Any]) -> list[FieldError]:
    if not isinstance(value, str) or not geo.is_currency(value):
        return [_err(f.name, "“{value}” is not an ISO 4217 currency code", value=value)]
    return []


#: one check per kind (a chain of comparisons per value was most of the cost of a bulk write)
_CHECKS: dict[Kind, Callable[[FieldSpec, Any, dict[str, Any]], list[FieldError]]] = {
    Kind.TEXT: _check_text, Kind.LONGTEXT: _check_text, Kind.URL: _check_text,
    Kind.CHOICE: _check_choice, Kind.CHOICES: _check_choices,
    Kind.TAGS: _check_texts, Kind.URLS: _check_texts, Kind.LANGUAGES: _check_texts, Kind.REFS: _check_texts,
    Kind.REF: _check_ref, Kind.EMAILS: _check_emails, Kind.PHONES: _check_phones, Kind.DATE: _check_date,
    Kind.NUMBER: _check_number, Kind.INTEGER: _check_number,
    Kind.COUNTRY: _check_country, Kind.REGION: _check_region, Kind.LANGUAGE: _check_language,
    Kind.CURRENCY: _check_currency,
}
assert set(_CHECKS) == set(Kind), "a kind without a check"


def check_field(f: FieldSpec, value: Any, values: dict[str, Any]) -> list[FieldError]:
    """Errors for one non-empty value."""
    return _CHECKS[f.kind](f, value, values)


@dataclass(frozen=True)
class Rule:
    """A check across fields. `reads` are every field it looks at: a change to any of them
    can break it, so a partial change is answerable for it (check_change)."""

    field: str                     # where its error is shown
    reads: tuple[str, ...]
    check: Callable[[dict[str, Any]], FieldError | None]


def _end_after_start(values: dict[str, Any]) -> FieldError | None:
    start, end = parse_date(values.get("start_date")), parse_date(values.get("end_date"))
    if start and end and end < start:
        return _err("end_date", "The end date is before the start date")
    return None


def _currency_with_amount(values: dict[str, Any]) -> FieldError | None:
    # an amount alone cannot be compared or summed: refused everywhere (forms, import, sync)
    if not _is_empty(values.get("funding_amount")) and _is_empty(values.get("funding_currency")):
        return _err("funding_currency", "Give the currency of the funding amount")
    return None


def _region_in_country(values: dict[str, Any]) -> FieldError | None:
    value, country = values.get("region"), values.get("country")
    region = geo.region(value) if isinstance(value, str) else None
    if region is not None and isinstance(country, str) and country and region.country != country:
        return _err("region", "Region {value} is not in {country}", value=value,
                    country=geo.country_name(country))
    return None


#: the cross-field rules, declared once: whole records and partial changes both run them
RULES = (
    Rule("end_date", ("start_date", "end_date"), _end_after_start),
    Rule("funding_currency", ("funding_amount", "funding_currency"), _currency_with_amount),
    Rule("region", ("country", "region"), _region_in_country),
)


def _rules_of(collection: str) -> tuple[Rule, ...]:
    """The cross-field rules whose fields this collection has (worked out once)."""
    rules = _RULES_OF.get(collection)
    if rules is None:
        s = spec(collection)
        rules = _RULES_OF[collection] = tuple(r for r in RULES if all(s.has(n) for n in r.reads))
    return rules


_RULES_OF: dict[str, tuple[Rule, ...]] = {}


@functools.cache
def _required_of(collection: str) -> tuple[FieldSpec, ...]:
    return tuple(f for f in spec(collection).fields if f.required)


@functools.cache
def _order_of(collection: str) -> dict[str, int]:
    return {f.name: i for i, f in enumerate(spec(collection).fields)}


def _errors(collection: str, values: dict[str, Any], changed: Iterable[str] | None) -> list[FieldError]:
    s = spec(collection)
    by_name = s._by_name  # type: ignore[attr-defined]
    names = None if changed is None else set(changed)   # None: every field and every key
    errors = []
    found: list[FieldError] = []
    # the values given, not every field of the spec (a record sets a third of them)
    for key, value in values.items():
        if names is not None and key not in names:
            continue
        f = by_name.get(key)
        if f is None:
            errors.append(_err(key, "Unknown field “{value}”", value=key))
        elif not _is_empty(value):
            found.extend(check_field(f, value, values))
    for f in _required_of(collection):
        if (names is None or f.name in names) and _is_empty(values.get(f.name)):
            found.append(_err(f.name, "{label} is required", label=f.label))
    if len(found) > 1:       # in the order of the form's fields
        order = _order_of(collection)
        found.sort(key=lambda e: order.get(e.field, len(order)))
    errors.extend(found)
    for rule in _rules_of(collection):
        if names is None or names.intersection(rule.reads):
            problem = rule.check(values)
            if problem is not None and not any(e.field == problem.field for e in errors):
                errors.append(problem)
    return errors


def validate(collection: str, values: dict[str, Any]) -> list[FieldError]:
    """Every problem with a whole record's values, field by field."""
    return _errors(collection, values, None)


def check_change(collection: str, merged: dict[str, Any], changed: Iterable[str]) -> list[FieldError]:
    """The problems a partial change is answerable for: `merged` is the record with the
    change applied, `changed` the fields whose value it really changed. Errors of fields it
    did not touch (an old record from before a rule existed) are not its fault; a rule that
    reads a changed field is. The one verdict of the replica's write path and the server."""
    return _errors(collection, merged, changed)


_LIST_KINDS = frozenset((Kind.TAGS, Kind.URLS, Kind.LANGUAGES, Kind.REFS, Kind.CHOICES))
_UPPER_KINDS = frozenset((Kind.COUNTRY, Kind.CURRENCY, Kind.REGION))


def normalise(collection: str, values: dict[str, Any]) -> dict[str, Any]:
    """Canonical forms: trimmed text, sorted de-duplicated sets, upper-case codes."""
    by_name = spec(collection)._by_name  # type: ignore[attr-defined]
    out: dict[str, Any] = {}
    for key, value in values.items():
        f = by_name.get(key)
        if f is None:
            out[key] = value
            continue
        kind = f.kind
        if isinstance(value, str):
            value = value.strip() if kind is not Kind.LONGTEXT else value.strip("\n ")
            if kind in _UPPER_KINDS:
                value = value.upper()
            elif kind is Kind.LANGUAGE:
                value = value.lower()
            if value == "":
                value = None
        elif isinstance(value, list):
            if kind in _LIST_KINDS:
                seen: dict[str, None] = {}
                for v in value:
                    if isinstance(v, str) and v.strip():
                        v = v.strip().lower() if kind is Kind.LANGUAGES else v.strip()
                        seen.setdefault(v, None)
                    elif not isinstance(v, str):
                        seen.setdefault(v, None)  # left for validate() to reject
                value = list(seen)
            elif kind is Kind.EMAILS or kind is Kind.PHONES:
                value = [{"type": (i.get("type") or "other").strip().lower(), "value": i["value"].strip()}
                         if isinstance(i, dict) and isinstance(i.get("value"), str) else i for i in value]
        elif kind is Kind.NUMBER and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        out[key] = value
    return out


def check(collection: str, values: dict[str, Any]) -> dict[str, Any]:
    """Normalise and validate; raise ValidationError listing every problem."""
    values = normalise(collection, values)
    errors = validate(collection, values)
    if errors:
        raise ValidationError(errors)
    return values
