"""Colours and the small style sheet, following the system's light or dark theme.

The app keeps the platform's own style (so it looks like the rest of the desktop) and adds only
what the platform has no words for: the badge on team templates, the colours that mark hidden
items in the privacy preview, and quiet secondary text. Every colour has a light and a dark
variant, chosen from ``QStyleHints.colorScheme()`` (Qt 6.5+) and re-applied when the user
switches the system theme while the app runs.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core import paths

# Highlight colours of hidden items in the privacy preview, by kind: (light theme, dark theme).
_KIND_COLOURS: dict[str, tuple[str, str]] = {
    "person": ("#ffe08a", "#7a5d00"),
    "email": ("#b8e0ff", "#1f4f7a"),
    "phone": ("#c9f2c7", "#2d6a2a"),
    "address": ("#f7c9e6", "#6e2f57"),
    "secret": ("#ffb3b3", "#8a2020"),
    "sensitive": ("#e2d4ff", "#4d3a80"),
    "number": ("#ffd8b0", "#7a4514"),
    "other": ("#dddddd", "#555555"),
}

# Which family a detector's kind belongs to (privacy kinds are more detailed than colours).
_FAMILY = {
    "person": "person", "name": "person",
    "email": "email", "url": "email", "ip": "email", "ip_address": "email",
    "phone": "phone",
    "address": "address", "street_address": "address", "dob": "address", "date_of_birth": "address",
    "secret": "secret", "api_key": "secret", "password": "secret", "token": "secret", "private_key": "secret",
    "jwt": "secret",
    "term": "sensitive", "sensitive": "sensitive", "sensitive_term": "sensitive", "custom": "sensitive",
    "manual": "sensitive",
    "card": "number", "credit_card": "number", "iban": "number", "ssn": "number", "national_id": "number",
    "bank_account": "number", "nino": "number", "account": "number",
}

# What each kind is called on screen.
KIND_WORDS = {
    "person": "name", "email": "email or web address", "phone": "phone number", "address": "address or date",
    "secret": "secret (key or password)", "sensitive": "sensitive word", "number": "card, bank or ID number",
    "other": "other",
}


THEME_ENV = "PROMPTDESK_THEME"  # "dark" or "light" where the desktop does not tell Qt its choice


def is_dark() -> bool:
    """True when the system (or ``PROMPTDESK_THEME``, or the palette in use) is dark."""
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def kind_family(kind: str) -> str:
    """The colour family of a privacy kind such as ``EMAIL`` or ``credit_card``."""
    return _FAMILY.get(kind.lower(), "other")


def kind_colour(kind: str) -> QColor:
    light, dark = _KIND_COLOURS[kind_family(kind)]
    return QColor(dark if is_dark() else light)


def kind_words(kind: str) -> str:
    return KIND_WORDS[kind_family(kind)]


def muted_colour() -> str:
    """Secondary text: readable on both themes, quieter than body text."""
    return "#a8a8a8" if is_dark() else "#5f5f5f"


def warning_colour() -> str:
    return "#ffb454" if is_dark() else "#9a4d00"


def error_colour() -> str:
    return "#ff8080" if is_dark() else "#b00020"


def good_colour() -> str:
    return "#7bd88f" if is_dark() else "#1e7b34"


def style_sheet() -> str:
    """The app's few additions to the platform style, in the current light or dark variant."""
    dark = is_dark()
    badge_bg, badge_fg = ("#27476e", "#d6e6ff") if dark else ("#dbe8ff", "#1a3d73")
    extra = ""
    path = paths.resource("style.qss")
    if path.exists():
        extra = path.read_text(encoding="utf-8")
    return (
        f"QLabel[role='muted'] {{ color: {muted_colour()}; }}\n"
        f"QLabel[role='error'] {{ color: {error_colour()}; }}\n"
        f"QLabel[role='warning'] {{ color: {warning_colour()}; }}\n"
        f"QLabel[role='good'] {{ color: {good_colour()}; }}\n"
        f"QLabel[role='badge'] {{ background: {badge_bg}; color: {badge_fg}; border-radius: 6px;"
        " padding: 1px 6px; }\n"
        "QLabel[role='title'] { font-size: 15pt; font-weight: 600; }\n"
        "QListWidget#sidebar { font-size: 11pt; border: none; }\n"
        "QListWidget#sidebar::item { padding: 8px 12px; }\n"
        "QLabel[role='heading'] { font-weight: 600; }\n"
        + extra
    )


def dark_palette() -> QPalette:
    """A dark palette for platforms whose theme reports dark but hands Qt light colours."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a", QPalette.ColorRole.BrightText: "#ffffff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def _follow_scheme(app: QApplication) -> None:
    """Match the palette to the system's light/dark choice, then re-apply the style sheet."""
    light_palette = app.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    if is_dark() and light_palette:
        app._promptdesk_dark = True  # type: ignore[attr-defined]
        app.setPalette(dark_palette())
    elif not is_dark() and getattr(app, "_promptdesk_dark", False):
        app._promptdesk_dark = False  # type: ignore[attr-defined]
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(style_sheet())


def apply_theme(app: QApplication) -> None:
    """Apply the style sheet now and again whenever the system switches light/dark."""
    _follow_scheme(app)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged") and not getattr(app, "_promptdesk_theme_hooked", False):
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_scheme(app))
        app._promptdesk_theme_hooked = True  # type: ignore[attr-defined]
