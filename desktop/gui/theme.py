"""Colours and the small style sheet, following the system's light or dark theme.

The app keeps the platform's own style (so it looks like the rest of the desktop) and adds only
what the platform has no words for: the badge on team templates, the colours that mark hidden
items in the privacy preview, and quiet secondary text. Every colour has a light and a dark
variant, chosen from ``QStyleHints.colorScheme()`` (Qt 6.5+) and re-applied when the user
switches the system theme while the app runs.

At launch the app applies the light/dark choice it saw last time instead of asking the system
(the answer is a ``Qt.ColorScheme``, and building Qt's whole ``Qt`` namespace of enums for it
costs about 13 ms; on desktops that answer through a settings service the question itself can
take longer): ``check_scheme`` asks after the first paint and corrects the look if the system
changed meanwhile. ``is_dark`` answers from what was applied, so the many
colour look-ups never ask the system again.
"""

from __future__ import annotations

import os

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
# Kept on the application as Qt properties: the look applied, and whether its change is followed.
_DARK_PROPERTY = "promptdeskDark"
_HOOKED_PROPERTY = "promptdeskThemeFollowed"


def is_dark() -> bool:
    """True when the look in force is dark: the one ``apply_theme`` applied, or else the system's."""
    app = QGuiApplication.instance()
    applied = app.property(_DARK_PROPERTY) if app is not None else None
    return applied if isinstance(applied, bool) else system_is_dark()


_platform_dark: bool | None = None  # the platform's own palette, seen before ours replaced it


def system_is_dark() -> bool:
    """The system's light/dark choice: ``PROMPTDESK_THEME``, else the platform's scheme, else
    whether the platform's palette is dark."""
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    if QGuiApplication.instance() is None:
        return False
    from PySide6.QtCore import Qt  # here, not at the top: building the namespace costs ~13 ms

    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return _platform_dark if _platform_dark is not None else _palette_is_dark()


def _palette_is_dark() -> bool:
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


# Spacing and type scales: every margin and gap is one of these, every text one of these sizes.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
TYPE = {"small": 9, "body": 10, "heading": 11, "title": 16, "display": 20}  # points

# The designed palettes. The accent is the platform's where it offers one (Windows, macOS).
_LIGHT = {
    "window": "#f4f5f7", "base": "#ffffff", "alt": "#f0f2f5", "text": "#1d2433", "muted": "#5b6475",
    "button": "#ffffff", "border": "#d5dae3", "card": "#ffffff", "card_hover": "#eef3fd", "sidebar": "#e9ecf1",
    "accent": "#2f6fde", "on_accent": "#ffffff", "disabled": "#9aa1ad", "tooltip": "#1d2433",
    "tooltip_text": "#ffffff", "approved": "#1e7b34",
}
_DARK = {
    "window": "#1d2027", "base": "#15171c", "alt": "#1b1e24", "text": "#e6e9ef", "muted": "#9aa3b2",
    "button": "#2a2e37", "border": "#363b46", "card": "#252932", "card_hover": "#2c3340", "sidebar": "#181b21",
    "accent": "#5b8ff0", "on_accent": "#ffffff", "disabled": "#6b7280", "tooltip": "#e6e9ef",
    "tooltip_text": "#15171c", "approved": "#7bd88f",
}


def colours() -> dict[str, str]:
    """The palette in force (light or dark), with the accent chosen for this platform."""
    chosen = dict(_DARK if is_dark() else _LIGHT)
    accent = _platform_accent()
    if accent:
        chosen["accent"] = accent
    return chosen


def _platform_accent() -> str:
    """The system accent colour where the platform reports one; otherwise ours."""
    app = QGuiApplication.instance()
    if app is None or QGuiApplication.platformName() not in ("windows", "cocoa"):
        return ""
    role = getattr(QPalette.ColorRole, "Accent", QPalette.ColorRole.Highlight)
    return QGuiApplication.palette().color(role).name()


