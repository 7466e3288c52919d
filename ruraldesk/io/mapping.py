"""Columns to fields: header names in several languages, and cell text to field values.

A mapping target is a field name (``"organisation"``), or for e-mails and
phones a field name with the entry type (``"emails:work"``, ``"phones:mobile"``).
Several columns may map to one field: sets are combined, text is joined.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import re
from dataclasses import dataclass
from typing import Any

import pycountry

from ruraldesk.domain import geo
from ruraldesk.domain.fields import FieldSpec, Kind
from ruraldesk.domain.ids import is_id
from ruraldesk.domain.records import spec
from ruraldesk.domain.text import fold

from .text import Text

EMAIL_TYPES = ("work", "home", "other")
PHONE_TYPES = ("work", "home", "mobile", "fax", "other")
#: fields an import never fills from a file (links are made in the app)
NOT_IMPORTED = {"attachments"}
#: fields a header never maps to by itself (their cells must hold record ids)
NOT_SUGGESTED = {"contacts", "tools", "attachments"}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(text))


_SYN: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "display name", "nom complet", "nombre completo", "nome completo",
             "imie i nazwisko", "nazwa", "contact", "contact name", "vollstandiger name", "nome", "nom",
             "nombre"),
    "given_name": ("first name", "given name", "forename", "prenom", "vorname", "nombre de pila",
                   "imie", "primeiro nome", "nome proprio"),
    "family_name": ("last name", "surname", "family name", "nom de famille", "nachname", "familienname",
                    "apellido", "apellidos", "cognome", "nazwisko", "apelido", "sobrenome", "ultimo nome"),
    "organisation": ("organisation", "organization", "company", "org", "organisme", "structure",
                     "entreprise", "societe", "association", "firma", "unternehmen", "organisation name",
                     "organizacion", "empresa", "entidad", "organizzazione", "ente", "azienda",
                     "organizacja", "instytucja", "organizacao", "entidade"),
    "role": ("role", "job title", "position", "function", "fonction", "poste", "funktion", "rolle",
             "cargo", "puesto", "ruolo", "funzione", "stanowisko", "funkcja", "funcao", "job"),
    "emails": ("email", "e mail", "mail", "email address", "e mail address", "courriel", "adresse email",
               "adresse electronique", "correo", "correo electronico", "posta elettronica",
               "indirizzo email", "adres email", "emails", "correio eletronico", "e mails"),
    "phones": ("phone", "telephone", "tel", "phone number", "telefon", "telefono", "telefone",
               "numero de telephone", "telefonnummer", "numer telefonu", "phones"),
    "street": ("street", "address", "street address", "adresse", "rue", "strasse", "anschrift",
               "direccion", "calle", "indirizzo", "via", "ulica", "adres", "morada", "rua", "endereco",
               "address line 1", "address line 2"),
    "postcode": ("postcode", "postal code", "zip", "zip code", "code postal", "cp", "plz", "postleitzahl",
                 "codigo postal", "cap", "kod pocztowy"),
    "locality": ("city", "town", "village", "locality", "town village", "ville", "commune", "localite",
                 "ort", "stadt", "gemeinde", "ciudad", "localidad", "municipio", "citta", "comune",
                 "localita", "miasto", "miejscowosc", "cidade", "localidade", "concelho"),
    "country": ("country", "pays", "land", "pais", "paese", "nazione", "kraj", "country code"),
    "region": ("region", "nuts", "nuts region", "regione", "wojewodztwo", "regiao", "nuts code"),
    "languages": ("languages", "langues", "langue parlee", "sprachen", "idiomas", "lingue", "jezyki",
                  "linguas", "spoken languages"),
    "language": ("language", "langue", "sprache", "idioma", "lingua", "jezyk"),
    "themes": ("themes", "theme", "topics", "topic", "thematiques", "thematique", "themen", "thema",
               "temas", "tema", "temi", "tematy", "temat", "expertise themes", "expertise", "categories"),
    "website": ("website", "web", "url", "site", "site web", "homepage", "web site", "webseite",
                "sitio web", "pagina web", "sito", "sito web", "strona", "strona www", "sitio"),
    "notes": ("notes", "note", "comment", "comments", "remarks", "remarques", "commentaire", "commentaires",
              "bemerkungen", "notizen", "notas", "observaciones", "comentarios", "osservazioni", "uwagi",
              "notatki", "observacoes"),
    "consent_basis": ("lawful basis", "legal basis", "consent basis", "base legale", "base juridique",
                      "rechtsgrundlage", "base juridica", "base legal", "podstawa prawna", "gdpr basis"),
    "consent_date": ("consent date", "date du consentement", "date consentement", "einwilligungsdatum",
                     "fecha del consentimiento", "data del consenso", "data zgody", "data do consentimento"),
    "consent_source": ("consent source", "source du consentement", "einwilligungsquelle",
                       "origen del consentimiento", "fonte del consenso", "zrodlo zgody",
                       "origem do consentimento"),
    "kind": ("kind", "type", "genre", "art", "typ", "tipo", "rodzaj", "category"),
    "title": ("title", "titre", "titel", "titulo", "titolo", "tytul", "name of the practice",
              "practice", "tool"),
    "summary": ("summary", "resume", "abstract", "zusammenfassung", "resumen", "sintesi", "riassunto",
                "streszczenie", "resumo"),
    "description": ("description", "beschreibung", "descripcion", "descrizione", "opis", "descricao"),
    "status": ("status", "statut", "estado", "stato", "estatuto"),
    "organisation_types": ("organisation types", "organization types", "types of organisation",
                           "organisation type", "organization type"),
    "partners": ("partners", "partenaires", "partner", "socios", "partenariado", "partnerzy", "parceiros"),
    "context": ("context", "contexte", "kontext", "contexto", "contesto", "kontekst"),
    "objectives": ("objectives", "goals", "objectifs", "ziele", "objetivos", "obiettivi", "cele"),
    "activities": ("activities", "activites", "aktivitaten", "actividades", "attivita", "dzialania",
                   "atividades"),
    "results": ("results", "resultats", "ergebnisse", "resultados", "risultati", "rezultaty", "outcomes"),
    "lessons_learned": ("lessons learned", "lessons learnt", "lessons", "enseignements",
                        "lecons apprises", "lecons", "lessons learned", "erfahrungen", "lehren",
                        "lecciones aprendidas", "lezioni apprese", "wnioski", "licoes aprendidas"),
    "obstacles": ("obstacles", "barriers", "hindernisse", "obstaculos", "ostacoli", "przeszkody"),
    "transferability": ("transferability", "transferabilite", "ubertragbarkeit", "transferibilidad",
                        "trasferibilita", "transferowalnosc", "transferibilidade"),
    "funding_source": ("funding source", "funding", "funder", "financement", "source de financement",
                       "finanzierung", "financiacion", "finanziamento", "finansowanie", "financiamento"),
    "funding_amount": ("funding amount", "amount", "budget", "montant", "betrag", "importe", "importo",
                       "kwota", "montante"),
    "funding_currency": ("currency", "funding currency", "devise", "monnaie", "wahrung", "moneda",
                         "valuta", "waluta", "moeda"),
    "start_date": ("start date", "start", "date de debut", "debut", "beginn", "startdatum",
                   "fecha de inicio", "inicio", "data di inizio", "data rozpoczecia", "data de inicio"),
    "end_date": ("end date", "end", "date de fin", "fin", "ende", "enddatum", "fecha de fin",
                 "data di fine", "data zakonczenia", "data de fim"),
    "links": ("links", "liens", "enlaces", "collegamenti", "linki", "ligacoes", "urls", "web links"),
    "audience": ("audience", "target audience", "public", "public cible", "zielgruppe", "publico",
                 "destinatari", "odbiorcy"),
    "contacts": ("contacts", "related contacts", "contact ids"),
    "tools": ("tools", "related tools", "outils", "herramientas", "strumenti", "narzedzia"),
    "parent": ("parent", "broader theme", "parent theme"),
    "file_name": ("file name", "filename", "nom du fichier"),
    "media_type": ("media type", "mime type", "content type"),
    "size": ("size", "taille", "grosse"),
    "sha256": ("sha256", "sha 256"),
}

#: headers that mean the family (or given) name when a given (or family) name column is there too
_AMBIGUOUS_NAME = {"nom": "family_name", "name": "family_name", "nombre": "given_name",
                   "nome": "given_name"}
_TYPED = {
    "mobile": "phones:mobile", "mobile phone": "phones:mobile", "cell": "phones:mobile",
    "cell phone": "phones:mobile", "portable": "phones:mobile", "telephone portable": "phones:mobile",
    "handy": "phones:mobile", "mobiltelefon": "phones:mobile", "movil": "phones:mobile",
    "telefono movil": "phones:mobile", "cellulare": "phones:mobile", "komorka": "phones:mobile",
    "telefon komorkowy": "phones:mobile", "telemovel": "phones:mobile", "celular": "phones:mobile",
    "fax": "phones:fax", "telecopie": "phones:fax",
    "work phone": "phones:work", "business phone": "phones:work", "office phone": "phones:work",
    "telephone professionnel": "phones:work", "home phone": "phones:home", "private phone": "phones:home",
    "telephone domicile": "phones:home",
    "work email": "emails:work", "business email": "emails:work", "home email": "emails:home",
    "private email": "emails:home", "personal email": "emails:home",
}


def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for field_name, words in _SYN.items():
        for w in words:
            out.setdefault(_key(w), field_name)
        out.setdefault(_key(field_name), field_name)
    for w, target in _TYPED.items():
        out[_key(w)] = target
    return out


_INDEX = _index()


def targets(collection: str) -> list[tuple[str, str]]:
    """(target, label) a column can map to, for the mapping dialog's choices."""
    s = spec(collection)
    out: list[tuple[str, str]] = []
    for f in s.fields:
        if f.name in NOT_IMPORTED:
            continue
        out.append((f.name, f.label))
        if f.kind is Kind.EMAILS:
            out.extend((f"{f.name}:{t}", f"{f.label} ({t})") for t in EMAIL_TYPES)
        elif f.kind is Kind.PHONES:
            out.extend((f"{f.name}:{t}", f"{f.label} ({t})") for t in PHONE_TYPES)
    return out


