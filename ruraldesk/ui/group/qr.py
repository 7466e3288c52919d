"""An invitation code as a QR code: segno computes the module matrix, Qt draws it.

The picture is always dark modules on a light quiet zone, whatever the palette: phone
cameras and scanner apps read black on white, and a dark theme's inverted colours would
make many of them fail. The quiet zone (4 modules, as the standard asks) is part of the
image, so the code stays readable on a dark window background too.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET_ZONE = 4          # modules of light margin around the symbol (ISO/IEC 18004)
MODULE_PX = 6           # a module's side at 100 %: read from a laptop screen at arm's length


def matrix(text: str) -> list[list[bool]]:
    """The symbol's dark (True) and light modules, without the quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(m) for m in row] for row in code.matrix]


def image(text: str, module_px: int = MODULE_PX, quiet: int = QUIET_ZONE) -> QImage:
    """The QR code of `text`, `module_px` pixels a module, quiet zone included."""
    modules = matrix(text)
    side = (len(modules) + 2 * quiet) * module_px
    img = QImage(side, side, QImage.Format.Format_RGB32)
    img.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(img)
    try:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(Qt.GlobalColor.black))
        for y, row in enumerate(modules):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRect((x + quiet) * module_px, (y + quiet) * module_px,
                                           module_px, module_px))
    finally:
        painter.end()
    return img


def sampled(img: QImage, modules: int, quiet: int = QUIET_ZONE) -> list[list[bool]]:
    """The module matrix read back from a drawn image (the centre pixel of each module):
    what a test compares with matrix() when no QR decoder is installed."""
    px = img.width() // (modules + 2 * quiet)
    return [[QColor(img.pixel((x + quiet) * px + px // 2, (y + quiet) * px + px // 2)).lightness() < 128
             for x in range(modules)] for y in range(modules)]
