"""Turning a template file into a ``Template``, or into plain problems an operator can fix.

The operator is not a programmer, so every problem names the file and line and says what to do
("Field 'tone' is a choice but lists no options"; "Unknown key 'teir' — did you mean 'tier'?").
Templates are strict data: an unknown key is a problem, not something silently ignored, because
a misspelt key is almost always a setting the operator believes is in force. A file with any
problem is not loaded (the rest of the library is), so nobody runs a half-understood template.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

from desktop.core.templates.fields import parse_fields
from desktop.core.templates.format import (
    OUTPUT_FORMATS,
    PLACEHOLDER_RE,
    TIERS,
    ChecklistItem,
    Checks,
    Field,
    HistoryEntry,
    OutputSpec,
    Problem,
    Template,
    TestCase,
)
from desktop.core.templates.plain_yaml import read_plain_front_matter
from desktop.core.templates.reader import Reader
from desktop.core.templates.render import validate_field_values
from desktop.core.templates.yaml_events import (
    FrontMatterError,
    LineDict,
    load_front_matter,
    split_front_matter,
)
from desktop.core.text import did_you_mean

# A template is a page of text; anything far larger is a mistake (a log or a PDF saved as .md)
# and reading it would only slow the library down for everyone.
MAX_TEMPLATE_BYTES = 256 * 1024

TOP_KEYS = ("title", "category", "tier", "version", "purpose", "tags", "fields", "output", "checks",
            "checklist", "history", "tests", "unavailable", "reviewer")
OUTPUT_KEYS = ("max_words", "max_tokens", "sections", "format")
CHECK_KEYS = ("min_words", "max_words", "sections", "banned_phrases", "keywords", "labels", "json")
AUTOMATIC_TIER_WORDS = ("auto", "automatic", "")

_BROKEN_OPEN_RE = re.compile(r"\{\{(?!\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\})")
EXAMPLE_HEADING_RE = re.compile(r"^#{1,3}[ \t]*example output[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_template_bytes(path: Path) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, or the reason they cannot be used."""
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            return None, Problem(path, None, f"The file is {size / 1024 / 1024:.1f} MB; a template must be under "
                                             f"{MAX_TEMPLATE_BYTES // 1024} KB. Is this really a template?")
        return path.read_bytes(), None
    except FileNotFoundError:
        return None, Problem(path, None, "The file has disappeared (moved or deleted while being read).")
    except PermissionError:
        return None, Problem(path, None, "The file cannot be opened: this computer's account is not allowed to read "
                                         "it. Ask whoever manages the folder to give you read access.")
    except IsADirectoryError:
        return None, Problem(path, None, "This is a folder, not a template file.")
    except OSError as exc:
        return None, Problem(path, None, f"The file cannot be read ({exc.strerror or exc}). If it is on a shared "
                                         "drive, check that the drive is connected.")


def parse_template(path: Path, source: str = "bundled", data: bytes | None = None,
                   category_hint: str = "") -> tuple[Template | None, list[Problem]]:
    """Parse one template file. Never raises for bad content: problems come back instead.

    ``data`` lets a caller that has already read the bytes (the library, to hash them once) pass
    them in. ``category_hint`` (the folder name) is used when the file names no category.
    """
    path = Path(path)
    if data is None:
        data, problem = read_template_bytes(path)
        if problem is not None:
            return None, [problem]
    assert data is not None
    if len(data) > MAX_TEMPLATE_BYTES:
        return None, [Problem(path, None, f"The file is {len(data) / 1024 / 1024:.1f} MB; a template must be "
                                          f"under {MAX_TEMPLATE_BYTES // 1024} KB.")]
    content_hash = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(path, line, "The file is not saved as UTF-8 text. In your editor choose "
                                          "'Save as' with the encoding UTF-8, then save again.")]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        return None, [Problem(path, text[: text.index("\x00")].count("\n") + 1,
                              "The file contains binary data; a template is plain text.")]
    try:
        front, body, body_line = split_front_matter(text)
        raw = read_plain_front_matter(front)
        if raw is None:  # a shape the quick reader leaves to libyaml, which also words every problem
            raw = load_front_matter(front)
    except FrontMatterError as exc:
        return None, [Problem(path, exc.line, exc.message)]
    reader = Reader(path)
    if not isinstance(raw, LineDict):
        reader.add(2, "The settings at the top must be lines like 'title: Meeting summary', one setting a line.")
        return None, reader.problems
    template = _build(reader, raw, body, body_line, source, content_hash, category_hint)
    return (template if not reader.problems else None), reader.problems


