"""Reading a template file's front matter safely, remembering where each key was written.

Only YAML's safe subset is read (no tags that build objects, nothing executed). Aliases
(``*name``) are refused: templates never need them and they are how a few bytes of YAML expand
into gigabytes. Every mapping and list remembers the line of each of its entries, so a problem
can say "line 12" to the operator.

Values are built straight from libyaml's event stream with an explicit stack instead of PyYAML's
composer and constructor: libyaml's composer recurses in C and crashes the whole process on a
file with tens of thousands of nested ``[`` or ``- `` (no exception to catch), and skipping the
node tree also makes reading about twice as fast.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

try:  # libyaml's parser is several times faster; the Python one gives the same result.
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML wheels ship libyaml
    _BaseLoader = yaml.SafeLoader

FRONT_MATTER_FENCE = "---"


class LineDict(dict):
    """A mapping from the file; ``lines[key]`` is the 1-based line where ``key`` was written."""

    line: int = 0
    lines: dict[Any, int]


class LineList(list):
    """A list from the file; ``lines[i]`` is the 1-based line of item ``i``."""

    line: int = 0
    lines: list[int]


# The front matter starts on the file's second line (after the opening '---'); YAML marks count
# from 0 within it. Adding this turns a mark into the file's 1-based line number.
_LINE_OFFSET = 2


class _LineLoader(_BaseLoader):
    """libyaml's safe parser; only its events and its scalar resolution are used."""

    line_offset = _LINE_OFFSET  # a whole YAML file (not front matter) starts on line 1: offset 1


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
# The plain scalar types of YAML's safe schema; anything else (binary, sets, custom tags) is refused.
SCALAR_TAGS = ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")
# No real template nests deeper than a handful of levels.
MAX_NESTING = 50
_NO_KEY = object()


class _Refused(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _line(event: Any, loader: _LineLoader) -> int:
    return event.start_mark.line + loader.line_offset


class _Frame:
    __slots__ = ("container", "key", "key_line")

    def __init__(self, container: LineDict | LineList) -> None:
        self.container = container
        self.key: Any = _NO_KEY
        self.key_line = 0


# First characters for which YAML may read a plain scalar as something other than text
# (numbers, true/false/yes/no/on/off, null, ~, dates, ...); any other plain scalar is text.
_TYPED_STARTS = frozenset(key for key in _LineLoader.yaml_implicit_resolvers if key)
_ANY_START = None in _LineLoader.yaml_implicit_resolvers


def _scalar(loader: _LineLoader, event: yaml.ScalarEvent) -> Any:
    tag, value = event.tag, event.value
    if tag is None and (not event.implicit[0] or (value and value[0] not in _TYPED_STARTS and not _ANY_START)):
        return value  # quoted, a block of text, or plain text: the common case, decided without regexes
    if tag is None or tag == "!":
        tag = loader.resolve(yaml.ScalarNode, value, event.implicit)
    if tag == _STR:
        return value
    if tag in SCALAR_TAGS:
        # libyaml's marks are its own Mark type; the node only carries them along.
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark,  # type: ignore[arg-type]
                               event.style)
        return loader.yaml_constructors[tag](loader, node)
    raise _Refused(f"The tag '{event.tag or tag}' is not allowed in templates; remove it.", _line(event, loader))


def _build(loader: _LineLoader) -> Any:
    """The document's value, from the event stream, without recursion."""
    stack: list[_Frame] = []
    root: Any = None
    seen_document = False

    def place(value: Any, line: int, is_container: bool) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        frame = stack[-1]
        container = frame.container
        if isinstance(container, LineList):
            container.append(value)
            container.lines.append(line)
        elif frame.key is _NO_KEY:
            if is_container:
                raise _Refused("A setting name here is a list or a group of settings, which is not allowed.", line)
            if value in container:
                raise _Refused(f"'{value}' is written twice (first on line {container.lines[value]}); keep one.", line)
            frame.key, frame.key_line = value, line
        else:
            container[frame.key] = value
            container.lines[frame.key] = frame.key_line
            frame.key = _NO_KEY

    while True:
        event = loader.get_event()
        if isinstance(event, yaml.ScalarEvent):
            place(_scalar(loader, event), _line(event, loader), False)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            is_map = isinstance(event, yaml.MappingStartEvent)
            if event.tag not in (None, "!", _MAP if is_map else _SEQ):
                raise _Refused(f"The tag '{event.tag}' is not allowed in templates; remove it.", _line(event, loader))
            if len(stack) >= MAX_NESTING:
                raise _Refused(_TOO_DEEP, _line(event, loader))
            container: LineDict | LineList = LineDict() if is_map else LineList()
            container.line = _line(event, loader)
            container.lines = {} if is_map else []
            place(container, container.line, True)
            stack.append(_Frame(container))
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()
        elif isinstance(event, yaml.AliasEvent):
            raise _Refused("Anchors and aliases ('&name' / '*name') are not allowed in templates; write the "
                           "value out in full.", _line(event, loader))
        elif isinstance(event, yaml.DocumentStartEvent):
            if seen_document:
                raise _Refused("The settings hold more than one document ('...' or a second '---'); keep one.",
                               _line(event, loader))
            seen_document = True
        elif isinstance(event, yaml.StreamEndEvent):
            return root


