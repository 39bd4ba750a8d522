"""What reading a file gives back, and the small helpers every reader shares.

Kept free of the readers' libraries so the send pipeline can recognise text read from a file
(``FileText``) without loading pypdfium2, python-docx or openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core.errors import CancelledError

# Word, Excel, e-mail and text files have no fixed pages; for "the first N pages" and for the
# chip they are counted in pages of this many characters (about one printed page of prose).
CHARS_PER_PAGE = 3000

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


@dataclass
class Document:
    """A file read into text.

    Attributes:
        name: the file name as the person knows it (no folder).
        kind: ``pdf``, ``docx``, ``xlsx``, ``csv``, ``tsv``, ``eml``, ``html``, ``md`` or ``txt``.
        pages: pages read (PDF pages; sheets' rows and other text in pages of ``CHARS_PER_PAGE``).
        total_pages: pages in the whole file (more than ``pages`` when only the first were read).
        text: what goes into the field.
        notes: plain sentences about what was left out or guessed (rows cut, encoding, ...).
    """

    name: str
    kind: str
    pages: int
    text: str
    total_pages: int = 0
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.total_pages:
            self.total_pages = self.pages

    @property
    def characters(self) -> int:
        return len(self.text)

    @property
    def partial(self) -> bool:
        return self.total_pages > self.pages


class FileText(str):
    """Text that came from a file: outside content, whatever the template says about the field.

    It is a ``str`` in every other respect, so it travels through forms, rendering and the
    ledger unchanged; the pipeline treats a field holding it as untrusted (fenced, scanned for
    injected instructions, its answer always checked by a person).
    """

    source: str = ""

    def __new__(cls, text: str, source: str = "") -> FileText:
        value = super().__new__(cls, text)
        value.source = source
        return value


def text_pages(text: str) -> int:
    """Pages a text without real pages counts as (at least one)."""
    return max(1, -(-len(text) // CHARS_PER_PAGE))


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("Reading the file was stopped. Nothing was put into the field.")


def first_pages(text: str, max_pages: int | None) -> tuple[str, int, int]:
    """``text`` cut to ``max_pages`` pages of ``CHARS_PER_PAGE``, at a line end where one is
    near, with the pages kept and the pages in all."""
    total = text_pages(text)
    if max_pages is None or max_pages >= total:
        return text, total, total
    limit = max_pages * CHARS_PER_PAGE
    cut = text.rfind("\n", limit - CHARS_PER_PAGE // 4, limit)
    return text[: cut if cut > 0 else limit], max_pages, total


# Where saved form values (a draft on disk) note which fields hold text from a file.
FROM_FILES_KEY = "__from_files__"


def values_for_saving(values: dict[str, object]) -> dict[str, object]:
    """``values`` as plain JSON data, naming the fields whose text came from a file, so text
    read from a file is still outside content after Promptdesk restarts."""
    sources = {name: value.source for name, value in values.items() if isinstance(value, FileText)}
    return {**values, FROM_FILES_KEY: sources} if sources else dict(values)


def values_from_saved(values: dict[str, object]) -> dict[str, object]:
    """The other way: fields named as from a file become ``FileText`` again."""
    sources = values.get(FROM_FILES_KEY)
    out = {name: value for name, value in values.items() if name != FROM_FILES_KEY}
    if isinstance(sources, dict):
        for name, source in sources.items():
            if isinstance(out.get(name), str) and out[name]:
                out[name] = FileText(str(out[name]), str(source))
    return out