def _build(reader: Reader, raw: LineDict, body_text: str, body_line: int, source: str, content_hash: str,
           category_hint: str) -> Template | None:
    path = reader.path
    reader.unknown_keys(raw, TOP_KEYS, "")
    title = reader.text(raw, "title", required=True)
    purpose = reader.text(raw, "purpose", required=True)
    category = reader.text(raw, "category") or category_hint.replace("-", " ").replace("_", " ").strip().title()
    tier = _tier(reader, raw)
    version = reader.integer(raw, "version", minimum=1)
    tags = reader.strings(raw, "tags", comma_text=True)
    fields = parse_fields(reader, raw.get("fields"), raw.lines.get("fields", raw.line))
    output = _output(reader, raw)
    checks = _checks(reader, raw.get("checks"), raw.lines.get("checks"), "checks")
    checklist = _checklist(reader, raw)
    history = _history(reader, raw, version or 1)
    body, example = _split_example(body_text)
    if not body.strip():
        reader.add(body_line, "The prompt is empty: write the prompt below the second '---' line.")
    _check_placeholders(reader, body, body_line, fields)
    template_id = path.stem
    tests = _tests(reader, raw, fields)
    if reader.problems:
        return None
    return Template(
        id=template_id, title=title, category=category or "General", purpose=purpose, body=body,
        fields=fields, tier=tier, tags=tags, output=output, checklist=checklist, checks=checks,
        example_output=example, version=version or 1, history=history, tests=tests, source=source,
        path=path, content_hash=content_hash, unavailable=reader.text(raw, "unavailable"),
        reviewer=reader.text(raw, "reviewer"),
    )


def _tier(reader: Reader, raw: LineDict) -> str | None:
    value = raw.get("tier")
    if value is None:
        return None
    word = str(value).strip().lower()
    if word in AUTOMATIC_TIER_WORDS:
        return None
    if word in TIERS:
        return word
    reader.add(raw.lines.get("tier"), f"Tier '{value}' does not exist{did_you_mean(word, TIERS) or '.'} Use reasoning, "
                                      "execution or quick, or leave the tier out to let the app choose.")
    return None


def _output(reader: Reader, raw: LineDict) -> OutputSpec:
    value = raw.get("output")
    if value is None:
        return OutputSpec()
    section = reader.mapping(raw, "output", OUTPUT_KEYS)
    if section is None:
        return OutputSpec()
    fmt = reader.text(section, "format", where="output") or "text"
    if fmt not in OUTPUT_FORMATS:
        reader.add(section.lines.get("format"), f"Output format '{fmt}' is not known{did_you_mean(fmt, OUTPUT_FORMATS) or '.'} "
                                                "Use text or json.")
    return OutputSpec(
        max_words=reader.integer(section, "max_words", minimum=1, where="output"),
        max_tokens=reader.integer(section, "max_tokens", minimum=1, where="output"),
        sections=reader.strings(section, "sections", where="output"),
        format=fmt,
    )


def _checks(reader: Reader, value: Any, line: int | None, where: str) -> Checks:
    if value is None:
        return Checks()
    if not isinstance(value, LineDict):
        reader.add(line, f"'{where}' must be a list of settings such as 'min_words: 100'.")
        return Checks()
    reader.unknown_keys(value, CHECK_KEYS, where)
    checks = Checks(
        min_words=reader.integer(value, "min_words", minimum=0, where=where),
        max_words=reader.integer(value, "max_words", minimum=1, where=where),
        sections=reader.strings(value, "sections", where=where),
        banned_phrases=reader.strings(value, "banned_phrases", where=where),
        keywords=reader.strings(value, "keywords", where=where),
        labels=reader.strings(value, "labels", where=where),
        json=reader.boolean(value, "json", where=where),
    )
    if checks.min_words is not None and checks.max_words is not None and checks.min_words > checks.max_words:
        reader.add(value.lines.get("min_words"), f"In '{where}', min_words ({checks.min_words}) is more than "
                                                 f"max_words ({checks.max_words}).")
    return checks


def _checklist(reader: Reader, raw: LineDict) -> tuple[ChecklistItem, ...]:
    items = reader.items(raw, "checklist")
    result: list[ChecklistItem] = []
    for item, line in items:
        if isinstance(item, str) and item.strip():
            result.append(ChecklistItem(item.strip()))
        elif isinstance(item, LineDict):
            reader.unknown_keys(item, ("text", "required"), "checklist")
            text = reader.text(item, "text", required=True, where="checklist item")
            if text:
                result.append(ChecklistItem(text, reader.boolean(item, "required", default=True, where="checklist")))
        else:
            reader.add(line, "A checklist item must be a sentence, or 'text:' with 'required: no' for an optional one.")
    return tuple(result)


