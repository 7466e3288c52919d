"""Opening an attachment and linking records (issue 13 items 13, 18): real window, real files."""

from __future__ import annotations

import os
import stat


def test_an_opened_attachment_is_a_private_copy(qtbot, window, store, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    practice = store.create("practice", {"title": "Seed library", "kind": "good"})
    scan = tmp_path / "id-card.pdf"
    scan.write_bytes(b"%PDF-1.4 private")
    attachment = store.add_attachment(practice.id, scan)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.open_attachment(attachment.id)
    copy = opened[0]
    assert open(copy, "rb").read() == scan.read_bytes()
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    for folder in (os.path.dirname(copy), os.path.dirname(os.path.dirname(copy))):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def test_no_program_for_a_file_is_said_and_a_copy_can_be_saved(qtbot, window, store, tmp_path,
                                                                monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from ruraldesk.ui.dialogs import Dialog

    practice = store.create("practice", {"title": "Seed library", "kind": "good"})
    source = tmp_path / "plan.weird"
    source.write_bytes(b"odd format")
    attachment = store.add_attachment(practice.id, source)
    asked = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)       # no handler here
    monkeypatch.setattr(Dialog, "choose", staticmethod(
        lambda parent, title, text, choices: asked.append((title, text, choices)) or 0))
    saved = tmp_path / "saved" / "plan.weird"
    saved.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    window.open_attachment(attachment.id)
    assert asked and "no program" in asked[0][1] and asked[0][2][0] == "Save a copy…"
    assert saved.read_bytes() == b"odd format"


def test_the_link_dialog_tells_same_named_contacts_apart(qtbot, window, store, settle):
    from ruraldesk.ui.dialogs import LinkDialog

    for org, mail in (("Coop Sud", "elodie@coopsud.fr"), ("Mairie de Dieulefit", "e.girard@dieulefit.fr"),
                      ("", "elodie.g@example.org")):
        store.create("contact", {"kind": "person", "name": "Élodie Girard", "organisation": org or None,
                                 "emails": [{"value": mail, "type": "work"}]})
    store.create("contact", {"kind": "person", "name": "Ana Lopes", "organisation": "Terra"})
    dialog = LinkDialog(store, ("contact",), "Link", window)
    qtbot.addWidget(dialog)
    dialog.refresh(wait=True)
    qtbot.waitUntil(lambda: dialog.results.count() == 4, timeout=5000)
    labels = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    elodie = [t for t in labels if t.startswith("Élodie Girard")]
    assert len(elodie) == 3 and len(set(elodie)) == 3
    assert any("Coop Sud" in t for t in elodie) and any("elodie.g@example.org" in t for t in elodie)
    assert [t for t in labels if t.startswith("Ana Lopes")] == ["Ana Lopes  —  Contact · Terra"]
