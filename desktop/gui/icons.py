"""Icons: Lucide's line icons (vendored in ``resources/icons/lucide``, ISC), drawn in the theme's colours.

The SVGs draw with ``currentColor``; it is replaced with the colour asked for, and the result
is rendered once per name, colour, size and screen scale (sharp at 150 % too).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.core import paths

# A template's icon by id, else by category; anything else gets "sparkles".
TEMPLATE_ICONS = {
    "article-draft": "newspaper", "content-brief": "file-text", "meta-description": "search",
    "social-post": "megaphone", "ask-anything": "message-circle", "data-cleanup": "table",
    "document-extraction": "file-search", "email-triage": "mail", "meeting-summary": "users",
    "report-generation": "presentation", "task-extraction": "list-checks", "fact-check": "badge-check",
    "seo-review": "target", "voice-calibration": "pen-line", "cold-email": "send",
    "discovery-call-prep": "phone", "lead-qualification": "filter", "objection-response": "handshake",
    "proposal-draft": "clipboard-list",
}
CATEGORY_ICONS = {"content": "pen-line", "general": "message-circle", "operations": "clipboard-list",
                  "quality": "badge-check", "sales": "handshake"}
FALLBACK = "sparkles"


def template_icon_name(template: Any) -> str:
    name = TEMPLATE_ICONS.get(getattr(template, "id", ""))
    return name or CATEGORY_ICONS.get(str(getattr(template, "category", "")).lower(), FALLBACK)


@lru_cache(maxsize=1)
def _folder() -> Path:
    return paths.resource("icons/lucide")  # resolved once: each lookup walks the path on disk


@lru_cache(maxsize=64)
def _svg(name: str) -> bytes:
    path = _folder() / f"{name}.svg"
    if not path.exists():
        path = _folder() / f"{FALLBACK}.svg"
    return path.read_bytes()


@lru_cache(maxsize=256)
def _pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    data = _svg(name).replace(b"currentColor", colour.encode())
    renderer = QSvgRenderer(QByteArray(data))
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pixmap(name: str, colour: str, size: int = 20) -> QPixmap:
    """Icon ``name`` in ``colour`` (a ``#rrggbb``), ``size`` logical pixels, for the screen's scale."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return _pixmap(name, colour, size, float(ratio))


def icon(name: str, colour: str, size: int = 20) -> QIcon:
    return QIcon(pixmap(name, colour, size))
