"""vCard 2.1, 3.0 and 4.0 for contacts, read and written by :mod:`ruraldesk.io.vcardtext`.

Import maps FN/N, KIND, ORG, TITLE/ROLE, every EMAIL and TEL with its TYPE (or Apple's
``itemN.X-ABLabel``), the first ADR, NOTE, URL, LANG, CATEGORIES (theme names) and our own
X-RURALDESK-* properties. Text keeps its commas. Anything else — PHOTO, BDAY, IMPP, a
second address, an ALTID alternative, X- properties of other programs — is listed per
card in the report's `unmapped`, never dropped silently. A broken card refuses the whole
file before anything is written.

Export writes vCard 4.0 by RFC 6350 (or 3.0): text escaped, URLs as they are, REV as
``20261202T123913Z``, lines folded at 75 octets.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, TextIO

from ruraldesk.domain import geo
from ruraldesk.domain.records import Record
from ruraldesk.domain.text import fold
from ruraldesk.store.search import Filters

from . import phones, regions
from .common import DEFAULT_MAX_BYTES, BadFile, CancelFlag, Problem, Progress, Text, Ticker, check_input
from .encoding import chosen, display_name
from .importer import ALL_OR_NOTHING, VALID_ONLY, ImportReport, Importer, context
from .mapping import _country
from .tabular import detect_encoding
from .vcardtext import Card, CardSyntaxError, Prop, content_line, escape, parse

__all__ = ["ALL_OR_NOTHING", "VALID_ONLY", "ExportReport", "card_fields", "contact_vcard", "export_vcards",
           "import_vcards", "is_vcard", "open_cards", "read_cards"]

#: properties that carry no data of the person (or that we make ourselves, or that say how
#: another property is labelled: X-ABLABEL and X-ABADR are read with their item group)
_META = {"VERSION", "PRODID", "UID", "REV", "PROFILE", "X-RURALDESK-ID", "CLIENTPIDMAP", "X-ABUID",
         "X-ABLABEL", "X-ABADR", "NAME", "SOURCE"}
_EMAIL_TYPES = {"work": "work", "home": "home"}
#: a TYPE combination is read by the most telling type: "work,fax" is a fax
_PHONE_ORDER = (("fax", "fax"), ("cell", "mobile"), ("mobile", "mobile"), ("iphone", "mobile"),
                ("pager", "other"), ("work", "work"), ("main", "work"), ("home", "home"))
_KINDS = {"individual": "person", "org": "organisation", "organization": "organisation",
          "group": "organisation", "location": "organisation"}
#: Apple's built-in labels, _$!<Mobile>!$_ and friends
_APPLE_LABEL = re.compile(r"^_\$!<(?P<label>[^>]+)>!\$_$")


def is_vcard(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    return text[:11].upper() == b"BEGIN:VCARD"


def _short(prop: Prop, limit: int = 60) -> str:
    if prop.binary:
        return f"{len(prop.value) * 3 // 4} bytes"
    text = prop.text.strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def read_cards(path: Path | str, *, encoding: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[int, Card]]:
    """(card number from 1, card) of every card; see open_cards."""
    for card in open_cards(path, encoding=encoding, max_bytes=max_bytes)[1]:
        yield card.number, card


def open_cards(path: Path | str, *, encoding: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[Card]]:
    """(the file's codec, its cards); BadFile for a file that is not vCard or a card that is
    broken (the card's number and line say where), UnsureEncoding when the encoding must be
    chosen. `encoding` is one a person chose: the detector is not asked. A 2.1 property's own
    CHARSET still decodes its quoted-printable value."""
    path, size, head = check_input(path, max_bytes=max_bytes, what=Text("a vCard file"))
    if not is_vcard(head):
        raise BadFile(Text("{name} is not a vCard file (it should start with BEGIN:VCARD)", name=path.name))
    encoding = detect_encoding(path, head) if encoding is None else chosen(path, encoding)
    text = path.read_text(encoding=encoding)
    cards = []
    try:
        for card in parse(text, encoding=encoding):
            cards.append(card)
    except CardSyntaxError as exc:
        number = len(cards) + 1
        if "never closed" in exc.reason:
            raise BadFile(Text("{name}: card {number} is never closed (END:VCARD is missing); the file looks "
                               "truncated", name=path.name, number=number)) from exc
        raise BadFile(Text("{name} is not a valid vCard file: card {number} is broken ({reason})",
                           name=path.name, number=number, reason=exc.reason)) from exc
    return encoding, cards


def _phone_type(prop: Prop, label: str | None) -> str:
    types = prop.types
    if label:
        m = _APPLE_LABEL.match(label)
        word = (m.group("label") if m else label).lower()
        types = types | ({"fax"} if "fax" in word else set()) | {word}
    for key, value in _PHONE_ORDER:
        if key in types:
            return value
    return "other"


def _tel_value(prop: Prop) -> str:
    value = prop.text.strip()
    if value.lower().startswith("tel:"):
        return phones.from_uri(value)
    return value


class _Card:
    """What one card becomes: fields, and the lists of what was not kept."""

    def __init__(self, number: int):
        self.number = number
        self.fields: dict[str, Any] = {}
        self.unmapped: list[Problem] = []
        self.warnings: list[Problem] = []

    def skip(self, prop: Prop | str, why: str | None = None, value: str | None = None) -> None:
        name = prop if isinstance(prop, str) else prop.name
        message = Text("{property} not imported: {why}", property=name, why=why or Text("no matching field"))
        self.unmapped.append(Problem(self.number, unit="card", message=message, column=name,
                                     value=value if value is not None else _short(prop)))  # type: ignore[arg-type]

    def note(self, problem: Text, column: str, value: str) -> None:
        self.unmapped.append(Problem(self.number, unit="card", message=problem, column=column, value=value))


def card_fields(card: Card, number: int, theme_ids: dict[str, str], *,
                default_region: str | None = None) -> tuple[dict[str, Any], list[Problem], list[Problem]]:
    """(contact fields, unmapped properties, warnings) of one card."""
    c = _Card(number)
    f = c.fields
    labels = {p.group: p.text for p in card.props if p.group and p.name == "X-ABLABEL"}
    adr_countries = {p.group: p.text for p in card.props if p.group and p.name == "X-ABADR"}
    emails: list[dict[str, str]] = []
    tel: list[dict[str, str]] = []
    notes: list[str] = []
    languages: list[str] = []
    seen: set[str] = set()
    altids: set[tuple[str, str]] = set()
    region_text = ""
    kind = None
    for prop in card.props:
        name = prop.name
        if name in _META:
            continue
        altid = prop.param("ALTID")
        if altid:
            if (name, altid) in altids:     # another language or form of a value already kept
                c.skip(prop, Text("an alternative (ALTID {altid}) of a value already kept", altid=altid))
                continue
            altids.add((name, altid))
        if prop.binary:
            c.skip(prop)
            continue
        if name == "FN":
            if "name" in f and prop.text.strip():
                c.skip(prop, Text("only one name is kept"))
            elif prop.text.strip():
                f["name"] = prop.text.strip()
        elif name == "N":
            parts = prop.parts + [""] * 5
            family, given, additional, prefix, suffix = (p.replace(",", " ").strip() for p in parts[:5])
            given = " ".join(x for x in (given, additional) if x)
            if "given_name" in f or "family_name" in f:
                c.skip(prop, Text("only one name is kept"))
                continue
            if given:
                f["given_name"] = given
            if family:
                f["family_name"] = family
            if prefix:
                c.note(Text("name prefix not imported"), "N", prefix)
            if suffix:
                c.note(Text("name suffix not imported"), "N", suffix)
        elif name in ("KIND", "X-ADDRESSBOOKSERVER-KIND"):
            kind = _KINDS.get(prop.text.strip().lower(), kind)
        elif name == "X-ABSHOWAS":
            if prop.text.strip().upper() == "COMPANY":
                kind = kind or "organisation"
        elif name == "X-RURALDESK-KIND":
            kind = prop.text.strip()
        elif name == "ORG":
            org = ", ".join(p.strip() for p in prop.parts if p.strip())
            if org and "organisation" in f:
                c.skip(prop, Text("only one organisation is kept"))
            elif org:
                f["organisation"] = org
        elif name in ("TITLE", "ROLE"):
            text = prop.text.strip()
            if not text:
                continue
            if "role" not in f:
                f["role"] = text
            elif text != f["role"]:
                c.skip(prop, Text("only one role is kept"))
        elif name == "EMAIL":
            value = prop.text.strip()
            if value.lower().startswith("mailto:"):
                value = value[7:]
            if value:
                kind_ = next((_EMAIL_TYPES[t] for t in prop.types if t in _EMAIL_TYPES), "other")
                emails.append({"type": kind_, "value": value})
        elif name == "TEL":
            value = _tel_value(prop)
            if value:
                label = labels.get(prop.group) if prop.group else None
                tel.append({"type": _phone_type(prop, label), "value": value})
                if label and not _APPLE_LABEL.match(label) and label.lower() not in (
                        "mobile", "work", "home", "fax", "iphone", "main", "other"):
                    c.note(Text("phone label not kept (the number is imported)"), "X-ABLABEL", label)
        elif name == "ADR":
            if "ADR" in seen:
                c.skip(prop, Text("only one address is kept"))
                continue
            seen.add("ADR")
            parts = prop.parts + [""] * 7
            box, extended, street, city, region, code, country = (p.strip() for p in parts[:7])
            street = ", ".join(x for x in (box, extended, street.replace("\n", ", ")) if x)
            if street:
                f["street"] = street
            if city:
                f["locality"] = city
            if code:
                f["postcode"] = code
            country_text = country or adr_countries.get(prop.group, "") if prop.group else country
            if country_text:
                found = _country(country_text)
                if found:
                    f.setdefault("country", found)
                else:
                    c.note(Text("address country not recognised"), "ADR", country_text)
            region_text = region
        elif name == "X-RURALDESK-REGION":
            f["region"] = prop.text.strip()
        elif name == "X-RURALDESK-COUNTRY":
            f["country"] = prop.text.strip()
        elif name == "NOTE":
            if prop.text.strip():
                notes.append(prop.text.strip())
        elif name == "URL":
            url = prop.text.strip()
            if "website" not in f and url.startswith(("http://", "https://")):
                f["website"] = url
            elif url:
                c.skip(prop, Text("only one web address is kept"))
        elif name in ("LANG", "X-RURALDESK-LANGUAGES"):
            for item in re.split(r"[,;\s]+", prop.text):
                code = item.split("-")[0].lower()
                if code and geo.is_language(code):
                    languages.append(code)
                elif item:
                    c.note(Text("language not recognised"), name, item)
        elif name == "CATEGORIES":
            themes = f.setdefault("themes", [])
            for item in prop.items:
                theme = theme_ids.get(fold(item).strip())
                if theme:
                    themes.append(theme)
                else:
                    c.note(Text("category is not a theme of this workspace"), "CATEGORIES", item)
        elif name == "X-RURALDESK-CONSENT-BASIS":
            f["consent_basis"] = prop.text.strip()
        elif name == "X-RURALDESK-CONSENT-DATE":
            f["consent_date"] = prop.text.strip()
        elif name == "X-RURALDESK-CONSENT-SOURCE":
            f["consent_source"] = prop.text.strip()
        else:
            c.skip(prop)
    if region_text and not f.get("region"):
        code = regions.lookup(region_text, f.get("country"))
        if code:
            f["region"] = code
        else:
            notes.append(Text("Region: {region}", region=region_text))
            c.warnings.append(Problem(number, unit="card", column="ADR", value=region_text, message=Text(
                "region “{region}” is not a NUTS region we know; kept in the notes", region=region_text)))
    if emails:
        f["emails"] = emails
    if notes:
        f["notes"] = "\n\n".join(notes)
    if tel:
        f["phones"] = tel
        phones.place(f, f.get("country") or default_region, c.warnings, number, unit="card", column="TEL")
    if languages:
        f["languages"] = list(dict.fromkeys(languages))
    if not f.get("themes"):
        f.pop("themes", None)
    if kind:
        f["kind"] = kind
    if not f.get("name") and f.get("organisation") and not (f.get("given_name") or f.get("family_name")):
        f.setdefault("kind", "organisation")
    return f, c.unmapped, c.warnings


def import_vcards(store, path: Path | str, *, mode: str = ALL_OR_NOTHING, dry_run: bool = False,
                  defaults: dict[str, Any] | None = None, check_duplicates: bool = True,
                  default_region: str | None = None, encoding: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress | None = None,
                  cancel: CancelFlag | None = None) -> ImportReport:
    """Import every card of a .vcf file as a contact, all or nothing (see ImportReport).
    `encoding`: the file's, chosen by a person (default: detected; UnsureEncoding if unsure)."""
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
        encoding, cards = open_cards(path, encoding=encoding, max_bytes=max_bytes)
        report.encoding = display_name(encoding)
        for card in cards:
            number = card.number
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
            uid = next((p.text.strip() for p in card.props if p.name == "UID"), "")
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


def rev(timestamp: str | None) -> str | None:
    """RFC 6350 REV: a UTC timestamp in basic format, 20261202T123913Z."""
    if not timestamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(timestamp).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def contact_vcard(record: Record, version: str = "4.0", theme_names: dict[str, str] | None = None) -> str:
    """One contact as a vCard (UTF-8 text, CRLF, lines folded at 75 octets)."""
    if version not in ("3.0", "4.0"):
        raise ValueError("vCard version must be 3.0 or 4.0")
    v4 = version == "4.0"
    f = record.fields
    out = [content_line("BEGIN", "VCARD"), content_line("VERSION", version),
           content_line("PRODID", "-//RuralDesk//RuralDesk//EN"), content_line("UID", f"urn:uuid:{record.id}"),
           content_line("FN", escape(f.get("name") or "")),
           content_line("N", ";".join(escape(f.get(k) or "") for k in ("family_name", "given_name")) + ";;;")]
    kind = f.get("kind")
    if v4 and kind:
        out.append(content_line("KIND", "individual" if kind == "person" else "org"))
    if kind:
        out.append(content_line("X-RURALDESK-KIND", escape(kind)))
    if f.get("organisation"):
        out.append(content_line("ORG", escape(f["organisation"])))
    if f.get("role"):
        out.append(content_line("TITLE", escape(f["role"])))
    for e in f.get("emails") or []:
        t = e.get("type") if e.get("type") in ("work", "home") else None
        params = [("TYPE", t)] if v4 and t else ([] if v4 else [("TYPE", f"INTERNET,{t.upper()}" if t else "INTERNET")])
        out.append(content_line("EMAIL", escape(e["value"]), params))
    for p in f.get("phones") or []:
        t = _EXPORT_PHONE.get(p.get("type") or "")
        params = [("VALUE", "text")] if v4 else []
        if t:
            params.append(("TYPE", t if v4 else t.upper()))
        out.append(content_line("TEL", escape(p["value"]), params))
    if any(f.get(k) for k in ("street", "locality", "postcode", "country", "region")):
        parts = ["", "", f.get("street") or "", f.get("locality") or "",
                 geo.region_name(f["region"]) if f.get("region") else "", f.get("postcode") or "",
                 geo.country_name(f["country"]) if f.get("country") else ""]
        out.append(content_line("ADR", ";".join(escape(x) for x in parts)))
    if f.get("country"):
        out.append(content_line("X-RURALDESK-COUNTRY", f["country"]))
    if f.get("region"):
        out.append(content_line("X-RURALDESK-REGION", f["region"]))
    if f.get("website"):
        out.append(content_line("URL", f["website"]))          # a URI: not escaped (RFC 6350 6.7.8)
    if f.get("languages"):
        if v4:
            out += [content_line("LANG", lang, [("PREF", str(i + 1))]) for i, lang in enumerate(f["languages"])]
        else:
            out.append(content_line("X-RURALDESK-LANGUAGES", ",".join(f["languages"])))
    names = [theme_names.get(t) for t in f.get("themes") or []] if theme_names else []
    if any(names):
        out.append(content_line("CATEGORIES", ",".join(escape(n) for n in names if n)))
    if f.get("notes"):
        out.append(content_line("NOTE", escape(f["notes"])))
    for key in ("consent_basis", "consent_date", "consent_source"):
        if f.get(key):
            out.append(content_line("X-RURALDESK-" + key.replace("_", "-").upper(), escape(f[key])))
    stamp = rev(record.updated_at)
    if stamp:
        out.append(content_line("REV", stamp))
    out.append(content_line("END", "VCARD"))
    return "".join(out)


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
