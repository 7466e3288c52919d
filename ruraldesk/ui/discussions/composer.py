"""Where a post is written: Ctrl+Enter posts, Escape stops replying; what is typed is kept
as a draft (replica table `draft`) a moment after each keystroke, so a restart, a crash or
another record shown meanwhile loses nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .. import colours, worker
from ..layout import shortcut


def _t(text: str) -> str:
    return QCoreApplication.translate("Discussions", text)


class CtrlEnter(QObject):
    """Ctrl+Enter in a text editor runs `slot` (a QShortcut never sees it: the editor takes
    the key for a line break first)."""

    def __init__(self, editor: QWidget, slot) -> None:
        super().__init__(editor)
        self.slot = slot
        editor.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.type() == QEvent.Type.KeyPress:
                self.slot()
            event.accept()
            return True
        return False


class Composer(QWidget):
    submitted = Signal(str, object)        # (text, the post it replies to or None)

    def __init__(self, discussions, parent: QWidget | None = None, *, lines: int = 8):
        super().__init__(parent)
        self.discussions = discussions
        self.key: str | None = None
        self.replies_to: str | None = None
        self._loading = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        self.reply_bar = QWidget()
        bar = QHBoxLayout(self.reply_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.reply_label = QLabel()
        self.reply_label.setWordWrap(True)
        cancel = QPushButton(_t("Not a reply"))
        cancel.setToolTip(_t("Write to the whole thread instead (Escape)"))
        cancel.clicked.connect(lambda: self.reply_to(None))
        bar.addWidget(self.reply_label, 1)
        bar.addWidget(cancel)
        self.reply_bar.hide()
        box.addWidget(self.reply_bar)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(_t("Your post"))
        self.editor.setPlaceholderText(_t("Write a post… *emphasis*, **strong**, - lists, [links](https://…), "
                                          "@member (Ctrl+Enter posts)"))
        self.editor.setTabChangesFocus(True)
        spacing = self.editor.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(spacing * min(lines, 3) + 12)
        self.editor.setMaximumHeight(spacing * lines + 12)
        box.addWidget(self.editor)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        colours.mute(self.status)
        self.files: list = []              # chosen with "Attach files…", attached once it is posted
        self.attach_button = QPushButton(_t("Attach files…"))
        self.attach_button.setToolTip(_t("Files to attach to this post"))
        self.attach_button.clicked.connect(self.choose_files)
        self.post_button = QPushButton(_t("Post"))
        self.post_button.setToolTip(_t("Post it (Ctrl+Enter)"))
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(self.submit)
        row.addWidget(self.status, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.post_button)
        box.addLayout(row)
        CtrlEnter(self.editor, self.submit)
        shortcut(QKeySequence(Qt.Key.Key_Escape), self.editor, lambda: self.reply_to(None),
                 Qt.ShortcutContext.WidgetShortcut)
        self._timer = QTimer(self, singleShot=True, interval=700)
        self._timer.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._typed)

    # -- drafts ------------------------------------------------------------------------
    def open(self, key: str | None) -> None:
        """Show the draft kept under `key` (a thread's id, or comment:<record id>)."""
        if self._timer.isActive():
            self._timer.stop()
            self.save_draft()
        self.key = key
        self._set_text("")
        self.reply_to(None)
        self.status.clear()
        if key is None:
            return
        worker.background(self.discussions.draft, key, on_done=lambda d, k=key: self._restore(k, d))

    def _restore(self, key: str, draft) -> None:
        if key != self.key or draft is None or self.editor.toPlainText():
            return
        self._set_text(draft.text)
        self.replies_to = draft.replies_to
        self._show_reply()
        self.status.setText(_t("Draft kept from {when}").format(when=_when(draft.updated_at)))

    def _set_text(self, text: str) -> None:
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False

    def _typed(self) -> None:
        if not self._loading and self.key is not None:
            self._timer.start()

    def save_draft(self) -> None:
        if self.key is None:
            return
        worker.background(self.discussions.save_draft, self.key, self.editor.toPlainText(),
                          replies_to=self.replies_to, serial=True,
                          on_done=lambda _r: self.status.setText(_t("Draft kept")))

    # -- replying and posting ----------------------------------------------------------
    def reply_to(self, post_id: str | None, name: str = "") -> None:
        self.replies_to = post_id
        self._reply_name = name
        self._show_reply()
        if post_id:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self._typed()

    def _show_reply(self) -> None:
        name = getattr(self, "_reply_name", "") or ""
        self.reply_label.setText(_t("Replying to {name}").format(name=name) if name else _t("Replying to a post"))
        self.reply_bar.setVisible(bool(self.replies_to))

    def submit(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            self.status.setText(_t("Write something first."))
            return
        self._timer.stop()
        self.post_button.setEnabled(False)
        self.submitted.emit(text, self.replies_to)

    def choose_files(self, paths: list | None = None) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, _t("Attach files"))
            paths = names
        self.files = [Path(p) for p in paths if Path(p).is_file()]
        self.status.setText(_t("Files to attach: {names}").format(names=", ".join(p.name for p in self.files))
                            if self.files else "")

    def posted(self) -> None:
        """The post is written (its draft went in the same transaction)."""
        self.files = []
        self._set_text("")
        self.reply_to(None)
        self.post_button.setEnabled(True)
        self.status.setText(_t("Posted. It goes to the group at the next sync."))

    def refused(self, message: str) -> None:
        self.post_button.setEnabled(True)
        self.status.setText(message)


def _when(stamp: str) -> str:
    from .. import i18n

    return i18n.timestamp(stamp)


__all__ = ["Composer"]
