"""About this template: what it is for, which copy is in use, its version history, and any
problems the library found, so the operator can see at a glance what the team is running."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.send.routing import tier_words

_SOURCE_WORDS = {
    "bundled": "Built into Promptdesk",
    "team": "Your team's copy, from the team folder",
    "personal": "Your own copy, from your personal templates folder",
}


def details_html(template: Any, problems: list[Any]) -> str:
    """The details as simple HTML (a pure function, so it is easy to test)."""
    e = html.escape
    tier = tier_words(template.tier, described=True)
    source = _SOURCE_WORDS.get(template.source, template.source)
    if template.overrides:
        source += f" — used instead of the {e(template.overrides)} one with the same name"
    rows = [
        ("Purpose", e(template.purpose)),
        ("Category", e(template.category)),
        ("Tier", e(tier)),
        ("Version", str(template.version)),
        ("Where it comes from", e(source)),
        ("File", f"<code>{e(str(template.path))}</code>"),
        ("Test inputs", str(len(template.tests))),
        ("Who reviews the answers", e(getattr(template, "reviewer", "") or "Not named")),
        ("If the AI is unavailable", e(getattr(template, "unavailable", "") or "Not written down")),
    ]
    parts = [f"<h2>{e(template.title)}</h2><table cellpadding='3'>"]
    parts += [f"<tr><td><b>{label}</b></td><td>{value}</td></tr>" for label, value in rows]
    parts.append("</table><h3>Version history</h3>")
    if template.history:
        parts.append("<ul>" + "".join(
            f"<li><b>Version {h.version}</b> ({e(h.date)}): {e(h.note)}</li>" for h in template.history) + "</ul>")
    else:
        parts.append("<p>No history recorded.</p>")
    if problems:
        parts.append("<h3>Problems</h3><ul>" + "".join(
            f"<li>{e(p.message)}" + (f" (line {p.line})" if p.line else "") + "</li>" for p in problems) + "</ul>")
    return "".join(parts)


class TemplateDetailsDialog(QDialog):
    def __init__(self, template: Any, problems: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About “{template.title}”")
        self.resize(620, 520)
        self.view = QTextBrowser()
        self.view.setAccessibleName("Template details")
        self.view.setHtml(details_html(template, problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
