"""Screen readers (issue 18 item 4), tested with the real accessibility bus: the app runs under
Xvfb with AT-SPI, and a reader in another process (pyatspi, as Orca uses) walks each screen it
opens through the menus, as a blind volunteer would, asserting every control has a name."""

from __future__ import annotations

import os
import time

import pytest

from atspi_session import Session, missing

#: roles a person operates; each must be announced with a name (cells and list items are data)
OPERATED = {"push button", "toggle button", "check box", "radio button", "combo box", "spin button",
            "text", "password text", "table", "tree", "tree table", "list", "page tab", "slider",
            "menu item", "column header", "link"}
#: the screens opened from the menus, and the button that closes each
SCREENS = [("Settings…", "Settings", "Cancel"), ("About RuralDesk", "About", "Close"),
           ("Set up sync…", "sync", "No"), ("Conflicts…", "Conflicts", "Close"),
           ("Columns…", "Columns", "Cancel"), ("User guide", "guide", "Close")]

pytestmark = pytest.mark.skipif(missing() is not None and not os.environ.get("RURALDESK_REQUIRE_ATSPI"),
                                reason=f"no accessibility session here: {missing()}")


def unnamed(nodes: list[dict]) -> list[str]:
    return [f"{n['role']} at {n['path']}" for n in nodes
            if n["showing"] and n["role"] in OPERATED and not n["name"].strip()
            and (n["focusable"] or n["role"] in ("menu item", "column header", "link"))]


def records(nodes: list[dict]) -> str:
    table = next((n for n in nodes if n["role"] == "table" and n["name"] == "Records"), None)
    return table["path"] + "/" if table else "?"


def wait_for(session, window: str, ready, timeout: float = 30) -> list[dict]:
    deadline = time.monotonic() + timeout
    nodes = session.tree(window)
    while not ready(nodes) and time.monotonic() < deadline:
        time.sleep(0.3)
        nodes = session.tree(window)
    assert ready(nodes), f"{window} never got ready: {[(n['role'], n['name']) for n in nodes][:80]}"
    return nodes


def test_every_screen_reads_with_names_over_at_spi(tmp_path):
    with Session(tmp_path) as session:
        session.start_app(tmp_path / "replica.db")
        session.wait_window("Welcome")
        problems = {}
        welcome = session.tree("Welcome")
        roles = {n["role"] for n in welcome}
        assert {"radio button", "push button", "text"} <= roles, roles
        assert any(n["role"] == "radio button" and n["name"] == "Load demo data" and n["description"]
                   for n in welcome), "a choice is read with its explanation"
        problems["Welcome"] = unnamed(welcome)
        session.act("Welcome", "radio button", "Load demo data")
        session.ask(op="set", window="Welcome", role="spin button", name="Demo records per collection", value=10)
        session.act("Welcome", "push button", "OK")
        session.wait_window("RuralDesk")
        main = wait_for(session, "RuralDesk", lambda nodes: any(n["role"] == "table cell" and n["name"]
                                                               and n["path"].startswith(records(nodes))
                                                               for n in nodes))
        assert any(n["role"] == "text" and n["name"] == "Search everything" for n in main)
        problems["main window"] = unnamed(main)
        session.act("RuralDesk", "menu item", "New practice")
        form = wait_for(session, "RuralDesk", lambda nodes: any(n["role"] == "text" and n["name"] == "Title"
                                                               and n["showing"] for n in nodes))
        problems["new practice form"] = unnamed(form)
        session.act("RuralDesk", "push button", "Cancel editing")
        for item, title, close in SCREENS:
            session.act("RuralDesk", "menu item", item)
            session.wait_window(title, timeout=15)
            problems[title] = unnamed(session.tree(title))
            buttons = [n["name"] for n in session.tree(title) if n["role"] == "push button" and n["showing"]]
            assert close in buttons, (title, buttons)
            session.act(title, "push button", close)
            deadline = time.monotonic() + 10
            while any(title in w for w in session.ask(op="windows")["windows"]) and time.monotonic() < deadline:
                time.sleep(0.2)
        assert not {k: v for k, v in problems.items() if v}, problems
