"""Reading a template's ``fields:`` list: the blanks a person fills in, with their rules."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from desktop.core.templates.format import FIELD_TYPES, Field
from desktop.core.templates.reader import Reader
from desktop.core.templates.render import check_value
from desktop.core.templates.yaml_events import LineDict, LineList
from desktop.core.text import did_you_mean

FIELD_KEYS = ("name", "label", "type", "help", "placeholder", "required", "default", "min_length",
              "max_length", "options", "untrusted", "min", "max")
TEXT_TYPES = ("short_text", "long_text")
CHOICE_TYPES = ("choice", "multi_choice")
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Words operators reach for first, mapped to the type they mean.
_TYPE_ALIASES = {"text": "short_text", "string": "short_text", "textarea": "long_text", "paragraph": "long_text",
                 "select": "choice", "dropdown": "choice", "multiselect": "multi_choice", "int": "number",
                 "integer": "number", "float": "number", "bool": "checkbox", "boolean": "checkbox"}


def humanize(name: str) -> str:
    """``client_name`` -> ``Client name``: the label when the operator gave none."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def parse_fields(reader: Reader, value: Any, line: int | None) -> tuple[Field, ...]:
    if value is None:
        return ()
    if not isinstance(value, LineList):
        reader.add(line, "'fields' must be a list: one field a line, each starting with '- '.")
        return ()
    fields: list[Field] = []
    seen: set[str] = set()
    for item, item_line in zip(value, value.lines, strict=True):
        if not isinstance(item, LineDict):
            reader.add(item_line, "Each field is a group of settings, e.g. "
                                  "{name: topic, label: Topic, type: short_text}.")
            continue
        parsed = _parse_field(reader, item)
        if parsed is None:
            continue
        if parsed.name in seen:
            reader.add(item_line, f"Two fields are called '{parsed.name}'; give each field its own name.")
            continue
        seen.add(parsed.name)
        reader.field_lines[parsed.name] = item_line
        fields.append(parsed)
    return tuple(fields)


def _parse_field(reader: Reader, item: LineDict) -> Field | None:
    reader.unknown_keys(item, FIELD_KEYS, "fields")
    name = reader.text(item, "name", required=True, where="fields")
    if not name:
        return None
    reader.declared_fields.add(name)
    where = f"field '{name}'"
    line = item.lines.get("name", item.line)
    if not _NAME_RE.match(name):
        reader.add(line, f"Field name '{name}' may only use letters, digits and _ (no spaces), e.g. client_name. "
                         "The label is what people see.")
        return None
    kind = reader.text(item, "type", where=where) or "short_text"
    if kind not in FIELD_TYPES:
        guess = _TYPE_ALIASES.get(kind.lower())
        hint = f" — did you mean '{guess}'?" if guess else (did_you_mean(kind, FIELD_TYPES) or ".")
        reader.add(item.lines.get("type", line), f"Field '{name}' has type '{kind}', which does not exist{hint} "
                                                 f"Types: {', '.join(FIELD_TYPES)}.")
        return None
    options = reader.strings(item, "options", where=where)
    field = Field(
        name=name,
        label=reader.text(item, "label", where=where) or humanize(name),
        type=kind,
        help=reader.text(item, "help", where=where),
        placeholder=reader.text(item, "placeholder", where=where),
        required=reader.boolean(item, "required", where=where),
        default=_plain_default(item.get("default")),
        min_length=reader.integer(item, "min_length", minimum=0, where=where),
        max_length=reader.integer(item, "max_length", minimum=1, where=where),
        options=options,
        untrusted=reader.boolean(item, "untrusted", where=where),
        min=reader.number(item, "min", where=where),
        max=reader.number(item, "max", where=where),
    )
    _check_rules(reader, item, field)
    return field


def _plain_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return value


def _check_rules(reader: Reader, item: LineDict, field: Field) -> None:
    """Settings that contradict the field's type, in the words the operator used."""
    name, kind = field.name, field.type
    line = item.lines.get("name", item.line)
    if kind in CHOICE_TYPES and not field.options:
        label = "a choice" if kind == "choice" else "a multiple choice"
        reader.add(item.lines.get("type", line), f"Field '{name}' is {label} but lists no options: add "
                                                 "'options: [First, Second]'.")
    if kind not in CHOICE_TYPES and field.options:
        reader.add(item.lines.get("options"), f"Field '{name}' lists options but its type is {kind}; options "
                                              "only apply to choice and multi_choice fields.")
    if len(set(field.options)) != len(field.options):
        reader.add(item.lines.get("options"), f"Field '{name}' lists the same option twice.")
    if kind not in TEXT_TYPES and (field.min_length is not None or field.max_length is not None):
        reader.add(item.lines.get("min_length", item.lines.get("max_length")),
                   f"Field '{name}': min_length and max_length only apply to short_text and long_text fields.")
    if kind != "number" and (field.min is not None or field.max is not None):
        reader.add(item.lines.get("min", item.lines.get("max")),
                   f"Field '{name}': min and max only apply to number fields (for text, use min_length and "
                   "max_length).")
    if field.min_length is not None and field.max_length is not None and field.min_length > field.max_length:
        reader.add(item.lines.get("min_length"), f"Field '{name}': min_length is more than max_length.")
    if field.min is not None and field.max is not None and field.min > field.max:
        reader.add(item.lines.get("min"), f"Field '{name}': min is more than max.")
    if field.default is not None:
        problem = check_value(field, field.default)
        if problem:
            reader.add(item.lines.get("default"), f"Field '{name}': the default does not fit the field ({problem}).")
