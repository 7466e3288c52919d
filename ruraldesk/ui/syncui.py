"""Sync in the window: account set-up, Sync now, automatic sync, plain-language status,
the mass-loss question, and the way into the conflicts view.

One SyncController lives as long as the Shell (windows are rebuilt when the language
changes; the controller and its timers stay). The work itself is sync.client's
Replicator, run through Operations.run on a pool thread, so the window never waits.

Automatic sync: every `settings.sync_interval` minutes while the server answers; after a
failure, again after 30 s, 1, 2, 4 … minutes (up to the interval); at once when the
system reports the network is back; and half a minute after a local change, so
edits travel soon without a sync per keystroke.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from ruraldesk.store import is_demo
from sync.client import account as accounts
from sync.client.account import DemoWorkspace
from sync.client.transport import AuthRefused, Cancelled, Rejected, Unreachable
from sync.client.transport import probe as probe_server

from . import worker
from .dialogs import Dialog
from .ops import Change

SOON_AFTER_EDIT_MS = 30_000
FIRST_RETRY_MS = 30_000
PROBE_DEADLINE_S = 8.0


def _t(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def _time(stamp: str | None) -> str:
    """An ISO time from the journal or the server, in the person's locale (today: just the time)."""
    if not stamp:
        return ""
    when = QDateTime.fromString(stamp.replace("Z", "+00:00")[:32], Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    when = when.toLocalTime()
    if when.date() == QDateTime.currentDateTime().date():
        return QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def sentence(text: str) -> str:
    """A clause as a sentence: capital first, one full stop unless it ends in its own mark
    (a clause may end "…", "?" or "(is the server running?)")."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!", "…", "?)", ".)")) else text + "."


def headline(exc: BaseException) -> str:
    """Why a sync failed, in a few words for the status bar (explain() has the details)."""
    if isinstance(exc, Unreachable):
        return _t("could not reach the server")
    if isinstance(exc, AuthRefused):
        return _t("the server did not accept your token")
    if isinstance(exc, Rejected):
        return _t("the server refused the request")
    if isinstance(exc, Cancelled):
        return _t("you stopped it")
    if isinstance(exc, DemoWorkspace):
        return _t("this workspace holds demo data, which never syncs")
    return _t("something went wrong")


def explain(exc: BaseException) -> str:
    """Why a sync failed, for a person: one clause, no final full stop (see sentence())."""
    if isinstance(exc, Unreachable):
        return _t("could not reach the server: {reason}").format(reason=exc.reason)
    if isinstance(exc, AuthRefused):
        return _t("the server did not accept your token; ask your coordinator for a new one "
                  "and enter it under Sync → Set up sync…")
    if isinstance(exc, Rejected):        # its str() already starts "the server refused the request"
        return _t("the server refused the request: {reason}").format(reason=exc.message)
    if isinstance(exc, Cancelled):
        return _t("you stopped it")
    if isinstance(exc, DemoWorkspace):
        return _t("this workspace holds demo data, which never leaves this computer; set up sync "
                  "in a new, empty workspace")
    return _t("something went wrong ({reason}); the details are in the log").format(reason=exc)


# -- the account dialog ------------------------------------------------------------------------
class AccountDialog(Dialog):
    """An invitation code (server, group and token come out of it), or the server address,
    group and token typed in; "Save" checks them against the server first."""

    def __init__(self, store, parent: QWidget | None = None, *, ops=None, code: str = ""):
        super().__init__(parent, _t("Set up sync"))
        from .group.redeem import Redeemer, code_field

        self.store = store
        intro = QLabel(_t("Paste the invitation code your coordinator sent you: it holds the server's "
                          "address and the group. With a personal token instead, leave it empty and "
                          "fill in the fields below. The token is kept in the system's password store "
                          "when there is one, otherwise in a file only you can read."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = self.form()
        self.code = code_field()
        self.code.setText(code)
        self.redeemer = Redeemer(store, ops.run if ops is not None else None, self)
        self.redeemer.redeemed.connect(self._redeemed)
        self.redeemer.failed.connect(self._not_redeemed)
        self.redeemed_account: accounts.Account | None = None
        current = accounts.load_account(store)
        self.url = QLineEdit(current.url if current else "")
        self.url.setPlaceholderText("https://sync.example.org")
        self.group = QLineEdit(current.group if current else "")
        self.member = QLineEdit(current.member if current else "")
        self.member.setPlaceholderText(_t("optional: your name as the group knows it"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        if current and accounts.load_token(store, current):
            self.token.setPlaceholderText(_t("kept from before; type to replace it"))
        lab = QLabel(_t("&Invitation code:"))
        lab.setBuddy(self.code)
        self.code.setAccessibleName(_t("Invitation code"))
        form.addRow(lab, self.code)
        form.addRow(QLabel(_t("Or, with a personal token:")))
        for label, widget in ((_t("Server &address:"), self.url), (_t("&Group:"), self.group),
                              (_t("&Your name:"), self.member), (_t("&Token:"), self.token)):
            lab = QLabel(label)
            lab.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(lab, widget)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_t("Connection check"))
        self.body.addWidget(self.message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Check and save"))
        self.buttons.accepted.disconnect(self.accept)
        self.buttons.accepted.connect(self.check)
        self.finish()
        self.setMinimumWidth(560)
        self.saved_where = ""
        if code.strip():            # pasted in the first-run dialog: go on with it at once
            QTimer.singleShot(0, self.check)

    def values(self) -> tuple[accounts.Account, str | None]:
        acct = accounts.Account(url=self.url.text().strip().rstrip("/"), group=self.group.text().strip(),
                                member=self.member.text().strip())
        token = self.token.text().strip() or None
        if token is None:
            current = accounts.load_account(self.store)
            if current and (current.url, current.group) == (acct.url, acct.group):
                token = accounts.load_token(self.store, current)
        return acct, token

    def check(self) -> None:
        if self.code.text().strip():
            self.message.setText(_t("Joining the group…"))
            self.buttons.setEnabled(False)
            self.redeemer.start(self.code.text())
            return
        acct, token = self.values()
        if not acct.url.startswith(("http://", "https://")) or not acct.group:
            self.message.setText(_t("Enter the server address (starting with https://) and the group."))
            return
        if not token:
            self.message.setText(_t("Enter the token your coordinator gave you."))
            return
        self.message.setText(_t("Checking…"))
        self.buttons.setEnabled(False)
        worker.background(probe, acct, token, on_done=lambda me: self._save(acct, token, me),
                          on_error=self._refused)

    def _save(self, acct: accounts.Account, token: str, me: dict) -> None:
        # on the writer, not the UI thread: the keyring may wait on an unlock prompt, and the
        # replica's meta writes queue behind the operations layer's
        def save() -> str:
            where = accounts.save_account(self.store, acct, token)
            accounts.adopt_member(self.store, acct, me)     # edits are signed by the member now
            return where

        worker.background(save, serial=True, on_done=self._saved, on_error=self._not_kept)

    def _saved(self, where: str) -> None:
        self.buttons.setEnabled(True)
        self.saved_where = where
        self.accept()

    def _redeemed(self, account: accounts.Account, where: str) -> None:
        self.redeemed_account = account
        self._saved(where)

    def _not_redeemed(self, why: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(why)

    def _not_kept(self, exc: BaseException) -> None:
        # keyring errors come in many types; say so and stay open
        self.buttons.setEnabled(True)
        self.message.setText(sentence(_t("Could not keep the token: {error}").format(error=exc)))

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, AuthRefused):     # this dialog is where the token is entered
            why = _t("the server did not accept this token for this group; check it, or ask your "
                     "coordinator for a new one")
        else:
            why = explain(exc)
        self.message.setText(sentence(_t("Not saved: {why}").format(why=why)))


def probe(acct: accounts.Account, token: str, **options: Any) -> dict:
    """Who am I in this group: proves the address, the group and the token in one request,
    within a few seconds even when the server is gone."""
    return probe_server(acct.url, token, acct.group, **options)


# -- the controller ----------------------------------------------------------------------------
class SyncController(QObject):
    state_changed = Signal()
    _question = Signal(object)          # from the pool thread: (text, event, answer)
    _stage = Signal(str, int, int)

    def __init__(self, shell):
        super().__init__(shell)
        self.shell, self.store, self.ops, self.settings = shell, shell.store, shell.ops, shell.settings
        self.task: worker.Task | None = None
        #: passed on to the Transport (tests shorten the back-off)
        self.transport_options: dict[str, Any] = {}
        #: seconds the first question to the server may take, retries included
        self.probe_deadline = PROBE_DEADLINE_S
        #: callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)
        self.after_sync: list = []
        self.status: dict[str, Any] = {}
        self.failure: str = ""          # headline(): a few words for the status bar
        self.failure_detail = ""        # explain(): the whole reason, for the tool tip
        self.failure_next = ""          # what the person can do when no retry is planned
        self.stage_text = ""
        self.next_try: QDateTime | None = None
        self._retry_ms = FIRST_RETRY_MS
        self._paused = 0
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(lambda: self.sync_now(manual=False))
        self.soon = QTimer(self, singleShot=True, interval=SOON_AFTER_EDIT_MS)
        self.soon.timeout.connect(lambda: self.sync_now(manual=False))
        self._question.connect(self._ask, Qt.ConnectionType.QueuedConnection)
        self._stage.connect(self._show_stage, Qt.ConnectionType.QueuedConnection)
        self.ops.changed.connect(self._local_change)
        self._watch_network()
        shell.window_created_hooks.append(self.attach)
        self.refresh()
        if self.configured():
            self._schedule(5_000)

    def rebind(self) -> None:
        """The shell moved to another workspace (Shell.switch_workspace): follow its replica
        and operations; the other workspace's state is forgotten."""
        self.shutdown()
        self.ops.changed.disconnect(self._local_change)
        self.store, self.ops = self.shell.store, self.shell.ops
        self.ops.changed.connect(self._local_change)
        self.task, self.next_try, self._retry_ms = None, None, FIRST_RETRY_MS
        self.failure = self.failure_detail = self.failure_next = self.stage_text = ""
        self.refresh()
        if self.configured():
            self._schedule(5_000)

    # -- the window ----------------------------------------------------------------------------
    def attach(self, window) -> None:
        window.add_action("sync-now", _t("&Sync now"), self.sync_now, menu="sync", shortcut="F5",
                          tip=_t("Send your changes to the group server and get everyone else's"))
        window.add_action("sync-cancel", _t("S&top syncing"), self.cancel, menu="sync")
        window.add_action("conflicts", _t("&Conflicts…"), lambda: self.show_conflicts(window), menu="sync")
        window.menu("sync").addSeparator()
        window.add_action("sync-setup", _t("Set &up sync…"), lambda: self.setup(window), menu="sync")
        window.add_action("sync-forget", _t("&Disconnect from the server…"), lambda: self.forget(window),
                          menu="sync")
        window.add_action("group", _t("&Group…"), lambda: self.show_group(window), menu="sync",
                          tip=_t("The group's members; for coordinators, invitations, roles and "
                                 "people's data requests"))
        from . import peersync

        peersync.attach(window, self.shell)
        row = window.sync_slot.layout()
        button = QPushButton()
        button.setFlat(True)
        button.setAccessibleName(_t("Open conflicts"))
        button.clicked.connect(lambda: self.show_conflicts(window))
        button.hide()
        row.addWidget(button)
        window.conflicts_button = button
        window.fetch_attachment = lambda sha, then, w=window: self.fetch_attachment(w, sha, then)
        window.detail.banner_for = self.conflict_banner
        window.detail.link_activated.connect(
            lambda action, record_id, w=window: action == "conflicts" and self.show_conflicts(w, record_id))
        window.follow(self.state_changed, lambda w=window: self._paint(w))
        self._paint(window)

    def _windows(self):
        return [self.shell.window] if self.shell.window is not None else []

    def _paint(self, window) -> None:
        try:
            text, tip = self.status_line()
            window.set_sync_state(text, tip)
        except RuntimeError:            # a window being rebuilt (language change) is gone already
            return
        window.pending_label.setVisible(not self.configured())   # the sync line counts them then
        busy = self.task is not None
        window.action("sync-now").setEnabled(self.configured() and not busy)
        window.action("sync-cancel").setEnabled(busy)
        window.action("sync-forget").setEnabled(self.configured() and not busy)
        window.action("group").setEnabled(self.configured())
        n = int(self.status.get("open_conflicts") or 0) + int(self.status.get("rejected") or 0)
        window.conflicts_button.setText(_t("Conflicts: {count}").format(count=n))
        window.conflicts_button.setVisible(n > 0)

    # -- state ---------------------------------------------------------------------------------
    def configured(self) -> bool:
        return bool(self.status.get("configured"))

    def refresh(self) -> None:
        from sync.client.replicator import sync_status

        self.status = sync_status(self.store)
        self.state_changed.emit()

    def status_line(self) -> tuple[str, str]:
        s = self.status
        if not s.get("configured"):
            return (_t("Working offline: no group server connected"),
                    _t("Everything is saved on this computer. Use Sync → Set up sync… to share it "
                       "with your group."))
        where = _t("Group “{group}” at {url}").format(group=s.get("group"), url=s.get("url"))
        if self.task is not None:
            return _t("Syncing… {stage}").format(stage=self.stage_text), where
        pending = int(s.get("pending") or 0)
        waiting = _t("Changes waiting: {count}").format(count=pending) if pending else ""
        if self.failure:
            # always what happens next: when it tries again, or what the person can do
            if self.next_try is not None:
                then = _t("trying again at {time}").format(
                    time=QLocale().toString(self.next_try.time(), QLocale.FormatType.ShortFormat))
            elif self.failure_next:
                then = self.failure_next
            else:
                then = _t("press F5 to try again")
            text = _t("{what} — {then}").format(what=sentence(self.failure).rstrip("."), then=then)
            detail = sentence(self.failure_detail) if self.failure_detail else ""
            return " · ".join(x for x in (text, waiting) if x), "\n".join(x for x in (detail, where) if x)
        last = s.get("last_sync_at")
        if not last:
            return " · ".join(x for x in (_t("Not synced yet"), waiting) if x), where
        when = _t("last synced at {time}").format(time=_time(last))
        if pending:
            return f"{waiting} · {when}", where
        return _t("Up to date · {when}").format(when=when), where

    # -- running -------------------------------------------------------------------------------
    def sync_now(self, manual: bool = True) -> worker.Task | None:
        if self._paused:
            return None
        if self.task is not None or not self.configured():
            if manual and not self.configured():
                self.setup(self.shell.window)
            return None
        self.timer.stop()
        self.soon.stop()
        acct = accounts.load_account(self.store)
        if acct is None:
            return None
        share = max(1, self.settings.mass_change_percent) / 100
        self.stage_text = _t("checking the server")
        self.failure = self.failure_detail = self.failure_next = ""
        self.task = self.ops.run(self._work, acct, share, on_done=self._done, on_error=self._failed,
                                 changes=None)
        self.state_changed.emit()
        return self.task

    def shutdown(self) -> None:
        """The window is closing: no more automatic syncs; stop one that runs (it resumes
        next time from its last committed page)."""
        self.timer.stop()
        self.soon.stop()
        self.cancel()

    def pause(self) -> None:
        """While the replica file is being replaced (a restore): no sync may start."""
        self._paused += 1
        self.timer.stop()
        self.soon.stop()

    def resume(self) -> None:
        self._paused = max(0, self._paused - 1)
        if not self._paused:
            self.refresh()
            self._schedule(5_000)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.stage_text = _t("stopping")
            self.state_changed.emit()

    def _work(self, acct, share: float, task: worker.Task):
        from sync.client.replicator import Replicator

        accounts.refuse_demo(self.store)
        # A few seconds to learn whether the server is there (and who we are in the group)
        # before the replicator's patient retries: a server that is gone is said at once.
        token = accounts.load_token(self.store, acct)
        me = None
        if token:
            options = {k: v for k, v in self.transport_options.items() if k != "max_attempts"}
            me = probe(acct, token, cancel=task._cancel, deadline=self.probe_deadline,
                       connect_timeout=min(5.0, self.probe_deadline), **options)
            acct = accounts.adopt_member(self.store, acct, me)
        replicator = Replicator(self.store, acct, cancel=task._cancel, mass_change_share=share,
                                download_blobs=self.settings.attachment_mode == "all_offline",
                                **self.transport_options,
                                progress=lambda stage, done, total: self._stage.emit(stage, done, total or 0),
                                confirm_mass_change=lambda summary: self._ask_from_worker(summary, task))
        report = replicator.sync()
        from sync.client import directory

        directory.refresh(self.store, replicator.transport, replicator.group, me)   # names for member ids
        self.store.news.prune()
        return report

    def _show_stage(self, stage: str, done: int, total: int) -> None:
        names = {"push": _t("sending changes"), "upload": _t("sending attachments"),
                 "pull": _t("receiving changes"), "apply": _t("saving what arrived"),
                 "download": _t("receiving attachments")}
        label = names.get(stage, stage)
        locale = QLocale()
        self.stage_text = (_t("{stage}: {done} of {total}").format(stage=label, done=locale.toString(done),
                                                                   total=locale.toString(total))
                           if total else label)
        self.state_changed.emit()

    def _done(self, report) -> None:
        self.task = None
        self._retry_ms = FIRST_RETRY_MS
        self.next_try = None
        if report.mass_change_refused:
            self.failure = _t("you chose not to apply the server's large change")
        changed = report.pulled or report.erasures or report.conflicts or report.rejected
        if changed:
            self.ops.notify(Change.everything())
        self.refresh()
        self._schedule(self.settings.sync_interval * 60_000)
        for hook in self.after_sync:
            hook(report)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.failure, self.failure_detail = headline(exc), explain(exc)
        self.failure_next = (_t("enter a new token under Sync → Set up sync…") if isinstance(exc, AuthRefused)
                             else _t("set up sync in a new, empty workspace") if isinstance(exc, DemoWorkspace)
                             else "")
        if isinstance(exc, (Cancelled, AuthRefused, DemoWorkspace)):
            self.next_try = None
        else:
            self.next_try = QDateTime.currentDateTime().addMSecs(self._retry_ms)
            self._schedule(self._retry_ms)
            limit = max(FIRST_RETRY_MS, self.settings.sync_interval * 60_000)
            self._retry_ms = min(self._retry_ms * 2, limit)
        self.ops.notify(Change.everything())    # a part may have been applied before the cut
        self.refresh()

    def _schedule(self, ms: int) -> None:
        if self.configured() and ms > 0 and (self.settings.sync_interval > 0 or self.failure):
            self.timer.start(ms)

    def _local_change(self, change: Change) -> None:
        if self.configured() and self.task is None and self.settings.sync_interval > 0:
            self.soon.start()
        self.refresh()

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        if not QNetworkInformation.loadDefaultBackend() or QNetworkInformation.instance() is None:
            return
        info = QNetworkInformation.instance()
        info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and self.failure:
            self._retry_ms = FIRST_RETRY_MS
            self.sync_now(manual=False)

    def fetch_attachment(self, window, sha: str, then) -> None:
        """Attachments kept on demand: download one when it is opened, with progress."""
        acct = accounts.load_account(self.store)
        if acct is None:
            Dialog.inform(window, _t("Attachment not here yet"),
                          _t("This file is not on this computer, and this workspace is not "
                             "connected to a group server."))
            return

        def work(task):
            from sync.client.replicator import Replicator

            return Replicator(self.store, acct, cancel=task._cancel, **self.transport_options).download_blob(sha)

        def done(found: bool) -> None:
            if found:
                then()
            else:
                Dialog.inform(window, _t("Attachment not on the server"),
                              _t("The group server does not have this file yet: the person who "
                                 "attached it has not synced since."))

        window.run_with_progress(_t("Downloading the attachment"), work, on_done=done, changes=None,
                                 on_error=lambda exc: Dialog.warn(window, _t("Could not download"),
                                                                  explain(exc)))

    # -- the mass-loss question ----------------------------------------------------------------
    def _ask_from_worker(self, summary, task: worker.Task) -> bool:
        """Called on the pool thread: ask on the main thread and wait (or stop on Cancel)."""
        event, answer = threading.Event(), {}
        self._question.emit((summary, event, answer))
        while not event.wait(0.1):
            if task.cancelled:
                return False
        return bool(answer.get("yes"))

    def _ask(self, payload) -> None:
        summary, event, answer = payload
        answer["yes"] = self.confirm_mass_change(summary)
        event.set()

    def confirm_mass_change(self, summary) -> bool:
        total = summary.deletes + summary.overwrites + summary.erasures
        text = _t("The group server's changes would move {deletes} records to the trash, erase {erasures} "
                  "and change {overwrites} — {total} of your {records} records ({share}).\n\n"
                  "This can be right (someone tidied up the shared records) or a mistake. "
                  "Apply these changes now?").format(
            deletes=summary.deletes, erasures=summary.erasures, overwrites=summary.overwrites,
            total=total, records=summary.local_records,
            share=QLocale().toString(100 * total / max(1, summary.local_records), "f", 0) + " %")
        return Dialog.ask(self.shell.window, _t("Large change from the server"), text)

    # -- set-up and conflicts ------------------------------------------------------------------
    def setup(self, parent: QWidget | None, code: str = "") -> bool:
        if is_demo(self.store):
            return self.offer_new_workspace(parent)
        dialog = AccountDialog(self.store, parent, ops=self.ops, code=code)
        if dialog.exec() != Dialog.DialogCode.Accepted:
            return False
        self.refresh()
        if self.shell.window is not None:
            where = (_t("the system's password store") if dialog.saved_where == "keyring"
                     else _t("a file only you can read ({path})").format(path=dialog.saved_where))
            self.shell.window.statusBar().showMessage(
                _t("Connected. Your token is kept in {where}.").format(where=where), 8000)
        self.sync_now(manual=False)
        return True

    def offer_new_workspace(self, parent: QWidget | None) -> bool:
        """Demo data never syncs: sync is set up in a new, empty workspace instead."""
        from ruraldesk.store import workspace_path

        if not Dialog.ask(parent, _t("Set up sync"),
                          _t("This workspace holds demo data. Demo data is fictional and never leaves "
                             "this computer, so it cannot be shared with your group.\n\n"
                             "Use a new, empty workspace for your group's records? The demo "
                             "workspace stays as it is.")):
            return False
        root = self.settings.data_root()
        name, n = "Group", 1
        while workspace_path(name, root).exists():
            n += 1
            name = f"Group {n}"
        window = self.shell.switch_workspace(name)
        if window is None:
            return False
        window.statusBar().showMessage(
            _t("You are now in the new, empty workspace “{name}”. The demo workspace stays as it "
               "is.").format(name=name), 10_000)
        return self.setup(window)

    def forget(self, parent: QWidget | None) -> None:
        if not Dialog.ask(parent, _t("Disconnect from the server"),
                          _t("Stop syncing this workspace with the group server? Your records stay on "
                             "this computer; changes not yet sent stay waiting. You can set up sync "
                             "again later.")):
            return
        accounts.forget_account(self.store)
        self.timer.stop()
        self.failure = ""
        self.refresh()

    def conflict_banner(self, record) -> str:
        """The record pane's line for a record in conflict (or refused by the server)."""
        import html

        from sync.client.conflicts import list_conflicts

        if not self.configured():
            return ""
        views = [*list_conflicts(self.store, "open", record_id=record.id),
                 *list_conflicts(self.store, "rejected", record_id=record.id)]
        if not views:
            return ""
        from .conflicts import field_name

        fields = ", ".join(dict.fromkeys(field_name(v) for v in views))
        text = (_t("This record is in conflict ({fields}): two people changed it at once.")
                if any(v.kind != "rejected" for v in views)
                else _t("The group server refused a change to this record ({fields})."))
        return "{text} <a href=\"rd:conflicts/{id}\">{link}</a>".format(
            text=html.escape(text.format(fields=fields)), id=record.id, link=html.escape(_t("Resolve…")))

    def show_group(self, parent: QWidget | None):
        from .group import show_group

        return show_group(self.shell, parent)

    def show_conflicts(self, parent: QWidget | None, record_id: str | None = None):
        from .conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.ops, parent, record_id=record_id)
        dialog.resolved.connect(self.refresh)
        dialog.show()
        return dialog
