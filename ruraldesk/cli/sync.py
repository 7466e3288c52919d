"""`ruraldesk sync`: share this replica's changes with the group server and fetch theirs.

    ruraldesk sync [--db PATH]                               sync now (progress, then a summary)
    ruraldesk sync --setup URL --group G [--token-file F]    set up the account (token from
                                                             stdin when no file is given)
    ruraldesk sync --status [--json]                         last sync, changes waiting, conflicts
    ruraldesk sync --forget                                  remove the account and its token

Exit codes: 0 done; 2 an expected failure, one line on stderr (server unreachable,
token refused, a large deletion not confirmed…); 130 interrupted (Ctrl+C). Safe to
run from cron or Task Scheduler: it never asks unless it runs in a terminal, and an
interrupted or killed sync resumes where it stopped.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from . import CliError, add_db_option, open_store


def register(sub) -> None:
    p = sub.add_parser("sync", help="sync with the group server (or set up the account)",
                       description="Send this replica's changes to the group server and fetch the "
                       "group's. With --setup, connect the replica to a group first.")
    add_db_option(p)
    p.add_argument("--setup", metavar="URL", help="connect to the group server at URL")
    p.add_argument("--group", help="the group's name on the server (with --setup)")
    p.add_argument("--token-file", type=Path, metavar="FILE",
                   help="read the member token from FILE (default: from standard input)")
    p.add_argument("--no-check", action="store_true", help="with --setup: do not contact the server")
    p.add_argument("--status", action="store_true", help="show the sync status and exit")
    p.add_argument("--forget", action="store_true", help="disconnect: remove the account and its token")
    p.add_argument("--json", action="store_true", help="machine-readable status or summary")
    p.add_argument("--yes", action="store_true",
                   help="apply the server's changes even when they delete or overwrite many records")
    p.add_argument("--quiet", "-q", action="store_true", help="print only the summary")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="give up on a silent server after this long (per request; default 60)")
    p.add_argument("--retries", type=int, default=8, metavar="N",
                   help="attempts per request before giving up (default 8, with growing pauses)")
    p.add_argument("--batch", type=int, default=500, help=argparse_suppress())
    p.add_argument("--page", type=int, default=1000, help=argparse_suppress())
    p.set_defaults(handler=run)


def argparse_suppress():
    import argparse

    return argparse.SUPPRESS


def _read_token(args) -> str:
    if args.token_file:
        try:
            token = args.token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise CliError(f"cannot read the token file {args.token_file}: {exc.strerror}") from None
    else:
        if sys.stdin.isatty():
            import getpass

            token = getpass.getpass("Member token (from your group coordinator): ").strip()
        else:
            token = sys.stdin.readline().strip()
    if not token:
        raise CliError("no token given (pass --token-file FILE or type it on standard input)")
    return token


def _setup(args, store) -> int:
    from sync.client import Account, AuthRefused, SyncError, save_account
    from sync.client.account import adopt_member, refuse_demo
    from sync.client.transport import Transport
    from sync.protocol import Paths

    if not args.group:
        raise CliError("--setup needs --group (the group's name on the server)")
    refuse_demo(store)
    token = _read_token(args)
    url = args.setup.strip().rstrip("/")
    member = ""
    if not args.no_check:
        try:
            with Transport(url, token, read_timeout=args.timeout, max_attempts=3) as t:
                me = t.get_json(Paths.fill(Paths.ME, group=args.group))
        except AuthRefused:
            raise CliError(f"the server refused this token for the group {args.group!r}") from None
        except SyncError as exc:
            raise CliError(str(exc)) from None
        member = str(me.get("member") or "")
        role = me.get("role", "")
    where = save_account(store, Account(url, args.group, member), token)
    if member:
        adopt_member(store, Account(url, args.group, member), me)
    stored = "in the system keyring" if where == "keyring" else f"in {where} (readable by you only)"
    who = f" as {member} ({role})" if member else ""
    print(f"Connected {store.path} to the group {args.group} at {url}{who}; token stored {stored}.")
    print("Run `ruraldesk sync` to sync now.")
    return 0


def _status(args, store) -> int:
    from sync.client import sync_status

    st = sync_status(store)
    if args.json:
        print(json.dumps(st, indent=2))
        return 0
    if st["configured"]:
        who = f"{st['member']} in " if st["member"] else ""
        print(f"account        {who}{st['group']} at {st['url']}")
    print(f"status         {st['message']}")
    if st["last_sync_at"]:
        print(f"last sync      {st['last_sync_at']}")
    print(f"waiting        {st['pending']} changes to send")
    print(f"conflicts      {st['open_conflicts']} to resolve, {st['rejected']} changes refused by the server")
    return 0


class _Progress:
    """Progress lines, at most one every second per stage (plus each stage's start and end)."""

    LABELS = {"push": "sending changes", "upload": "uploading attachments", "pull": "receiving",
              "apply": "applying", "download": "downloading attachments"}

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.last: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        first = stage not in self.last
        final = total is not None and done >= total
        if not (first or final or now - self.last[stage] >= 1.0):
            return
        self.last[stage] = now
        of = f"/{total}" if total is not None else ""
        print(f"  {self.LABELS.get(stage, stage)}: {done}{of}", flush=True)


def _confirm_factory(args):
    def confirm(summary) -> bool:
        if args.yes:
            return True
        if not sys.stdin.isatty():
            return False
        answer = input(f"{summary}\nApply these changes? [y/N] ").strip().lower()
        return answer in ("y", "yes")

    return confirm


def run(args) -> int:
    from sync.client import Replicator, SyncError, forget_account, load_account

    with open_store(args) as store:
        if args.forget:
            forget_account(store)
            print("The account and its token were removed; this replica is local only now.")
            return 0
        if args.setup:
            return _setup(args, store)
        if args.status:
            return _status(args, store)
        account = load_account(store)
        if account is None:
            raise CliError("this replica is not connected to a group server; run "
                           "`ruraldesk sync --setup URL --group GROUP` first")
        cancel = threading.Event()
        progress = _Progress(args.quiet or args.json)
        try:
            rep = Replicator(store, account, progress=progress, cancel=cancel,
                             confirm_mass_change=_confirm_factory(args), batch_count=args.batch,
                             page_limit=args.page, read_timeout=args.timeout,
                             max_attempts=max(1, args.retries))
            if not (args.quiet or args.json):
                print(f"Syncing {store.path} with {account.label}", flush=True)
            report = rep.sync()
        except KeyboardInterrupt:
            cancel.set()
            print("ruraldesk sync: cancelled; the next sync resumes where this one stopped",
                  file=sys.stderr)
            return 130
        except SyncError as exc:
            raise CliError(str(exc)) from None
        if args.json:
            print(json.dumps(report.to_json(), indent=2))
        else:
            print(report.summary())
            print(f"  {report.requests} request{'s' * (report.requests != 1)}, {report.bytes_sent / 1024:.1f} KB sent, "
                  f"{report.bytes_received / 1024:.1f} KB received in {report.seconds:.1f} s")
        if report.mass_change_refused:
            print("ruraldesk sync: the server's changes were not applied; run `ruraldesk sync --yes` "
                  "to apply them", file=sys.stderr)
            return 2
        return 0
