"""The answer as a file people pass on: Word (.docx), Markdown or plain text.

Answers come back as Markdown. A small block reader (headings, bulleted and numbered lists,
tables, quotes, code, paragraphs; bold, italic and code inside a line) turns it into Word's
own headings, list styles and tables, so the document looks written rather than pasted. PDF
is made by the app's display layer (Qt's PDF writer), which the core does not load.

What is exported is the text as the person sees it: placeholders already turned back into
the originals on this computer. Nothing here sends anything anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import ErrorKind, PromptdeskError

FORMATS = ("docx", "pdf", "md", "txt")

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+•]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)\d{1,3}[.)]\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_INLINE = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\3(?![\w*])|`([^`]+)`")


class ExportError(PromptdeskError):
    """The answer could not be written to the chosen file."""

    kind = ErrorKind.EXPORT


@dataclass
class Block:
    """One block of an answer: ``kind`` is heading, bullet, number, table, quote, code or text."""

    kind: str
    text: str = ""
    level: int = 0  # heading level, or list depth (0 = top)
    rows: list[list[str]] = field(default_factory=list)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def blocks(markdown: str) -> Iterator[Block]:
    """The blocks of ``markdown`` in order (a forgiving reader: anything unknown is text)."""
    lines = markdown.replace("\r\n", "\n").split("\n")
    index = 0
    paragraph: list[str] = []
    while index < len(lines):
        line = lines[index]
        starts_table = "|" in line and index + 1 < len(lines) and _TABLE_RULE.match(lines[index + 1])
        special = (not line.strip() or line.lstrip().startswith(("```", ">")) or _HEADING.match(line)
                   or _BULLET.match(line) or _NUMBERED.match(line) or starts_table)
        if special and paragraph:
            yield Block("text", " ".join(paragraph))
            paragraph = []
        if not line.strip():
            pass
        elif line.lstrip().startswith("```"):
            code = []
            index += 1
            while index < len(lines) and not lines[index].lstrip().startswith("```"):
                code.append(lines[index])
                index += 1
            yield Block("code", "\n".join(code))
        elif heading := _HEADING.match(line):
            yield Block("heading", heading.group(2), level=len(heading.group(1)))
        elif starts_table:
            rows = [_cells(line)]
            index += 2
            while index < len(lines) and "|" in lines[index] and lines[index].strip():
                rows.append(_cells(lines[index]))
                index += 1
            yield Block("table", rows=rows)
            continue
        elif item := _BULLET.match(line):
            yield Block("bullet", item.group(2), level=min(2, len(item.group(1).expandtabs(4)) // 2))
        elif item := _NUMBERED.match(line):
            yield Block("number", item.group(2), level=min(2, len(item.group(1).expandtabs(4)) // 2))
        elif line.lstrip().startswith(">"):
            yield Block("quote", line.lstrip()[1:].strip())
        else:
            paragraph.append(line.strip())
        index += 1
    if paragraph:
        yield Block("text", " ".join(paragraph))


def spans(text: str) -> Iterator[tuple[str, str]]:
    """``text`` in pieces with their style: ``""``, ``"bold"``, ``"italic"`` or ``"code"``."""
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            yield text[position:match.start()], ""
        if match.group(2) is not None:
            yield match.group(2), "bold"
        elif match.group(4) is not None:
            yield match.group(4), "italic"
        else:
            yield match.group(5), "code"
        position = match.end()
    if position < len(text):
        yield text[position:], ""


def plain(line: str) -> str:
    return "".join(piece for piece, _ in spans(line))


def to_plain_text(markdown: str) -> str:
    """Plain text for e-mail bodies and the plain half of Copy: no markers, tables with tabs."""
    out: list[str] = []
    numbers: dict[int, int] = {}
    for block in blocks(markdown):
        indent = "  " * block.level
        if block.kind == "number":
            numbers[block.level] = numbers.get(block.level, 0) + 1
            out.append(f"{indent}{numbers[block.level]}. {plain(block.text)}")
            continue
        numbers.clear()
        if block.kind == "bullet":
            out.append(f"{indent}• {plain(block.text)}")
        elif block.kind == "table":
            out.extend(["", *("\t".join(plain(cell) for cell in row) for row in block.rows), ""])
        elif block.kind == "code":
            out.extend(["", block.text, ""])
        else:
            out.extend(["", plain(block.text), ""])
    text = "\n".join(out).strip()
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"


def write_markdown(markdown: str, path: Path) -> Path:
    return _write(path, lambda: path.write_text(markdown.rstrip() + "\n", encoding="utf-8"))


def write_plain_text(markdown: str, path: Path) -> Path:
    return _write(path, lambda: path.write_text(to_plain_text(markdown), encoding="utf-8"))


def _add_runs(paragraph: Any, text: str) -> None:
    for piece, style in spans(text):
        run = paragraph.add_run(piece)
        run.bold = style == "bold" or None
        run.italic = style == "italic" or None
        if style == "code":
            run.font.name = "Consolas"


def _list_style(kind: str, level: int) -> str:
    base = "List Bullet" if kind == "bullet" else "List Number"
    return base if level == 0 else f"{base} {level + 1}"


def build_docx(markdown: str, *, title: str = "") -> Any:
    """A python-docx Document of ``markdown`` with Word's own headings, lists and tables."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for block in blocks(markdown):
        if block.kind == "heading":
            _add_runs(document.add_heading(level=min(block.level, 9)), block.text)
        elif block.kind in ("bullet", "number"):
            _add_runs(document.add_paragraph(style=_list_style(block.kind, block.level)), block.text)
        elif block.kind == "table":
            width = max(len(row) for row in block.rows)
            table = document.add_table(rows=len(block.rows), cols=width)
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    paragraph = table.cell(r, c).paragraphs[0]
                    _add_runs(paragraph, f"**{cell}**" if r == 0 and cell else cell)
        elif block.kind == "quote":
            _add_runs(document.add_paragraph(style="Quote"), block.text)
        elif block.kind == "code":
            run = document.add_paragraph().add_run(block.text)
            run.font.name = "Consolas"
        else:
            _add_runs(document.add_paragraph(), block.text)
    return document


