"""HTML to readable text with the standard library's parser: paragraphs on their own lines,
headings marked with ``#``, list items with ``-``, table cells separated by ``|``; scripts,
styles and hidden heads left out. Nothing in the page is run or fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from desktop.core.documents.model import Document, first_pages
from desktop.core.documents.plain import decode, encoding_note

_SKIP = {"script", "style", "head", "noscript", "template", "svg"}
# Paragraph-like blocks stand apart (a blank line around them); line-like ones start a line.
_BLOCK = {"p", "div", "section", "article", "header", "footer", "blockquote", "pre", "table",
          "ul", "ol", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "address"}
_LINE = {"tr", "br", "li", "dt", "dd"}
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skipping = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
            return
        if tag == "pre":
            self._pre += 1
        if tag in _BLOCK:
            self.out.append("\n\n")
        elif tag in _LINE:
            self.out.append("\n")
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.out.append("#" * int(tag[1]) + " ")
        elif tag == "li":
            self.out.append("- ")
        elif tag in ("td", "th"):
            self.out.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        elif tag in _BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        self.out.append(data if self._pre else re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = (line.strip() for line in "".join(parser.out).split("\n"))
    text = "\n".join(line.removeprefix("|").strip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def read_html(path: Path, *, max_pages: int | None) -> Document:
    data = path.read_bytes()
    declared = _CHARSET.search(data[:4096])
    encoding = ""
    if declared:
        try:
            markup, encoding = data.decode(declared.group(1).decode("ascii"), errors="replace"), "utf-8"
        except LookupError:
            declared = None
    if not declared:
        markup, encoding = decode(data)
    text, pages, total = first_pages(html_to_text(markup), max_pages)
    return Document(name=path.name, kind="html", pages=pages, total_pages=total, text=text,
                    notes=encoding_note(path.name, encoding))
