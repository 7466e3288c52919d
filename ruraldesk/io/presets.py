"""Address-book exports recognised by their headers, with what each column means there.

A preset maps the program's own column names (exactly as it writes them) to our fields,
and says what needs the row to decide: Google's "E-mail 1 - Type" gives the type of
"E-mail 1 - Value" and both may hold several values joined by " ::: "; Outlook's
"Title" is an honorific (Mr., Dr.), not a role; several addresses (Business, Home,
Other) keep the first one filled and list the others; groups and categories become
themes when a theme has that name, and are listed when none has.

Presets: Google Contacts ("Google CSV" and the 2024 format, and Google's "Outlook CSV"),
Outlook, Thunderbird. Anything else — a LibreOffice or Excel sheet — is mapped by
header names in seven languages (:mod:`ruraldesk.io.mapping`). Apple Contacts and
Android export vCards, read by :mod:`ruraldesk.io.vcard`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from ruraldesk.domain.text import fold

from .common import Problem, Text

GROUPS = "themes"           # group columns: theme names, kept when a theme has the name
MULTI = " ::: "             # Google's separator of several values in one cell
#: Google's system groups say where a contact is shown, not what it is about
_SYSTEM_GROUPS = {"mycontacts", "starred", "friends", "family", "coworkers"}
_TYPE_WORDS = {"work": "work", "business": "work", "main": "work", "home": "home", "mobile": "mobile",
               "cell": "mobile", "iphone": "mobile", "fax": "fax", "pager": "other", "other": "other"}


@dataclass(frozen=True)
class Preset:
    key: str
    name: str                                      # a Text, shown in the dialog and the report
    signature: tuple[str, ...]                     # headers that must all be there (case-blind)
    columns: dict[str, str]                        # header -> target
    #: address column groups, by prefix: the first one filled in a row is kept
    addresses: tuple[tuple[str, ...], ...] = ()
    #: columns that are the export's own bookkeeping (no one's data), not listed as ignored
    quiet: frozenset[str] = frozenset()
    first_header: str | None = None                # tells Google's Outlook CSV from Outlook's
    typed: tuple[tuple[str, str], ...] = ()        # (value column pattern, type column pattern)
    join_org: tuple[str, ...] = ()                 # organisation, department: joined with ", "

    def matches(self, headers: list[str]) -> bool:
        have = {h.strip().casefold() for h in headers}
        if not all(s.casefold() in have for s in self.signature):
            return False
        return self.first_header is None or (bool(headers) and headers[0].strip() == self.first_header)


def _indexed(prefix: str, n: int, parts: dict[str, str]) -> dict[str, str]:
    return {f"{prefix} {i} - {part}": target for i in range(1, n + 1) for part, target in parts.items()}


_GOOGLE_ADDRESS = {"Street": "street", "City": "locality", "PO Box": "street", "Region": "region",
                   "Postal Code": "postcode", "Country": "country", "Extended Address": "street"}
GOOGLE = Preset(
    key="google", name=Text("Google Contacts export"),
    signature=("Given Name", "Family Name", "Group Membership"),
    columns={"Name": "name", "Given Name": "given_name", "Additional Name": "given_name",
             "Family Name": "family_name", "Notes": "notes", "Group Membership": GROUPS,
             **_indexed("E-mail", 9, {"Value": "emails"}), **_indexed("Phone", 9, {"Value": "phones"}),
             **_indexed("Address", 5, _GOOGLE_ADDRESS),
             "Organization 1 - Name": "organisation", "Organization 1 - Title": "role",
             "Organization 1 - Department": "organisation", "Website 1 - Value": "website"},
    addresses=tuple((f"Address {i} - ",) for i in range(1, 6)),
    quiet=frozenset({*(f"{k} {i} - Type" for k in ("E-mail", "Phone", "Address", "Organization", "Website")
                       for i in range(1, 10)), *(f"Address {i} - Formatted" for i in range(1, 6))}),
    typed=((r"^(E-mail|Phone) (\d+) - Value$", r"\1 \2 - Type"),),
    join_org=("Organization 1 - Name", "Organization 1 - Department"),
)
GOOGLE_2024 = Preset(
    key="google-2024", name=Text("Google Contacts export"),
    signature=("First Name", "Last Name", "Labels", "E-mail 1 - Value"),
    columns={"First Name": "given_name", "Middle Name": "given_name", "Last Name": "family_name",
             "Notes": "notes", "Labels": GROUPS, "Organization Name": "organisation",
             "Organization Title": "role", "Organization Department": "organisation",
             **_indexed("E-mail", 9, {"Value": "emails"}), **_indexed("Phone", 9, {"Value": "phones"}),
             **_indexed("Address", 5, _GOOGLE_ADDRESS), "Website 1 - Value": "website"},
    addresses=tuple((f"Address {i} - ",) for i in range(1, 6)),
    quiet=frozenset({*(f"{k} {i} - Label" for k in ("E-mail", "Phone", "Address", "Website")
                       for i in range(1, 10)), *(f"Address {i} - Formatted" for i in range(1, 6))}),
    typed=((r"^(E-mail|Phone) (\d+) - Value$", r"\1 \2 - Label"),),
    join_org=("Organization Name", "Organization Department"),
)


def _outlook_columns() -> dict[str, str]:
    cols = {"First Name": "given_name", "Middle Name": "given_name", "Last Name": "family_name",
            "Company": "organisation", "Department": "organisation", "Job Title": "role", "Notes": "notes",
            "E-mail Address": "emails", "E-mail 2 Address": "emails", "E-mail 3 Address": "emails",
            "Business Phone": "phones:work", "Business Phone 2": "phones:work", "Company Main Phone": "phones:work",
            "Primary Phone": "phones", "Home Phone": "phones:home", "Home Phone 2": "phones:home",
            "Mobile Phone": "phones:mobile", "Car Phone": "phones:mobile", "Other Phone": "phones",
            "Pager": "phones", "Assistant's Phone": "phones", "Callback": "phones", "Radio Phone": "phones",
            "Business Fax": "phones:fax", "Home Fax": "phones:fax", "Other Fax": "phones:fax",
            "Web Page": "website", "Categories": GROUPS}
    for prefix in ("Business", "Home", "Other"):
        cols.update({f"{prefix} Street": "street", f"{prefix} Street 2": "street", f"{prefix} Street 3": "street",
                     f"{prefix} City": "locality", f"{prefix} State": "region",
                     f"{prefix} Postal Code": "postcode", f"{prefix} Country/Region": "country",
                     f"{prefix} Country": "country", f"{prefix} PO Box": "street"})
    return cols


_OUTLOOK_QUIET = frozenset({"E-mail Type", "E-mail 2 Type", "E-mail 3 Type", "E-mail Display Name",
                            "E-mail 2 Display Name", "E-mail 3 Display Name", "Sensitivity", "Priority", "Private",
                            "Mileage", "Billing Information"})
OUTLOOK = Preset(
    key="outlook", name=Text("Outlook export"), signature=("First Name", "Last Name", "E-mail Address",
                                                           "Business Phone"),
    columns=_outlook_columns(), addresses=(("Business ",), ("Home ",), ("Other ",)), quiet=_OUTLOOK_QUIET,
    first_header="Title", join_org=("Company", "Department"),
)
GOOGLE_OUTLOOK = Preset(
    key="google-outlook", name=Text("Google Contacts export (Outlook CSV)"),
    signature=("First Name", "Last Name", "E-mail Address", "Business Phone"),
    columns=_outlook_columns(), addresses=(("Business ",), ("Home ",), ("Other ",)), quiet=_OUTLOOK_QUIET,
    first_header="First Name", join_org=("Company", "Department"),
)


def _thunderbird_columns() -> dict[str, str]:
    cols = {"First Name": "given_name", "Last Name": "family_name", "Display Name": "name",
            "Primary Email": "emails", "Secondary Email": "emails", "Work Phone": "phones:work",
            "Home Phone": "phones:home", "Fax Number": "phones:fax", "Pager Number": "phones",
            "Mobile Number": "phones:mobile", "Job Title": "role", "Organization": "organisation",
            "Organisation": "organisation", "Department": "organisation", "Web Page 1": "website",
            "Notes": "notes"}
    for prefix in ("Work", "Home"):
        cols.update({f"{prefix} Address": "street", f"{prefix} Address 2": "street", f"{prefix} Address2": "street",
                     f"{prefix} City": "locality", f"{prefix} State": "region", f"{prefix} County": "region",
                     f"{prefix} ZipCode": "postcode", f"{prefix} Zipcode": "postcode", f"{prefix} Zip": "postcode",
                     f"{prefix} Post Code": "postcode", f"{prefix} Country": "country"})
    return cols


THUNDERBIRD = Preset(
    key="thunderbird", name=Text("Thunderbird address book export"),
    signature=("Display Name", "Primary Email", "Secondary Email", "Mobile Number"),
    columns=_thunderbird_columns(), addresses=(("Work ",), ("Home ",)),
    join_org=("Organization", "Organisation", "Department"),
)

PRESETS = (GOOGLE, GOOGLE_2024, GOOGLE_OUTLOOK, OUTLOOK, THUNDERBIRD)


def recognise(headers: list[str]) -> Preset | None:
    for preset in PRESETS:
        if preset.matches(headers):
            return preset
    return None


def mapping(preset: Preset, headers: list[str]) -> dict[int, str]:
    """Column index -> target for the columns this preset knows (first spelling wins)."""
    wanted = {k.casefold(): v for k, v in preset.columns.items()}
    return {i: wanted[h.strip().casefold()] for i, h in enumerate(headers) if h.strip().casefold() in wanted}


@dataclass
class RowPlan:
    """What a preset decides per file: which columns type which, which belong to which address."""

    preset: Preset
    headers: list[str]
    type_of: dict[int, int] = field(default_factory=dict)        # value column -> type column
    address_of: dict[int, int] = field(default_factory=dict)     # column -> address group number
    org_columns: list[int] = field(default_factory=list)
    group_columns: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, preset: Preset, headers: list[str]) -> "RowPlan":
        plan = cls(preset, headers)
        index = {h.strip(): i for i, h in enumerate(headers)}
        for value_pattern, type_template in preset.typed:
            for h, i in index.items():
                m = re.match(value_pattern, h)
                if m and m.expand(type_template) in index:
                    plan.type_of[i] = index[m.expand(type_template)]
        for number, prefixes in enumerate(preset.addresses):
            for h, i in index.items():
                if h.startswith(prefixes) and preset.columns.get(h) in ("street", "locality", "region",
                                                                         "postcode", "country"):
                    plan.address_of[i] = number
        plan.org_columns = [index[h] for h in preset.join_org if h in index]
        plan.group_columns = {i for h, i in index.items() if preset.columns.get(h) == GROUPS}
        return plan

    def cell(self, index: int, cell: str) -> str:
        """Google's " ::: " becomes a line break, which every list field splits on."""
        return cell.replace(MULTI, "\n") if MULTI in cell else cell

    def target(self, index: int, target: str, cells: list[str]) -> str:
        """"emails" typed by its Type column in this row ("* Work" -> "emails:work")."""
        t = self.type_of.get(index)
        if t is None or t >= len(cells) or ":" in target:
            return target
        word = fold(cells[t].split(":::")[0]).strip(" *").strip()
        kind = next((v for k, v in _TYPE_WORDS.items() if k in word.split() or k == word), None)
        if "fax" in word:
            kind = "fax"
        if target == "emails" and kind not in ("work", "home", "other"):
            kind = None if kind is None else "other"
        return f"{target}:{kind}" if kind else target

    def skipped_addresses(self, cells: list[str]) -> tuple[int | None, list[int]]:
        """(the address group kept, the other groups that are filled) in this row."""
        filled = sorted({g for i, g in self.address_of.items() if i < len(cells) and cells[i].strip()})
        return (filled[0] if filled else None), filled[1:]


