"""A date a person can type the way they write it, or pick from a calendar that opens on today.

``parse_date`` understands ISO ("2025-06-03"), numbers in the order of the user's locale
("03/06/2025" is 3 June where days come first, 6 March in the US; a part above 12 settles it),
month names in English and the locale ("3 June", "June 3, 2025", "3rd Jun") and the words
today, tomorrow and yesterday. Text it cannot read is never thrown away: the field keeps it and
the form says what to type instead (the template's own date check reports it).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})(?:[/.\-](\d{2,4}))?$")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_WORDS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def month_names(locale: QLocale | None = None) -> dict[str, int]:
    """Month names and their first three letters, in English and the locale, to month numbers."""
    names: dict[str, int] = {}
    spelled = [(i + 1, name) for i, name in enumerate(_ENGLISH_MONTHS)]
    if locale is not None:
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                spelled.append((month, locale.monthName(month, form).lower().rstrip(".")))
    for month, name in spelled:
        if name:
            names.setdefault(name, month)
            names.setdefault(name[:3], month)
    return names


def days_first(locale: QLocale | None = None) -> bool:
    """True where 03/06 means 3 June (most of the world), False where it means 6 March (US)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat).lower()
    day, month = pattern.find("d"), pattern.find("m")
    return not (0 <= month < day)


def _make(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, *, today: dt.date, day_first: bool = True,
               months: dict[str, int] | None = None) -> dt.date | None:
    """The date ``text`` stands for, or None when it is not a date (see the module docstring)."""
    text = " ".join(text.strip().lower().replace(",", " ").split())
    if not text:
        return None
    if text in _WORDS:
        return today + dt.timedelta(days=_WORDS[text])
    if match := _ISO.match(text):
        return _make(*(int(part) for part in match.groups()))
    if match := _NUMERIC.match(text):
        first, second, year_text = match.groups()
        a, b = int(first), int(second)
        if len(first) == 4:  # 2025/06/03
            return _make(a, b, int(year_text)) if year_text else None
        year = int(year_text) if year_text else today.year
        day, month = (a, b) if day_first else (b, a)
        if month > 12 >= day:  # "25/12" in the US, "12/25" elsewhere: only one reading is a date
            day, month = month, day
        return _make(year, month, day)
    months = months or month_names()
    names = "|".join(sorted((re.escape(name) for name in months), key=len, reverse=True))
    for pattern, order in ((rf"^{_DAY} ({names})\.?(?: (\d{{2,4}}))?$", "dm"),
                           (rf"^({names})\.? {_DAY}(?: (\d{{2,4}}))?$", "md")):
        if match := re.match(pattern, text):
            first, second, year_text = match.groups()
            day_text, month_name = (first, second) if order == "dm" else (second, first)
            year = int(year_text) if year_text else today.year
            return _make(year, months[month_name], int(day_text))
    return None


class DateField(QWidget):
    """A line to type a date in, and a button that opens a calendar on the date (or today).

    Signals:
        changed(): the date (or the typed text) changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._months = month_names(self._locale)
        self._day_first = days_first(self._locale)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("For example 2025-06-03 or 3 June")
        self.edit.editingFinished.connect(self._tidy)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._open_on_date)
        self.menu = menu
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setAccessibleName("Pick a date from a calendar")
        self.button.setToolTip("Pick a date from a calendar")
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusProxy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def setAccessibleName(self, name: str) -> None:  # the line is what a screen reader lands on
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def date(self) -> dt.date | None:
        return parse_date(self.edit.text(), today=dt.date.today(), day_first=self._day_first, months=self._months)

    def value(self) -> str:
        """ISO text for a date, "" when empty, the typed text itself when it is not a date."""
        text = self.edit.text().strip()
        date = self.date()
        return date.isoformat() if date is not None else text

    def set_value(self, value: object) -> None:
        text = value.isoformat() if isinstance(value, dt.date) else str(value or "").strip()
        date = parse_date(text, today=dt.date.today(), day_first=self._day_first, months=self._months)
        self.edit.setText(self._shown(date) if date is not None else text)

    def _shown(self, date: dt.date) -> str:
        """"3 June 2025": no one can read it the wrong way round."""
        return f"{date.day} {self._locale.monthName(date.month)} {date.year}"

    def _tidy(self) -> None:
        date = self.date()
        if date is not None and self.edit.text() != self._shown(date):
            self.edit.setText(self._shown(date))

    def _open_on_date(self) -> None:
        date = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(date.year, date.month, date.day))

    def _picked(self, date: QDate) -> None:
        self.edit.setText(self._shown(dt.date(date.year(), date.month(), date.day())))
        self.menu.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
