"""Help: the user guide inside the app, About, and diagnostics without personal data."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def test_the_user_guide_opens_from_the_help_menu(qtbot, window):
    from ruraldesk.ui import helpmenu
    from ruraldesk.ui.helpmenu import GuideWindow

    window.action("guide").trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    text = guide.view.toPlainText()
    assert "User guide" in text and "first" in text.lower()
    assert not window.action("guide").shortcut().isEmpty()
    assert guide.view.height() > guide.height() * 0.8          # the text takes the window's height
    images = [image for _, image in helpmenu.images(guide.view.document())]
    assert len(images) >= 5
    wide = [i for i in images if i.name().endswith("main-window.png")]
    assert wide and 500 < wide[0].width() <= min(760, guide.view.viewport().width())
    guide.resize(560, 500)                                     # a small screen: pictures shrink with it
    wide = [i for _, i in helpmenu.images(guide.view.document()) if i.name().endswith("main-window.png")]
    assert wide[0].width() <= guide.view.viewport().width() and guide.view.horizontalScrollBar().maximum() == 0
    guide.close()


def test_about_names_the_version_and_the_workspace(qtbot, window, monkeypatch):
    from ruraldesk import __version__
    from ruraldesk.ui.helpmenu import AboutDialog

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.action("about").trigger()
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() + " " + label.toolTip() for label in shown[0].findChildren(QLabel))
    assert __version__ in texts and str(window.store.path) in texts


def test_copied_diagnostics_hold_no_personal_data(qtbot, window, store):
    store.create("contact", {"kind": "person", "name": "Zofia Kowalczyk",
                             "emails": [{"type": "work", "value": "zofia@example.pl"}]})
    window.action("diagnostics").trigger()
    text = QGuiApplication.clipboard().text()
    assert "ruraldesk:" in text and "records:" in text
    assert "Zofia" not in text and "zofia@example.pl" not in text and "Kowalczyk" not in text