_TOO_DEEP = (f"The settings are nested more than {MAX_NESTING} levels deep; a template needs only a few. "
             "Check for stray '[', '{' or '-'.")


class FrontMatterError(Exception):
    """The front matter cannot be read; ``message`` is for the operator, ``line`` 1-based."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


_FENCE_RE = re.compile(r"^---[ \t]*$", re.MULTILINE)


def split_front_matter(text: str) -> tuple[str, str, int]:
    """``(front matter, body, line where the body starts)``; raises ``FrontMatterError``."""
    if not text.strip():
        raise FrontMatterError(
            "The file is empty. A template starts with a line '---', its settings, another '---', then the prompt.",
            None,
        )
    first_line = text.split("\n", 1)[0].rstrip()
    if first_line != FRONT_MATTER_FENCE:
        raise FrontMatterError(
            "The file must start with a line containing only '---', followed by the template's settings "
            "(title, purpose, fields...) and another '---' line.",
            1,
        )
    rest = text[len(text.split("\n", 1)[0]) + 1 :]
    closing = _FENCE_RE.search(rest)
    if closing is None:
        raise FrontMatterError(
            "The settings at the top are never closed: add a line containing only '---' after them, "
            "then write the prompt below it.",
            1,
        )
    front = rest[: closing.start()]
    body = rest[closing.end() :].removeprefix("\n")
    body_start = 1 + front.count("\n") + 2  # the opening fence, the settings, the closing fence
    return front, body, body_start


def load_front_matter(front: str) -> Any:
    """The front matter as ``LineDict``/``LineList``/scalars, read from libyaml's event stream
    (every shape, every error, with the line of each value); raises ``FrontMatterError``."""
    return _read(_LineLoader(front), "The settings at the top cannot be read")


MAX_YAML_FILE_BYTES = 1_000_000  # a test case is a few lines; anything this big is a mistake or a trick


def load_yaml_file(text: str) -> Any:
    """A whole YAML file (a template's ``.cases/*.yaml`` test case) read as safely as front matter.

    The same event reader: no aliases (the few bytes that expand to gigabytes), no tags, at
    most ``MAX_NESTING`` levels (no recursion to blow up), one document; lines count from 1.
    Raises ``FrontMatterError`` with a plain message and the line.
    """
    if len(text) > MAX_YAML_FILE_BYTES:
        raise FrontMatterError(f"The file is larger than {MAX_YAML_FILE_BYTES // 1_000_000} MB; a test case needs "
                               "only a few lines.", None)
    loader = _LineLoader(text)
    loader.line_offset = 1
    return _read(loader, "The file cannot be read as YAML")


def _read(loader: _LineLoader, unreadable: str) -> Any:
    """``loader``'s one document; every failure a ``FrontMatterError`` starting ``unreadable``,
    with the line where it is (counted as the loader counts lines)."""
    try:
        return _build(loader)
    except _Refused as exc:
        raise FrontMatterError(exc.message, exc.line) from None
    except yaml.MarkedYAMLError as exc:
        # Where an unclosed bracket or quote started is more useful than where the parser gave up.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + loader.line_offset if mark is not None else None
        what = (exc.problem or exc.context or "unreadable").strip()
        if "nesting" in what:  # libyaml >= 0.2.6 (PyYAML 6.0.3+) stops deep nesting itself, in its words
            raise FrontMatterError(_TOO_DEEP, line) from None
        raise FrontMatterError(f"{unreadable} ({what}). Check the indentation, and put text that contains a colon, "
                               "'#', '{' or '[' in quotes.", line) from None
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError, TypeError) as exc:
        raise FrontMatterError(f"{unreadable} ({type(exc).__name__}).", None) from None
    finally:
        loader.dispose()
