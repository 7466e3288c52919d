"""The `ruraldesk` command. With no command it opens the window.

Each sub-command lives in its own module exposing `register(subparsers)`; the
module's handler gets the parsed args and returns an exit code. Expected
problems raise CliError (or StoreError / ValueError) and become one line on
stderr with exit code 2 — never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path

from ruraldesk import __version__


def _command_modules() -> list[str]:
    """Every module under ruraldesk.cli with a `register` function adds a sub-command,
    so a new command is one new file (PyInstaller 6 bundles support iter_modules)."""
    import pkgutil

    names = [m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")]
    return sorted(names)


class CliError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every other failure
        self.exit(2, f"{self.prog}: error: {message}\n")


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--db before or after the command. A sub-command's own default would overwrite the
    value given before the command, so only the top-level parser sets one."""
    parser.add_argument("--db", type=Path, metavar="PATH", default=None if top else argparse.SUPPRESS,
                        help="replica file to use instead of the default workspace")


def open_store(args: argparse.Namespace, *, must_exist: bool = False):
    from ruraldesk.store import Store, default_replica

    path = args.db or default_replica()
    if must_exist and not Path(path).exists():
        raise CliError(f"no replica at {path}")
    return Store(path)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ruraldesk", description="Offline-first organiser of practices, "
                     "contacts and tools. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"RuralDesk {__version__}")
    add_db_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _command_modules():
        module = importlib.import_module(f"ruraldesk.cli.{name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from ruraldesk import logs
    from ruraldesk.store import StoreError

    logs.setup()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ruraldesk.app import main as app_main

        return app_main(args)
    try:
        return int(args.handler(args) or 0)
    except (CliError, StoreError, ValueError, OSError) as exc:
        print(f"ruraldesk {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"ruraldesk {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the person, the traceback for the log
        logging.getLogger("ruraldesk.cli").exception("%s failed", args.command)
        print(f"ruraldesk {args.command}: unexpected error: {exc} (details in {logs.log_file()})",
              file=sys.stderr)
        return 1
