"""The hand-written privacy corpus: real-looking work text in many languages, labelled inline.

Two files under ``tests/data/privacy/handwritten``: ``dev.txt`` (the detector is tuned on it) and
``frozen.txt`` (the unseen split: written before the detector was changed for it and never
tuned on; its SHA-256 is pinned by a test so that it cannot drift). The figure to quote is the
frozen one.

Format: documents separated by a line ``=== KIND LANG COUNTRY`` (``=== chat de DE``); every
personal value written as ``⟦TYPE|text⟧``. Text outside the brackets is exactly what the
detector sees, so hard negatives (companies named after people, airports, VAT numbers, version
numbers) are simply left unmarked.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "privacy" / "handwritten"
DEV = FOLDER / "dev.txt"
FROZEN = FOLDER / "frozen.txt"
TYPES = {
    "PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "ACCOUNT", "NATIONAL_ID", "IP", "ADDRESS", "DOB", "URL", "SECRET",
}
_LABEL = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)
_HEADER = re.compile(r"^=== (\S+) (\S+) ([A-Z]{2})[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class HandDoc:
    kind: str
    lang: str
    country: str
    text: str
    labels: tuple[tuple[int, int, str], ...]  # (start, end, type)


def _unmark(body: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    out: list[str] = []
    labels: list[tuple[int, int, str]] = []
    size = pos = 0
    for m in _LABEL.finditer(body):
        kind, value = m.group(1), m.group(2)
        if kind not in TYPES:
            raise ValueError(f"unknown label type {kind!r} near {value!r}")
        out.append(body[pos : m.start()])
        size += m.start() - pos
        labels.append((size, size + len(value), kind))
        out.append(value)
        size += len(value)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced label brackets in: {text[:80]!r}")
    return text, tuple(labels)


def parse(source: str) -> list[HandDoc]:
    """The documents of one corpus file, labels as offsets into the unmarked text."""
    headers = list(_HEADER.finditer(source))
    docs = []
    for i, header in enumerate(headers):
        end = headers[i + 1].start() if i + 1 < len(headers) else len(source)
        body = source[header.end() + 1 : end].rstrip("\n")
        text, labels = _unmark(body)
        docs.append(HandDoc(header.group(1), header.group(2), header.group(3), text, labels))
    return docs


def load(path: Path) -> list[HandDoc]:
    return parse(path.read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def show_misses(path: Path) -> None:
    """Print every labelled value not caught and every hidden value that was not labelled."""
    from desktop.core.privacy import redact_text

    for n, doc in enumerate(load(path)):
        spans = redact_text(doc.text, country=doc.country).spans
        covered = bytearray(len(doc.text))
        for s in spans:
            covered[s.input_start : s.input_end] = b"\x01" * (s.input_end - s.input_start)
        labelled = bytearray(len(doc.text))
        for a, b, kind in doc.labels:
            labelled[a:b] = b"\x01" * (b - a)
            if sum(covered[a:b]) < 0.9 * (b - a):
                print(f"#{n} {doc.kind} {doc.lang}  MISSED {kind:<11} {doc.text[a:b]!r}")
        for s in spans:
            if not any(labelled[s.input_start : s.input_end]):
                print(f"#{n} {doc.kind} {doc.lang}  FALSE  {s.type:<11} {s.original!r}")


if __name__ == "__main__":
    import sys

    show_misses(FROZEN if sys.argv[1:] == ["frozen"] else DEV)
