"""vCard 3.0 and 4.0 (and 2.1 as phones export it) for contacts, through vobject.

Import maps FN/N, KIND, ORG, TITLE/ROLE, every EMAIL and TEL with its TYPE,
the first ADR, NOTE, URL, LANG, CATEGORIES (theme names) and our own
X-RURALDESK-* properties (consent, region, kind). Anything else — PHOTO, BDAY,
IMPP, a second address, X- properties of other programs — is listed per card
in the report's `unmapped`, never dropped silently. A broken card refuses the
whole file before anything is written.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, TextIO

import phonenumbers
import vobject

from ruraldesk.domain import geo
from ruraldesk.domain.records import Record
from ruraldesk.domain.text import fold
from ruraldesk.store.search import Filters

from .common import DEFAULT_MAX_BYTES, BadFile, CancelFlag, Problem, Progress, Text, Ticker, check_input
from .importer import ALL_OR_NOTHING, VALID_ONLY, ImportReport, Importer, context
from .mapping import _country
from .tabular import detect_encoding

__all__ = ["ALL_OR_NOTHING", "VALID_ONLY", "ExportReport", "card_fields", "contact_vcard", "export_vcards",
           "import_vcards", "is_vcard", "read_cards"]

#: properties that carry no data of the person (or that we make ourselves)
_META = {"VERSION", "PRODID", "UID", "REV", "BEGIN", "END", "X-RURALDESK-ID", "CLIENTPIDMAP"}
_EMAIL_TYPES = {"work": "work", "home": "home", "internet": None, "pref": None, "x400": None}
_PHONE_TYPES = {"cell": "mobile", "mobile": "mobile", "work": "work", "home": "home", "fax": "fax",
                "voice": None, "pref": None, "msg": None, "text": None, "video": None, "pager": "other"}
_KINDS = {"individual": "person", "org": "organisation", "organization": "organisation",
          "group": "organisation", "location": "organisation"}


def is_vcard(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    return text[:11].upper() == b"BEGIN:VCARD"


def _types(prop) -> list[str]:
    out: list[str] = []
    for value in prop.params.get("TYPE", []):
        out.extend(v.strip().lower() for v in value.split(",") if v.strip())
    out.extend(s.lower() for s in getattr(prop, "singletonparams", []) or [])
    return out


def _typed(prop, table: dict[str, str | None], default: str = "other") -> str:
    for t in _types(prop):
        if table.get(t):
            return table[t]  # type: ignore[return-value]
    return default


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v)
    return str(value or "").strip()


def _short(value: Any, limit: int = 60) -> str:
    text = _text(value) if not isinstance(value, bytes) else f"{len(value)} bytes"
    return text if len(text) <= limit else text[:limit - 1] + "…"


def read_cards(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[int, Any]]:
    """(card number from 1, vobject component) of every card; BadFile for a file that is not vCard
    or a card that is broken (the number of the card says where)."""
    path, size, head = check_input(path, max_bytes=max_bytes, what=Text("a vCard file"))
    if not is_vcard(head):
        raise BadFile(Text("{name} is not a vCard file (it should start with BEGIN:VCARD)", name=path.name))
    encoding = detect_encoding(path, head)
    number = 0
    with open(path, encoding=encoding, newline="") as fh:
        try:
            for component in vobject.readComponents(fh, ignoreUnreadable=False):
                number += 1
                if component.name != "VCARD":
                    raise BadFile(Text("{name}: item {number} is a {kind}, not a vCard", name=path.name,
                                       number=number, kind=component.name))
                yield number, component
        except BadFile:
            raise
        except Exception as exc:          # vobject raises ParseError, ValueError, binascii errors…
            message = str(exc).split(": ", 1)[-1] if "At line" in str(exc) else str(exc)
            raise BadFile(Text("{name} is not a valid vCard file: card {number} is broken ({reason})",
                               name=path.name, number=number + 1, reason=message)) from exc


def _region(text: str, country: str | None) -> str | None:
    """A NUTS code from an address's region: a code, or a region name within the country."""
    if geo.region(text.strip().upper()) is not None:
        return text.strip().upper()
    if not country:
        return None
    folded = fold(text).strip()
    for r in geo.regions_for(country):
        if fold(r.name).strip() == folded or fold(r.name.split("/")[0]).strip() == folded:
            return r.code
    return None


