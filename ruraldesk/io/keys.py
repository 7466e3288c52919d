"""Normalised keys of contacts: what makes two contacts the same person or organisation."""

from __future__ import annotations

import re

import phonenumbers

from ruraldesk.domain.text import fold

_WORD = re.compile(r"\w+", re.UNICODE)


def email_key(value: str) -> str:
    return value.strip().lower()


def phone_key(value: str, country: str | None = None) -> str | None:
    """E.164 form ('+351210000000'), or None when the number cannot be read."""
    try:
        parsed = phonenumbers.parse(value, (country or None) if not value.strip().startswith("+") else None)
    except phonenumbers.NumberParseException:
        digits = re.sub(r"\D", "", value)
        return f"?{digits}" if len(digits) >= 6 else None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def name_key(name: str) -> str:
    """Folded words in order of the alphabet: 'Dupont, Hélène' == 'helene dupont'."""
    return " ".join(sorted(_WORD.findall(fold(name or ""))))


def contact_keys(fields: dict) -> tuple[set[str], set[str], str]:
    country = fields.get("country")
    emails = {email_key(e["value"]) for e in fields.get("emails") or [] if isinstance(e, dict) and e.get("value")}
    phones = {k for p in fields.get("phones") or [] if isinstance(p, dict) and p.get("value")
              for k in [phone_key(p["value"], country)] if k}
    return emails, phones, name_key(str(fields.get("name") or ""))
