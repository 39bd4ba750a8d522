"""A quick reader for the plain shapes of front matter that nearly every template uses.

Reading front matter through libyaml's event stream costs about a microsecond an event, half of
the time it takes to load a template the first time. Nearly every template is written in a small
part of YAML: ``key: value`` lines, ``- item`` lists, one-line ``[a, b]`` and ``{k: v}`` groups,
quoted text on one line and ``|`` blocks of text. This module reads exactly that part, line by
line, into the same ``LineDict``/``LineList`` values with the same line numbers, and gives up
(``Unsupported``) at the first thing outside it: a comment after a value, a tab, a text running
over several lines without ``|``, an anchor, a tag, a ``?``, a backslash in double quotes, and so
on. ``yaml_events`` then reads the file with libyaml as before, so every value, every problem
and every line number is what libyaml gives; this reader only decides sooner when the answer is
plain. Plain words are turned into numbers, yes/no, dates and nulls by PyYAML's own resolver and
constructors, so ``version: 2`` or ``date: 2026-03-02`` mean what they mean to ``yaml.safe_load``.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from desktop.core.templates.yaml_events import LineDict, LineList

_LINE_OFFSET = 2  # the front matter starts on the file's second line
_MAX_DEPTH = 40  # deeper than any real template; libyaml's reader says what is wrong
_STR_TAG = "tag:yaml.org,2002:str"
# Characters that may stand anywhere in a quickly read front matter: printable text and newlines.
# Tabs, carriage returns, NEL, line and paragraph separators, BOMs and control characters all
# have special meanings (or are errors) in YAML, so their presence hands the file to libyaml.
_PLAIN_TEXT_RE = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_KEY_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: +|$)")
_SINGLE_RE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE_RE = re.compile(r'"([^"\\]*)"')
# First characters after which a plain value cannot start (indicators, quotes, block scalars, ...).
_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`\x00")
_ENTRY_STARTS = ("- ", "-")


class Unsupported(Exception):
    """Something outside the plain shapes: the caller reads the file with libyaml instead."""


class _Scalars:
    """Plain words to values exactly as ``yaml.safe_load`` reads them, remembered once seen."""

    def __init__(self) -> None:
        self._resolver = yaml.resolver.Resolver()
        self._constructor = yaml.constructor.SafeConstructor()
        resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
        self.typed_starts = frozenset(key for key in resolvers if key)
        self.any_start = None in resolvers
        self._known: dict[str, Any] = {}

    def plain(self, text: str) -> Any:
        if text[0] not in self.typed_starts and not self.any_start:
            return text
        try:
            return self._known[text]
        except KeyError:
            pass
        tag = self._resolver.resolve(yaml.ScalarNode, text, (True, False))
        if tag == _STR_TAG:
            value: Any = text
        else:
            try:
                value = self._constructor.yaml_constructors[tag](self._constructor, yaml.ScalarNode(tag, text))
            except Exception as exc:  # libyaml's reader turns the same failure into a plain problem
                raise Unsupported from exc
        if len(self._known) < 4096:
            self._known[text] = value
        return value


_SCALARS = _Scalars()
_plain_word = _SCALARS.plain
# Words starting with any other character are always text. A PyYAML whose resolvers apply to
# every first character would break that rule, so then every file goes to libyaml.
_TYPED_STARTS = _SCALARS.typed_starts
_ENABLED = not _SCALARS.any_start


def _new_dict(line: int) -> LineDict:
    mapping = LineDict()
    mapping.line = line
    mapping.lines = {}
    return mapping


def _new_list(line: int) -> LineList:
    items = LineList()
    items.line = line
    items.lines = []
    return items


class _Reader:
    __slots__ = ("lines", "pos", "ends_with_newline")

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.ends_with_newline = text.endswith("\n")
        self.pos = 0

    # ------------------------------------------------------------------ lines
    def peek(self) -> tuple[int, str] | None:
        """The next line with content, as (indent, content); blank and comment lines are skipped."""
        lines = self.lines
        while self.pos < len(lines):
            raw = lines[self.pos]
            content = raw.lstrip(" ")
            if not content or content[0] == "#":
                self.pos += 1
                continue
            if "#" in content or content.startswith(("---", "...", "%")):
                raise Unsupported  # a comment after a value, or a document marker
            return len(raw) - len(content), content.rstrip(" ")
        return None

    def line_number(self) -> int:
        return self.pos + _LINE_OFFSET

    # ------------------------------------------------------------------ block structure
    def block(self, indent: int, content: str, depth: int) -> Any:
        """The mapping or list that starts on the current line, at ``indent``."""
        if depth > _MAX_DEPTH:
            raise Unsupported
        if content.startswith(_ENTRY_STARTS) and (len(content) == 1 or content[1] == " "):
            return self.sequence(indent, content, depth)
        return self.mapping(indent, content, depth)

    def mapping(self, indent: int, content: str, depth: int) -> LineDict:
        result = _new_dict(self.line_number())
        while True:
            match = _KEY_RE.match(content)
            if match is None:
                raise Unsupported
            key = _SCALARS.plain(match.group(1))
            if not isinstance(key, str) or key in result:
                raise Unsupported  # a yes/no/null key, or a key written twice: libyaml's reader explains
            line = self.line_number()
            rest = content[match.end():]
            self.pos += 1
            result[key] = self.value(indent, rest, line, depth, same_indent_list=True)
            result.lines[key] = line
            following = self.peek()
            if following is None or following[0] < indent:
                return result
            if following[0] > indent or following[1].startswith("-"):
                raise Unsupported  # a value running on, or a list where a key should be
            content = following[1]

    def sequence(self, indent: int, content: str, depth: int) -> LineList:
        result = _new_list(self.line_number())
        while True:
            line = self.line_number()
            rest = content[1:]
            spaces = len(rest) - len(rest.lstrip(" "))
            rest = rest[spaces:]
            if rest and _KEY_RE.match(rest) and not rest.startswith(("'", '"')):
                # "- name: x" opens a mapping whose keys line up under "name".
                self.lines[self.pos] = " " * (indent + 1 + spaces) + rest
                item: Any = self.mapping(indent + 1 + spaces, rest, depth + 1)
                result.append(item)
                result.lines.append(item.line)
            else:
                self.pos += 1
                if not rest:
                    raise Unsupported  # "-" alone: an item on the next lines, or an empty one
                item = self.value(indent, rest, line, depth, same_indent_list=False)
                result.append(item)
                result.lines.append(item.line if isinstance(item, LineDict | LineList) else line)
            following = self.peek()
            if following is None or following[0] < indent:
                return result
            if following[0] > indent or not (following[1] == "-" or following[1].startswith("- ")):
                if following[0] == indent:
                    return result  # the list under a key, written at the key's own indent, has ended
                raise Unsupported
            content = following[1]

    def value(self, indent: int, rest: str, line: int, depth: int, *, same_indent_list: bool) -> Any:
        """What follows ``key:`` or ``- `` on line ``line``: inline, a ``|`` block, or nested lines."""
        if rest:
            if rest == "|" or rest == "|-":
                return self.literal(indent, keep_last_newline=rest == "|")
            # A next line indented deeper (text running on) is refused by the caller's own check.
            return inline(rest, line, depth + 1)
        following = self.peek()
        if following is None:
            return None
        child_indent, content = following
        if child_indent > indent:
            return self.block(child_indent, content, depth + 1)
        if same_indent_list and child_indent == indent and (content == "-" or content.startswith("- ")):
            return self.sequence(indent, content, depth + 1)
        return None

    def literal(self, indent: int, *, keep_last_newline: bool) -> str:
        """A ``|`` block: the lines indented under it, exactly as written."""
        lines, start = self.lines, self.pos
        if start >= len(lines) or not lines[start].strip(" "):
            raise Unsupported  # blank first line: indentation rules libyaml applies itself
        first = lines[start]
        block_indent = len(first) - len(first.lstrip(" "))
        if block_indent <= indent:
            raise Unsupported
        prefix = " " * block_indent
        text: list[str] = []
        end = start
        while end < len(lines):
            raw = lines[end]
            if not raw.strip(" "):
                if len(raw) > block_indent:
                    raise Unsupported  # spaces beyond the indent on an empty line: kept or not, by rules
                text.append("")
            elif raw.startswith(prefix):
                text.append(raw[block_indent:])
            else:
                break
            end += 1
        if end == len(lines) and not self.ends_with_newline:
            raise Unsupported  # the last line has no line break: libyaml's rules for that case apply
        while text and not text[-1]:
            text.pop()  # clipped: empty lines at the end of the block are not part of it
        self.pos = end
        following = self.peek()
        if following is not None and following[0] > indent:
            raise Unsupported
        if not text:
            return ""
        return "\n".join(text) + ("\n" if keep_last_newline else "")


# ---------------------------------------------------------------------- one-line values
def inline(text: str, line: int, depth: int) -> Any:
    """A value written on one line: quoted text, a [list], a {group} or a plain word."""
    first = text[0]
    if first in "[{":
        return _flow(text, line, depth)
    if first == "'":
        match = _SINGLE_RE.fullmatch(text)
        if match is None:
            raise Unsupported
        return match.group(1).replace("''", "'")
    if first == '"':
        match = _DOUBLE_RE.fullmatch(text)
        if match is None:
            raise Unsupported
        return match.group(1)
    if first in _NOT_PLAIN_START or ": " in text or text.endswith(":"):
        raise Unsupported
    return _SCALARS.plain(text)


# Inside [ ] or { }, these hand the file to libyaml: a comment, '?', and a ':' not followed by a
# space (their meaning there differs between YAML parsers). Quotes, anchors, tags and the other
# indicators are only special at the start of a word, which ``_flow_scalar`` checks.
_FLOW_UNUSUAL_RE = re.compile(r"[#?]|:(?! )")
_BRACKET_RE = re.compile(r"([\[\]{}])")
_HAS_BRACKET_RE = re.compile(r"[\[\]{}]")
# Quoted text at the start of an entry, a key or a value (quotes elsewhere are part of a word).
_FLOW_QUOTED_RE = re.compile(r"""([\[{,]|: )( *)("[^"\\]*"|'(?:[^']|'')*')""")
_QUOTE_MARK_RE = re.compile("\x00([0-9]+)\x00")
_NO_KEY = object()


def _lift_quotes(text: str) -> tuple[str, list[str]]:
    """The text with each quoted entry replaced by a NUL-fenced number, and the quoted values.

    NUL never occurs in a quickly read front matter, so the marks cannot be confused with text,
    and what the quotes held (commas, brackets, colons) no longer looks like structure.
    """
    quoted: list[str] = []

    def lift(match: re.Match[str]) -> str:
        raw = match.group(3)
        quoted.append(raw[1:-1].replace("''", "'") if raw[0] == "'" else raw[1:-1])
        return f"{match.group(1)}{match.group(2)}\x00{len(quoted) - 1}\x00"

    return _FLOW_QUOTED_RE.sub(lift, text), quoted


def _flow_scalar(text: str, quoted: list[str]) -> Any:
    """One entry's word (non-empty, stripped): lifted quoted text, or a plain word resolved."""
    first = text[0]
    if first in _NOT_PLAIN_START:
        if first != "\x00":
            raise Unsupported
        mark = _QUOTE_MARK_RE.fullmatch(text)
        if mark is None:
            raise Unsupported  # text right after the closing quote
        return quoted[int(mark.group(1))]
    if ":" in text:
        # Every ':' left here has a space after it or ends the word ("a: b" or "a:" in a list is a
        # group of its own; in a value, an error): libyaml says which.
        raise Unsupported
    return _plain_word(text) if first in _TYPED_STARTS else text


def _flow(text: str, line: int, depth: int) -> LineDict | LineList:
    """A whole one-line ``[...]`` or ``{...}`` value.

    The text is cut at its brackets; what lies between two brackets holds only plain words,
    commas and ": " (quoted entries are lifted out first), so it is read with ``split``. Per open
    bracket, ``expect`` holds for a list whether an item may come next; for a group, _NO_KEY when a
    key may come, None right after a value, or ``(key, colon)`` for a key still without a value.
    A key with no value is null, as in YAML (``{a, b}`` is ``{a: null, b: null}``), and a comma
    before a closing bracket is allowed.
    """
    quoted: list[str] = []
    if "'" in text or '"' in text:
        text, quoted = _lift_quotes(text)
    if _FLOW_UNUSUAL_RE.search(text):
        raise Unsupported
    inner = text[1:-1]
    if not _HAS_BRACKET_RE.search(inner) and (text[-1] == "]" if text[0] == "[" else text[-1] == "}"):
        return _flat_flow(text[0] == "{", inner, line, quoted)
    pieces = _BRACKET_RE.split(text)
    if pieces[0] or pieces[-1].strip(" "):
        raise Unsupported
    root: LineDict | LineList | None = None
    stack: list[Any] = []
    expect: list[Any] = []
    last = len(pieces) - 1
    for index in range(1, last):
        piece = pieces[index]
        if index % 2:  # a bracket
            if piece == "[" or piece == "{":
                if len(stack) + depth > _MAX_DEPTH or (root is not None and not stack):
                    raise Unsupported
                opened: Any = _new_dict(line) if piece == "{" else _new_list(line)
                if not stack:
                    root = opened
                elif type(stack[-1]) is LineList:
                    if not expect[-1]:
                        raise Unsupported
                    stack[-1].append(opened)
                    stack[-1].lines.append(line)
                    expect[-1] = False
                else:
                    pending = expect[-1]
                    if type(pending) is not tuple or not pending[1]:
                        raise Unsupported  # a bracket must follow "key: " here
                    stack[-1][pending[0]] = opened
                    stack[-1].lines[pending[0]] = line
                    expect[-1] = None  # a value was just given: a comma or the end comes next
                stack.append(opened)
                expect.append(True if piece == "[" else _NO_KEY)
                continue
            if not stack or (type(stack[-1]) is LineDict) != (piece == "}"):
                raise Unsupported
            pending = expect.pop()
            if type(pending) is tuple:
                if pending[1]:
                    raise Unsupported  # "key: " right before the bracket closes
                stack[-1][pending[0]] = None
                stack[-1].lines[pending[0]] = line
            stack.pop()
            continue
        if not stack:
            raise Unsupported
        parts = piece.split(",")
        container = stack[-1]
        if type(container) is LineList:
            may = expect[-1]
            append, append_line = container.append, container.lines.append
            for number, part in enumerate(parts):
                if number:
                    if may:
                        raise Unsupported  # a comma with no item before it
                    may = True
                word = part.strip(" ")
                if word:
                    if not may:
                        raise Unsupported
                    append(_flow_scalar(word, quoted))
                    append_line(line)
                    may = False
            expect[-1] = may
            continue
        lines_of = container.lines
        pending = expect[-1]
        final = len(parts) - 1
        for number, part in enumerate(parts):
            if number:
                if pending is not None:
                    if pending is _NO_KEY:
                        raise Unsupported  # a comma with no entry before it
                    container[pending[0]] = None
                    lines_of[pending[0]] = line
                pending = _NO_KEY
            key_text, colon, value_text = part.partition(": ")
            key_text = key_text.strip(" ")
            if not key_text:
                if colon:
                    raise Unsupported
                continue
            if pending is not _NO_KEY:
                raise Unsupported
            key = _flow_scalar(key_text, quoted)
            if key in container:
                raise Unsupported
            value_text = value_text.strip(" ")
            if value_text:
                container[key] = _flow_scalar(value_text, quoted)
                lines_of[key] = line
                pending = None
            elif colon and number == final and pieces[index + 1] in ("[", "{"):
                pending = (key, True)  # the value is the bracket that follows
            else:
                pending = (key, False)
        expect[-1] = pending
    if root is None or stack:
        raise Unsupported
    return root


def _flat_flow(is_map: bool, inner: str, line: int, quoted: list[str]) -> LineDict | LineList:
    """``[a, b]`` or ``{k: v, k2: v2}`` with nothing nested: the usual case, read in one pass."""
    words = [part.strip(" ") for part in inner.split(",")]
    if words == [""]:
        words = []
    else:
        if not words[-1]:
            words.pop()  # a comma before the closing bracket
        if "" in words:
            raise Unsupported  # an empty entry
    if not is_map:
        items = LineList([_flow_scalar(word, quoted) for word in words])
        items.line = line
        items.lines = [line] * len(items)
        return items
    group = _new_dict(line)
    for word in words:
        key_text, colon, value_text = word.partition(": ")
        if not colon and key_text[-1] == ":":
            key_text = key_text[:-1]  # "key: " before a comma: every ':' here has a space after it
        key_text = key_text.rstrip(" ")
        if not key_text:
            raise Unsupported
        key = _flow_scalar(key_text, quoted)
        if key in group:
            raise Unsupported
        value_text = value_text.lstrip(" ")
        group[key] = _flow_scalar(value_text, quoted) if value_text else None
        group.lines[key] = line
    return group


def load_plain_front_matter(front: str) -> LineDict:
    """The front matter when it is written in the plain shapes; ``Unsupported`` otherwise."""
    if not _ENABLED or _PLAIN_TEXT_RE.search(front):
        raise Unsupported
    reader = _Reader(front)
    first = reader.peek()
    if first is None or first[0] != 0:
        raise Unsupported  # empty, or indented as a whole: rare, and libyaml says what it means
    result = reader.mapping(0, first[1], 1)
    if reader.peek() is not None:
        raise Unsupported
    return result
