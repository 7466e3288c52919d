"""Interface translations: complete catalogues, loadable .qm files, intact placeholders,
the domain's labels translated through ruraldesk.ui.i18n, menus with usable accelerators.

Run scripts/update-translations after adding strings; --check lists what is missing.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
#: the 24 official languages of the EU, English the source
TARGETS = ("bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt",
           "nl", "pl", "pt", "ro", "sk", "sl", "sv")
LANGUAGES = ("en", *TARGETS)
#: how many plural forms Qt's rules give each language (lupdate writes that many <numerusform>,
#: lrelease's rules pick one at run time); Hungarian counts with one form, Irish with three in Qt
PLURAL_FORMS = {"bg": 2, "cs": 3, "da": 2, "de": 2, "el": 2, "es": 2, "et": 2, "fi": 2, "fr": 2, "ga": 3,
                "hr": 3, "hu": 1, "it": 2, "lt": 3, "lv": 3, "mt": 4, "nl": 2, "pl": 3, "pt": 2, "ro": 3,
                "sk": 3, "sl": 4, "sv": 2}

#: a few strings per language, as a person would see them
EXPECTED = {
    #       File menu,    practice,       contact,    title field, "support_service", trash
    "fr": ("&Fichier", "Pratique", "Contacts", "Titre", "Service d'accompagnement", "Corbeille"),
    "de": ("&Datei", "Praxisbeispiel", "Kontakte", "Titel", "Unterstützungsangebot", "Papierkorb"),
    "es": ("&Archivo", "Práctica", "Contactos", "Título", "Servicio de apoyo", "Papelera"),
    "it": ("&File", "Pratica", "Contatti", "Titolo", "Servizio di supporto", "Cestino"),
    "pl": ("&Plik", "Praktyka", "Kontakty", "Tytuł", "Instytucja wsparcia", "Kosz"),
    "pt": ("&Ficheiro", "Prática", "Contactos", "Título", "Serviço de apoio", "Lixo"),
    "bg": ("&Файл", "Практика", "Контакти", "Заглавие", "Услуга за подкрепа", "Кошче"),
    "hr": ("&Datoteka", "Praksa", "Kontakti", "Naslov", "Služba podrške", "Smeće"),
    "cs": ("&Soubor", "Praxe", "Kontakty", "Název", "Podpůrná služba", "Koš"),
    "da": ("&Filer", "Praksis", "Kontakter", "Titel", "Støttetjeneste", "Papirkurv"),
    "nl": ("&Bestand", "Praktijk", "Contacten", "Titel", "Ondersteuningsdienst", "Prullenbak"),
    "et": ("&Fail", "Praktika", "Kontaktid", "Pealkiri", "Tugiteenus", "Prügikast"),
    "fi": ("&Tiedosto", "Käytäntö", "Yhteystiedot", "Otsikko", "Tukipalvelu", "Roskakori"),
    "el": ("&Αρχείο", "Πρακτική", "Επαφές", "Τίτλος", "Υπηρεσία υποστήριξης", "Κάδος απορριμμάτων"),
    "hu": ("&Fájl", "Gyakorlat", "Névjegyek", "Cím", "Támogató szolgálat", "Lomtár"),
    "ga": ("&Comhad", "Cleachtas", "Teagmhálaithe", "Teideal", "Seirbhís tacaíochta", "Bruscar"),
    "lv": ("&Fails", "Prakse", "Kontakti", "Nosaukums", "Atbalsta dienests", "Atkritne"),
    "lt": ("&Failas", "Praktika", "Kontaktai", "Pavadinimas", "Pagalbos tarnyba", "Šiukšlinė"),
}
REQUIRED = {
    "fr": "Titre est obligatoire",
    "de": "Titel ist ein Pflichtfeld",
    "es": "Título es obligatorio",
    "it": "Titolo è obbligatorio",
    "pl": "Tytuł: pole jest wymagane",
    "pt": "Título é obrigatório",
    "bg": "Заглавие: задължително поле",
    "hr": "Naslov: polje je obavezno",
    "cs": "Název: pole je povinné",
    "da": "Titel skal udfyldes",
    "nl": "Titel is verplicht",
    "et": "Pealkiri on kohustuslik",
    "fi": "Otsikko on pakollinen",
    "el": "Το πεδίο Τίτλος είναι υποχρεωτικό",
    "hu": "Cím: kötelező megadni",
    "ga": "Teideal: tá sé riachtanach",
    "lv": "Nosaukums: obligāts lauks",
    "lt": "Pavadinimas: laukas privalomas",
}


def messages(lang: str):
    """(context, source, numerus, [translations], finished) for every live message."""
    root = ET.parse(TRANSLATIONS / f"ruraldesk_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            yield name, m.findtext("source"), numerus, forms, tr.get("type") != "unfinished"


_BRACES = re.compile(r"\{[^{}]*\}")
_QT = re.compile(r"%(?:n|L?\d+)")
_GLOBS = re.compile(r"\*\.[\w.]+|\(\*\)|;;")   # file-dialog filters keep their patterns


def placeholders(text: str, numerus: bool) -> list[str]:
    text = text.replace("{{", "").replace("}}", "")
    found = sorted(_BRACES.findall(text)) + sorted(_QT.findall(text)) + _GLOBS.findall(text)
    return [p for p in found if not (numerus and p == "%n")]


@pytest.fixture
def english(qapp):
    from ruraldesk.ui import i18n

    yield
    i18n.install("en")


def test_update_translations_check_passes():
    """Nothing missing, nothing broken, the catalogues and .qm files match the sources."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "update-translations"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_has_no_unfinished_messages(lang):
    items = list(messages(lang))
    assert len(items) > 300
    unfinished = [f"[{c}] {s!r}" for c, s, _, forms, finished in items
                  if not finished or not all(f.strip() for f in forms)]
    assert not unfinished, f"{lang}: {len(unfinished)} unfinished, e.g. {unfinished[:10]}"


