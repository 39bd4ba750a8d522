"""The main window's menu bar, and what its Template and Help menus open.

``build_menus(host)`` makes the menus and their keys and returns the actions the window keeps
(``MenuActions``). It knows the window only as a ``MenuHost``: what the menus call on it, so
this module does not import the window that imports it. The actions belong to the menu bar (a
window shortcut works wherever focus is in the window). The Template menu's dialogs are about
the template open on the Templates page; each is opened the same way (``_open_for_template``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMenuBar, QMessageBox, QWidget

from desktop import __version__
from desktop.core.context import AppContext

PAGES = ("Templates", "History", "My spend")


class MenuHost(Protocol):
    """What the menus act on: the main window (``window()`` is itself, as a widget to parent dialogs on)."""

    context: AppContext
    batch_poller: Any

    @property
    def templates(self) -> Any: ...
    def menuBar(self) -> QMenuBar: ...
    def window(self) -> QWidget: ...
    def close(self) -> bool: ...
    def open_settings(self) -> None: ...
    def open_team_setup(self) -> None: ...
    def open_team_dashboard(self) -> None: ...
    def show_page(self, index: int) -> None: ...
    def find_template(self) -> None: ...


@dataclass
class MenuActions:
    """The actions the window keeps: the Template menu's, and Ctrl+Enter where a text box takes it."""

    send: QAction
    preview: QAction
    details: QAction
    test: QAction
    many: QAction
    send_shortcut: QShortcut


def build_menus(host: MenuHost) -> MenuActions:
    """The menu bar: Promptdesk, Go, Template and Help, with their keys."""
    bar = host.menuBar()
    app_menu = bar.addMenu("&Promptdesk")
    settings = QAction("&Settings…", bar)
    settings.setShortcut(QKeySequence.StandardKey.Preferences)
    if settings.shortcut().isEmpty():
        settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.triggered.connect(host.open_settings)
    app_menu.addAction(settings)
    team = QAction("Set up your &team…", bar)
    team.triggered.connect(host.open_team_setup)
    app_menu.addAction(team)
    dashboard = QAction("Team &dashboard…", bar)
    dashboard.triggered.connect(host.open_team_dashboard)
    app_menu.addAction(dashboard)
    app_menu.addSeparator()
    quit_action = QAction("&Quit", bar)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(host.close)
    app_menu.addAction(quit_action)

    go = bar.addMenu("&Go")
    for index, name in enumerate(PAGES):
        action = QAction(name, bar)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda _checked=False, i=index: host.show_page(i))
        go.addAction(action)
    find = QAction("&Find a template", bar)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(host.find_template)
    go.addAction(find)

    template = bar.addMenu("&Template")
    send = QAction("&Send", bar)
    send.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    send.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    send.triggered.connect(lambda: host.templates.send())
    template.addAction(send)
    preview = QAction("&Preview what is sent", bar)
    preview.setShortcut(QKeySequence("Ctrl+Shift+P"))
    preview.triggered.connect(lambda: host.templates.show_preview())
    template.addAction(preview)
    stop = QAction("S&top the answer", bar)
    stop.setShortcut(QKeySequence("Esc"))
    stop.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    stop.triggered.connect(lambda: host.templates.stop())
    template.addAction(stop)
    template.addSeparator()
    details = QAction("&About this template…", bar)
    details.triggered.connect(lambda: show_template_details(host))
    template.addAction(details)
    test = QAction("&Test this template…", bar)
    test.setToolTip("Run the template's test inputs and check every answer before the team uses it")
    test.triggered.connect(lambda: test_template(host))
    template.addAction(test)
    many = QAction("Run on &many…", bar)
    many.setToolTip("Send this template once for each row of a spreadsheet or each file in a folder")
    many.triggered.connect(lambda: run_on_many(host))
    template.addAction(many)

    help_menu = bar.addMenu("&Help")
    about = QAction("&About Promptdesk", bar)
    about.triggered.connect(lambda: _about(host))
    help_menu.addAction(about)
    # Keep Ctrl+Enter working even where a text box would take the key first.
    send_shortcut = QShortcut(QKeySequence("Ctrl+Enter"), bar)
    send_shortcut.activated.connect(lambda: host.templates.send())
    return MenuActions(send, preview, details, test, many, send_shortcut)


def _open_for_template(host: MenuHost, make: Callable[[Any], QDialog]) -> QDialog | None:
    """``make(template)`` for the template open on the Templates page, opened (not modal to the
    app) and deleted when closed; None (and said) when no template is open."""
    template = host.templates.template
    if template is None:
        QMessageBox.information(host.window(), "Promptdesk", "Pick a template in the list first.")
        return None
    dialog = make(template)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_template_details(host: MenuHost) -> None:
    from desktop.gui.template_details_dialog import TemplateDetailsDialog

    library = host.context.library
    _open_for_template(host, lambda template: TemplateDetailsDialog(
        template, library.problems_for(template.path), host.window()))


def test_template(host: MenuHost) -> None:
    from desktop.gui.template_test_dialog import TemplateTestDialog

    _open_for_template(host, lambda template: TemplateTestDialog(host.context, template, host.window()))


def run_on_many(host: MenuHost) -> None:
    """"Run on many…": the current template over the rows of a sheet or a folder of files."""
    from desktop.gui.batch_dialog import BatchDialog

    def make(template: Any) -> QDialog:
        dialog = BatchDialog(host.context, template, host.window())
        dialog.batch_submitted.connect(lambda _batch_id: host.batch_poller and host.batch_poller.poll_now())
        return dialog

    _open_for_template(host, make)


def _about(host: MenuHost) -> None:
    QMessageBox.about(host.window(), "About Promptdesk",
                      f"Promptdesk {__version__}\n\nTemplates for Claude and GPT with privacy, routing and "
                      "team budgets.")
