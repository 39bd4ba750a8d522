"""What a template is, as plain frozen values.

A template file (Markdown with YAML front matter, see ``prompts/README.md``) is parsed into a
``Template``; nothing in it is ever executed. These types are shared by the library, the
pipeline (which renders and records ``id``, ``version`` and ``content_hash``), the quality
checks and the GUI, so they carry data only: parsing lives in ``parse``, filling in
values in ``render``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELD_TYPES = ("short_text", "long_text", "choice", "multi_choice", "number", "date", "checkbox")
TIERS = ("reasoning", "execution", "quick")
SOURCES = ("bundled", "team", "personal")
OUTPUT_FORMATS = ("text", "json")
# A blank in the prompt: {{field_name}}, spaces inside the braces allowed.
PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")

# Used when a template sets no output limit: long enough for a page of prose, short enough that
# a runaway answer does not cost much.
DEFAULT_MAX_OUTPUT_TOKENS = 1500
# Roughly how many tokens an English word costs; used to turn a word limit into a token limit.
TOKENS_PER_WORD = 1.4


@dataclass(frozen=True, slots=True)
class Field:
    """One blank the person fills in. ``untrusted`` marks pasted outside content (emails, pages)."""

    name: str
    label: str
    type: str
    help: str = ""
    placeholder: str = ""
    required: bool = False
    default: Any = None
    min_length: int | None = None
    max_length: int | None = None
    options: tuple[str, ...] = ()
    untrusted: bool = False
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """Something the person checks by eye before using the answer."""

    text: str
    required: bool = True


@dataclass(frozen=True, slots=True)
class OutputSpec:
    """What the answer should look like; ``max_words``/``max_tokens`` also cap what is paid for."""

    max_words: int | None = None
    max_tokens: int | None = None
    sections: tuple[str, ...] = ()
    format: str = "text"  # or "json"


@dataclass(frozen=True, slots=True)
class Checks:
    """Automatic checks the template declares; ``desktop.core.review.quality`` applies them."""

    min_words: int | None = None
    max_words: int | None = None
    sections: tuple[str, ...] = ()
    banned_phrases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    json: bool = False


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    version: int
    date: str
    note: str


@dataclass(frozen=True, slots=True)
class TestCase:
    """A representative input, with what a good answer to it must contain.

    ``expect`` uses the same keys as ``Checks`` (``keywords``, ``labels``, ``sections``,
    ``min_words``, ``max_words``, ``banned_phrases``, ``json``) so a "test this template" run can
    apply it with ``quality.automatic_checks(..., expect=case.expect)``.
    """

    __test__ = False  # not a pytest test class, whatever its name says

    name: str
    fields: dict[str, Any] = field(hash=False)
    expect: dict[str, Any] = field(hash=False)


@dataclass(frozen=True, slots=True)
class Template:
    """A parsed template, ready to fill in. ``id`` is the file name without ``.md``."""

    id: str
    title: str
    category: str
    purpose: str
    body: str
    fields: tuple[Field, ...]
    tier: str | None  # None: the router picks a tier from the request
    tags: tuple[str, ...]
    output: OutputSpec
    checklist: tuple[ChecklistItem, ...]
    checks: Checks
    example_output: str
    version: int
    history: tuple[HistoryEntry, ...]
    tests: tuple[TestCase, ...]
    source: str  # "bundled" | "team" | "personal"
    path: Path
    content_hash: str  # sha256 hex of the file's bytes: which exact text produced a run
    overrides: str | None = None  # the source this copy shadows, e.g. "bundled"
    # The template's standard operating procedure: what to do when the AI cannot answer, and
    # who checks the answers before they go out.
    unavailable: str = ""
    reviewer: str = ""

    @property
    def fallback_text(self) -> str:
        """What to do when the AI cannot answer, as the template says ("" when it does not)."""
        return f"When the AI is unavailable: {self.unavailable}" if self.unavailable else ""

    @property
    def has_untrusted(self) -> bool:
        """True when any field takes pasted outside content; its answers always need review."""
        return any(f.untrusted for f in self.fields)

    def get_field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def max_output_tokens(self) -> int:
        """The output cap sent with every request: what the template allows, never unlimited."""
        if self.output.max_tokens:
            return int(self.output.max_tokens)
        if self.output.max_words:
            return math.ceil(self.output.max_words * TOKENS_PER_WORD)
        return DEFAULT_MAX_OUTPUT_TOKENS

    @property
    def tier_label(self) -> str:
        return self.tier or "automatic"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a template file, in words an operator can act on."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"
