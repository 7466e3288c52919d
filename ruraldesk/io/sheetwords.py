"""The words of a practice sheet in the practice's language, from CLDR (through Babel) and
from the app's own translations: country and language names, dates, amounts with their
currency ("287 000 zł"), organisation types and the seed themes' names.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from ruraldesk.domain import geo
from ruraldesk.domain.themes import SEED_THEMES

#: the seed themes (ruraldesk.domain.themes) as each language names them
SEED_THEME_NAMES: dict[str, tuple[str, ...]] = {
    "fr": ("Développement des entreprises et emploi", "Insertion par le travail", "Entrepreneuriat local",
           "Agriculture et alimentation durables", "Circuits courts alimentaires", "Agroécologie", "Mobilité",
           "Coopératives de plateformes numériques", "Transport solidaire", "Énergie", "Communautés énergétiques",
           "Santé", "Éducation et services", "Inclusion sociale", "Réseaux de solidarité",
           "Cadres politiques et juridiques", "Co-construction avec les collectivités"),
    "de": ("Unternehmensentwicklung und Beschäftigung", "Arbeitsmarktintegration", "Lokales Unternehmertum",
           "Nachhaltige Landwirtschaft und Ernährung", "Kurze Lebensmittelketten", "Agrarökologie", "Mobilität",
           "Digitale Plattformgenossenschaften", "Gemeinschaftsverkehr", "Energie", "Energiegemeinschaften",
           "Gesundheit", "Bildung und Dienstleistungen", "Soziale Inklusion", "Solidaritätsnetzwerke",
           "Politische und rechtliche Rahmenbedingungen", "Gemeinsame Gestaltung mit Behörden"),
    "es": ("Desarrollo empresarial y empleo", "Inserción laboral", "Emprendimiento local",
           "Agricultura y alimentación sostenibles", "Circuitos cortos de alimentación", "Agroecología",
           "Movilidad", "Cooperativas de plataformas digitales", "Transporte comunitario", "Energía",
           "Comunidades energéticas", "Salud", "Educación y servicios", "Inclusión social", "Redes de solidaridad",
           "Marcos políticos y jurídicos", "Codiseño con las administraciones"),
    "it": ("Sviluppo d'impresa e occupazione", "Inserimento lavorativo", "Imprenditorialità locale",
           "Agricoltura e alimentazione sostenibili", "Filiere alimentari corte", "Agroecologia", "Mobilità",
           "Cooperative di piattaforma digitale", "Trasporto comunitario", "Energia", "Comunità energetiche",
           "Salute", "Istruzione e servizi", "Inclusione sociale", "Reti di solidarietà",
           "Quadri politici e giuridici", "Co-progettazione con le amministrazioni"),
    "pl": ("Rozwój przedsiębiorczości i zatrudnienie", "Integracja przez pracę", "Przedsiębiorczość lokalna",
           "Zrównoważone rolnictwo i żywność", "Krótkie łańcuchy dostaw żywności", "Agroekologia", "Mobilność",
           "Spółdzielnie platform cyfrowych", "Transport społeczny", "Energia", "Społeczności energetyczne",
           "Zdrowie", "Edukacja i usługi", "Włączenie społeczne", "Sieci solidarności",
           "Ramy polityczne i prawne", "Współprojektowanie z władzami"),
    "pt": ("Desenvolvimento empresarial e emprego", "Inserção pelo trabalho", "Empreendedorismo local",
           "Agricultura e alimentação sustentáveis", "Circuitos curtos alimentares", "Agroecologia", "Mobilidade",
           "Cooperativas de plataforma digital", "Transporte comunitário", "Energia", "Comunidades de energia",
           "Saúde", "Educação e serviços", "Inclusão social", "Redes de solidariedade",
           "Enquadramentos políticos e jurídicos", "Codesenho com as autoridades"),
}


def _seed_order() -> list[str]:
    out = []
    for name, children in SEED_THEMES:
        out.append(name)
        out.extend(children)
    return out


@functools.lru_cache(maxsize=None)
def _theme_table(language: str) -> dict[str, str]:
    names = SEED_THEME_NAMES.get(language)
    return dict(zip(_seed_order(), names)) if names else {}


def theme_name(name: str, language: str) -> str:
    return _theme_table(language).get(name, name)


def _glossary_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources" / "translations" / "glossary"


@functools.lru_cache(maxsize=None)
def _choices(language: str) -> dict[str, str]:
    try:
        data = json.loads((_glossary_dir() / f"{language}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("Choices", {})


def choice(value: str, language: str) -> str:
    """An organisation type (a choice value) as the app shows it in that language."""
    english = value.replace("_", " ").capitalize()
    return _choices(language).get(english, english) if language != "en" else english


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except Exception:
        return Locale.parse("en")


def country(code: str | None, language: str) -> str:
    if not code:
        return ""
    return _locale(language).territories.get(code) or geo.country_name(code)


def language_name(code: str | None, language: str) -> str:
    if not code:
        return ""
    name = _locale(language).languages.get(code) or geo.language_name(code)
    return name[:1].upper() + name[1:]


def date(value: str | None, language: str) -> str:
    if not value:
        return "…"
    try:
        return format_date(dt.date.fromisoformat(str(value)[:10]), format="long", locale=_locale(language))
    except ValueError:
        return str(value)


def number(value: float | int, language: str) -> str:
    return format_decimal(value, locale=_locale(language))


def amount(value: float | int | None, currency: str | None, language: str) -> str:
    """"287 000 zł" in Polish, "287.000 €" in German: no cents on a whole amount."""
    if value is None:
        return ""
    locale = _locale(language)
    whole = float(value).is_integer()
    if not currency:
        return format_decimal(value, locale=locale, format="#,##0" if whole else None)
    if whole:
        pattern = locale.currency_formats["standard"].pattern.split(";")[0]
        pattern = pattern.replace("#,##0.00", "#,##0").replace("0.00", "0")
        return format_currency(value, currency, format=pattern, locale=locale, currency_digits=False)
    return format_currency(value, currency, locale=locale)


__all__ = ["SEED_THEME_NAMES", "amount", "choice", "country", "date", "language_name", "number", "theme_name"]