def card_fields(card, number: int, theme_ids: dict[str, str], *,
                default_region: str | None = None) -> tuple[dict[str, Any], list[Problem], list[Problem]]:
    """(contact fields, unmapped properties, warnings) of one card."""
    fields: dict[str, Any] = {}
    unmapped: list[Problem] = []
    warnings: list[Problem] = []
    emails: list[dict[str, str]] = []
    phones: list[dict[str, str]] = []
    notes: list[str] = []
    languages: list[str] = []
    seen_adr = seen_url = seen_title = False
    region_text = ""
    kind = None

    def skip(prop, why: str | None = None) -> None:
        message = Text("{property} not imported: {why}", property=prop.name, why=why or Text("no matching field"))
        unmapped.append(Problem(number, unit="card", message=message, column=prop.name, value=_short(prop.value)))

    for prop in card.getChildren():
        name = prop.name.upper()
        value = prop.value
        if name in _META:
            continue
        if name == "FN":
            if _text(value):
                fields["name"] = _text(value)
        elif name == "N":
            given = " ".join(filter(None, [_text(value.given), _text(value.additional)])) if hasattr(value, "given") else ""
            family = _text(value.family) if hasattr(value, "family") else ""
            if given:
                fields["given_name"] = given
            if family:
                fields["family_name"] = family
            for part in ("prefix", "suffix"):
                if _text(getattr(value, part, "")):
                    message = Text("name prefix not imported") if part == "prefix" else Text("name suffix not imported")
                    unmapped.append(Problem(number, unit="card", message=message, column="N",
                                            value=_text(getattr(value, part))))
        elif name in ("KIND", "X-ADDRESSBOOKSERVER-KIND"):
            kind = _KINDS.get(_text(value).lower(), kind)
        elif name == "X-ABSHOWAS" and _text(value).upper() == "COMPANY":
            kind = kind or "organisation"
        elif name == "X-RURALDESK-KIND":
            kind = _text(value)
        elif name == "ORG":
            org = [v for v in (value if isinstance(value, list) else [value]) if _text(v)]
            if org:
                fields["organisation"] = ", ".join(_text(v) for v in org)
        elif name in ("TITLE", "ROLE"):
            if not seen_title and _text(value):
                fields["role"] = _text(value)
                seen_title = True
            elif _text(value) and _text(value) != fields.get("role"):
                skip(prop, Text("only one role is kept"))
        elif name == "EMAIL":
            if _text(value):
                emails.append({"type": _typed(prop, _EMAIL_TYPES), "value": _text(value)})
        elif name == "TEL":
            number_text = re.sub(r"^tel:", "", _text(value), flags=re.I)
            if number_text:
                phones.append({"type": _typed(prop, _PHONE_TYPES), "value": number_text})
        elif name == "ADR":
            if seen_adr:
                skip(prop, Text("only one address is kept"))
                continue
            seen_adr = True
            street = ", ".join(filter(None, [_text(getattr(value, "box", "")), _text(getattr(value, "extended", "")),
                                             _text(getattr(value, "street", ""))]))
            if street:
                fields["street"] = street
            if _text(getattr(value, "city", "")):
                fields["locality"] = _text(value.city)
            if _text(getattr(value, "code", "")):
                fields["postcode"] = _text(value.code)
            country_text = _text(getattr(value, "country", ""))
            if country_text:
                code = _country(country_text)
                if code:
                    fields["country"] = code
                else:
                    unmapped.append(Problem(number, unit="card", message=Text("address country not recognised"),
                                            column="ADR", value=country_text))
            region_text = _text(getattr(value, "region", ""))
        elif name == "X-RURALDESK-REGION":
            fields["region"] = _text(value)
        elif name == "X-RURALDESK-COUNTRY":
            fields["country"] = _text(value)
        elif name == "NOTE":
            if _text(value):
                notes.append(_text(value))
        elif name == "URL":
            url = _text(value)
            if not seen_url and url.startswith(("http://", "https://")):
                fields["website"] = url
                seen_url = True
            elif url:
                skip(prop, Text("only one web address is kept"))
        elif name in ("LANG", "X-RURALDESK-LANGUAGES"):
            for item in re.split(r"[,;\s]+", _text(value)):
                code = item.split("-")[0].lower()
                if code and geo.is_language(code):
                    languages.append(code)
                elif item:
                    unmapped.append(Problem(number, unit="card", message=Text("language not recognised"),
                                            column=name, value=item))
        elif name == "CATEGORIES":
            themes = fields.setdefault("themes", [])
            for item in (value if isinstance(value, list) else [value]):
                theme = theme_ids.get(fold(_text(item)).strip())
                if theme:
                    themes.append(theme)
                elif _text(item):
                    unmapped.append(Problem(number, unit="card",
                                            message=Text("category is not a theme of this workspace"),
                                            column="CATEGORIES", value=_text(item)))
        elif name == "X-RURALDESK-CONSENT-BASIS":
            fields["consent_basis"] = _text(value)
        elif name == "X-RURALDESK-CONSENT-DATE":
            fields["consent_date"] = _text(value)
        elif name == "X-RURALDESK-CONSENT-SOURCE":
            fields["consent_source"] = _text(value)
        else:
            skip(prop)
    if region_text:
        found = _region(region_text, fields.get("country"))
        if not fields.get("region") and found:
            fields["region"] = found
        elif found is None or (fields.get("region") and found != fields["region"]):
            unmapped.append(Problem(number, unit="card", message=Text("address region is not a NUTS region we "
                                    "know; not imported (set the region in RuralDesk)"), column="ADR",
                                    value=region_text))
    if emails:
        fields["emails"] = emails
    if phones:
        if default_region and not fields.get("country"):
            for p in phones:
                if p["value"].startswith("+"):
                    continue
                try:
                    parsed = phonenumbers.parse(p["value"], default_region)
                except phonenumbers.NumberParseException:
                    continue
                written = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
                warnings.append(Problem(number, unit="card", message=Text(
                                        "phone {number} written as {written} (numbers without a country code "
                                        "read as {region})", number=p["value"], written=written,
                                        region=default_region),
                                        column="TEL", value=p["value"]))
                p["value"] = written
        fields["phones"] = phones
    if notes:
        fields["notes"] = "\n\n".join(notes)
    if languages:
        fields["languages"] = list(dict.fromkeys(languages))
    if not fields.get("themes"):
        fields.pop("themes", None)
    if kind:
        fields["kind"] = kind
    if not fields.get("name") and fields.get("organisation") and not (fields.get("given_name") or fields.get("family_name")):
        fields.setdefault("kind", "organisation")
    return fields, unmapped, warnings