def style_sheet() -> str:
    """The app's style on top of Fusion: type scale, spacing, cards, sidebar, roles of text."""
    dark = is_dark()
    c = colours()
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
        f"QLabel[role='title'] {{ font-size: {TYPE['title']}pt; font-weight: 600; }}\n"
        f"QLabel[role='display'] {{ font-size: {TYPE['display']}pt; font-weight: 600; }}\n"
        f"QLabel[role='heading'] {{ font-size: {TYPE['heading']}pt; font-weight: 600; }}\n"
        f"QLabel[role='small'] {{ font-size: {TYPE['small']}pt; color: {muted_colour()}; }}\n"
        f"QListWidget#sidebar {{ font-size: {TYPE['heading']}pt; border: none; background: {c['sidebar']};"
        f" padding-top: {SPACE['s']}px; }}\n"
        f"QListWidget#sidebar::item {{ padding: {SPACE['s']}px {SPACE['m']}px; margin: 2px {SPACE['s']}px;"
        " border-radius: 6px; }\n"
        f"QListWidget#sidebar::item:selected {{ background: {c['accent']}; color: {c['on_accent']}; }}\n"
        f"QListWidget#sidebar::item:hover:!selected {{ background: {c['card_hover']}; }}\n"
        f"QFrame#card {{ background: {c['card']}; border: 1px solid {c['border']}; border-radius: 10px; }}\n"
        f"QFrame#card:hover, QFrame#card:focus {{ border-color: {c['accent']}; background: {c['card_hover']}; }}\n"
        f"QPushButton[primary='true'] {{ background: {c['accent']}; color: {c['on_accent']}; border: none;"
        f" border-radius: 6px; padding: 6px {SPACE['l']}px; font-weight: 600; }}\n"
        f"QPushButton[primary='true']:disabled {{ background: {c['border']}; color: {c['disabled']}; }}\n"
        f"QPushButton[approved='true'] {{ background: {c['approved']}; color: {c['base']}; border: none;"
        " border-radius: 6px; padding: 6px 12px; font-weight: 600; }\n"
        f"QFrame#routeBar {{ background: {c['card']}; border: 1px solid {c['border']}; border-radius: 8px; }}\n"
        + extra
    )


def designed_palette(dark: bool) -> QPalette:
    """The light or dark palette, on Fusion (which draws every platform the same way)."""
    c = dict(_DARK if dark else _LIGHT)
    accent = _platform_accent()
    if accent:
        c["accent"] = accent
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"], QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"], QPalette.ColorRole.AlternateBase: c["alt"],
        QPalette.ColorRole.Text: c["text"], QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"], QPalette.ColorRole.ToolTipBase: c["tooltip"],
        QPalette.ColorRole.ToolTipText: c["tooltip_text"], QPalette.ColorRole.Highlight: c["accent"],
        QPalette.ColorRole.HighlightedText: c["on_accent"], QPalette.ColorRole.Link: c["accent"],
        QPalette.ColorRole.PlaceholderText: c["muted"], QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Mid: c["border"], QPalette.ColorRole.Midlight: c["alt"],
    }
    if hasattr(QPalette.ColorRole, "Accent"):
        roles[QPalette.ColorRole.Accent] = c["accent"]
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["disabled"]))
    return palette


def dark_palette() -> QPalette:
    return designed_palette(True)


def _follow_scheme(app: QApplication, dark: bool | None = None) -> None:
    """Fusion with the designed palette for ``dark`` (the system's choice when ``None``), then
    the style sheet."""
    global _platform_dark
    if _platform_dark is None:
        _platform_dark = _palette_is_dark()
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setProperty(_DARK_PROPERTY, system_is_dark() if dark is None else dark)
    app.setPalette(designed_palette(is_dark()))
    app.setStyleSheet(style_sheet())


def apply_theme(app: QApplication, remembered: bool | None = None) -> None:
    """Apply the palette and style sheet: for ``remembered`` (dark or not, as seen at the last
    start) without asking the platform, or for the system's choice. Without ``remembered``, the
    look also follows the system from now on; with it, ``check_scheme`` does that after the first
    paint."""
    _follow_scheme(app, remembered)
    if remembered is None:
        follow_system(app)


def check_scheme(app: QApplication) -> bool:
    """Ask the platform for its light/dark choice (after the first paint) and apply it if it
    differs from the one applied; from now on the look follows the system. Returns the choice."""
    dark = system_is_dark()
    if app.property(_DARK_PROPERTY) is not dark:
        _follow_scheme(app, dark)
    follow_system(app)
    return dark


def follow_system(app: QApplication) -> None:
    """Re-apply the look whenever the system switches light/dark while the app runs."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged") and not app.property(_HOOKED_PROPERTY):
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_scheme(app))
        app.setProperty(_HOOKED_PROPERTY, True)
