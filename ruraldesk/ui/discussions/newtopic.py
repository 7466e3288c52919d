"""Starting a topic: a title and the opening post (kept as the "topic" draft until posted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ruraldesk.store.discussions import TOPIC_DRAFT

from .. import i18n, worker
from ..dialogs import Dialog
from .composer import CtrlEnter


def _t(text: str) -> str:
    return QCoreApplication.translate("Discussions", text)


class NewTopicDialog(Dialog):
    def __init__(self, parent: QWidget | None, discussions, language: str | None = None):
        super().__init__(parent, _t("New topic"))
        self.discussions = discussions
        self.title = QLineEdit()
        self.title.setAccessibleName(_t("Title"))
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(_t("What is it about?"))
        self.language = QComboBox()
        self.language.setAccessibleName(_t("Language"))
        self.language.addItem(_t("(not said)"), None)
        for code, name in i18n.languages().items():
            self.language.addItem(name, code)
        if language:
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(_t("Opening post"))
        self.text.setPlaceholderText(_t("The opening post… *emphasis*, **strong**, - lists, [links](https://…), "
                                        "@member"))
        self.text.setTabChangesFocus(True)
        form = self.form()
        form.addRow(_t("Title:"), self.title)
        form.addRow(_t("Language:"), self.language)
        self.body.addWidget(QLabel(_t("Opening post:")))
        self.body.addWidget(self.text, 1)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.body.addWidget(self.problem)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(_t("Post"))
        self.resize(560, 400)
        self.finish(stretch=False)
        CtrlEnter(self.text, self.accept)
        CtrlEnter(self.title, self.accept)
        self._timer = QTimer(self, singleShot=True, interval=700)
        self._timer.timeout.connect(self.save_draft)
        self.title.textChanged.connect(lambda: self._timer.start())
        self.text.textChanged.connect(lambda: self._timer.start())
        worker.background(discussions.draft, TOPIC_DRAFT, on_done=self._restore)

    def _restore(self, draft) -> None:
        if draft is None or self.text.toPlainText() or self.title.text():
            return
        self.title.setText(draft.title or "")
        self.text.setPlainText(draft.text)
        self._timer.stop()

    def save_draft(self) -> None:
        worker.background(self.discussions.save_draft, TOPIC_DRAFT, self.text.toPlainText(),
                          title=self.title.text(), serial=True)

    def values(self) -> tuple[str, str, str | None]:
        return self.title.text().strip(), self.text.toPlainText().strip(), self.language.currentData()

    def accept(self) -> None:
        title, text, _language = self.values()
        if not title or not text:
            self.problem.setText(_t("A topic needs a title and an opening post."))
            return
        self._timer.stop()
        super().accept()

    def reject(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.save_draft()           # closed half-written: it is there next time
        super().reject()


__all__ = ["NewTopicDialog"]