def target_field(target: str) -> tuple[str, str | None]:
    name, _, subtype = target.partition(":")
    return name, subtype or None


def check_target(collection: str, target: str) -> str:
    """The target, or ValueError naming what is possible."""
    valid = {t for t, _ in targets(collection)}
    if target not in valid:
        raise ValueError(f"“{target}” is not a {collection} field; use one of: "
                         + ", ".join(sorted(t for t in valid if ":" not in t)))
    return target


def _header_target(header: str) -> str | None:
    key = _key(header)
    if key in _INDEX:
        return _INDEX[key]
    stripped = re.sub(r"\d+$", "", key)          # "E-mail 2", "Phone1"
    if stripped in _INDEX:
        return _INDEX[stripped]
    for suffix in ("value", "address", "number", "adresse", "numero"):   # Google's "E-mail 1 - Value"
        if stripped.endswith(suffix) and re.sub(r"\d+", "", stripped[:-len(suffix)]) in _INDEX:
            return _INDEX[re.sub(r"\d+", "", stripped[:-len(suffix)])]
    return None


def suggest_mapping(headers: list[str], collection: str) -> dict[int, str]:
    """Column index -> target, for every header we recognise (by name or label, in en/fr/de/es/it/pl/pt)."""
    s = spec(collection)
    valid = {t for t, _ in targets(collection)}
    keys = [_key(h) for h in headers]
    found: dict[int, str] = {}
    for i, header in enumerate(headers):
        target = _header_target(header)
        for f in s.fields:                               # the field's own label wins
            if _key(f.label) == keys[i]:
                target = f.name
        if target == "language" and "language" not in valid and "languages" in valid:
            target = "languages"
        if target == "languages" and "languages" not in valid and "language" in valid:
            target = "language"
        if target in ("title",) and "title" not in valid and "name" in valid:
            target = "name"
        if target == "name" and "name" not in valid and "title" in valid:
            target = "title"
        if target and target in valid and target not in NOT_SUGGESTED:
            found[i] = target
    mapped = set(found.values())
    for i, header in enumerate(headers):                 # "Nom" beside "Prénom" is the family name
        k = keys[i]
        if k in _AMBIGUOUS_NAME and found.get(i) == "name":
            counterpart = "given_name" if _AMBIGUOUS_NAME[k] == "family_name" else "family_name"
            others = [j for j, t in found.items() if j != i and t == _AMBIGUOUS_NAME[k]]
            # "Name" beside "Given name" and "Family name" is the display name, not a third name part
            if counterpart in mapped and _AMBIGUOUS_NAME[k] in valid and not others:
                found[i] = _AMBIGUOUS_NAME[k]
    return found


