"""The template gallery: search as you type, favourites, recently used, then every category.

The library is loaded off the UI thread by the main window and handed in with ``set_library``;
until then the gallery says it is loading. Searching goes through ``Library.search`` (fast enough
to run on every keystroke). Favourites and recently used come from the user settings; the
main window saves them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.core.context import AppContext
from desktop.core.text import plural
from desktop.gui.widgets import vbox

ID_ROLE = Qt.ItemDataRole.UserRole
RECENT_SHOWN = 5


def team_badge(template: Any) -> str:
    """"Team" for the team's templates, with a note when it replaces the bundled one."""
    if getattr(template, "source", "") != "team":
        return ""
    return "Team · replaces the bundled one" if getattr(template, "overrides", False) else "Team"


class TemplateGallery(QWidget):
    """Find and pick a template.

    Signals:
        template_chosen(str): the id of the template the user picked.
    """

    template_chosen = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.library: Any = None
        self._current_id = ""
        self._filling = False
        self._hovered = False  # the pointer is over the list: its order must not change under it
        self._refill_pending = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search templates…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search templates")
        self.search.textChanged.connect(self._fill)
        self.search.returnPressed.connect(self.open_current_or_first)
        self.search.installEventFilter(self)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName("Templates")
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda item, _col: self._choose(item))
        self.tree.viewport().installEventFilter(self)

        self.status = QLabel("Loading templates…", self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)

        vbox(self, self.search, (self.tree, 1), self.status)
        self.setFocusProxy(self.search)

    # ------------------------------------------------------------------ data
    def set_library(self, library: Any) -> None:
        """Show ``library`` (a ``desktop.core.templates.library.Library``)."""
        self.library = library
        self._fill()

    def set_problem(self, message: str) -> None:
        self.status.setText(message)
        self.status.setProperty("role", "error")
        self.status.style().polish(self.status)

    def select(self, template_id: str, group: str = "") -> bool:
        """Make ``template_id`` current (without emitting ``template_chosen``); False if absent.

        A template can be listed twice (under Recently used and under its category); the copy
        under ``group`` is preferred, so arrow keys keep moving through the same list.
        """
        matches = [item for item in self._items() if item.data(0, ID_ROLE) == template_id]
        if not matches:
            return False
        preferred = [item for item in matches if (parent := item.parent()) is not None and parent.text(0) == group]
        self._filling = True
        self.tree.setCurrentItem((preferred or matches)[0])
        self._filling = False
        self._current_id = template_id
        return True

    def refresh_lists(self) -> None:
        """Favourites or recently used changed: rebuild soon, keeping the current template.

        Deferred to the event loop (the change may come from inside the tree's own signal), and
        while the pointer is over the list until it leaves: a list that re-orders under the
        pointer makes the next click open another template.
        """
        if self._hovered:
            self._refill_pending = True
            return
        QTimer.singleShot(0, self, self._fill)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.tree.viewport() and kind in (QEvent.Type.Enter, QEvent.Type.Leave):
            self._hovered = kind == QEvent.Type.Enter
            if not self._hovered and self._refill_pending:
                self._refill_pending = False
                QTimer.singleShot(0, self, self._fill)
        elif watched is self.search and kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                event.accept()  # Escape clears the search here, before the window's Stop takes it
                return True
        elif watched is self.search and kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _step(self, direction: int) -> None:
        """Down and Up in the search box move through the templates listed (without opening)."""
        items = self._items()
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) + direction if current in items else (0 if direction > 0 else len(items) - 1)
        self._filling = True  # moving is not choosing: Enter (or a click) opens
        self.tree.setCurrentItem(items[max(0, min(index, len(items) - 1))])
        self._filling = False

    def open_current_or_first(self) -> None:
        """Enter in the search box opens the highlighted template, else the best match."""
        items = self._items()
        current = self.tree.currentItem()
        item = current if current in items else (items[0] if items else None)
        if item is not None:
            self._current_id = ""  # Enter always opens, even the template already open
            self._choose(item)

    def visible_ids(self) -> list[str]:
        """Template ids shown, in order (a template may appear under more than one heading)."""
        return [item.data(0, ID_ROLE) for item in self._items()]

    # ------------------------------------------------------------------ building the tree
    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                found.extend(child for j in range(group.childCount()) if (child := group.child(j)) is not None)
        return found

    def _fill(self, *_args: object) -> None:
        if self.library is None:
            return
        current = self.tree.currentItem()
        parent = current.parent() if current is not None else None
        group = parent.text(0) if parent is not None else ""
        self._filling = True
        self.tree.clear()
        query = self.search.text().strip()
        if query:
            results = list(self.library.search(query))
            self._group(f"Results for “{query}”", results)
            self.status.setText("No template matches. Try fewer words." if not results else
                                f"{plural(len(results), 'template')} found.")
        else:
            by_id = {t.id: t for t in self.library.templates}
            favourites = [by_id[i] for i in self.context.settings.favourites if i in by_id]
            recent = [by_id[i] for i in self.context.settings.recent if i in by_id][:RECENT_SHOWN]
            if favourites:
                self._group("★ Favourites", favourites)
            if recent:
                self._group("Recently used", recent)
            for category in self.library.categories():
                self._group(category, [t for t in self.library.templates if t.category == category])
            count = len(by_id)
            text = (f"{count} templates. Press Enter to open one." if count else
                    "No templates yet. Ask your team's operator to add some.")
            problems = list(getattr(self.library, "problems", []) or [])
            files = {getattr(p, "path", None) for p in problems}
            if problems:
                text += (f" {plural(len(files), 'template file')} could not be used; "
                         "hover here for details for your operator.")
            self.status.setText(text)
            self.status.setToolTip("\n".join(str(p) for p in problems[:20]))
        self.tree.expandAll()
        self._filling = False
        if self._current_id:
            self.select(self._current_id, group)

    def _group(self, title: str, templates: list[Any]) -> None:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for template in templates:
            item = QTreeWidgetItem(group, [template.title, team_badge(template)])
            item.setData(0, ID_ROLE, template.id)
            item.setToolTip(0, getattr(template, "purpose", "") or template.title)
            if team_badge(template):
                item.setToolTip(1, "From your team's shared folder")

    # ------------------------------------------------------------------ choosing
    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if not self._filling and current is not None:
            self._choose(current)

    def _choose(self, item: QTreeWidgetItem) -> None:
        template_id = item.data(0, ID_ROLE)
        if template_id and template_id != self._current_id:
            self._current_id = template_id
            self.template_chosen.emit(template_id)