def write_docx(markdown: str, path: Path, *, title: str = "") -> Path:
    return _write(path, lambda: build_docx(markdown, title=title).save(str(path)))


def _write(path: Path, write: Any) -> Path:
    """Run ``write``; a full disk, a read-only folder or a file open in Word become one sentence."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write()
    except PermissionError as exc:
        raise ExportError(f"Promptdesk may not write {path.name} there. If it is open in another program, close "
                          "it; otherwise choose another folder.") from exc
    except OSError as exc:
        raise ExportError(f"{path.name} could not be saved ({exc.strerror or exc}). Choose another folder, or free "
                          "some space and try again.") from exc
    return path


def default_file_name(title: str, suffix: str, when: dt.date | None = None) -> str:
    """``Meeting summary 2026-03-02.docx``: the template and the date, safe on every system."""
    safe = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).split()).strip(" .") or "Answer"
    return f"{safe} {(when or dt.date.today()).isoformat()}.{suffix.lstrip('.')}"


def answer_text(run: Any) -> str:
    """The version of a run's answer to export: the approved one, else the latest.

    The ledger keeps one answer per run today; it holds the originals (placeholders were turned
    back on this computer when the answer arrived).
    """
    text = str(getattr(run, "response_text", "") or "")
    if not text.strip():
        raise ExportError("This request has no answer to save yet. Send it first, then save the answer.")
    return text


def export_text(markdown: str, fmt: str, path: Path, *, title: str = "") -> Path:
    """Write ``markdown`` as ``fmt`` (``docx``, ``md`` or ``txt``) to ``path``."""
    if fmt == "docx":
        return write_docx(markdown, path, title=title)
    if fmt == "md":
        return write_markdown(markdown, path)
    if fmt == "txt":
        return write_plain_text(markdown, path)
    raise ExportError(f"Promptdesk saves answers as {', '.join(FORMATS)}; '{fmt}' is not one of them.")
