"""Draw the Promptdesk icon and write it in every format the bundles need.

    .venv/bin/python scripts/make_icon.py

Writes resources/icons/: promptdesk.png (256 px, window icon and Linux menu entry),
promptdesk-<N>.png for the Linux icon theme, promptdesk.ico (Windows, 16-256 px) and
promptdesk.icns (macOS, 16-1024 px). The icon is a white speech bubble on a blue rounded
square. Each size is drawn on its own pixel grid, and below 32 px the lines of text inside the
bubble are left out, so the small icons stay a clean shape instead of a blur.
The .ico and .icns containers are written here with PNG entries, which Windows Vista+ and
macOS 10.7+ read, so no image library beyond Qt is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (retina types reuse the larger sizes).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)

TOP = QColor("#4C6EF5")
BOTTOM = QColor("#3451C6")
INK = QColor("#3451C6")


def draw(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    s = float(size)

    # Background: a rounded square filling the canvas (a 1 px margin at tiny sizes looks cut).
    margin = 0.0 if size <= 24 else s * 0.04
    square = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, s))
    gradient.setColorAt(0.0, TOP)
    gradient.setColorAt(1.0, BOTTOM)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(square, s * 0.22, s * 0.22)

    # The speech bubble: a rounded rectangle with a tail at the lower left.
    bubble = QRectF(s * 0.18, s * 0.20, s * 0.64, s * 0.46)
    path = QPainterPath()
    path.addRoundedRect(bubble, s * 0.12, s * 0.12)
    tail = QPainterPath()
    tail.moveTo(s * 0.30, bubble.bottom() - s * 0.04)
    tail.lineTo(s * 0.26, s * 0.82)
    tail.lineTo(s * 0.48, bubble.bottom() - s * 0.04)
    tail.closeSubpath()
    painter.setBrush(QColor("white"))
    painter.drawPath(path.united(tail))

    # Lines of text in the bubble, only where there are pixels enough to show them.
    if size >= 32:
        painter.setBrush(INK)
        height = max(2.0, round(s * 0.06))
        for row, width in ((0, 0.40), (1, 0.28)):
            y = bubble.top() + s * 0.13 + row * s * 0.13
            painter.drawRoundedRect(QRectF(s * 0.30, y, s * width, height), height / 2, height / 2)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico with one PNG entry per size (width/height byte 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    directory, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + directory + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the 'icns' header, then (type, length, PNG) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(THEME_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: png_bytes(draw(size)) for size in sizes}
    for size in THEME_SIZES:
        (OUT / f"promptdesk-{size}.png").write_bytes(pngs[size])
    (OUT / "promptdesk.png").write_bytes(pngs[256])
    (OUT / "promptdesk.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (OUT / "promptdesk.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote icons for sizes {', '.join(map(str, sizes))} to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
