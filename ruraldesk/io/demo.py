"""Deterministic demo data: realistic, multilingual practices, contacts and tools.

The same seed gives the same records (ids included), so benchmarks and
screenshots are comparable run to run. Everything is written through the
store's bulk path, journal included.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Callable, Iterator

import phonenumbers

from ruraldesk.domain import geo
from ruraldesk.domain.themes import seed_theme_records

Progress = Callable[[int, int], "bool | None"]
BATCH = 2_000


class Cancelled(Exception):
    pass


# language -> countries where the generated records sit
LANG_COUNTRIES = {
    "pt": ("PT",), "es": ("ES",), "fr": ("FR", "BE"), "de": ("DE", "AT"),
    "it": ("IT",), "pl": ("PL",), "en": ("IE", "SE", "RO", "GR"),
}
CURRENCY = {"PL": "PLN", "SE": "SEK", "RO": "RON"}

# Per language: (activity noun phrases, place words, sentence templates for the sheet)
PHRASES: dict[str, dict[str, list[str]]] = {
    "pt": {
        "subject": ["Cooperativa de energia solar", "Mercado de produtores locais", "Transporte comunitário a pedido",
                    "Centro de dia intergeracional", "Escola rural aberta à comunidade", "Rede de cuidados domiciliários",
                    "Plataforma cooperativa de entregas", "Banco de terras agrícolas"],
        "in": ["em", "no concelho de"],
        "context": ["A aldeia perdeu metade da população em trinta anos e os serviços fecharam.",
                    "Os agricultores vendiam a intermediários a preços muito baixos."],
        "objectives": ["Criar emprego local e manter os jovens na região.",
                       "Reduzir a fatura energética das famílias e da junta de freguesia."],
        "activities": ["Assembleias mensais, formação de voluntários e compras conjuntas.",
                       "Instalação de painéis no pavilhão da associação e venda partilhada."],
        "results": ["Doze postos de trabalho criados e 140 famílias servidas.",
                    "A fatura energética desceu 30% no primeiro ano."],
        "lessons": ["A confiança com a câmara municipal levou dois anos a construir.",
                    "Sem um coordenador pago o projeto teria parado."],
    },
    "es": {
        "subject": ["Cooperativa energética ciudadana", "Mercado de proximidad", "Transporte rural a demanda",
                    "Tercer lugar en la antigua escuela", "Empresa de inserción agroalimentaria",
                    "Red de cuidados para mayores", "Huerto comunitario", "Cooperativa de plataforma de reparto"],
        "in": ["en", "en la comarca de"],
        "context": ["El pueblo no tenía tienda ni médico desde 2015.",
                    "Muchos jóvenes se marchaban a la ciudad por falta de empleo."],
        "objectives": ["Mantener servicios básicos en el municipio.",
                       "Dar empleo a personas en riesgo de exclusión."],
        "activities": ["Asambleas abiertas, formación y compra colectiva de equipos.",
                       "Rutas semanales de transporte coordinadas por voluntarios."],
        "results": ["Ocho empleos estables y un local social abierto seis días por semana.",
                    "Doscientos socios y un ahorro medio del 25% en la factura."],
        "lessons": ["La colaboración con el ayuntamiento fue clave desde el principio.",
                    "Hay que documentar todo para poder transferir la experiencia."],
    },
    "fr": {
        "subject": ["Coopérative d'énergie citoyenne", "Épicerie solidaire", "Tiers-lieu rural",
                    "Covoiturage solidaire", "Chantier d'insertion maraîcher", "Maison de santé pluridisciplinaire",
                    "Réseau d'entraide entre villages", "Coopérative de plateforme de mobilité"],
        "in": ["à", "dans la région"],
        "context": ["Le village avait perdu son dernier commerce et sa ligne de bus.",
                    "Les habitants âgés étaient de plus en plus isolés."],
        "objectives": ["Recréer un lieu de rencontre et des services de proximité.",
                       "Produire une énergie locale et partagée."],
        "activities": ["Réunions publiques, ateliers participatifs et chantiers bénévoles.",
                       "Mise en place d'une gouvernance partagée avec la commune."],
        "results": ["Quinze emplois créés et trois cents adhérents.",
                    "Une baisse de 20 % des déplacements en voiture individuelle."],
        "lessons": ["Associer la collectivité dès le départ évite bien des blocages.",
                    "Le bénévolat s'essouffle sans un poste salarié."],
    },
    "de": {
        "subject": ["Bürgerenergiegenossenschaft", "Dorfladen in Bürgerhand", "Rufbus für Dörfer",
                    "Genossenschaftliches Dorfgasthaus", "Inklusionsbetrieb Landwirtschaft",
                    "Gemeindeschwester plus", "Mitfahrbank-Netzwerk", "Digitale Plattformgenossenschaft"],
        "in": ["in", "im Landkreis"],
        "context": ["Der letzte Laden im Dorf schloss 2018.",
                    "Die Busverbindung wurde auf zwei Fahrten am Tag reduziert."],
        "objectives": ["Nahversorgung sichern und Arbeitsplätze schaffen.",
                       "Erneuerbare Energie in Bürgerhand erzeugen."],
        "activities": ["Bürgerversammlungen, Genossenschaftsgründung und Schulungen.",
                       "Gemeinsamer Betrieb mit der Gemeinde und dem Landkreis."],
        "results": ["Zehn Arbeitsplätze und 400 Mitglieder.",
                    "Der Laden trägt sich seit dem dritten Jahr selbst."],
        "lessons": ["Ohne Unterstützung der Verwaltung wäre es nicht gegangen.",
                    "Ehrenamt braucht hauptamtliche Koordination."],
    },
    "it": {
        "subject": ["Cooperativa di comunità", "Comunità energetica rinnovabile", "Bottega di paese",
                    "Trasporto sociale a chiamata", "Fattoria sociale", "Ambulatorio di comunità",
                    "Rete di mutuo aiuto", "Cooperativa di piattaforma per le consegne"],
        "in": ["a", "nella provincia di"],
        "context": ["Il borgo si stava spopolando e la scuola rischiava la chiusura.",
                    "Mancavano servizi per gli anziani che vivono soli."],
        "objectives": ["Creare lavoro per i giovani e mantenere vivi i servizi.",
                       "Condividere l'energia prodotta tra famiglie e imprese."],
        "activities": ["Assemblee, formazione e co-progettazione con il comune.",
                       "Gestione condivisa di spazi pubblici inutilizzati."],
        "results": ["Venti soci lavoratori e un emporio aperto tutto l'anno.",
                    "Risparmio del 25% in bolletta per cento famiglie."],
        "lessons": ["La co-progettazione con l'ente locale richiede tempo e fiducia.",
                    "Serve una governance chiara fin dall'inizio."],
    },
    "pl": {
        "subject": ["Spółdzielnia energetyczna", "Wiejski sklep społeczny", "Transport na żądanie",
                    "Centrum integracji społecznej", "Zagroda edukacyjna", "Sąsiedzka sieć opieki",
                    "Lokalny targ rolników", "Spółdzielnia socjalna"],
        "in": ["w", "w województwie"],
        "context": ["Młodzi ludzie wyjeżdżali do miast w poszukiwaniu pracy.",
                    "Gmina nie miała środków na utrzymanie świetlicy."],
        "objectives": ["Tworzenie miejsc pracy dla osób wykluczonych.",
                       "Obniżenie kosztów energii dla mieszkańców."],
        "activities": ["Spotkania mieszkańców, szkolenia i wspólne zakupy.",
                       "Współpraca z gminą i lokalną grupą działania."],
        "results": ["Dwanaście nowych miejsc pracy i sto pięćdziesiąt rodzin objętych wsparciem.",
                    "Koszty energii spadły o jedną trzecią."],
        "lessons": ["Zaufanie mieszkańców buduje się latami.",
                    "Potrzebny jest stały koordynator projektu."],
    },
    "en": {
        "subject": ["Community energy cooperative", "Community-owned village shop", "Demand-responsive rural transport",
                    "Third place in the old library", "Work-integration social farm", "Rural health outreach",
                    "Solidarity network of villages", "Platform cooperative for local deliveries"],
        "in": ["in", "across"],
        "context": ["The village lost its shop, post office and bus route within five years.",
                    "Farmers had no local outlet and sold at a loss to wholesalers."],
        "objectives": ["Keep essential services in the village and create local jobs.",
                       "Give residents a share in locally produced renewable energy."],
        "activities": ["Public meetings, volunteer training and a community share offer.",
                       "Co-design workshops with the county council."],
        "results": ["Nine jobs created and 250 member-owners.",
                    "Energy bills down a quarter for participating households."],
        "lessons": ["Early support from the local authority made the difference.",
                    "Volunteer energy fades without a paid coordinator."],
    },
}

GIVEN = {"pt": ["Ana", "João", "Maria", "Rui", "Inês", "Tiago"], "es": ["Lucía", "Javier", "Carmen", "Álvaro", "Nuria"],
         "fr": ["Élodie", "Mathieu", "Anaïs", "François", "Zoé"], "de": ["Jürgen", "Anna", "Lukas", "Sophie", "Jörg"],
         "it": ["Giulia", "Marco", "Chiara", "Niccolò", "Francesca"], "pl": ["Małgorzata", "Piotr", "Zofia", "Łukasz", "Agnieszka"],
         "en": ["Siobhán", "Erik", "Ioana", "Nikos", "Aoife", "Lars"]}
FAMILY = {"pt": ["Sousa", "Ferreira", "Gonçalves", "Simões"], "es": ["García", "Martínez", "Núñez", "Peña"],
          "fr": ["Lefèvre", "Dubois", "Girard", "Chevalier"], "de": ["Müller", "Schröder", "Weiß", "Köhler"],
          "it": ["Rossi", "Bianchi", "Esposito", "Ricci"], "pl": ["Kowalska", "Wiśniewski", "Wójcik", "Zieliński"],
          "en": ["O'Brien", "Lindqvist", "Popescu", "Papadopoulos", "Murphy"]}
ORG_PREFIX = {"pt": "Associação", "es": "Asociación", "fr": "Association", "de": "Verein",
              "it": "Associazione", "pl": "Stowarzyszenie", "en": "Association"}
TOOL_TITLES = {
    "guideline": "Guidelines for {x}", "methodology": "Methodology: {x}", "toolkit": "Toolkit for {x}",
    "template": "Template — {x}", "policy_recommendation": "Policy recommendations on {x}",
    "training": "Training course: {x}",
}
TOOL_TOPICS = ["community energy", "village shops", "co-design with municipalities", "rural mobility",
               "social farming", "work integration", "cooperative governance", "participatory budgeting",
               "short food supply chains", "digital platform cooperatives"]
ORG_TYPES = ("village_association", "community_cooperative", "social_enterprise", "third_place",
             "community_foundation", "work_integration_enterprise", "local_authority", "regional_authority")


def _ids(rng: random.Random, namespace_ms: int) -> Iterator[str]:
    """UUIDv7 layout from a seeded generator: valid v7 ids, the same every run."""
    counter = 0
    while True:
        ms = namespace_ms + counter
        rand = rng.getrandbits(74)
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & ((1 << 62) - 1))
        counter += 1
        yield str(uuid.UUID(int=value))


class _Places:
    def __init__(self) -> None:
        self.regions = {c: [r for r in geo.regions_for(c, 2) if not r.code.endswith("ZZ")]
                        for cs in LANG_COUNTRIES.values() for c in cs}


def _phone(rng: random.Random, country: str) -> str:
    example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.FIXED_LINE)
    national = str(example.national_number)
    digits = national[:3] + "".join(str(rng.randrange(10)) for _ in national[3:])
    return f"+{example.country_code} {digits}"


def _slug(text: str) -> str:
    from ruraldesk.domain.text import fold

    return "".join(c for c in fold(text) if c.isalnum())[:20] or "x"


def practice_fields(rng: random.Random, i: int, places: _Places, theme_ids: list[str]) -> dict:
    lang = rng.choice(list(LANG_COUNTRIES))
    p = PHRASES[lang]
    country = rng.choice(LANG_COUNTRIES[lang])
    region = rng.choice(places.regions[country])
    start = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(4000))
    fields = {
        "title": f"{rng.choice(p['subject'])} {rng.choice(p['in'])} {region.name.split('/')[0]} #{i}",
        "summary": f"{rng.choice(p['objectives'])} {rng.choice(p['results'])}",
        "kind": rng.choices(("good", "bad", "mixed"), weights=(7, 1, 2))[0],
        "status": rng.choice(("draft", "shared", "shared")),
        "country": country, "region": region.code, "language": lang,
        "themes": rng.sample(theme_ids, rng.randint(1, 3)),
        "organisation_types": rng.sample(ORG_TYPES, rng.randint(1, 2)),
        "context": rng.choice(p["context"]), "objectives": rng.choice(p["objectives"]),
        "activities": rng.choice(p["activities"]), "results": rng.choice(p["results"]),
        "lessons_learned": rng.choice(p["lessons"]),
        "start_date": start.isoformat(),
        "funding_source": rng.choice(("LEADER", "EAFRD", "ESF+", "Municipality", "Crowdfunding", "Members")),
        "funding_amount": float(rng.randrange(5, 500) * 1000),
        "funding_currency": CURRENCY.get(country, "EUR"),
        "links": [f"https://example.org/{lang}/practice/{i}"],
    }
    if rng.random() < 0.6:
        fields["end_date"] = (start + dt.timedelta(days=rng.randrange(180, 2000))).isoformat()
    return fields


def contact_fields(rng: random.Random, i: int, places: _Places, theme_ids: list[str]) -> dict:
    lang = rng.choice(list(LANG_COUNTRIES))
    country = rng.choice(LANG_COUNTRIES[lang])
    region = rng.choice(places.regions[country])
    kind = rng.choices(("person", "organisation", "authority", "support_service"), weights=(5, 3, 1, 1))[0]
    place = region.name.split("/")[0]
    if kind == "person":
        given, family = rng.choice(GIVEN[lang]), rng.choice(FAMILY[lang])
        fields = {"name": f"{given} {family}", "given_name": given, "family_name": family,
                  "organisation": f"{ORG_PREFIX[lang]} {place}", "role": rng.choice(
                      ("Coordinator", "Treasurer", "Facilitator", "Chair", "Volunteer"))}
        handle = f"{_slug(given)}.{_slug(family)}{i}"
    elif kind == "authority":
        fields = {"name": f"{place} — {rng.choice(('Municipality', 'Regional council', 'County council'))}"}
        handle = f"info{i}"
    elif kind == "support_service":
        fields = {"name": f"{rng.choice(('Rural advice centre', 'Social finance fund', 'Cooperative support agency'))} {place}"}
        handle = f"help{i}"
    else:
        fields = {"name": f"{rng.choice(PHRASES[lang]['subject'])} {place}"}
        handle = f"contact{i}"
    domain = f"{_slug(place)}.example.{country.lower()}"
    fields.update({
        "kind": kind, "country": country, "region": region.code, "languages": [lang],
        "emails": [{"type": "work", "value": f"{handle}@{domain}"}],
        "phones": [{"type": "work", "value": _phone(rng, country)}],
        "locality": place, "themes": rng.sample(theme_ids, rng.randint(0, 2)),
        "consent_basis": rng.choice(("consent", "legitimate_interests", "public_task")),
        "consent_date": (dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1800))).isoformat(),
        "consent_source": rng.choice(("sign-up form", "event registration", "public register")),
    })
    return fields


def tool_fields(rng: random.Random, i: int, theme_ids: list[str]) -> dict:
    kind = rng.choice(list(TOOL_TITLES))
    return {"title": TOOL_TITLES[kind].format(x=rng.choice(TOOL_TOPICS)) + f" ({i})", "kind": kind,
            "audience": rng.choice(("Village associations", "Local authorities", "Facilitators",
                                    "Cooperative boards", "Funders")),
            "summary": "A practical, tested resource from the group's members.",
            "language": rng.choice(list(LANG_COUNTRIES)), "themes": rng.sample(theme_ids, rng.randint(1, 2)),
            "links": [f"https://example.org/tools/{i}"]}


def _tiny_png(rng: random.Random) -> bytes:
    import struct
    import zlib

    w = h = 8
    colour = bytes(rng.randrange(256) for _ in range(3))
    raw = b"".join(b"\x00" + colour * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def generate(store, records: int, *, seed: int = 1, progress: Progress | None = None,
             attachment_every: int = 50) -> dict[str, int]:
    """Add `records` practices, contacts and tools each (plus links and small attachments)."""
    rng = random.Random(seed)
    ids = _ids(random.Random(seed * 7919 + 1), 1_700_000_000_000 + seed * 10_000_000)
    places = _Places()
    theme_ids = [tid for tid, _ in seed_theme_records()]
    total = records * 3
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None and progress(done, total) is False:
            raise Cancelled()

    contact_ids: list[str] = []
    tool_ids: list[str] = []
    for start in range(0, records, BATCH):
        batch = [(next(ids), contact_fields(rng, i, places, theme_ids)) for i in range(start, min(records, start + BATCH))]
        with store.write() as w:
            contact_ids += w.create_many("contact", batch, validate=False)
        step(len(batch))
    for start in range(0, records, BATCH):
        batch = [(next(ids), tool_fields(rng, i, theme_ids)) for i in range(start, min(records, start + BATCH))]
        with store.write() as w:
            tool_ids += w.create_many("tool", batch, validate=False)
        step(len(batch))
    attachments = 0
    for start in range(0, records, BATCH):
        batch = []
        files = []
        for i in range(start, min(records, start + BATCH)):
            fields = practice_fields(rng, i, places, theme_ids)
            nearby = contact_ids[max(0, i - 500): i + 500]
            if nearby:
                fields["contacts"] = rng.sample(nearby, min(len(nearby), rng.randint(1, 3)))
            if tool_ids and rng.random() < 0.5:
                fields["tools"] = [rng.choice(tool_ids)]
            if attachment_every and i % attachment_every == 0:
                sha, size = store.blobs.put_bytes(_tiny_png(rng))
                att_id = next(ids)
                files.append((att_id, {"file_name": f"photo-{i}.png", "media_type": "image/png",
                                       "size": size, "sha256": sha}))
                fields["attachments"] = [att_id]
            batch.append((next(ids), fields))
        with store.write() as w:
            if files:
                w.create_many("attachment", files, validate=False)
            w.create_many("practice", batch, validate=False)
        attachments += len(files)
        step(len(batch))
    return {"practices": records, "contacts": records, "tools": records, "attachments": attachments}
