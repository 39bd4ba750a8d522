"""Reading a template file's front matter safely, remembering where each key was written.

Only YAML's safe subset is read (no tags that build objects, nothing executed). Anchors and
aliases (``&``/``*``) are refused: templates never need them and they are how a few bytes of
YAML expand into gigabytes. Every mapping and list remembers the line of each of its entries,
so a problem can say "line 12" to the operator.
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


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """libyaml's safe parser; nodes are turned into values by ``_Builder``, not by PyYAML's
    generic constructor, which is several times slower and knows nothing of line numbers."""


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
# The plain scalar types of YAML's safe schema; anything else (binary, sets, custom tags) is refused.
_SCALAR_TAGS = ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")


class AliasFound(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _Builder:
    """Turns a composed node tree into ``LineDict``/``LineList``/scalars in one walk.

    A node reached twice is an alias: refused, which also rules out self-referencing structures.
    """

    def __init__(self, loader: _LineLoader) -> None:
        self.loader = loader
        self.seen: set[int] = set()

    def build(self, node: yaml.Node) -> Any:
        if id(node) in self.seen:
            raise AliasFound(node.start_mark.line + _LINE_OFFSET)
        self.seen.add(id(node))
        tag = node.tag
        if tag == _STR:
            return node.value
        if tag == _MAP:
            data = LineDict()
            data.line = node.start_mark.line + _LINE_OFFSET
            data.lines = {}
            for key_node, value_node in node.value:
                key = self.build(key_node)
                if isinstance(key, dict | list):
                    raise yaml.constructor.ConstructorError(
                        None, None, "a key here is a list or a mapping, which is not allowed", key_node.start_mark)
                data[key] = self.build(value_node)
                data.lines[key] = key_node.start_mark.line + _LINE_OFFSET
            return data
        if tag == _SEQ:
            data_list = LineList()
            data_list.line = node.start_mark.line + _LINE_OFFSET
            data_list.lines = [item.start_mark.line + _LINE_OFFSET for item in node.value]
            data_list.extend(self.build(item) for item in node.value)
            return data_list
        if tag in _SCALAR_TAGS and isinstance(node, yaml.ScalarNode):
            return self.loader.yaml_constructors[tag](self.loader, node)
        raise yaml.constructor.ConstructorError(None, None, f"the tag '{tag}' is not allowed", node.start_mark)


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
    """The front matter as ``LineDict``/``LineList``/scalars; raises ``FrontMatterError``."""
    loader = _LineLoader(front)
    try:
        node = loader.get_single_node()
        return None if node is None else _Builder(loader).build(node)
    except AliasFound as exc:
        raise FrontMatterError(
            "Anchors and aliases ('&name' / '*name') are not allowed in templates; write the value out in full.",
            exc.line,
        ) from None
    except yaml.MarkedYAMLError as exc:
        # Where an unclosed bracket or quote started is more useful than where the parser gave up.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + _LINE_OFFSET if mark is not None else None
        what = (exc.problem or exc.context or "unreadable").strip()
        raise FrontMatterError(
            f"The settings at the top cannot be read ({what}). Check the indentation, and put text that "
            "contains a colon, '#', '{' or '[' in quotes.",
            line,
        ) from None
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError, TypeError) as exc:
        raise FrontMatterError(f"The settings at the top cannot be read ({type(exc).__name__}).", None) from None
    finally:
        loader.dispose()
