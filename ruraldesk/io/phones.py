"""Phone numbers as address books hold them: national forms, tel: URIs, extensions.

A number without a country code is read with a region: the row's country, else the
default region (the workspace setting, or --default-region) and written in international
form with a warning. One that still cannot be read — no region to read it with, or not a
possible number — goes into the notes with a warning, so a phone never rejects a row.
International numbers are kept as written. Extensions survive: ``tel:+33-1-23-45-67-89;ext=102``
is kept as ``+33-1-23-45-67-89 ext. 102`` and ``01 23 45 67 89;ext=102`` (region FR) as
``+33 1 23 45 67 89 ext. 102``; both read back the same after an export.
"""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

from .common import Problem, Text

_RFC_EXT = re.compile(r";\s*ext\s*=\s*", re.I)
_INTERNATIONAL = phonenumbers.PhoneNumberFormat.INTERNATIONAL


def _parse(value: str, region: str | None):
    text = _RFC_EXT.sub(" ext. ", value.strip())
    try:
        parsed = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_possible_number(parsed) else None


#: the replica's meta key of the workspace's phone region (ISO 3166 alpha-2)
REGION_KEY = "default_phone_region"


def workspace_region(store) -> str | None:
    """The region national numbers are read in, as the workspace was told once; None if never."""
    value = store.get_meta(REGION_KEY) if store is not None else None
    return value or None


def set_workspace_region(store, region: str | None) -> None:
    if region and not phonenumbers.country_code_for_region(region.upper()):
        raise ValueError(f"“{region}” is not a country code such as FR")
    store.set_meta(REGION_KEY, (region or "").upper())


def from_uri(value: str) -> str:
    """A vCard 4.0 ``tel:`` URI as a number a person reads (with " ext. N")."""
    text = re.sub(r"^tel:", "", value.strip(), flags=re.I)
    return _RFC_EXT.sub(" ext. ", text.split(";isub=")[0])


def place(fields: dict[str, Any], region: str | None, warnings: list[Problem], row: int, *,
          unit: str = "row", column: str | None = None) -> None:
    """Write national numbers in international form; move unreadable ones to the notes."""
    kept = []
    moved = []
    for phone in fields.get("phones") or []:
        value = phone["value"]
        international = value.strip().startswith("+")
        parsed = _parse(value, region)
        if parsed is not None and international:
            kept.append({**phone, "value": _RFC_EXT.sub(" ext. ", value)})    # as written
            continue
        if parsed is not None:
            written = phonenumbers.format_number(parsed, _INTERNATIONAL)
            if not international:
                warnings.append(Problem(row, Text("phone {number} written as {written} (numbers without a "
                                                  "country code read as {region})", number=value,
                                                  written=written, region=region),
                                        column=column, value=value, unit=unit))
            kept.append({**phone, "value": written})
            continue
        moved.append(phone)
        if not international and not region:
            why = Text("phone {number} has no country code and no region is set to read it with; kept in the "
                       "notes (set the workspace's phone region, or --default-region)", number=value)
        else:
            why = Text("“{number}” is not a phone number we can read; kept in the notes", number=value)
        warnings.append(Problem(row, why, column=column, value=value, unit=unit))
    if kept:
        fields["phones"] = kept
    else:
        fields.pop("phones", None)
    if moved:
        lines = [Text("Phone ({type}): {number}", type=p.get("type") or "other", number=p["value"]) for p in moved]
        fields["notes"] = "\n".join(filter(None, [fields.get("notes"), *lines]))


__all__ = ["REGION_KEY", "from_uri", "place", "set_workspace_region", "workspace_region"]
