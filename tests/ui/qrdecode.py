"""Reading a QR code back from a QImage with a real decoder (zxing-cpp), for the tests."""

from __future__ import annotations


def decode(image) -> list[str]:
    """The texts a real QR decoder (zxing-cpp) finds in a QImage."""
    import io

    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))]
