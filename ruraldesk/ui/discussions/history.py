"""Every version of a post, oldest first: an edit never loses what was there before."""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QWidget

from ruraldesk.domain import markup

from .. import i18n
from ..dialogs import Dialog


def _t(text: str) -> str:
    return QCoreApplication.translate("Discussions", text)


class HistoryDialog(Dialog):
    def __init__(self, parent: QWidget | None, versions: list[tuple[str, str, str]], name: Callable[[str], str]):
        super().__init__(parent, _t("Versions of the post"), buttons=QDialogButtonBox.StandardButton.Close)
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.setAccessibleName(_t("Versions of the post"))
        parts = []
        for n, (at, by, text) in enumerate(versions, 1):
            head = _t("Version {n}, {when}, by {name}").format(n=n, when=i18n.timestamp(at), name=name(by))
            body = markup.to_html(text) if text else "<p><i>" + html.escape(_t("Withdrawn by its author.")) + "</i></p>"
            parts.append(f"<h4>{html.escape(head)}</h4>{body}")
        view.setHtml("<hr>".join(parts))
        self.body.addWidget(view, 1)
        self.resize(560, 420)
        self.finish(stretch=False)


__all__ = ["HistoryDialog"]
