"""The pieces the form's editors are made of that hold no field of their own: a wheel that
scrolls the form instead of changing the field under it, numbers read as the interface
language writes them, ranked completion for long choice lists, and the NUTS regions offered
for a country (the filter bar uses them too)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QCompleter, QWidget

from ruraldesk.domain import geo
from ruraldesk.domain.text import fold


class _WheelGuard(QObject):
    """A wheel turned over a choice, number or date that is not being edited scrolls the form:
    scrolling past a field must never change it (Kind "Good" to "Bad", France to French Guiana)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        else:
            event.ignore()          # nothing to scroll here: Qt passes it on to the parents
        return True


_wheel_guard = _WheelGuard()


def guard_wheel(widget: QWidget) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)     # a wheel alone never focuses it
    widget.installEventFilter(_wheel_guard)


#: the spaces people (and locales) put between thousands: plain, no-break, narrow no-break, thin
SPACES = re.compile("[ \u00a0\u202f\u2009]")


def read_number(text: str) -> float | None:
    """A number as written in the interface language ("12 500,50" in French, "12.500,50" in
    German, "12,500.50" in English), or plainly ("12500.5"); None when it is not a number."""
    locale = QLocale()
    group = locale.groupSeparator()
    text = text.strip()
    if SPACES.fullmatch(group):
        text = SPACES.sub(group, text)
    else:
        text = SPACES.sub("", text)
    number, ok = locale.toDouble(text)
    if ok:
        return number
    try:
        return float(text)
    except ValueError:
        return None


class RankedCompleter(QCompleter):
    """Completion for a long editable combo box, best matches first: a code or name typed
    exactly ("EUR" → "EUR — Euro"), then names and codes that start with it, then names with
    a word that starts with it, then names that merely contain it ("CHE — WIR Euro" last)."""

    LIMIT = 60

    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        self.combo = combo
        self.setModel(QStringListModel(self))
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        combo.setCompleter(self)
        combo.lineEdit().textEdited.connect(self.update_for)
        self.activated[str].connect(self._chosen)

    def ranked(self, text: str) -> list[str]:
        query = fold(text.strip())
        if not query:
            return []
        scored: list[tuple[int, int, str]] = []
        for i in range(self.combo.count()):
            label = self.combo.itemText(i).strip()
            code = fold(str(self.combo.itemData(i) or ""))
            name = fold(label)
            bare = name.split(" — ", 1)[-1]
            if query in (code, name, bare):
                rank = 0
            elif code.startswith(query) or name.startswith(query) or bare.startswith(query):
                rank = 1
            elif any(w.startswith(query) for w in re.split(r"[\W_]+", name)):
                rank = 2
            elif query in name:
                rank = 3
            else:
                continue
            scored.append((rank, i, label))
        return [label for _, _, label in sorted(scored)[:self.LIMIT]]

    def update_for(self, text: str) -> None:
        self.model().setStringList(self.ranked(text))
        if self.model().rowCount():
            self.complete()
        else:
            self.popup().hide()

    def _chosen(self, label: str) -> None:
        i = self.combo.findText(label, Qt.MatchFlag.MatchFixedString)
        if i < 0:      # labels indented by level: find it without its indent
            i = next((j for j in range(self.combo.count()) if self.combo.itemText(j).strip() == label), -1)
        if i >= 0:
            self.combo.setCurrentIndex(i)


def region_options(country: str | None, max_level: int = 3) -> tuple[list[tuple[str, str, int]], dict[str, str]]:
    """NUTS regions of a country as ([(code, name, depth)], folded): a region that is its
    parent's only part is the same land under another code (Bretagne FRH and FRH0), so it is
    offered once, as its parent; `folded` maps such a code to the code offered for it."""
    regions = [r for r in (geo.regions_for(country) if country else [])
               if r.level <= max_level and not r.code.endswith("Z")]
    parts: dict[str, int] = {}
    for r in regions:
        parts[r.code[:-1]] = parts.get(r.code[:-1], 0) + 1
    codes = {r.code for r in regions}
    out: list[tuple[str, str, int]] = []
    folded: dict[str, str] = {}
    depth: dict[str, int] = {}
    for r in regions:
        parent = r.code[:-1]
        if parent in codes and parts.get(parent) == 1:
            folded[r.code] = folded.get(parent, parent)
            continue
        top = folded.get(parent, parent)
        depth[r.code] = depth[top] + 1 if top in depth else 0
        out.append((r.code, r.name, depth[r.code]))
    return out, folded


__all__ = ["SPACES", "RankedCompleter", "guard_wheel", "read_number", "region_options"]
