"""Sync with a nearby computer (sync/peer): no server, no internet, one local network.

    OfferDialog.open(shell, parent)     # Sync → Offer sync to a nearby computer…
    JoinDialog.open(shell, parent)      # Sync → Sync with a nearby computer…

Both are windows of their own (show(), never exec()), so a test fills them in and presses
their buttons; `dialog.outcome` says how it ended (None while it runs). The work runs off
the UI thread through Operations.run like a normal sync, with progress and a Cancel that
stops it at the next quarter second; nothing is applied before everything has arrived.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QProgressBar, QPushButton, QWidget)

from sync.client.transport import Cancelled
from sync.peer import LinkLost, NotInGroup, OfferLocked, OtherGroup, Protocol, WrongCode

from .dialogs import Dialog
from .ops import Change


def _t(text: str) -> str:
    return QCoreApplication.translate("PeerSync", text)


@dataclass(frozen=True)
class Outcome:
    state: str          # done | failed | cancelled
    message: str
    result: object = None


def explain(exc: BaseException) -> str:
    """One sentence for the person, in the interface language."""
    from .syncui import explain as explain_sync, sentence

    if isinstance(exc, WrongCode):
        if exc.tries_left > 0:
            return _t("That is not the code shown on the other computer; nothing was changed. "
                      "Tries left: {count}.").format(count=exc.tries_left)
        return _t("That is not the code shown on the other computer; nothing was changed.")
    if isinstance(exc, OfferLocked):
        return _t("The other computer stopped its offer after too many wrong codes. Ask for a new "
                  "offer there; nothing was changed.")
    if isinstance(exc, OtherGroup):
        return _t("The other computer belongs to another group; only computers of the same group "
                  "can sync. Nothing was changed.")
    if isinstance(exc, NotInGroup):
        return _t("This workspace is not part of a group yet. Set up sync with your group server "
                  "once (Sync → Set up sync…); after that it can sync with nearby computers too.")
    if isinstance(exc, LinkLost):
        return _t("The connection to the other computer was lost ({reason}). Nothing was "
                  "half-applied; try again.").format(reason=exc.reason)
    if isinstance(exc, Protocol):
        return _t("The other computer answered in a way this version does not understand "
                  "({reason}). Nothing was changed.").format(reason=exc.reason)
    if isinstance(exc, Cancelled):
        return _t("Stopped. Nothing was half-applied.")
    return sentence(explain_sync(exc))


def _stage(stage: str) -> str:
    # the words of a server sync's stages (context "Sync"): one translation for both
    tr = QCoreApplication.translate
    names = {"send": tr("Sync", "sending changes"), "receive": tr("Sync", "receiving changes"),
             "apply": tr("Sync", "saving what arrived")}
    return names.get(stage, stage)


def _summary(result) -> str:
    locale = QLocale()
    text = _t("Synced with “{name}”: {received} changes received, {sent} sent.").format(
        name=result.peer, received=locale.toString(result.received), sent=locale.toString(result.sent))
    held = result.report.held
    refused = len(result.report.refused)
    if held:
        text += " " + _t("{count} are kept until your next sync with the server, which knows the "
                         "computer that signed them.").format(count=locale.toString(held))
    if refused:
        text += " " + _t("{count} were refused (their signature did not check out).").format(
            count=locale.toString(refused))
    return text


class _Bridge(QObject):
    """From the work's thread to the dialog's: queued signals."""

    event = Signal(str, object)
    progress = Signal(str, int, int)
    offers = Signal(object)


class _PeerDialog(Dialog):
    def __init__(self, shell, parent: QWidget | None, title: str):
        super().__init__(parent, title, buttons=QDialogButtonBox.StandardButton.Close)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shell, self.ops, self.store = shell, shell.ops, shell.ops.store
        self.task = None
        self.outcome: Outcome | None = None
        self.bridge = _Bridge(self)
        self.bridge.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_t("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(_t("Progress"))
        self.bar.hide()
        self.stop = QPushButton(_t("S&top"))
        self.stop.clicked.connect(self.cancel)
        self.stop.setEnabled(False)
        self.buttons.addButton(self.stop, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.disconnect(self.reject)
        self.buttons.rejected.connect(self.close)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.bar.show()
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done if total else 0)
        self.status.setText(_stage(stage) + "…")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(QCoreApplication.translate("Dialogs", "Stopping…"))

    def _finished(self, outcome: Outcome) -> None:
        self.task = None
        self.outcome = outcome
        self.stop.setEnabled(False)
        self.bar.hide()
        self.status.setText(outcome.message)
        sync = getattr(self.shell, "sync", None)
        if sync is not None:
            sync.refresh()          # changes waiting for the server, the status line

    def _done(self, result) -> None:
        self._finished(Outcome("done", _summary(result), result))

    def _failed(self, exc: BaseException) -> None:
        self._finished(Outcome("cancelled" if isinstance(exc, Cancelled) else "failed", explain(exc)))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.cancel()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop announcing or looking (subclasses)."""

    @classmethod
    def open(cls, shell, parent: QWidget | None = None):
        dialog = cls(shell, parent)
        dialog.show()
        dialog.start()
        return dialog