def _history(reader: Reader, raw: LineDict, version: int) -> tuple[HistoryEntry, ...]:
    entries: list[HistoryEntry] = []
    for item, line in reader.items(raw, "history"):
        if not isinstance(item, LineDict):
            reader.add(line, "A history entry looks like {version: 2, date: 2026-03-02, note: what changed}.")
            continue
        reader.unknown_keys(item, ("version", "date", "note"), "history")
        number = reader.integer(item, "version", minimum=1, where="history", required=True)
        date = item.get("date")
        if isinstance(date, dt.datetime):
            date = date.date()
        date_text = date.isoformat() if isinstance(date, dt.date) else str(date or "").strip()
        if not _DATE_RE.match(date_text):
            reader.add(item.lines.get("date", line), "Write each history date as year-month-day, e.g. 2026-03-02.")
        note = reader.text(item, "note", required=True, where="history entry")
        if number is not None:
            entries.append(HistoryEntry(number, date_text, note))
    if entries and max(e.version for e in entries) != version:
        reader.add(raw.lines.get("version", raw.lines.get("history")),
                   f"The version is {version} but the newest history entry is for version "
                   f"{max(e.version for e in entries)}. Add a history line for version {version} "
                   "(or correct the version number).")
    return tuple(sorted(entries, key=lambda e: e.version, reverse=True))


def _tests(reader: Reader, raw: LineDict, fields: tuple[Field, ...]) -> tuple[TestCase, ...]:
    names = [f.name for f in fields]
    cases: list[TestCase] = []
    for index, (item, line) in enumerate(reader.items(raw, "tests"), start=1):
        if not isinstance(item, LineDict):
            reader.add(line, "A test is 'name:', 'fields:' (the values to fill in) and optionally 'expect:'.")
            continue
        reader.unknown_keys(item, ("name", "fields", "expect"), "tests")
        name = reader.text(item, "name", where="test") or f"Test {index}"
        values = item.get("fields") or {}
        if not isinstance(values, dict):
            reader.add(item.lines.get("fields", line), f"Test '{name}': 'fields' must list values like 'topic: ...'.")
            continue
        for key in values:
            if key not in names:
                reader.add(values.lines.get(key, line) if isinstance(values, LineDict) else line, f"Test '{name}' fills in '{key}', but the template has no "
                                                        f"field with that name{did_you_mean(str(key), names) or '.'}")
        value_lines = values.lines if isinstance(values, LineDict) else {}  # none when 'fields' is left out
        for field_name, message in validate_field_values(fields, values).items():
            reader.add(value_lines.get(field_name, line), f"Test '{name}', field '{field_name}': {message}.")
        expect_raw = item.get("expect")
        _checks(reader, expect_raw, item.lines.get("expect"), f"test '{name}' expect")
        cases.append(TestCase(name, _plain(values), _plain(expect_raw or {})))
    return tuple(cases)


def _plain(value: Any) -> Any:
    """Line-remembering containers turned back into plain ones (dates to ISO text)."""
    if type(value) is str:
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _split_example(text: str) -> tuple[str, str]:
    match = EXAMPLE_HEADING_RE.search(text)
    if match is None:
        return text.strip("\n").rstrip(), ""
    return text[: match.start()].strip("\n").rstrip(), text[match.end() :].strip()


def _check_placeholders(reader: Reader, prompt: str, body_line: int, fields: tuple[Field, ...]) -> None:
    """Blanks and fields that do not match; ``prompt`` is the body above its example output."""
    names = [f.name for f in fields]
    used: set[str] = set()
    for match in PLACEHOLDER_RE.finditer(prompt):
        name = match.group(1)
        used.add(name)
        if name not in names and name not in reader.declared_fields:
            line = body_line + prompt.count("\n", 0, match.start())
            reader.add(line, f"The prompt uses {{{{{name}}}}} but no field is called '{name}'"
                             f"{did_you_mean(name, names) or '.'} Add the field or correct the name.")
    for match in _BROKEN_OPEN_RE.finditer(prompt):
        line = body_line + prompt.count("\n", 0, match.start())
        reader.add(line, "'{{' starts a blank that is not written like {{field_name}} (letters, digits and _ "
                         "between double braces).")
    for field_def in fields:
        if field_def.name not in used:
            reader.add(reader.field_lines.get(field_def.name), f"Field '{field_def.name}' is never used in the prompt: "
                                                               f"put {{{{{field_def.name}}}}} where its value belongs, "
                                                               "or remove the field.")
        elif field_def.untrusted and not _is_fenced(prompt, field_def.name):
            reader.add(reader.field_lines.get(field_def.name),
                       f"Field '{field_def.name}' holds pasted outside content (untrusted), so put "
                       f"{{{{{field_def.name}}}}} on its own between tags, e.g. <{field_def.name}> on the line "
                       f"before and </{field_def.name}> on the line after, so the AI treats it as material, "
                       "not as instructions.")


def _is_fenced(prompt: str, name: str) -> bool:
    """True when every use of the field sits between an opening and a closing XML-style tag."""
    pattern = re.compile(r"<([A-Za-z][\w\-]*)[^<>]*>\s*\{\{\s*" + re.escape(name) + r"\s*\}\}\s*</\1\s*>")
    uses = len(re.findall(r"\{\{\s*" + re.escape(name) + r"\s*\}\}", prompt))
    return len(pattern.findall(prompt)) == uses