def guess_collection(headers: list[str]) -> str:
    """The collection whose fields the headers name best (contacts on a tie)."""
    best, best_score = "contact", -1
    for name in ("contact", "practice", "tool"):
        mapping = suggest_mapping(headers, name)
        score = len(mapping) + (2 if spec(name).title_field in mapping.values() else 0)
        required = [f.name for f in spec(name).fields if f.required]
        score += sum(1 for r in required if r in mapping.values())
        if score > best_score:
            best, best_score = name, score
    return best


# -- cell text to values ----------------------------------------------------------------------

_SPLIT_SET = re.compile(r"\s*(?:;(?!\s*(?:ext|isub)\s*=)|\||\n)\s*", re.I)
_SPLIT_EMAILS = re.compile(r"\s*(?:;|,|\||\n)\s*")
_SPLIT_WORDS = re.compile(r"\s*(?:;|,|\||\n|/)\s*|\s+")
_TYPE_PREFIX = re.compile(r"^(?P<type>[A-Za-zÀ-ÿ]{2,12})\s*:\s*(?P<value>.+)$")
_TYPE_SUFFIX = re.compile(r"^(?P<value>.+?)\s*\((?P<type>[A-Za-zÀ-ÿ]{2,12})\)$")
_TYPE_WORDS = {"work": "work", "office": "work", "business": "work", "pro": "work", "travail": "work",
               "bureau": "work", "arbeit": "work", "trabajo": "work", "lavoro": "work", "praca": "work",
               "home": "home", "private": "home", "personal": "home", "domicile": "home", "privat": "home",
               "casa": "home", "dom": "home", "mobile": "mobile", "cell": "mobile", "portable": "mobile",
               "handy": "mobile", "movil": "mobile", "cellulare": "mobile", "fax": "fax", "other": "other",
               "autre": "other", "voice": "work", "pref": None}
