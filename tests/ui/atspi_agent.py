"""A screen reader's view of a running app, over the real AT-SPI accessibility bus.

Run by the system Python (pyatspi is Debian's python3-pyatspi, not a wheel), outside the app's
process, as an assistive technology is. It reads one JSON command per line on stdin and answers
one JSON line on stdout:

  {"op": "windows"}                                 the app's top-level windows' names
  {"op": "tree", "window": "Settings"}              every object of that window
  {"op": "act", "window": w, "role": r, "name": n}  press that object (its press/click/toggle action)
  {"op": "set", "window": w, "role": r, "name": n, "value": v}   set a spin box's or slider's value
"""

from __future__ import annotations

import json
import sys
import threading
import time

import pyatspi

APP = sys.argv[1]


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is not None and a.name == APP:
            return a
    return None


def windows() -> list:
    a = app()
    return [] if a is None else [a.getChildAtIndex(i) for i in range(a.childCount)]


def showing(acc) -> bool:
    return acc is not None and acc.getState().contains(pyatspi.STATE_SHOWING)


def window(name: str):
    """The showing top-level window with `name` in its title (a closed dialog may linger)."""
    for w in windows():
        if showing(w) and name in (w.name or ""):
            return w
    return None


def node(acc, path: str) -> dict:
    states = acc.getState()
    return {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or "",
            "path": path, "showing": states.contains(pyatspi.STATE_SHOWING),
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "enabled": states.contains(pyatspi.STATE_ENABLED)}


def walk(acc, path: str = "", out: list | None = None, depth: int = 0) -> list:
    out = [] if out is None else out
    if acc is None or depth > 40:
        return out
    out.append(node(acc, path))
    # a table's cells are read through the table; the first rows are enough to judge them
    count = min(acc.childCount, 80 if acc.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
                                                        pyatspi.ROLE_LIST) else 400)
    if acc.getRole() == pyatspi.ROLE_COMBO_BOX:      # its choices are a popup, read when opened
        return out
    for i in range(count):
        walk(acc.getChildAtIndex(i), f"{path}/{i}", out, depth + 1)
    return out


def find(acc, role: str, name: str):
    if acc is None:
        return None
    if acc.getRoleName() == role and (acc.name or "") == name:
        return acc
    for i in range(min(acc.childCount, 400)):
        hit = find(acc.getChildAtIndex(i), role, name)
        if hit is not None:
            return hit
    return None


def press(action, index: int) -> None:
    try:
        action.doAction(index)
    except Exception:        # the reply of a press that opened a modal dialog times out: expected
        pass


def answer(command: dict) -> dict:
    op = command["op"]
    if op == "windows":
        return {"windows": [w.name for w in windows() if showing(w)]}
    w = window(command["window"])
    if w is None:
        return {"error": f"no window named {command['window']!r}"}
    if op == "tree":
        return {"nodes": walk(w)}
    if op == "act":
        target = find(w, command["role"], command["name"])
        if target is None:
            return {"error": f"no {command['role']} named {command['name']!r}"}
        action = target.queryAction()
        names = [action.getName(i).lower() for i in range(action.nActions)]
        chosen = next((i for i, n in enumerate(names) if n in ("press", "click", "toggle", "activate")), 0)
        # a button that opens a modal dialog answers only when the dialog closes: press it
        # from a thread and answer at once, as a reader does not wait for the app either
        threading.Thread(target=press, args=(action, chosen), daemon=True).start()
        return {"ok": True}
    if op == "set":
        target = find(w, command["role"], command["name"])
        if target is None:
            return {"error": f"no {command['role']} named {command['name']!r}"}
        target.queryValue().currentValue = float(command["value"])
        return {"ok": True}
    return {"error": f"unknown op {op}"}


def main() -> None:
    for line in sys.stdin:
        try:
            reply = answer(json.loads(line))
        except Exception as exc:     # report, keep serving: the test decides what it means
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()
        time.sleep(0)


if __name__ == "__main__":
    main()
