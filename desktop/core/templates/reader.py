"""Reading typed values out of a template's settings, collecting plain problems on the way.

Each getter returns a usable value (or ``None``) whatever it finds, and records a problem with
the file and line when the value is wrong, so one pass reports every mistake at once instead of
making the operator fix them one at a time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop.core.templates.format import Problem
from desktop.core.templates.yaml_events import LineDict, LineList
from desktop.core.text import did_you_mean


class Reader:
    """Collects ``Problem``s for one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.field_lines: dict[str, int] = {}
        # Every field name written, valid or not: a blank naming a broken field is not a second problem.
        self.declared_fields: set[str] = set()

    def add(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    @staticmethod
    def _in(where: str) -> str:
        return f"In '{where}': " if where else ""

    def unknown_keys(self, mapping: LineDict, allowed: tuple[str, ...], where: str) -> None:
        """A problem for each key of ``mapping`` not in ``allowed`` (templates are strict data)."""
        for key in mapping:
            if key not in allowed:
                self.unknown_key(mapping, key, allowed, where)

    def unknown_key(self, mapping: LineDict, key: Any, allowed: tuple[str, ...], where: str) -> None:
        hint = did_you_mean(str(key), allowed)
        if " " in str(key).strip():
            # In {note: a, b} YAML reads "b" as a key: the usual cause of a "key" with spaces.
            self.add(mapping.lines.get(key), f"{self._in(where)}'{key}' is read as a setting name. If it belongs to "
                                             "text before it that contains a comma, put that whole text in quotes.")
        elif hint:
            self.add(mapping.lines.get(key), f"{self._in(where)}Unknown key '{key}'{hint}")
        else:
            self.add(mapping.lines.get(key), f"{self._in(where)}Unknown key '{key}'. The keys allowed here are: "
                                             f"{', '.join(allowed)}. (If '{key}' is the end of a text with a comma "
                                             "in it, put that whole text in quotes.)")

    def _line(self, mapping: LineDict, key: str) -> int | None:
        return mapping.lines.get(key, mapping.line or None)

    def text(self, mapping: LineDict, key: str, *, required: bool = False, where: str = "") -> str:
        value = mapping.get(key)
        if type(value) is str:  # the usual case, decided before the checks below
            stripped = value.strip()
            if stripped:
                return stripped
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(self._line(mapping, key) if key in mapping else mapping.line or None,
                         f"{self._in(where)}'{key}' is missing: add a line '{key}: ...'.")
            return ""
        if isinstance(value, bool | dict | list):
            self.add(self._line(mapping, key), f"{self._in(where)}'{key}' should be plain text.")
            return ""
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value).strip()

    def integer(self, mapping: LineDict, key: str, *, minimum: int = 0, where: str = "",
                required: bool = False) -> int | None:
        value = mapping.get(key)
        if value is None:
            if required:
                self.add(mapping.line or None, f"{self._in(where)}'{key}' is missing: add '{key}: ' and a whole number.")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            self.add(self._line(mapping, key), f"{self._in(where)}'{key}' must be a whole number, like 3 "
                                               f"(it is '{value}').")
            return None
        if value < minimum:
            self.add(self._line(mapping, key), f"{self._in(where)}'{key}' must be {minimum} or more.")
            return None
        return int(value)

    def number(self, mapping: LineDict, key: str, *, where: str = "") -> float | None:
        value = mapping.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            self.add(self._line(mapping, key), f"{self._in(where)}'{key}' must be a number (it is '{value}').")
            return None
        return float(value)

    def boolean(self, mapping: LineDict, key: str, *, default: bool = False, where: str = "") -> bool:
        value = mapping.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.add(self._line(mapping, key), f"{self._in(where)}'{key}' must be yes or no (it is '{value}').")
            return default
        return value

    def strings(self, mapping: LineDict, key: str, *, where: str = "", comma_text: bool = False) -> tuple[str, ...]:
        value = mapping.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            parts = value.split(",") if comma_text else [value]
            return tuple(p.strip() for p in parts if p.strip())
        if not isinstance(value, list):
            self.add(self._line(mapping, key), f"{self._in(where)}'{key}' must be a list, like [one, two].")
            return ()
        if all(type(item) is str for item in value):  # the usual case: plain words only
            return tuple(text for text in (item.strip() for item in value) if text)
        result: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, dict | list) or item is None:
                line = value.lines[index] if isinstance(value, LineList) else self._line(mapping, key)
                self.add(line, f"{self._in(where)}each entry of '{key}' must be a short text.")
                continue
            text = item.isoformat() if isinstance(item, dt.date) else str(item).strip()
            if isinstance(item, bool):
                text = "yes" if item else "no"  # YAML reads a bare Yes/No as true/false
            if text:
                result.append(text)
        return tuple(result)

    def mapping(self, mapping: LineDict, key: str, allowed: tuple[str, ...]) -> LineDict | None:
        value = mapping.get(key)
        if not isinstance(value, LineDict):
            self.add(self._line(mapping, key), f"'{key}' must be a group of settings such as "
                                               f"'{key}: {{{allowed[0]}: ...}}'.")
            return None
        self.unknown_keys(value, allowed, key)
        return value

    def items(self, mapping: LineDict, key: str) -> list[tuple[Any, int | None]]:
        """The entries of a list setting with their lines; a problem if it is not a list."""
        value = mapping.get(key)
        if value is None:
            return []
        if not isinstance(value, LineList):
            self.add(self._line(mapping, key), f"'{key}' must be a list: one entry a line, each starting with '- '.")
            return []
        return list(zip(value, value.lines, strict=True))