_CHOICE_ALIASES = {"organization": "organisation", "individual": "person", "org": "organisation",
                   "personne": "person", "person": "person", "persona": "person", "osoba": "person",
                   "pessoa": "person", "organisme": "organisation", "organizacion": "organisation",
                   "organizzazione": "organisation", "organizacja": "organisation",
                   "organizacao": "organisation", "public authority": "authority",
                   "local authority": "authority", "support service": "support_service",
                   "policy recommendation": "policy_recommendation"}
_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "zł": "PLN", "zl": "PLN", "kč": "CZK", "kr": "SEK",
                   "lei": "RON", "ft": "HUF", "chf": "CHF"}
_FORMULA_QUOTE = re.compile(r"^'(?=[=+\-@\t\r])")


@dataclass
class Context:
    """What converting a cell may need: theme names -> ids, the country for local phone numbers."""

    theme_ids: dict[str, str]          # folded theme name -> id (and id -> id)


def unquote(cell: str) -> str:
    """Undo the formula-injection guard our CSV export adds ("'=x" -> "=x")."""
    return _FORMULA_QUOTE.sub("", cell)


def _typed(item: str, default: str, allowed: tuple[str, ...]) -> dict[str, str]:
    for pattern in (_TYPE_PREFIX, _TYPE_SUFFIX):
        m = pattern.match(item)
        if m:
            word = _TYPE_WORDS.get(fold(m.group("type")), "")
            if word == "" or (word is not None and word not in allowed):
                continue
            return {"type": word or default, "value": m.group("value").strip()}
    return {"type": default, "value": item}