def import_vcards(store, path: Path | str, *, mode: str = ALL_OR_NOTHING, dry_run: bool = False,
                  defaults: dict[str, Any] | None = None, check_duplicates: bool = True,
                  default_region: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  progress: Progress | None = None, cancel: CancelFlag | None = None) -> ImportReport:
    """Import every card of a .vcf file as a contact, all or nothing (see ImportReport)."""
    if mode not in (ALL_OR_NOTHING, VALID_ONLY):
        raise ValueError(f"mode must be {ALL_OR_NOTHING!r} or {VALID_ONLY!r}")
    path = Path(path)
    report = ImportReport(source=str(path), collection="contact", format="vcard")
    size = path.stat().st_size if path.exists() else 0
    ctx = context(store)
    importer = Importer(store, report, defaults=defaults, check_duplicates=check_duplicates,
                        progress=progress, cancel=cancel, estimate=max(1, size // 400))
    existing_ids = None
    try:
        for number, card in read_cards(path, max_bytes=max_bytes):
            fields, unmapped, warnings = card_fields(card, number, ctx.theme_ids, default_region=default_region)
            report.unmapped.extend(unmapped)
            report.warnings.extend(warnings)
            columns = {"name": "FN", "given_name": "N", "family_name": "N", "organisation": "ORG",
                       "role": "TITLE", "emails": "EMAIL", "phones": "TEL", "street": "ADR",
                       "locality": "ADR", "postcode": "ADR", "country": "ADR", "region": "ADR",
                       "notes": "NOTE", "website": "URL", "languages": "LANG", "themes": "CATEGORIES",
                       "kind": "KIND", "consent_basis": "X-RURALDESK-CONSENT-BASIS",
                       "consent_date": "X-RURALDESK-CONSENT-DATE",
                       "consent_source": "X-RURALDESK-CONSENT-SOURCE"}
            uid = _text(card.uid.value) if hasattr(card, "uid") else ""
            uid = re.sub(r"^urn:uuid:", "", uid, flags=re.I)
            if uid and check_duplicates:
                if existing_ids is None:
                    existing_ids = set(store.list_ids("contact")) | set(
                        store.list_ids("contact", filters=Filters(deleted=True)))
                if uid in existing_ids:
                    report.duplicates.append(Problem(number, unit="card", message=Text(
                                                     "this card was exported from this workspace "
                                                     "and the contact is still here (same UID)"),
                                                     column="UID", field="contact", value=uid))
            importer.add(number, fields, columns, [], label=fields.get("name"))
    except BaseException:
        importer.abort()
        raise
    return importer.finish(mode=mode, dry_run=dry_run)


# -- export ----------------------------------------------------------------------------------

_EXPORT_PHONE = {"mobile": "cell", "work": "work", "home": "home", "fax": "fax"}


def contact_vcard(record: Record, version: str = "4.0", theme_names: dict[str, str] | None = None) -> str:
    """One contact as a vCard (UTF-8 text, lines folded at 75 octets)."""
    if version not in ("3.0", "4.0"):
        raise ValueError("vCard version must be 3.0 or 4.0")
    f = record.fields
    card = vobject.vCard()
    card.add("version").value = version
    card.add("prodid").value = "-//RuralDesk//RuralDesk//EN"
    card.add("uid").value = f"urn:uuid:{record.id}"
    card.add("fn").value = f.get("name") or ""
    card.add("n").value = vobject.vcard.Name(family=f.get("family_name") or "", given=f.get("given_name") or "")
    kind = f.get("kind")
    if version == "4.0" and kind:
        card.add("kind").value = "individual" if kind == "person" else "org"
    if kind:
        card.add("x-ruraldesk-kind").value = kind
    if f.get("organisation"):
        card.add("org").value = [f["organisation"]]
    if f.get("role"):
        card.add("title").value = f["role"]
    for e in f.get("emails") or []:
        prop = card.add("email")
        prop.value = e["value"]
        if e.get("type") in ("work", "home"):
            prop.params["TYPE"] = [e["type"]] if version == "4.0" else [e["type"], "internet"]
        elif version == "3.0":
            prop.params["TYPE"] = ["internet"]
    for p in f.get("phones") or []:
        prop = card.add("tel")
        prop.value = p["value"]
        t = _EXPORT_PHONE.get(p.get("type") or "")
        if t:
            prop.params["TYPE"] = [t] if t in ("cell", "fax") else [t, "voice"]
    if any(f.get(k) for k in ("street", "locality", "postcode", "country")):
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(street=f.get("street") or "", city=f.get("locality") or "",
                                          code=f.get("postcode") or "",
                                          region=geo.region_name(f["region"]) if f.get("region") else "",
                                          country=geo.country_name(f["country"]) if f.get("country") else "")
    if f.get("country"):
        card.add("x-ruraldesk-country").value = f["country"]
    if f.get("region"):
        card.add("x-ruraldesk-region").value = f["region"]
    if f.get("website"):
        card.add("url").value = f["website"]
    if f.get("languages"):
        if version == "4.0":
            for i, lang in enumerate(f["languages"]):
                prop = card.add("lang")
                prop.value = lang
                prop.params["PREF"] = [str(i + 1)]
        else:
            card.add("x-ruraldesk-languages").value = ",".join(f["languages"])
    names = [theme_names.get(t) for t in f.get("themes") or []] if theme_names else []
    if any(names):
        card.add("categories").value = [n for n in names if n]
    if f.get("notes"):
        card.add("note").value = f["notes"]
    for key in ("consent_basis", "consent_date", "consent_source"):
        if f.get(key):
            card.add("x-ruraldesk-" + key.replace("_", "-")).value = f[key]
    if record.updated_at:
        card.add("rev").value = record.updated_at
    return card.serialize()


@dataclass
class ExportReport:
    path: str
    count: int
    format: str
    skipped: list[str]

    def summary(self) -> str:
        return f"{self.count} records written to {self.path}"


def export_vcards(store, out: Path | str | TextIO, ids: list[str] | None = None, *, version: str = "4.0",
                  filters: Filters = Filters(), progress: Progress | None = None,
                  cancel: CancelFlag | None = None) -> ExportReport:
    """Contacts as one .vcf file: `ids` in that order, or every contact the filters match.
    Written to a temporary file and renamed, so a cancelled export leaves nothing half-written."""
    from .csvexport import atomic_text

    if ids is None:
        ids = store.list_ids("contact", filters=filters)
    theme_names = {t.id: t.title for t in store.get_many("theme", store.list_ids("theme")).values()}
    ticker = Ticker(progress, cancel, len(ids))
    count = 0
    skipped: list[str] = []
    with atomic_text(out, newline="") as fh:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            records = store.get_many("contact", chunk)
            for record_id in chunk:
                record = records.get(record_id)
                if record is None:
                    skipped.append(record_id)
                    continue
                fh.write(contact_vcard(record, version, theme_names))
                count += 1
            ticker.step(len(chunk))
        ticker.finish()
    return ExportReport(str(out if not isinstance(out, io.IOBase) else getattr(out, "name", "stream")),
                        count, f"vcard-{version}", skipped)
