"""`ruraldesk-server`: run and administer the shared group repository.

    ruraldesk-server serve [--host 127.0.0.1] [--port 8765] [--workers 1]
    ruraldesk-server init
    ruraldesk-server group create GROUP [--name NAME] | group list | group rename GROUP NAME
    ruraldesk-server member add GROUP MEMBER [--role member] [--name NAME] [--organisation ORG]
    ruraldesk-server member remove GROUP MEMBER | member set-role GROUP MEMBER ROLE | member list GROUP
    ruraldesk-server token issue GROUP MEMBER [--label L] | token revoke GROUP TOKEN_OR_ID | token list GROUP
    ruraldesk-server invite GROUP NAME [--role member] [--organisation ORG] [--hours 72] [--server URL]
    ruraldesk-server invitation list GROUP | invitation cancel GROUP INVITATION_ID
    ruraldesk-server audit GROUP [--limit 50]
    ruraldesk-server erase GROUP RECORD_ID [--by NAME]
    ruraldesk-server backup [--to PATH]

Member, token, invitation and group changes go through group_admin, like the admin API's,
and are written to the group's audit log as done by "cli:<login name>".

Every command takes --db URL (or RURALDESK_SERVER_DB; an SQLite file in the data
folder by default) and --data-dir DIR (or RURALDESK_SERVER_DATA_DIR). Errors are
one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

from sync.protocol import ROLES
from sync.protocol.invitations import DEFAULT_HOURS, MAX_HOURS

from .config import Settings


class CliError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ruraldesk-server", description="RuralDesk shared group repository")
    p.add_argument("--db", help="database URL (sqlite:///path or postgresql://…) or an SQLite file path")
    p.add_argument("--data-dir", help="folder for the SQLite file and attachments")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="run the HTTP server")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--workers", type=int, default=1)

    sub.add_parser("init", help="create or upgrade the database")

    g = sub.add_parser("group", help="groups").add_subparsers(dest="action", required=True)
    gc = g.add_parser("create")
    gc.add_argument("group")
    gc.add_argument("--name", default="")
    g.add_parser("list")
    gr = g.add_parser("rename")
    gr.add_argument("group")
    gr.add_argument("name")

    m = sub.add_parser("member", help="members and roles").add_subparsers(dest="action", required=True)
    ma = m.add_parser("add")
    ma.add_argument("group")
    ma.add_argument("member")
    ma.add_argument("--role", default="member", choices=ROLES)
    ma.add_argument("--name", default="")
    ma.add_argument("--organisation", default="")
    mr = m.add_parser("remove")
    mr.add_argument("group")
    mr.add_argument("member")
    ms = m.add_parser("set-role")
    ms.add_argument("group")
    ms.add_argument("member")
    ms.add_argument("role", choices=ROLES)
    ml = m.add_parser("list")
    ml.add_argument("group")

    t = sub.add_parser("token", help="bearer tokens").add_subparsers(dest="action", required=True)
    ti = t.add_parser("issue")
    ti.add_argument("group")
    ti.add_argument("member")
    ti.add_argument("--label", default="")
    tr = t.add_parser("revoke")
    tr.add_argument("group")
    tr.add_argument("token", help="the token id (from `token list`) or the token itself")
    tl = t.add_parser("list")
    tl.add_argument("group")

    i = sub.add_parser("invite", help="a one-time invitation code for one person (printed once)")
    i.add_argument("group")
    i.add_argument("name", help="the person's name, as the group will see it")
    i.add_argument("--role", default="member", choices=ROLES)
    i.add_argument("--organisation", default="")
    i.add_argument("--hours", type=int, default=DEFAULT_HOURS, help=f"how long it works (1-{MAX_HOURS})")
    i.add_argument("--server", default="", help="the address members reach this server at "
                                                "(default: RURALDESK_SERVER_PUBLIC_URL)")
    i.add_argument("--member-id", default=None, help="the id the member gets (default: made from the name)")
    il = sub.add_parser("invitation", help="invitations").add_subparsers(dest="action", required=True)
    il.add_parser("list").add_argument("group")
    ic = il.add_parser("cancel")
    ic.add_argument("group")
    ic.add_argument("invitation_id")

    a = sub.add_parser("audit", help="the group's audit log, newest first")
    a.add_argument("group")
    a.add_argument("--limit", type=int, default=50)

    e = sub.add_parser("erase", help="erase a record (GDPR) from the server and, on sync, every replica")
    e.add_argument("group")
    e.add_argument("record_id")
    e.add_argument("--by", default="admin")

    x = sub.add_parser("export", help="one group's members, records and open conflicts as JSON")
    x.add_argument("group")
    x.add_argument("--to", help="file to write (default: <data dir>/exports/<group>-<time>.json)")

    ri = sub.add_parser("relay-import", help="apply a hand-over file a member brought (changes made offline)")
    ri.add_argument("group")
    ri.add_argument("file")
    ri.add_argument("--passphrase", help="the file's words (default: $RURALDESK_HANDOVER_PASSPHRASE, else asked)")

    b = sub.add_parser("backup", help="copy the database (SQLite) or export it as JSON (PostgreSQL)")
    b.add_argument("--to", help="file to write (default: <data dir>/backups/server-<time>.sqlite|.json)")

    for parser in (p, s):
        parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    return p


def _service(settings: Settings):
    from .blobs import BlobStore
    from .db import Database
    from .service import Service

    try:
        return Service(Database(settings.db_url), BlobStore(settings.blob_dir, settings.max_blob))
    except Exception as exc:  # noqa: BLE001 - one line for the admin, no traceback
        raise CliError(f"cannot open the database {settings.db_url}: {str(exc).splitlines()[0]}") from None


def _first_group_hint(prog: str = "ruraldesk-server") -> str:
    return (f"No group yet. Create the first group and a coordinator token:\n"
            f"  {prog} group create my-group --name \"My group\"\n"
            f"  {prog} member add my-group ana --role coordinator\n"
            f"  {prog} token issue my-group ana")


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.load(db_url=args.db, data_dir=args.data_dir)
    cmd = args.command
    if cmd == "serve":
        return _serve(settings, args)
    svc = _service(settings)
    admin = _admin(svc, settings)
    by = _cli_actor()
    if cmd == "init":
        print(f"database ready: {settings.db_url}")
        if not svc.has_groups():
            print(_first_group_hint())
    elif cmd == "group":
        if args.action == "create":
            svc.create_group(args.group, args.name, by=by)
            print(f"group {args.group} created")
        elif args.action == "rename":
            print(f"group {args.group} is now called {admin.rename_group(args.group, args.name, by=by)['name']!r}")
        else:
            groups = svc.groups()
            for g in groups:
                print(f"{g['group']}\t{g['name']}\t{g['members']} members\tseq {g['seq']}")
            if not groups:
                print(_first_group_hint())
    elif cmd == "member":
        if args.action == "add":
            admin.add_member(args.group, args.member, args.role, args.name, args.organisation, by=by)
            print(f"{args.member} added to {args.group} as {args.role}")
        elif args.action == "remove":
            admin.remove_member(args.group, args.member, by=by)
            print(f"{args.member} removed from {args.group}; their tokens are revoked")
        elif args.action == "set-role":
            admin.update_member(args.group, args.member, role=args.role, by=by)
            print(f"{args.member} is now {args.role} in {args.group}")
        else:
            for m in admin.members(args.group):
                if m["removed_at"] is None:
                    print(f"{m['member_id']}\t{m['role']}\t{m['name']}\t{m['organisation']}\t"
                          f"last sync {m['last_sync_at'] or 'never'}")
    elif cmd == "token":
        if args.action == "issue":
            token_id, token = admin.issue_token(args.group, args.member, args.label, by=by)
            print(f"token {token_id} for {args.member} in {args.group} (shown once, keep it safe):")
            print(token)
        elif args.action == "revoke":
            admin.revoke_token(args.group, args.token, by=by)
            print("token revoked")
        else:
            for t in svc.tokens(args.group):
                state = f"revoked {t['revoked_at']}" if t["revoked_at"] else "live"
                print(f"{t['token_id']}\t{t['member']}\t{state}\t{t['label']}")
    elif cmd == "invite":
        _invite(admin, args, by)
    elif cmd == "invitation":
        if args.action == "cancel":
            admin.cancel_invitation(args.group, args.invitation_id, by=by)
            print(f"invitation {args.invitation_id} cancelled")
        else:
            for inv in admin.invitations(args.group):
                print(f"{inv['invitation_id']}\t{inv['status']}\t{inv['role']}\t{inv['name']}\t"
                      f"expires {inv['expires_at']}\tby {inv['created_by']}")
    elif cmd == "audit":
        for entry in admin.audit(args.group, limit=args.limit):
            detail = json.dumps(entry["detail"], ensure_ascii=False, sort_keys=True)
            print(f"{entry['at']}\t{entry['by']}\t{entry['action']}\t{entry['target']}\t{detail}")
    elif cmd == "erase":
        seq = svc.erase(args.group, args.record_id, args.by)
        print(f"record {args.record_id} erased (seq {seq}); replicas purge it on their next sync")
    elif cmd == "export":
        out, counts = _export(settings, svc, args.group, args.to)
        print(f"{counts['records']} records and {counts['conflicts']} open conflicts of {args.group} "
              f"written to {out}")
    elif cmd == "relay-import":
        from .relay import relay_file  # issue 19

        print(relay_file(svc, args.group, args.file, args.passphrase, by))
    elif cmd == "backup":
        print(f"backup written to {_backup(settings, svc, args.to)}")
    svc.db.dispose()
    return 0


def _admin(svc, settings: Settings):
    from .group_admin import GroupAdmin

    return GroupAdmin(svc.db, public_url=settings.public_url)


def _cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # noqa: BLE001 - no login name (a container): still say it was the CLI
        return "cli"


def _invite(admin, args, by: str) -> None:
    out = admin.invite(args.group, by=by, role=args.role, name=args.name, organisation=args.organisation,
                       hours=args.hours, server=args.server, member_id=args.member_id)
    print(f"invitation {out['invitation_id']} for {args.name} ({args.role}) in {args.group}, "
          f"valid until {out['expires_at']}; the code works once and is shown only now:")
    print(out["code"])
    if not out["server"]:
        print("(the code names no server address: pass --server https://… or set "
              "RURALDESK_SERVER_PUBLIC_URL, or tell the person the address)", file=sys.stderr)


def _backup(settings: Settings, svc, to: str | None) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    sqlite = settings.db_url.startswith("sqlite")
    out = Path(to) if to else settings.data_dir / "backups" / f"server-{stamp}.{'sqlite' if sqlite else 'json'}"
    out.parent.mkdir(parents=True, exist_ok=True)
    if sqlite:
        src_path = settings.db_url.split("///", 1)[1]
        src = sqlite3.connect(src_path)
        dst = sqlite3.connect(out)
        try:
            src.backup(dst)  # consistent online copy, even while the server writes
        finally:
            dst.close()
            src.close()
        return out
    # PostgreSQL: a JSON export of every table (use pg_dump for a native dump)
    from .models import Base

    data = {}
    with svc.db.read() as c:
        for table in Base.metadata.sorted_tables:
            data[table.name] = [dict(r._mapping) for r in c.execute(table.select())]
    out.write_text(json.dumps({"format": "ruraldesk-server-export", "version": 1, "tables": data},
                              default=str, ensure_ascii=False))
    print("(for a native PostgreSQL dump use: pg_dump -Fc <database>)")
    return out


def _export(settings: Settings, svc, group: str, to: str | None) -> tuple[Path, dict[str, int]]:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = Path(to) if to else settings.data_dir / "exports" / f"{group}-{stamp}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(out.name + ".part")    # a cut-off export never looks finished
    try:
        with part.open("w", encoding="utf-8") as f:
            counts = svc.export_group(group, f)
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)
    return out, counts


def _serve(settings: Settings, args) -> int:
    import uvicorn

    svc = _service(settings)  # runs migrations once, before the workers start
    print(f"RuralDesk group repository on http://{args.host}:{args.port}  (API docs: "
          f"http://{args.host}:{args.port}/docs)")
    print(f"database: {settings.db_url}\nattachments: {settings.blob_dir}")
    if not svc.has_groups():
        print(_first_group_hint())
    svc.db.dispose()
    sys.stdout.flush()
    os.environ["RURALDESK_SERVER_DB"] = settings.db_url
    os.environ["RURALDESK_SERVER_DATA_DIR"] = str(settings.data_dir)
    from .http import server_options

    uvicorn.run("sync.server.app:app_from_env", factory=True, host=args.host, port=args.port,
                workers=max(1, args.workers), proxy_headers=True, log_level="info",
                **server_options(settings))
    return 0


def main(argv: list[str] | None = None) -> int:
    from .service import ServiceError

    try:
        return run(sys.argv[1:] if argv is None else argv)
    except (CliError, ServiceError) as exc:
        print(f"ruraldesk-server: {getattr(exc, 'message', str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"ruraldesk-server: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
