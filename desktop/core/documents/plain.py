"""Text files in whatever encoding they were saved in.

Order of guesses: a byte-order mark says it outright (UTF-8, UTF-16, UTF-32); then strict
UTF-8; then UTF-16 without a mark (every other byte zero, as Windows tools write it); then
Windows-1252, the usual encoding of Western office files; and Latin-1, which can read any byte,
last. A guess other than UTF-8 is named in the document's notes so a wrong one can be spotted.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from desktop.core.documents.model import Document, first_pages

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_NAMES = {"utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "cp1252": "Windows-1252 (Western)",
          "latin-1": "Latin-1"}


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_zeros = sample[0::2].count(0) / (len(sample) // 2)
    odd_zeros = sample[1::2].count(0) / (len(sample) // 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """``data`` as text, and the encoding used (Python's name for it)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _utf16_without_bom(data)
    if guess:
        return data.decode(guess, errors="replace"), guess
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8D, ...)
        return data.decode("latin-1"), "latin-1"


def encoding_note(name: str, encoding: str) -> list[str]:
    if encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        return []
    return [f"{name} was read as {_NAMES.get(encoding, encoding)} text; if letters look wrong, "
            "save it as UTF-8 and read it again."]


def normalise_lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, kind: str, *, max_pages: int | None) -> Document:
    text, encoding = decode(path.read_bytes())
    text = normalise_lines(text).replace("\x00", "")
    kept, pages, total = first_pages(text, max_pages)
    return Document(name=path.name, kind=kind, pages=pages, total_pages=total, text=kept,
                    notes=encoding_note(path.name, encoding))
