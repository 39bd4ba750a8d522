"""The privacy preview: exactly what leaves this computer, with every hidden item marked.

The outgoing text is ``Prepared.redaction.text`` as it is, never re-rendered here, so what the
user reads is what the provider receives. Each placeholder is highlighted in the colour of its
kind. The list beside it names every hidden item with its original (which never leaves the
computer); un-ticking one sends it as typed, for this run only (a false alarm), and "Also hide"
adds something the detector missed. Secrets cannot be un-ticked: they are never sent. What the
detector found that needs words (a key removed from Notes, instructions aimed at the AI in a
pasted email) is listed at the top in plain language. Words the detector was unsure about (an
unknown capitalised word that might be a name) are sent as typed but listed as "check this" and
underlined in the text; ticking one hides it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import theme
from desktop.gui.widgets import button, hbox, vbox

ORIGINAL_ROLE = Qt.ItemDataRole.UserRole
DOUBT_ROLE = Qt.ItemDataRole.UserRole + 1


def placeholder_ranges(text: str, spans: list[Any]) -> list[tuple[int, int, str]]:
    """Where each hidden item's placeholder sits in the outgoing ``text``: (start, end, kind).

    Spans carry their offsets in the outgoing text; a span whose offsets do not hold its
    placeholder (never expected) is found by searching, so the preview never marks wrong text.
    """
    ranges: list[tuple[int, int, str]] = []
    for span in spans:
        start, end = int(span.start), int(span.end)
        if text[start:end] != span.placeholder:
            start = text.find(span.placeholder)
            if start == -1:
                continue
            end = start + len(span.placeholder)
        ranges.append((start, end, span.type))
    return sorted(set(ranges))


def shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def finding_lines(redaction: Any, labels: dict[str, str] | None = None) -> list[str]:
    """The plain-language notes: secrets removed, instructions aimed at the AI, and so on.

    Findings name the field by its internal name; the person knows it by its label.
    """
    labels = labels or {}
    lines = []
    for finding in getattr(redaction, "findings", ()) or ():
        message = str(getattr(finding, "message", finding))
        origin = getattr(finding, "origin", None)
        if origin and origin in labels:
            message = message.replace(f" in {origin}", f" in “{labels[origin]}”")
        lines.append(message)
    if getattr(redaction, "injection_flag", False) and not any("instruction" in line.lower() for line in lines):
        lines.append("The pasted text contains instructions aimed at the AI. Read the answer with care: "
                     "the checklist will ask you to.")
    return lines


class PrivacyPreview(QDialog):
    """Shows a ``Prepared``'s outgoing text and lets the user correct what is hidden.

    Signals:
        changes_requested(list, list): ``keep`` (originals to send as typed) and ``extra``
            (further text to hide), for this run; the main window prepares again and calls
            ``set_prepared`` with the result.
    """

    changes_requested = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What will be sent")
        self.resize(880, 560)
        self.keep: list[str] = []
        self.extra: list[str] = []
        self.labels: dict[str, str] = {}

        intro = QLabel(
            "This is exactly what leaves your computer. Coloured items were replaced; the originals stay "
            "here and are put back into the answer you see.", self)
        intro.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setProperty("role", "warning")
        self.notes.setWordWrap(True)
        self.notes.hide()

        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setAccessibleName("Text that will be sent")
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.items = QListWidget(self)
        self.items.setAccessibleName("Hidden items; untick one to send it as typed")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.itemChanged.connect(self._item_changed)
        items_label = QLabel("Hidden items (untick a false alarm):", self)
        items_label.setBuddy(self.items)
        self.add_edit = QLineEdit(self)
        self.add_edit.setPlaceholderText("Something else to hide…")
        self.add_edit.setAccessibleName("Also hide this text")
        self.add_edit.returnPressed.connect(self._add_extra)
        self.add_button = button("Also hide", self, self._add_extra)
        self.hide_selection = button("Hide selected text", self, self._hide_selected,
                                     tip="Select words in the text on the left, then press this")
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        side = QWidget(self)
        vbox(side, items_label, (self.items, 1), hbox(None, (self.add_edit, 1), self.add_button), self.hide_selection,
             self.legend)

        split = QSplitter(self)
        split.addWidget(self.text)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notes)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    # ------------------------------------------------------------------ showing
    def set_prepared(self, prepared: Any, keep: list[str] | None = None, extra: list[str] | None = None) -> None:
        """Show ``prepared.redaction``; ``keep``/``extra`` are the corrections already in force."""
        self.keep = list(keep or [])
        self.extra = list(extra or [])
        redaction = prepared.redaction
        spans = list(redaction.spans)
        template = getattr(prepared, "template", None)
        self.labels = {f.name: f.label for f in template.fields} if template is not None else {}
        self.text.setPlainText(redaction.text)
        self._highlight(redaction.text, spans)
        doubts = list(getattr(redaction, "doubts", ()) or ())
        self._underline_doubts(redaction.text, doubts)
        notes = finding_lines(redaction, self.labels)
        self.notes.setText("\n".join(f"• {line}" for line in notes))
        self.notes.setVisible(bool(notes))
        self._fill_items(spans)
        self._add_doubts(doubts)
        kinds = sorted({theme.kind_family(s.type) for s in spans})
        self.legend.setText(" ".join(
            f"<span style='background:{theme.kind_colour(k).name()}'>&nbsp;{theme.KIND_WORDS[k]}&nbsp;</span>"
            for k in kinds))

    def _highlight(self, text: str, spans: list[Any]) -> None:
        cursor = QTextCursor(self.text.document())
        for start, end, kind in placeholder_ranges(text, spans):
            fmt = QTextCharFormat()
            fmt.setBackground(theme.kind_colour(kind))
            fmt.setToolTip(f"Hidden {theme.kind_words(kind)}")
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _underline_doubts(self, text: str, doubts: list[Any]) -> None:
        cursor = QTextCursor(self.text.document())
        for doubt in doubts:
            start, end = int(doubt.start), int(doubt.end)
            if text[start:end] != doubt.text:
                continue  # never mark the wrong words
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setToolTip(f"Check this: it {doubt.reason} and is sent as typed. Tick it in the list to hide it.")
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _add_doubts(self, doubts: list[Any]) -> None:
        """One unticked row per doubtful word: "check this"; ticking it hides the word."""
        self.items.blockSignals(True)
        seen: set[str] = set()
        for doubt in doubts:
            if doubt.text in seen:
                continue
            seen.add(doubt.text)
            item = QListWidgetItem(f"{shorten(doubt.text)}\ncheck this: {doubt.reason}, sent as typed (tick to hide)")
            item.setData(ORIGINAL_ROLE, doubt.text)
            item.setData(DOUBT_ROLE, True)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)

    def doubt_rows(self) -> list[str]:
        """The words listed as "check this", in order."""
        return [str(self.items.item(i).data(ORIGINAL_ROLE)) for i in range(self.items.count())
                if self.items.item(i).data(DOUBT_ROLE)]

    def _fill_items(self, spans: list[Any]) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        seen: set[str] = set()
        for span in spans:
            if span.placeholder in seen:
                continue
            seen.add(span.placeholder)
            origin = getattr(span, "origin", "") or ""
            where = f", in “{self.labels.get(origin, origin)}”" if origin else ""
            item = QListWidgetItem(f"{shorten(span.original)}  →  {span.placeholder}\n"
                                   f"{theme.kind_words(span.type)}{where}")
            item.setToolTip(span.original if theme.kind_family(span.type) != "secret" else "")
            item.setData(ORIGINAL_ROLE, span.original)
            item.setBackground(theme.kind_colour(span.type))
            if theme.kind_family(span.type) == "secret":
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("Secrets are never sent.")
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(item)
        for original in self.keep:  # kept items are no longer spans: list them so they can be re-hidden
            item = QListWidgetItem(f"{shorten(original)}\nsent as typed, this run only")
            item.setData(ORIGINAL_ROLE, original)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)

    # ------------------------------------------------------------------ corrections
    def _item_changed(self, item: QListWidgetItem) -> None:
        original = str(item.data(ORIGINAL_ROLE))
        if item.data(DOUBT_ROLE):
            if item.checkState() == Qt.CheckState.Checked:
                self.mark_missed(original)
            return
        if item.checkState() == Qt.CheckState.Unchecked:
            if original not in self.keep:
                self.keep.append(original)
        else:
            self.keep = [k for k in self.keep if k != original]
        self.changes_requested.emit(list(self.keep), list(self.extra))

    def _add_extra(self) -> None:
        self.mark_missed(self.add_edit.text())
        self.add_edit.clear()

    def _hide_selected(self) -> None:
        self.mark_missed(self.text.textCursor().selectedText())

    def mark_missed(self, text: str) -> None:
        """Hide ``text`` too, for this run."""
        text = text.strip()
        if text and text not in self.extra:
            self.extra.append(text)
            self.keep = [k for k in self.keep if k != text]
            self.changes_requested.emit(list(self.keep), list(self.extra))

    def unmark(self, original: str) -> None:
        """Send ``original`` as typed, for this run (what un-ticking its row does)."""
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item.data(ORIGINAL_ROLE) == original and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Unchecked)
                return
