"""Help menu: the user guide (the README's "User guide", and its translations in docs/guide/,
shown inside the app so it works offline), About, and diagnostic information to paste into a
support request."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import (QDesktopServices, QGuiApplication, QImageReader, QTextCursor, QTextDocument,
                           QTextFragment, QTextImageFormat)
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTextBrowser, QWidget

from ruraldesk import __version__, diagnostics

from .dialogs import Dialog

GUIDE_HEADING = "## User guide"
PROJECT_URL = "https://github.com/ruraldesk/ruraldesk"


def _t(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def docs_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[2]


def guide_dir() -> Path:
    return docs_root() / "docs" / "guide"


def guide_markdown(readme: Path | None = None, language: str | None = None) -> str:
    """The user guide in `language` (the interface language by default): docs/guide/<lang>.md,
    the same sections and screenshots as the English one; otherwise the README's user guide
    section (up to the next second-level heading)."""
    from . import i18n

    language = language or i18n.current()
    translated = guide_dir() / f"{language}.md"
    if readme is None and language != "en" and translated.is_file():
        return translated.read_text(encoding="utf-8")
    text = (readme or docs_root() / "README.md").read_text(encoding="utf-8")
    start = text.find(GUIDE_HEADING)
    if start < 0:
        return text
    rest = text[start + len(GUIDE_HEADING):]
    end = re.search(r"^## ", rest, flags=re.MULTILINE)
    return GUIDE_HEADING.replace("## ", "# ") + (rest[:end.start()] if end else rest)


class GuideWindow(Dialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, _t("RuralDesk user guide"), buttons=QDialogButtonBox.StandardButton.Close)
        self.view = QTextBrowser()
        self.view.setAccessibleName(_t("User guide"))
        self.view.setOpenExternalLinks(True)
        # the README names pictures from the top folder, docs/guide/*.md from their own
        self.view.setSearchPaths([str(docs_root()), str(guide_dir())])
        try:
            self.view.setMarkdown(guide_markdown())
        except OSError:
            self.view.setPlainText(_t("The user guide is not installed with this copy of RuralDesk. "
                                      "It is online at {url}").format(url=PROJECT_URL))
        self.body.addWidget(self.view, 1)
        self.finish(stretch=False)
        self.resize(820, 680)
        self.fit()

    def fit(self) -> None:
        """Screenshots as wide as the text allows (at most 760 px): on a small screen the
        dialog is narrower, and a picture cut at the right edge shows nothing useful."""
        margins = 2 * int(self.view.document().documentMargin()) + 8
        fit_images(self.view.document(), max(160, min(760, self.view.viewport().width() - margins)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()


def images(document: QTextDocument) -> Iterator[tuple[QTextFragment, QTextImageFormat]]:
    """The pictures of a document, with the fragments that hold them."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                yield fragment, fragment.charFormat().toImageFormat()
            it += 1
        block = block.next()


def picture(name: str) -> Path:
    """A picture named in the guide, relative to the top folder or to docs/guide."""
    for base in (docs_root(), guide_dir()):
        if (base / name).is_file():
            return (base / name).resolve()
    return docs_root() / name


def fit_images(document: QTextDocument, width: int) -> None:
    """Screenshots wider than `width` are shown at `width`, height to scale; the others at
    their own size (again, when the window grew)."""
    for fragment, image in list(images(document)):
        natural = QImageReader(str(picture(image.name()))).size().width()
        shown = min(natural, width) if natural > 0 else 0
        if shown and image.width() != shown:
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            image.setWidth(shown)
            cursor.setCharFormat(image)


class AboutDialog(Dialog):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent, _t("About RuralDesk"), buttons=QDialogButtonBox.StandardButton.Close)
        info = diagnostics.collect()
        heading = QLabel(f"<h2>RuralDesk {__version__}</h2>")
        heading.setAccessibleName(f"RuralDesk {__version__}")
        self.body.addWidget(heading)
        text = QLabel(_t("An offline-first organiser of practices, contacts and tools for rural "
                         "social-economy groups: village associations, cooperatives, social "
                         "enterprises, third places and the authorities that work with them."))
        text.setWordWrap(True)
        self.body.addWidget(text)
        form = self.form()
        for label, value in ((_t("Workspace:"), str(store.path)),
                             (_t("Python:"), info["python"]),
                             (_t("Qt:"), info.get("qt", "")),
                             (_t("SQLite:"), info.get("sqlite", "")),
                             (_t("Licence:"), "AGPL-3.0-or-later")):
            shown = QLabel(value)
            shown.setToolTip(value)
            shown.setText(shown.fontMetrics().elidedText(value, Qt.TextElideMode.ElideMiddle, 400))
            shown.setAccessibleName(label.rstrip(":"))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        self.finish()
        self.setMinimumWidth(520)


def show_guide(parent: QWidget) -> GuideWindow:
    window = GuideWindow(parent)
    window.show()
    return window


def copy_diagnostics(store, extra: dict | None = None) -> str:
    """Put the diagnostic information on the clipboard; no personal data is in it."""
    text = diagnostics.as_text(diagnostics.collect(store, extra))
    QGuiApplication.clipboard().setText(text)
    return text


def open_log_folder() -> None:
    from ruraldesk import logs

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.log_file().parent)))