def _choice(f: FieldSpec, text: str) -> str | None:
    k = fold(text).strip().replace("-", "_").replace(" ", "_")
    if k in f.choices:
        return k
    alias = _CHOICE_ALIASES.get(fold(text).strip().replace("_", " "))
    if alias in f.choices:
        return alias
    return None


#: the languages whose country names a table may use: the EU's 24
SHEET_LANGUAGES = ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
                   "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv")


@functools.lru_cache(maxsize=None)
def _country_names() -> dict[str, str]:
    """Folded country name in any EU language -> alpha-2 ("Espagne", "Niemcy", "Γερμανία" -> ES, DE, DE)."""
    out: dict[str, str] = {}
    for lang in SHEET_LANGUAGES:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
        except OSError:
            tr = str
        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")):
                if name:
                    out.setdefault(fold(tr(name)), c.alpha_2)
                    out.setdefault(fold(name), c.alpha_2)
    return out


def _country(text: str) -> str | None:
    t = text.strip()
    if len(t) == 2 and t.upper() in ("UK", "EL"):
        return {"UK": "GB", "EL": "GR"}[t.upper()]
    if len(t) == 2 and geo.is_country(t.upper()):
        return t.upper()
    try:
        return pycountry.countries.lookup(t).alpha_2
    except LookupError:
        pass
    return _country_names().get(fold(t))


def _language(text: str) -> str | None:
    t = text.strip()
    if geo.is_language(t.lower()):
        return t.lower()
    try:
        lang = pycountry.languages.lookup(t)
    except LookupError:
        return None
    return getattr(lang, "alpha_2", None) or lang.alpha_3


def _date(text: str) -> str | None:
    t = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?(\.\d+)?)?", t):
        t = t[:10]
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d/%m/%y", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(t, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _number(text: str) -> float | None:
    t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    for sign in list(_CURRENCY_SIGNS) + ["EUR", "USD", "GBP", "PLN"]:
        if t.lower().endswith(sign.lower()) or t.lower().startswith(sign.lower()):
            t = t[len(sign):] if t.lower().startswith(sign.lower()) else t[:-len(sign)]
    if "," in t and "." in t:
        t = t.replace(",", "") if t.rfind(".") > t.rfind(",") else t.replace(".", "").replace(",", ".")
    elif "," in t:
        t = t.replace(",", ".") if re.fullmatch(r"-?\d+,\d{1,2}", t) or t.count(",") == 1 and \
            not re.fullmatch(r"-?\d{1,3},\d{3}", t) else t.replace(",", "")
    try:
        value = float(t)
    except ValueError:
        return None
    return value


