"""The colours we choose ourselves (muted notes, links, errors, a bad import row), derived from the
system palette so they follow light, dark and high-contrast themes, and never below the WCAG
contrast of 4.5:1 against the background they are painted on.

A palette's own PlaceholderText is often half-transparent text (about 3.9:1 on white): fine for a
hint inside an empty field, too faint for words a person must read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MINIMUM = 4.5


def _channel(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return 0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green()) + 0.0722 * _channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio, from 1 (same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def readable(colour: QColor, background: QColor, minimum: float = MINIMUM) -> QColor:
    """`colour`, moved towards black or white (whichever the background is not) only as far as
    it must go to reach `minimum` against `background`."""
    colour = QColor(colour.red(), colour.green(), colour.blue())     # opaque: as it is seen
    if contrast(colour, background) >= minimum:
        return colour
    far = QColor(0, 0, 0) if luminance(background) > 0.18 else QColor(255, 255, 255)
    low, high = 0.0, 1.0
    for _ in range(16):
        mid = (low + high) / 2
        if contrast(_mix(colour, far, mid), background) >= minimum:
            high = mid
        else:
            low = mid
    return _mix(colour, far, high)


def _background(palette: QPalette, on: QPalette.ColorRole) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, on)


def muted(palette: QPalette, on: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """Secondary text (dates, labels of a record's fields): between text and background, readable."""
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    bg = _background(palette, on)
    return readable(_mix(text, bg, 0.4), bg)


def link(palette: QPalette, on: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    return readable(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Link), _background(palette, on))


def error(palette: QPalette, on: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """A red that reads on this background: dark red on light themes, light red on dark ones."""
    bg = _background(palette, on)
    red = QColor(176, 0, 32) if luminance(bg) > 0.18 else QColor(255, 138, 128)
    return readable(red, bg)


def problem_row(palette: QPalette) -> tuple[QColor, QColor]:
    """Background and text of a row that cannot be imported: a tint of red over the base."""
    base = _background(palette, QPalette.ColorRole.Base)
    tint = _mix(base, QColor(220, 40, 40), 0.18)
    return tint, readable(error(palette, QPalette.ColorRole.Base), tint)


class _Muted(QObject):
    """Keeps a label's text muted but readable as the system palette changes (light ↔ dark)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.widget = widget
        self.apply()
        widget.installEventFilter(self)

    def apply(self) -> None:
        system = QApplication.palette(self.widget)
        colour = muted(system, QPalette.ColorRole.Window)
        if self.widget.palette().color(QPalette.ColorRole.WindowText) != colour:   # our own change: stop
            palette = QPalette(self.widget.palette())
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply()
        return False


def mute(widget: QWidget) -> QWidget:
    """Show a label's text as a secondary note, readable on the window (see muted())."""
    _Muted(widget)
    return widget