def themes(cell: str, theme_ids: dict[str, str]) -> tuple[list[str], list[str]]:
    """(theme ids, names with no theme) of a groups/labels/categories cell."""
    found, unknown = [], []
    for item in re.split(r"\s*(?::::|;|\n)\s*", cell):
        name = item.strip().lstrip("*").strip()
        if not name or fold(name).replace(" ", "") in _SYSTEM_GROUPS:
            continue
        theme = theme_ids.get(fold(name).strip())
        (found if theme else unknown).append(theme or name)
    return list(dict.fromkeys(found)), unknown


def group_warning(row: int, column: str, name: str) -> Problem:
    return Problem(row, Text("group “{group}” is not a theme of this workspace; not imported", group=name),
                   column=column, field="themes", value=name)


def address_warning(row: int, column: str, values: str) -> Problem:
    return Problem(row, Text("a second address is not imported (only one address is kept)"), column=column,
                   field="street", value=values)


def preset_summary(preset: Preset | None) -> str:
    return preset.name if preset else Text("spreadsheet (columns matched by their names)")


__all__ = ["GOOGLE", "GOOGLE_2024", "GOOGLE_OUTLOOK", "GROUPS", "OUTLOOK", "PRESETS", "Preset", "RowPlan",
           "THUNDERBIRD", "address_warning", "group_warning", "mapping", "preset_summary", "recognise", "themes"]