@pytest.mark.parametrize("lang", TARGETS)
def test_placeholders_match_the_source(lang):
    broken = []
    for context, source, numerus, forms, _ in messages(lang):
        want = placeholders(source, numerus)
        for form in forms:
            if form and placeholders(form, numerus) != want:
                broken.append(f"[{context}] {source!r} -> {form!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("lang", TARGETS)
def test_plural_messages_have_every_form(lang):
    short = [s for _, s, numerus, forms, _ in messages(lang) if numerus and len(forms) != PLURAL_FORMS[lang]]
    assert not short


#: n -> which plural form (0-based) Qt picks, the cases a translator most easily gets wrong
PLURAL_PICKS = {"fr": {0: 0, 2: 1}, "cs": {1: 0, 3: 1, 5: 2, 22: 2}, "hr": {21: 0, 22: 1, 25: 2, 12: 2},
                "sk": {1: 0, 4: 1, 0: 2}, "pl": {22: 1, 12: 2}, "lt": {21: 0, 22: 1, 10: 2, 12: 2}, "lv": {21: 0, 5: 1, 0: 2},
                "ro": {1: 0, 15: 1, 20: 2}, "sl": {101: 0, 102: 1, 103: 2, 5: 3}, "ga": {1: 0, 2: 1, 3: 2},
                "mt": {1: 0, 5: 1, 11: 2, 20: 3}, "hu": {1: 0, 5: 0}, "bg": {1: 0, 0: 1}}


def test_each_catalogue_locale_has_the_plural_forms_of_its_language(qapp, tmp_path):
    """The locale each catalogue declares gives the plural forms a translator expects: lupdate
    asks for PLURAL_FORMS[lang] of them and Qt picks them as PLURAL_PICKS says."""
    from PySide6.QtCore import QTranslator

    bin_dir = Path(sys.executable).parent
    (tmp_path / "probe.py").write_text('from PySide6.QtCore import QCoreApplication\n'
                                       'QCoreApplication.translate("Probe", "%n records", None, 2)\n')
    for lang in TARGETS:   # a catalogue declaring the same locale as ours
        locale = ET.parse(TRANSLATIONS / f"ruraldesk_{lang}.ts").getroot().get("language")
        (tmp_path / f"p_{lang}.ts").write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                                               f'<TS version="2.1" language="{locale}"></TS>\n')
    subprocess.run([str(bin_dir / "pyside6-lupdate"), "-silent", "probe.py", "-ts",
                    *[f"p_{lang}.ts" for lang in TARGETS]], cwd=tmp_path, check=True, capture_output=True)
    wrong = {}
    for lang in TARGETS:
        ts = (tmp_path / f"p_{lang}.ts").read_text(encoding="utf-8")
        count = ts.count("<numerusform")
        if count != PLURAL_FORMS[lang]:
            wrong[lang] = f"{count} forms"
            continue
        forms = "".join(f"<numerusform>form {i}</numerusform>" for i in range(count))
        ts = re.sub(r"<translation[^>]*>.*?</translation>", f"<translation>{forms}</translation>", ts, flags=re.S)
        (tmp_path / f"p_{lang}.ts").write_text(ts, encoding="utf-8")
        subprocess.run([str(bin_dir / "pyside6-lrelease"), "-silent", f"p_{lang}.ts"], cwd=tmp_path, check=True,
                       capture_output=True)
        t = QTranslator()
        assert t.load(str(tmp_path / f"p_{lang}.qm"))
        picked = {n: t.translate("Probe", "%n records", None, n) for n in PLURAL_PICKS.get(lang, {1: 0, 0: 1})}
        want = {n: f"form {i}" for n, i in PLURAL_PICKS.get(lang, {1: 0, 0: 1}).items()}
        if picked != want:
            wrong[lang] = picked
    assert not wrong, wrong