def convert(f: FieldSpec, subtype: str | None, cell: str, ctx: Context) -> tuple[Any, str | None]:
    """(value, None) or (None, message) for one non-empty cell."""
    text = unquote(cell)
    k = f.kind
    if k in (Kind.TEXT, Kind.LONGTEXT, Kind.URL):
        return text, None
    if k is Kind.CHOICE:
        value = _choice(f, text)
        return (value, None) if value else (None, Text("“{value}” is not one of: {choices}", value=text,
                                                                     choices=", ".join(f.choices)))
    if k is Kind.CHOICES:
        out = []
        for item in filter(None, _SPLIT_SET.split(text.strip())):
            value = _choice(f, item)
            if value is None:
                return None, Text("“{value}” is not one of: {choices}", value=item, choices=", ".join(f.choices))
            out.append(value)
        return out, None
    if k in (Kind.TAGS,):
        return [x for x in _SPLIT_SET.split(text.strip()) if x], None
    if k is Kind.URLS:
        return [x for x in re.split(r"\s*(?:;|\||\n)\s*|\s+", text.strip()) if x], None
    if k is Kind.EMAILS:
        return [_typed(x, subtype or "other", EMAIL_TYPES) for x in _SPLIT_EMAILS.split(text.strip()) if x], None
    if k is Kind.PHONES:
        return [_typed(x, subtype or "other", PHONE_TYPES) for x in _SPLIT_SET.split(text.strip()) if x], None
    if k is Kind.LANGUAGES:
        out = []
        for item in filter(None, _SPLIT_SET.split(text.strip())):
            value = _language(item)
            if value is None:                            # "fr, en" or "fr en"
                parts = [p for p in _SPLIT_WORDS.split(item) if p]
                values = [_language(p) for p in parts]
                if parts and all(values):
                    out.extend(values)
                    continue
                return None, Text("“{value}” is not a language (use a name or an ISO 639 code such as fr)",
                                  value=item)
            out.append(value)
        return out, None
    if k is Kind.LANGUAGE:
        value = _language(text)
        if value is None:
            return None, Text("“{value}” is not a language (use an ISO 639 code such as fr)", value=text)
        return value, None
    if k is Kind.COUNTRY:
        value = _country(text)
        return (value, None) if value else (None, Text("“{value}” is not a country (use a name or an ISO 3166 "
                                                       "code such as PT)", value=text))
    if k is Kind.REGION:              # a code or a name: resolved with the row's country (csvimport)
        return text.strip(), None
    if k is Kind.CURRENCY:
        t = text.strip()
        return _CURRENCY_SIGNS.get(t.lower(), t.upper()), None
    if k is Kind.DATE:
        value = _date(text)
        return (value, None) if value else (None, Text("“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)",
                                                               value=text))
    if k in (Kind.NUMBER, Kind.INTEGER):
        value = _number(text)
        if value is None:
            return None, Text("“{value}” is not a number", value=text)
        if k is Kind.INTEGER:
            if not value.is_integer():
                return None, Text("“{value}” is not a whole number", value=text)
            return int(value), None
        return value, None
    if k in (Kind.REFS, Kind.REF):
        items = [x for x in _SPLIT_SET.split(text.strip()) if x] if k is Kind.REFS else [text.strip()]
        out = []
        for item in items:
            if f.target == "theme":
                found = ctx.theme_ids.get(fold(item).strip()) or (item if item in ctx.theme_ids else None)
                if found is None:
                    return None, Text("“{value}” is not a theme of this workspace", value=item)
                out.append(found)
            elif is_id(item):
                out.append(item)
            else:
                return None, Text("“{value}” is not a record id", value=item)
        return (out if k is Kind.REFS else out[0]), None
    raise AssertionError(f"unhandled kind {k}")  # pragma: no cover


def combine(f: FieldSpec, current: Any, value: Any) -> Any:
    """Two columns mapped to one field: sets are combined, text is joined."""
    if current in (None, "", []):
        return value
    if isinstance(current, list):
        return current + [v for v in value if v not in current]
    if isinstance(current, str) and isinstance(value, str):
        if value == current:
            return current
        sep = "\n\n" if f.kind is Kind.LONGTEXT else (", " if f.name == "street" else " ")
        return current + sep + value
    return value
