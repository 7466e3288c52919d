"""Practice sheets, ready to print: Markdown and PDF, in the practice's language.

Headings, theme names, organisation types, country and language names, dates, numbers,
amounts and currencies are written in the practice's language (CLDR data through Babel,
:mod:`ruraldesk.io.sheetwords`): "287 000 zł", "1 marca 2021". The PDF's title is the
practice's title. Asked for no practice (a search that matched nothing), nothing is
written and NoSheets says so. Text in a script the DejaVu fonts cannot draw (Chinese,
Thai…) is reported and left out of the PDF rather than printed as empty boxes.

One sheet holds the title, the key facts (kind, place, dates, themes, funding),
summary, context, objectives, activities, results, lessons learned, obstacles,
transferability, and the linked contacts and tools. A whole list goes into one
document, one sheet per page. PDFs use DejaVu Sans so Polish, Greek or Portuguese
print as written; without the font they fall back to Helvetica with a warning.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ruraldesk.domain import geo
from ruraldesk.domain.records import Record

from . import sheetwords as words
from .common import CancelFlag, Progress, Text, Ticker


class NoSheets(ValueError):
    """No practice to write: nothing was written."""

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts"), Path("C:/Windows/Fonts"), Path("/Library/Fonts"))

_KEYS = ("kind", "where", "dates", "themes", "language", "funding", "partners", "organisation_types", "summary",
         "description", "context", "objectives", "activities", "results", "lessons_learned", "obstacles",
         "transferability", "contacts", "tools", "links", "good", "bad", "mixed", "practice_sheet", "page")
HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("Kind", "Where", "Dates", "Themes", "Language", "Funding", "Partners", "Organisation types", "Summary",
           "Description", "Context", "Objectives", "Activities", "Results", "Lessons learned",
           "Obstacles (legal / policy)", "Transferability", "Contacts", "Tools", "Links", "Good practice",
           "Bad practice", "Mixed practice", "Practice sheet", "Page"),
    "fr": ("Type", "Lieu", "Dates", "Thèmes", "Langue", "Financement", "Partenaires", "Types d'organisation",
           "Résumé", "Description", "Contexte", "Objectifs", "Activités", "Résultats", "Enseignements",
           "Obstacles (juridiques / politiques)", "Transférabilité", "Contacts", "Outils", "Liens",
           "Bonne pratique", "Mauvaise pratique", "Pratique mitigée", "Fiche pratique", "Page"),
    "de": ("Art", "Ort", "Zeitraum", "Themen", "Sprache", "Finanzierung", "Partner", "Organisationsformen",
           "Zusammenfassung", "Beschreibung", "Ausgangslage", "Ziele", "Aktivitäten", "Ergebnisse",
           "Erkenntnisse", "Hindernisse (rechtlich / politisch)", "Übertragbarkeit", "Kontakte", "Werkzeuge",
           "Links", "Gutes Beispiel", "Schlechtes Beispiel", "Gemischtes Beispiel", "Praxisblatt", "Seite"),
    "es": ("Tipo", "Lugar", "Fechas", "Temas", "Idioma", "Financiación", "Socios", "Tipos de organización",
           "Resumen", "Descripción", "Contexto", "Objetivos", "Actividades", "Resultados", "Lecciones aprendidas",
           "Obstáculos (legales / políticos)", "Transferibilidad", "Contactos", "Herramientas", "Enlaces",
           "Buena práctica", "Mala práctica", "Práctica mixta", "Ficha de práctica", "Página"),
    "it": ("Tipo", "Luogo", "Date", "Temi", "Lingua", "Finanziamento", "Partner", "Tipi di organizzazione",
           "Sintesi", "Descrizione", "Contesto", "Obiettivi", "Attività", "Risultati", "Lezioni apprese",
           "Ostacoli (giuridici / politici)", "Trasferibilità", "Contatti", "Strumenti", "Collegamenti",
           "Buona pratica", "Cattiva pratica", "Pratica mista", "Scheda della pratica", "Pagina"),
    "pl": ("Rodzaj", "Miejsce", "Daty", "Tematy", "Język", "Finansowanie", "Partnerzy", "Rodzaje organizacji",
           "Streszczenie", "Opis", "Kontekst", "Cele", "Działania", "Rezultaty", "Wnioski",
           "Przeszkody (prawne / polityczne)", "Możliwość przeniesienia", "Kontakty", "Narzędzia", "Linki",
           "Dobra praktyka", "Zła praktyka", "Praktyka mieszana", "Karta praktyki", "Strona"),
    "pt": ("Tipo", "Local", "Datas", "Temas", "Língua", "Financiamento", "Parceiros", "Tipos de organização",
           "Resumo", "Descrição", "Contexto", "Objetivos", "Atividades", "Resultados", "Lições aprendidas",
           "Obstáculos (jurídicos / políticos)", "Transferibilidade", "Contactos", "Ferramentas", "Ligações",
           "Boa prática", "Má prática", "Prática mista", "Ficha de prática", "Página"),
}
LONG_SECTIONS = ("summary", "description", "context", "objectives", "activities", "results", "lessons_learned",
                 "obstacles", "transferability")

__all__ = ["HEADINGS", "NoSheets", "SheetReport", "headings", "practice_markdown", "write_markdown", "write_pdf"]


#: the headings of the other EU languages that are not field labels: where, dates, funding,
#: good, bad and mixed practice, "practice sheet", "page" (the rest are the window's own
#: field labels in that language, from its glossary, so a sheet and the form never disagree)
OWN_WORDS: dict[str, tuple[str, ...]] = {
    "bg": ("Място", "Дати", "Финансиране", "Добра практика", "Лоша практика", "Смесена практика",
           "Карта на практиката", "Страница"),
    "cs": ("Místo", "Období", "Financování", "Dobrá praxe", "Špatná praxe", "Smíšená praxe", "Karta praxe",
           "Strana"),
    "da": ("Sted", "Datoer", "Finansiering", "God praksis", "Dårlig praksis", "Blandet praksis", "Praksisark",
           "Side"),
    "nl": ("Plaats", "Periode", "Financiering", "Goede praktijk", "Slechte praktijk", "Gemengde praktijk",
           "Praktijkfiche", "Pagina"),
    "et": ("Koht", "Ajavahemik", "Rahastus", "Hea praktika", "Halb praktika", "Segapraktika", "Praktikakaart",
           "Lehekülg"),
    "fi": ("Paikka", "Ajankohta", "Rahoitus", "Hyvä käytäntö", "Huono käytäntö", "Sekalainen käytäntö",
           "Käytäntökortti", "Sivu"),
    "el": ("Τόπος", "Ημερομηνίες", "Χρηματοδότηση", "Καλή πρακτική", "Κακή πρακτική", "Μικτή πρακτική",
           "Δελτίο πρακτικής", "Σελίδα"),
    "hu": ("Helyszín", "Időszak", "Finanszírozás", "Jó gyakorlat", "Rossz gyakorlat", "Vegyes gyakorlat",
           "Gyakorlati adatlap", "Oldal"),
    "ga": ("Áit", "Dátaí", "Maoiniú", "Dea-chleachtas", "Drochchleachtas", "Cleachtas measctha",
           "Bileog chleachtais", "Leathanach"),
    "hr": ("Mjesto", "Razdoblje", "Financiranje", "Dobra praksa", "Loša praksa", "Mješovita praksa",
           "List prakse", "Stranica"),
    "lv": ("Vieta", "Laiks", "Finansējums", "Laba prakse", "Slikta prakse", "Jaukta prakse", "Prakses lapa",
           "Lappuse"),
    "lt": ("Vieta", "Laikotarpis", "Finansavimas", "Geroji praktika", "Blogoji praktika", "Mišri praktika",
           "Praktikos kortelė", "Puslapis"),
    "mt": ("Post", "Dati", "Finanzjament", "Prattika tajba", "Prattika ħażina", "Prattika mħallta",
           "Skeda tal-prattika", "Paġna"),
    "ro": ("Loc", "Perioadă", "Finanțare", "Bună practică", "Practică proastă", "Practică mixtă",
           "Fișa practicii", "Pagina"),
    "sk": ("Miesto", "Obdobie", "Financovanie", "Dobrá prax", "Zlá prax", "Zmiešaná prax", "Karta praxe",
           "Strana"),
    "sl": ("Kraj", "Obdobje", "Financiranje", "Dobra praksa", "Slaba praksa", "Mešana praksa", "List prakse",
           "Stran"),
    "sv": ("Plats", "Period", "Finansiering", "Gott exempel", "Dåligt exempel", "Blandat exempel",
           "Praktikblad", "Sida"),
}
_OWN_KEYS = ("where", "dates", "funding", "good", "bad", "mixed", "practice_sheet", "page")
_FIELD_OF = {"kind": "Kind", "themes": "Themes", "language": "Language", "partners": "Partners (incl. authorities)",
             "organisation_types": "Organisation types", "summary": "Summary", "description": "Description",
             "context": "Context", "objectives": "Objectives", "activities": "Activities", "results": "Results",
             "lessons_learned": "Lessons learned", "obstacles": "Obstacles (legal / policy)",
             "transferability": "Transferability", "contacts": "Related contacts", "tools": "Related tools",
             "links": "Links"}


def headings(language: str | None) -> dict[str, str]:
    language = (language or "en").lower()
    if language in HEADINGS or language not in OWN_WORDS:
        return dict(zip(_KEYS, HEADINGS.get(language, HEADINGS["en"])))
    english = dict(zip(_KEYS, HEADINGS["en"]))
    labels = words.field_labels(language)
    out = {key: labels.get(label, english[key]) for key, label in _FIELD_OF.items()}
    out.update(zip(_OWN_KEYS, OWN_WORDS[language]))
    return {key: out.get(key, english[key]) for key in _KEYS}


@dataclass
class Sheet:
    """A practice with what its sheet shows, resolved (names of themes, contacts, tools)."""

    record: Record
    language: str
    h: dict[str, str]
    facts: list[tuple[str, str]]
    sections: list[tuple[str, str]]
    contacts: list[str]
    tools: list[str]
    links: list[str]


def build_sheet(store, practice: Record | str, cache: dict[str, Record] | None = None) -> Sheet:
    record = store.get(practice) if isinstance(practice, str) else practice
    if record.collection != "practice":
        raise ValueError(f"{record.id} is a {record.collection}, not a practice")
    f = record.fields
    lang = (f.get("language") or "en").lower()
    lang = lang if lang in HEADINGS or lang in OWN_WORDS else "en"
    h = headings(lang)
    cache = cache if cache is not None else {}

    def records(collection: str, ids: list[str]) -> list[Record]:
        missing = [i for i in ids if i not in cache]
        if missing:
            cache.update(store.get_many(collection, missing))
        return [cache[i] for i in ids if i in cache and not cache[i].deleted]

    facts: list[tuple[str, str]] = []
    if f.get("kind"):
        facts.append((h["kind"], h.get(f["kind"], f["kind"])))
    where = ", ".join(filter(None, [geo.region_name(f.get("region")) if f.get("region") else "",
                                    words.country(f.get("country"), lang)]))
    if where:
        facts.append((h["where"], where))
    if f.get("start_date") or f.get("end_date"):
        facts.append((h["dates"], f"{words.date(f.get('start_date'), lang)} – {words.date(f.get('end_date'), lang)}"))
    themes = [words.theme_name(t.title, lang) for t in records("theme", f.get("themes") or [])]
    if themes:
        facts.append((h["themes"], ", ".join(themes)))
    if f.get("language"):
        facts.append((h["language"], words.language_name(f["language"], lang)))
    if f.get("funding_source") or f.get("funding_amount") is not None:
        amount = f.get("funding_amount")
        amount_text = words.amount(amount, f.get("funding_currency"), lang) if isinstance(amount, (int, float)) \
            else (f.get("funding_currency") or "")
        facts.append((h["funding"], " — ".join(filter(None, [f.get("funding_source"), amount_text]))))
    if f.get("partners"):
        facts.append((h["partners"], ", ".join(f["partners"])))
    if f.get("organisation_types"):
        facts.append((h["organisation_types"], ", ".join(words.choice(t, lang) for t in f["organisation_types"])))
    sections = [(h[k], f[k]) for k in LONG_SECTIONS if f.get(k)]
    contacts = []
    for c in records("contact", f.get("contacts") or []):
        cf = c.fields
        bits = [b for b in (cf.get("role"), cf.get("organisation") if cf.get("organisation") != c.title else None)
                if b]
        reach = [e["value"] for e in cf.get("emails") or []] + [p["value"] for p in cf.get("phones") or []]
        contacts.append(c.title + (f" — {', '.join(bits)}" if bits else "") + (f" ({', '.join(reach)})" if reach else ""))
    tools = []
    for t in records("tool", f.get("tools") or []):
        extra = ", ".join(t.fields.get("links") or [])
        tools.append(t.title + (f" — {words.choice(t.fields['kind'], lang)}" if t.fields.get("kind") else "")
                     + (f" ({extra})" if extra else ""))
    return Sheet(record, lang, h, facts, sections, contacts, tools, list(f.get("links") or []))


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("#", "\\#") if text.lstrip().startswith("#") else text


def practice_markdown(store, practice: Record | str, cache: dict[str, Record] | None = None) -> str:
    s = build_sheet(store, practice, cache)
    out = [f"# {s.record.title}", ""]
    for label, value in s.facts:
        out.append(f"- **{label}:** {value}")
    if s.facts:
        out.append("")
    for label, body in s.sections:
        out += [f"## {label}", "", _md_escape(body.strip()), ""]
    for label, items in ((s.h["contacts"], s.contacts), (s.h["tools"], s.tools), (s.h["links"], s.links)):
        if items:
            out += [f"## {label}", ""] + [f"- {i}" for i in items] + [""]
    return "\n".join(out).rstrip() + "\n"


@dataclass
class SheetReport:
    path: str
    count: int
    format: str
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.count} practice sheets written to {self.path}"


def write_markdown(store, ids: list[str], out: Path | str | TextIO, *, progress: Progress | None = None,
                   cancel: CancelFlag | None = None) -> SheetReport:
    """One Markdown document with a sheet per practice (separated by a rule). NoSheets (nothing
    written) when `ids` is empty."""
    from .csvexport import atomic_text

    _some(ids, out)
    ticker = Ticker(progress, cancel, len(ids), every=50)
    cache: dict[str, Record] = {}
    with atomic_text(out) as fh:
        for i, practice_id in enumerate(ids):
            if i:
                fh.write("\n---\n\n")
            fh.write(practice_markdown(store, practice_id, cache))
            ticker.step()
            if len(cache) > 20_000:
                cache.clear()
        ticker.finish()
    return SheetReport(str(out), len(ids), "md")


_registered: tuple[str, str, list[str]] | None = None


def _fonts() -> tuple[str, str, list[str]]:
    """(regular, bold, warnings): DejaVu Sans if installed, else Helvetica (Latin-1 only)."""
    global _registered
    if _registered is not None:
        return _registered
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            _registered = ("DejaVuSans", "DejaVuSans-Bold", [])
            return _registered
    _registered = ("Helvetica", "Helvetica-Bold",
                   [Text("DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters "
                         "outside Western Europe (Polish, Greek…); install fonts-dejavu")])
    return _registered


def write_pdf(store, ids: list[str], out: Path | str, *, progress: Progress | None = None,
              cancel: CancelFlag | None = None) -> SheetReport:
    """One PDF (A4) with a sheet per practice, each starting on a new page, titled with the practice's
    title. NoSheets (nothing written) when `ids` is empty; text the font cannot draw is reported in
    the report's warnings and left out."""
    _some(ids, out)
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    regular, bold, font_warnings = _fonts()
    warnings = list(font_warnings)
    printable = _printable(regular)
    titles: list[str] = []

    def _para(text: str, where: str = "") -> str:
        kept, missing = printable(text)
        if missing:
            warnings.append(Text("{where}: {count} characters in a script the font cannot show ({scripts}) "
                                 "were left out of the PDF", where=where or (titles[-1] if titles else ""),
                                 count=len(missing), scripts=", ".join(sorted({_script(c) for c in missing}))))
        return html.escape(kept).replace("\n", "<br/>")
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=regular, fontSize=10, leading=13.5)
    title = ParagraphStyle("title", parent=base["Title"], fontName=bold, fontSize=18, leading=22,
                           alignment=0, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base["Heading2"], fontName=bold, fontSize=12, leading=15,
                        spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#24543a"))
    label = ParagraphStyle("label", parent=body, fontName=bold)
    ticker = Ticker(progress, cancel, len(ids), every=20)
    story: list[Any] = []
    cache: dict[str, Record] = {}
    for i, practice_id in enumerate(ids):
        s = build_sheet(store, practice_id, cache)
        titles.append(s.record.title)
        if i:
            story.append(PageBreak())
        story.append(Paragraph(_para(s.record.title), title))
        if s.facts:
            table = Table([[Paragraph(_para(k), label), Paragraph(_para(v), body)] for k, v in s.facts],
                          colWidths=[38 * mm, None], hAlign="LEFT")
            table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#a0b8a8"))])
            story += [table, Spacer(1, 4 * mm)]
        for heading, text in s.sections:
            story += [Paragraph(_para(heading), h2)]
            story += [Paragraph(_para(p.strip()), body) for p in text.split("\n\n") if p.strip()]
        for heading, items in ((s.h["contacts"], s.contacts), (s.h["tools"], s.tools), (s.h["links"], s.links)):
            if items:
                story.append(Paragraph(_para(heading), h2))
                story.append(ListFlowable([ListItem(Paragraph(_para(x), body), leftIndent=10) for x in items],
                                          bulletType="bullet", start="•", leftIndent=10, bulletFontName=regular))
        ticker.step()
        if len(cache) > 20_000:
            cache.clear()
    if not story:
        story.append(Paragraph("—", body))

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"RuralDesk · {doc.page}")
        canvas.restoreState()

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(f".{out.name}.part")
    try:
        doc = SimpleDocTemplate(str(part), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=16 * mm, bottomMargin=16 * mm,
                                title=titles[0] if len(titles) == 1 else
                                f"{titles[0]} (+{len(titles) - 1})", author="RuralDesk")
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        ticker.check()
        part.replace(out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    ticker.finish()
    return SheetReport(str(out), len(ids), "pdf", list(dict.fromkeys(warnings)))


def _some(ids: list[str], out) -> None:
    if not ids:
        raise NoSheets(Text("no practice to write (the search or filters match none); {out} was not written",
                            out=str(getattr(out, "name", out))))


def _script(c: str) -> str:
    import unicodedata

    return unicodedata.name(c, "?").split(" ")[0]


def _printable(font_name: str):
    """text -> (text without the characters the font has no glyph for, those characters)."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    glyphs = getattr(face, "charToGlyph", None)
    if glyphs is None:                          # a standard PDF font: Latin-1 only
        def covered(c: str) -> bool:
            return ord(c) < 256
    else:
        def covered(c: str) -> bool:
            return ord(c) in glyphs or c in "\n\t" or ord(c) < 32

    def split(text: str) -> tuple[str, list[str]]:
        missing = [c for c in text if not covered(c)]
        if not missing:
            return text, []
        return "".join(c for c in text if covered(c)), missing
    return split
