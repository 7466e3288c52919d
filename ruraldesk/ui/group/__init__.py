"""The Group window and invitations (Sync → Group…, Sync → Set up sync…).

    window = show_group(shell, parent)      # one window per main window; loads at once

Modules: controller (the requests, no widgets), window (the frame), panes and peoplepane
(the tabs), invite (the invitation and its code), dialogs (the questions, answerable in
tests through their getX() class methods), people (what an erasure removes), qr (the QR
code picture), redeem (an invitation code in the set-up dialog)."""

from __future__ import annotations


def show_group(shell, parent=None):
    from .window import GroupWindow

    existing = getattr(parent, "group_window", None)
    try:
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    except RuntimeError:        # deleted with its parent
        pass
    window = GroupWindow(shell.ops, parent, sync_now=lambda: shell.sync.sync_now(manual=False))
    if parent is not None:
        parent.group_window = window
    window.show()
    window.load()
    return window
