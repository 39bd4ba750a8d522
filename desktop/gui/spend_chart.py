"""Spend by day with the budget line, drawn with QPainter.

PySide6-Essentials ships no QtCharts, and one small chart does not justify the add-on. Each day
of the month shows two bars: the total spent so far this month (light) and what was spent that
day (strong). The dashed line is the month's budget, so "are we on track?" reads at a glance.
Colours come from the palette, so the chart follows the system's light or dark theme; sizes
come from the font, so it stays readable at 125% and 150% scaling.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.core.money import money

BUDGET_COLOUR = QColor("#d9534f")




def amount(value: object) -> float:
    """A spend figure from the core, whether a number or a ``{"cost": ...}`` style record."""
    if isinstance(value, Mapping):
        for key in ("cost", "total", "spent", "usd"):
            if key in value:
                return float(value[key])
        return 0.0
    if not isinstance(value, int | float | str):
        return 0.0
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _nice_ceiling(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 2.5, 5 x a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10.0 ** (len(str(int(value))) - 1) if value >= 1 else 1.0
    while power > value:
        power /= 10
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * power >= value:
            return step * power
    return 10 * power


class SpendChart(QWidget):
    """This month's spend by day against the budget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Spend by day this month")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach its description
        today = date.today()
        self._year, self._month = today.year, today.month
        self._daily: list[float] = []
        self._budget = 0.0
        self._today = today
        self._budget_label = "Budget"
        self.set_data({}, 0.0)

    # ------------------------------------------------------------------ data
    def set_data(self, by_day: Mapping[str, object], budget: float, month: str | None = None,
                 today: date | None = None, budget_label: str = "Budget") -> None:
        """Show ``by_day`` ("YYYY-MM-DD" → dollars) for ``month`` ("YYYY-MM", default this one)."""
        self._budget_label = budget_label
        self._today = today or date.today()
        if month:
            self._year, self._month = (int(part) for part in month.split("-")[:2])
        else:
            self._year, self._month = self._today.year, self._today.month
        days = calendar.monthrange(self._year, self._month)[1]
        self._daily = [0.0] * days
        for key, value in by_day.items():
            try:
                day = date.fromisoformat(str(key)[:10])
            except ValueError:
                continue
            if (day.year, day.month) == (self._year, self._month):
                self._daily[day.day - 1] += amount(value)
        self._budget = max(0.0, float(budget or 0.0))
        self.setAccessibleDescription(self.summary())
        self.update()

    def cumulative(self) -> list[float]:
        """Spent so far this month, at the end of each day."""
        totals, running = [], 0.0
        for value in self._daily:
            running += value
            totals.append(running)
        return totals

    def summary(self) -> str:
        """The chart in words, for screen readers and the tooltip."""
        total = sum(self._daily)
        busiest = max(range(len(self._daily)), key=lambda i: self._daily[i]) if total else None
        text = f"{money(total)} spent this month"
        if self._budget:
            text += f"; {self._budget_label.lower()} {money(self._budget)}"
        if busiest is not None:
            text += f"; most on day {busiest + 1} ({money(self._daily[busiest])})"
        return text + "."

    # ------------------------------------------------------------------ Qt overrides
    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 30, line * 12)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 8)

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        top = self._scale_max()
        left = max(metrics.horizontalAdvance(money(top * f)) for f in (0.0, 0.5, 1.0)) + metrics.horizontalAdvance("  ") + 4
        line = metrics.height()
        return QRectF(left, line * 1.6, max(10.0, self.width() - left - 8), max(10.0, self.height() - line * 3.4))

    def _scale_max(self) -> float:
        top = max(self.cumulative()[-1] if self._daily else 0.0, self._budget)
        return _nice_ceiling(top * 1.05)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        strong = palette.color(QPalette.ColorRole.Highlight)
        light = QColor(strong)
        if palette.color(QPalette.ColorRole.Window).lightness() < 128:
            strong = strong.lighter(180)  # on a dark background the day's bar must stand out
            light.setAlpha(150)
        else:
            light.setAlpha(70)
        grid = QColor(text)
        grid.setAlpha(40)
        plot = self._plot_rect()
        top = self._scale_max()
        metrics = self.fontMetrics()

        # Axis labels and grid: 0, half, top.
        painter.setPen(QPen(grid, 1))
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.save()
            painter.setPen(text)
            label = money(top * fraction)
            painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(label) - 6, y + metrics.ascent() / 2.5), label)
            painter.restore()

        days = len(self._daily)
        slot = plot.width() / days
        width = max(1.0, slot * 0.7)
        cumulative = self.cumulative()
        for index in range(days):
            day_date = date(self._year, self._month, index + 1)
            if day_date > self._today:
                break
            x = plot.left() + index * slot + (slot - width) / 2
            so_far = cumulative[index] / top * plot.height()
            painter.fillRect(QRectF(x, plot.bottom() - so_far, width, so_far), light)
            that_day = self._daily[index] / top * plot.height()
            painter.fillRect(QRectF(x, plot.bottom() - that_day, width, that_day), strong)

        # Day numbers under the axis.
        painter.setPen(text)
        for day in sorted({1, 5, 10, 15, 20, 25, days}):
            x = plot.left() + (day - 0.5) * slot
            label = str(day)
            painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2, plot.bottom() + metrics.height()), label)

        if self._budget:
            y = plot.bottom() - self._budget / top * plot.height()
            pen = QPen(BUDGET_COLOUR, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = f"{self._budget_label} {money(self._budget)}"
            painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(label), y - 4), label)

        self._draw_legend(painter, plot, strong, light, text)
        painter.end()

    def _draw_legend(self, painter: QPainter, plot: QRectF, strong: QColor, light: QColor, text: QColor) -> None:
        metrics = self.fontMetrics()
        box = metrics.height() * 0.7
        x = plot.left()
        y = metrics.height() * 0.2
        items = [(strong, "spent that day"), (light, "total so far this month")]
        for colour, label in items:
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), colour)
            painter.setPen(text)
            painter.drawText(QPointF(x + box + 4, y + metrics.ascent()), label)
            x += box + 4 + metrics.horizontalAdvance(label) + metrics.height()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        plot = self._plot_rect()
        position = event.position()
        if not plot.contains(position) or not self._daily:
            QToolTip.hideText()
            return
        index = int((position.x() - plot.left()) / (plot.width() / len(self._daily)))
        index = min(max(index, 0), len(self._daily) - 1)
        day = date(self._year, self._month, index + 1)
        tip = (f"{day.strftime('%a %d %b')}: {money(self._daily[index])} that day, "
               f"{money(self.cumulative()[index])} so far this month")
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)
