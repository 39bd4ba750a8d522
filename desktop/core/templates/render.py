"""Filling a template's blanks with a person's values, and checking those values first.

Values go into the prompt literally, in one pass over the template's own text: a ``{{`` or any
other template syntax inside a value stays text and is never looked at again, and nothing in a
template or a value is evaluated. ``render_segments`` keeps track of which piece of the prompt
came from which field, so the GUI can show the person exactly what is sent.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.core.templates.format import PLACEHOLDER_RE, Field, Template

_TRUE_WORDS = ("yes", "true", "on", "1", "y")
_FALSE_WORDS = ("no", "false", "off", "0", "n", "")


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset):
        return len(value) == 0
    return False


def effective_value(field: Field, values: Mapping[str, Any]) -> Any:
    """The person's value, or the field's default when they left it empty."""
    value = values.get(field.name)
    return field.default if is_empty(value) and field.type != "checkbox" or value is None else value


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value.strip().replace(",", ""))
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS + _FALSE_WORDS:
        return value.strip().lower() in _TRUE_WORDS
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    return None


def _as_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, Mapping | bytes):
        return [str(v) for v in value]
    return None


def check_value(field: Field, value: Any) -> str:
    """A plain problem with a non-empty ``value`` for ``field``, or ``""`` when it fits."""
    kind = field.type
    if kind in ("short_text", "long_text"):
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            return "Enter text"
        length = len(str(value).strip())
        if field.min_length is not None and length < field.min_length:
            return f"At least {field.min_length} characters (now {length})"
        if field.max_length is not None and length > field.max_length:
            return f"At most {field.max_length} characters (now {length})"
        if kind == "short_text" and "\n" in str(value).strip():
            return "Keep this to one line"
        return ""
    if kind == "choice":
        return "" if str(value) in field.options else f"Choose one of: {', '.join(field.options)}"
    if kind == "multi_choice":
        chosen = _as_list(value)
        if chosen is None:
            return f"Choose from: {', '.join(field.options)}"
        wrong = [c for c in chosen if c not in field.options]
        return f"Not an option: {', '.join(wrong)}. Choose from: {', '.join(field.options)}" if wrong else ""
    if kind == "number":
        number = _as_number(value)
        if number is None:
            return "Enter a number"
        if field.min is not None and number < field.min:
            return f"At least {_number_text(field.min)}"
        if field.max is not None and number > field.max:
            return f"At most {_number_text(field.max)}"
        return ""
    if kind == "date":
        return "" if _as_date(value) is not None else "Enter a date as year-month-day, e.g. 2026-03-02"
    if kind == "checkbox":
        return "" if _as_bool(value) is not None else "Tick the box or leave it empty"
    return ""


def validate_field_values(fields: Iterable[Field], values: Mapping[str, Any]) -> dict[str, str]:
    problems: dict[str, str] = {}
    for field in fields:
        value = effective_value(field, values)
        if field.type == "checkbox":
            if field.required and _as_bool(value) is not True:
                problems[field.name] = f"Tick “{field.label}” to go on"
                continue
            if value is None:
                continue
        elif is_empty(value):
            if field.required:
                problems[field.name] = f"{field.label} is required"
            continue
        problem = check_value(field, value)
        if problem:
            problems[field.name] = problem
    return problems


def validate_values(template: Template, values: Mapping[str, Any]) -> dict[str, str]:
    """Field name -> plain problem ("Transcript is required", "At most 200 characters")."""
    return validate_field_values(template.fields, values)


def format_value(field: Field, value: Any) -> str:
    """How a value reads inside the prompt."""
    kind = field.type
    if kind == "checkbox":  # an untouched box is a "no", not a missing value
        return "yes" if _as_bool(value) else "no"
    if value is None:
        return ""
    if kind == "multi_choice":
        items = _as_list(value) or []
        return ", ".join(items)
    if kind == "number":
        number = _as_number(value)
        return _number_text(number) if number is not None else str(value)
    if kind == "date":
        date = _as_date(value)
        return date.isoformat() if date is not None else str(value)
    return str(value)


def render_segments(template: Template, values: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """The prompt as pieces: ``(text, None)`` from the template, ``(text, name)`` from a field.

    A line whose blanks all come out empty (optional fields left empty, no default) is left out
    whole, so "Focus on: {{focus}}" disappears instead of reaching the model half-written.
    """
    fields = {f.name: f for f in template.fields}
    segments: list[tuple[str, str | None]] = []
    for line in template.body.splitlines(keepends=True):
        pieces: list[tuple[str, str | None]] = []
        position = 0
        blanks = filled = 0
        for match in PLACEHOLDER_RE.finditer(line):
            field = fields.get(match.group(1))
            if field is None:  # not a blank of this template: leave the text as written
                continue
            blanks += 1
            if match.start() > position:
                pieces.append((line[position : match.start()], None))
            text = format_value(field, effective_value(field, values))
            if text:
                filled += 1
                pieces.append((text, field.name))
            position = match.end()
        if blanks and not filled:
            continue
        if position < len(line):
            pieces.append((line[position:], None))
        segments.extend(pieces)
    return _merge_text(segments)


def _merge_text(segments: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    merged: list[tuple[str, str | None]] = []
    for text, name in segments:
        if merged and name is None and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + text, None)
        else:
            merged.append((text, name))
    return merged


def render(template: Template, values: Mapping[str, Any]) -> str:
    """The prompt with every blank filled in literally."""
    return "".join(text for text, _ in render_segments(template, values))