def test_the_interface_speaks_every_official_eu_language(settings):
    """The settings dialog offers each language under its own name, one catalogue for each."""
    from ruraldesk.ui import i18n
    from ruraldesk.ui.dialogs import SettingsDialog

    assert sorted(i18n.LANGUAGES) == sorted(LANGUAGES)
    assert all((TRANSLATIONS / f"ruraldesk_{lang}.qm").is_file() for lang in LANGUAGES)
    dialog = SettingsDialog(settings)
    offered = {dialog.language.itemData(i): dialog.language.itemText(i) for i in range(dialog.language.count())}
    dialog.deleteLater()
    assert set(offered) == {"", *LANGUAGES}
    assert offered["cs"] == "Čeština" and offered["el"] == "Ελληνικά" and offered["ga"] == "Gaeilge"


def test_check_reports_only_the_languages_asked_for():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "update-translations"), "--check",
                           "--lang", "de,fr"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    reported = {line.split(":")[0] for line in done.stdout.splitlines() if not line.startswith((" ", "out of"))}
    assert reported == {"de", "fr"}, done.stdout[-3000:] + done.stderr[-2000:]
    wrong = subprocess.run([sys.executable, str(ROOT / "scripts" / "update-translations"), "--check",
                            "--lang", "xx"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert wrong.returncode == 2 and "not an interface language: xx" in wrong.stderr


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_qm_loads(qapp, lang):
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    assert t.load(str(TRANSLATIONS / f"ruraldesk_{lang}.qm"))
    assert not t.isEmpty()
    if lang != "en":
        assert t.language().split("_")[0] == lang


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_install_translates_ui_and_domain_strings(english, lang):
    from ruraldesk.domain.records import spec
    from ruraldesk.domain.validation import validate
    from ruraldesk.ui import i18n

    assert i18n.install(lang)
    assert i18n.current() == lang
    file_menu, practice, contacts, title, support, trash = EXPECTED[lang]
    assert i18n.tr("MainWindow", "&File") == file_menu
    assert i18n.tr("MainWindow", "Trash") == trash
    assert i18n.collection_label("practice") == practice
    assert i18n.collection_label("contact", plural=True) == contacts
    assert i18n.field_label(spec("practice").field("title")) == title
    assert i18n.choice_label("support_service") == support
    required = next(e for e in validate("practice", {"kind": "good"}) if e.field == "title")
    assert i18n.error_message(required) == REQUIRED[lang]

    i18n.install("en")
    assert i18n.tr("MainWindow", "&File") == "&File"
    assert i18n.collection_label("practice") == "Practice"


def test_every_domain_string_is_translated(english):
    """Each label, choice and validation template the domain has reads differently in
    at least one language (a string missing from the catalogues would read English in all)."""
    from ruraldesk.domain.records import COLLECTIONS
    from ruraldesk.ui import i18n

    sources = [("Collections", s) for c in COLLECTIONS.values() for s in (c.label, c.label_plural)]
    sources += [("Fields", f.label) for c in COLLECTIONS.values() for f in c.fields]
    sources += [("Choices", i18n.choice_source(v)) for c in COLLECTIONS.values() for f in c.fields
                for v in f.choices]
    seen = {s: set() for s in sources}
    for lang in TARGETS:
        i18n.install(lang)
        for context, text in sources:
            seen[(context, text)].add(i18n.tr(context, text))
    untranslated = [s for s, outs in seen.items() if outs == {s[1]} and s[1] not in ("SHA-256",)]
    assert not untranslated


def _mnemonic(text: str) -> str | None:
    m = re.search(r"&(?!&)(\S)", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def _clashes(window) -> dict[str, list[str]]:
    """Accelerator letters used twice, per menu (and in the menu bar)."""
    out = {}
    groups = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for a in window.menuBar().actions():
        if a.menu() is not None:
            groups[a.text()] = [x.text() for x in a.menu().actions() if not x.isSeparator() and x.text()]
    for name, texts in groups.items():
        letters = [_mnemonic(t) for t in texts]
        twice = sorted({t for t, k in zip(texts, letters) if k and letters.count(k) > 1})
        if twice:
            out[name] = twice
    return out


def test_menus_switch_language_and_keep_accelerators_apart(english, shell, qtbot):
    """Switching the language rebuilds the window in it; in each menu no accelerator letter
    is used twice unless the English menu already uses it twice."""
    from ruraldesk.ui import i18n

    shell.settings.language = "en"
    window = shell.rebuild_window()
    english_clashes = sum(len(v) for v in _clashes(window).values())
    problems = {}
    for lang in TARGETS:
        shell.settings.language = lang
        window = shell.rebuild_window()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == (EXPECTED[lang][0] if lang in EXPECTED else i18n.tr("MainWindow", "&File")), (lang, titles)
        clashes = _clashes(window)
        if sum(len(v) for v in clashes.values()) > english_clashes:
            problems[lang] = clashes
    shell.settings.language = "en"
    shell.rebuild_window()
    assert not problems, problems


def _dialog_clashes(dialog) -> list[str]:
    """Accelerator letters used twice among a dialog's labels, buttons and group boxes."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox) if w.isCheckable()]
    letters = [_mnemonic(t) for t in texts]
    return sorted({t for t, k in zip(texts, letters) if k and letters.count(k) > 1})


def _dialogs(settings):
    from ruraldesk.ui.dialogs import SettingsDialog

    yield "settings", SettingsDialog(settings)
    try:
        from ruraldesk.ui.transfer_dialogs import EraseDialog, ExportDialog
    except ImportError:  # pragma: no cover - the import/export UI is optional
        return
    yield "export", ExportDialog(None, "Export", "intro", [("list", "list"), ("selected", "selected")],
                                 formats=[("a", "A"), ("b", "B")], bom=True,
                                 collections=[("practice", "practice"), ("contact", "contact")])
    yield "erase", EraseDialog(None, "Name", synced=True, linked=2)


def test_dialog_accelerators_stay_apart(english, settings):
    from ruraldesk.ui import i18n

    i18n.install("en")
    allowed = {name: len(_dialog_clashes(d)) for name, d in _dialogs(settings)}
    problems = {}
    for lang in TARGETS:
        i18n.install(lang)
        for name, dialog in _dialogs(settings):
            clashes = _dialog_clashes(dialog)
            if len(clashes) > allowed[name]:
                problems[(lang, name)] = clashes
            dialog.deleteLater()
    assert not problems, problems


@pytest.mark.parametrize("lang", TARGETS)
def test_standard_buttons_are_translated(english, lang):
    """Qt translates OK/Cancel/Close itself, except where it ships no catalogue (pt, el, et, ga,
    lt, mt, ro, sl): our catalogues carry those words too."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ruraldesk.ui import i18n

    i18n.install(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    texts = [b.text() for b in box.buttons()]
    assert "Cancel" not in texts and "Close" not in texts, texts


@pytest.mark.parametrize("lang", TARGETS)
def test_qts_own_catalogue_is_loaded_where_qt_ships_one(english, lang):
    """Qt's words beyond our supplement (file dialogs, shortcuts) come from qtbase_<lang>.qm."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from ruraldesk.ui import i18n

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / f"qtbase_{lang}.qm").is_file():
        pytest.skip(f"Qt ships no qtbase_{lang}.qm: our catalogue carries Qt's common words")
    qt = QTranslator()
    assert qt.load(f"qtbase_{lang}", str(folder))
    probe = next(((c, s) for c, s in (("QFileDialog", "Look in:"), ("QFileDialog", "&Open"),
                                      ("QMessageBox", "Show Details..."), ("QColorDialog", "Select Color"))
                  if qt.translate(c, s)), None)
    if probe is None:
        pytest.skip(f"qtbase_{lang}.qm translates none of the probes")
    i18n.install(lang)
    assert QCoreApplication.translate(*probe) == qt.translate(*probe) != probe[1]



def test_a_local_alias_of_translate_keeps_its_context(tmp_path, monkeypatch):
    """`tr = QCoreApplication.translate` in a function: lupdate alone reads tr("Sync", "text") as
    (source "Sync", comment "text"); update-translations spells the call out so the context stays."""
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("update_translations", str(ROOT / "scripts" / "update-translations"))
    script = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    loader.exec_module(script)
    monkeypatch.setattr(script, "ROOT", tmp_path)
    source = tmp_path / "stage.py"
    source.write_text("from PySide6.QtCore import QCoreApplication\n\n\ndef stage():\n"
                      "    tr = QCoreApplication.translate\n    return tr(\"Sync\", \"sending changes\")\n",
                      encoding="utf-8")
    module = script.Module(source)
    out = script.lupdate_source(module, {module.name: module}, [])
    assert 'return QCoreApplication.translate("Sync", "sending changes")' in out
    assert "tr" not in module.wrappers      # a function's alias is not something others import