def _display_name() -> str:
    return socket.gethostname().split(".")[0] or "RuralDesk"


# -- offering ----------------------------------------------------------------------------------
class OfferDialog(_PeerDialog):
    """Shows the code and the address, waits, says who connected, syncs once."""

    def __init__(self, shell, parent: QWidget | None = None, *, host: str = "0.0.0.0",
                 interfaces: list[str] | None = None):
        super().__init__(shell, parent, _t("Offer sync to a nearby computer"))
        self.host, self.interfaces = host, interfaces
        self.offer = self.announcement = None
        intro = QLabel(_t("On the other computer (same Wi-Fi or phone hotspot, same group), choose "
                          "Sync → Sync with a nearby computer…, pick this computer and type this code:"))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.code = QLabel()
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(_t("Pairing code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.code)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setAccessibleName(_t("Address of this computer"))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.where)
        self.body.addWidget(self.status)
        self.body.addWidget(self.bar)
        self.bridge.event.connect(self._event, Qt.ConnectionType.QueuedConnection)
        self.finish()
        self.setMinimumWidth(480)

    def start(self) -> None:
        from sync.peer.discovery import Announcement
        from sync.peer.exchange import Offer
        from sync.peer.pairing import show_code

        try:
            self.offer = Offer(self.store, name=_display_name(), host=self.host)
        except (NotInGroup, OSError) as exc:
            self._failed(exc)
            return
        self.announcement = Announcement(self.offer, interfaces=self.interfaces)
        self.show_offer(show_code(self.offer.code), self.offer.addresses(), self.announcement.available)
        offer, bridge = self.offer, self.bridge

        def work(task):
            return offer.serve(cancel=task._cancel, progress=bridge.progress.emit,
                               events=lambda kind, detail: bridge.event.emit(kind, detail))

        self.task = self.ops.run(work, on_done=self._done, on_error=self._failed, changes=Change.everything())

    def show_offer(self, code: str, addresses: list[str], listed: bool) -> None:
        """The code and where to reach this computer (`listed`: the network lets the other
        computer find this one by itself)."""
        self.code.setText(code)
        address = ", ".join(addresses)
        self.where.setText(
            _t("If this computer is not listed there, connect by address: {address}").format(address=address)
            if listed else
            _t("This network does not let computers find each other: on the other computer, "
               "connect by address: {address}").format(address=address))
        self.status.setText(_t("Waiting for a computer of your group…"))
        self.stop.setEnabled(True)

    def _event(self, kind: str, detail: dict) -> None:
        name = detail.get("name", "")
        texts = {
            "connected": lambda: _t("“{name}” connected; checking the code…").format(name=name),
            "paired": lambda: _t("“{name}” typed the right code; syncing…").format(name=name),
            "wrong_code": lambda: _t("“{name}” typed a wrong code; nothing was changed. Tries left: "
                                     "{count}.").format(name=name, count=detail.get("left", 0)),
            "other_group": lambda: _t("“{name}” belongs to another group; it cannot sync with this "
                                      "computer. Still waiting…").format(name=name),
            "lost": lambda: _t("The connection was lost before the end; nothing was half-applied. "
                               "Still waiting for a computer of your group…"),
        }
        if kind in texts:
            self.status.setText(texts[kind]())

    def _finished(self, outcome: Outcome) -> None:
        self.shutdown()
        if outcome.state != "done":
            self.code.setText("—")
        super()._finished(outcome)

    def shutdown(self) -> None:
        if self.announcement is not None:
            self.announcement.close()
            self.announcement = None
        if self.offer is not None and self.task is None:
            self.offer.close()


# -- joining -----------------------------------------------------------------------------------
class JoinDialog(_PeerDialog):
    """Offers found on the network, or an address; the code; Connect."""

    def __init__(self, shell, parent: QWidget | None = None, *, interfaces: list[str] | None = None):
        super().__init__(shell, parent, _t("Sync with a nearby computer"))
        self.interfaces = interfaces
        self.browser = None
        intro = QLabel(_t("Choose the computer that offers sync (Sync → Offer sync to a nearby "
                          "computer… on it) and type the code it shows."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.found = QListWidget()
        self.found.setMinimumHeight(90)
        # a few offers at most on one network: a short list, not an empty white field
        self.found.setMaximumHeight(max(90, self.found.fontMetrics().lineSpacing() * 6))
        label = QLabel(_t("&Computers offering sync nearby:"))
        self.found.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        label.setBuddy(self.found)
        self.body.addWidget(label)
        self.body.addWidget(self.found)
        form = self.form()
        self.address = QLineEdit()
        self.address.setPlaceholderText("192.168.1.20:40123")
        self.code = QLineEdit()
        self.code.setPlaceholderText("123 456")
        self.code.setMaxLength(16)
        for text, widget in ((_t("Or connect by &address:"), self.address), (_t("Pairing &code:"), self.code)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        self.body.addWidget(self.status)
        self.body.addWidget(self.bar)
        self.connect_button = QPushButton(_t("C&onnect and sync"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_and_sync)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.bridge.offers.connect(self._offers, Qt.ConnectionType.QueuedConnection)
        self.found.currentItemChanged.connect(lambda item, _old: item is not None and self.address.clear())
        self.address.textEdited.connect(lambda text: text and self.found.setCurrentItem(None))
        self.finish(stretch=False)
        self.setMinimumWidth(500)

    def start(self) -> None:
        from sync.peer.discovery import Browser
        from sync.peer.exchange import group_of

        try:
            group = group_of(self.store)
        except NotInGroup as exc:
            self._failed(exc)
            self.connect_button.setEnabled(False)
            self.code.setEnabled(False)
            return
        self.browser = Browser(group, self.bridge.offers.emit, interfaces=self.interfaces)
        self.status.setText(_t("Looking for computers of your group on this network…")
                            if self.browser.available else
                            _t("This network does not let computers find each other: type the address "
                               "shown on the other computer."))

    def _offers(self, offers) -> None:
        current = self.found.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole).key if current is not None else None
        self.found.clear()
        for found in offers:
            item = QListWidgetItem(f"{found.name} ({found.host})")
            item.setData(Qt.ItemDataRole.UserRole, found)
            self.found.addItem(item)
            if found.key == keep:
                self.found.setCurrentItem(item)
        if self.found.currentItem() is None and len(offers) == 1 and not self.address.text().strip():
            self.found.setCurrentRow(0)

    def target(self) -> tuple[str, int] | None:
        text = self.address.text().strip()
        if text:
            host, _, port = text.rpartition(":")
            if not host or not port.isdigit() or not 0 < int(port) < 65536:
                return None
            return host.strip("[]"), int(port)
        item = self.found.currentItem()
        return item.data(Qt.ItemDataRole.UserRole).address if item is not None else None

    def connect_and_sync(self) -> None:
        from sync.peer.exchange import join
        from sync.peer.pairing import normalise_code

        if self.task is not None:
            return
        target = self.target()
        if target is None:
            self.status.setText(_t("Choose a computer from the list, or type its address as shown on "
                                   "it (for example 192.168.1.20:40123)."))
            return
        code = normalise_code(self.code.text())
        if not code:
            self.status.setText(_t("The code has six digits, as shown on the other computer."))
            self.code.setFocus()
            return
        self.outcome = None
        self.status.setText(_t("Connecting…"))
        self.connect_button.setEnabled(False)
        self.stop.setEnabled(True)
        store, progress = self.store, self.bridge.progress.emit

        def work(task):
            return join(store, target, code, name=_display_name(), cancel=task._cancel, progress=progress)

        self.task = self.ops.run(work, on_done=self._done, on_error=self._failed, changes=Change.everything())

    def _finished(self, outcome: Outcome) -> None:
        super()._finished(outcome)
        self.connect_button.setEnabled(self.code.isEnabled())
        if outcome.state != "done" and self.code.isEnabled():
            self.code.clear()
            self.code.setFocus()

    def shutdown(self) -> None:
        if self.browser is not None:
            self.browser.close()
            self.browser = None


def attach(window, shell) -> None:
    """The two entries of the Sync menu."""
    window.menu("sync").addSeparator()
    window.add_action("peer-offer", _t("&Offer sync to a nearby computer…"),
                      lambda: OfferDialog.open(shell, window), menu="sync",
                      tip=_t("Let a computer of your group on the same network sync with this one, "
                             "without the server or the internet"))
    window.add_action("peer-join", _t("Sync with a &nearby computer…"),
                      lambda: JoinDialog.open(shell, window), menu="sync",
                      tip=_t("Sync with a computer of your group that offers it on the same network"))


def screenshot_scenes(shell, window, shot, pump) -> None:
    """For scripts/screenshots: the offer with its code and address, and the joining side with
    the offer found on the network. Neither listens or looks on the network: the guide's
    pictures show a village-hall address, not the address of the machine that made them."""
    from sync.peer.discovery import Found

    offer = OfferDialog(shell, window)
    offer.show_offer("482 916", ["192.168.1.20:40123"], listed=True)
    offer.show()
    shot(offer, "peer-offer")
    offer.close()

    join = JoinDialog(shell, window)
    join.status.setText(_t("Looking for computers of your group on this network…"))
    join._offers([Found("hall", "village-hall-laptop", "192.168.1.20", 40123)])
    join.code.setText("482 916")
    join.show()
    shot(join, "peer-join")
    join.close()
