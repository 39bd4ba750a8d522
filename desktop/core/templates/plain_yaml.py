"""A quick reader for front matter written in the plain shapes templates use, or ``None``.

Almost every template is ``key: value`` lines, lists of ``- item`` lines, one-line ``[a, b]`` and
``{k: v}`` groups and plain or simply quoted text. Reading those directly is several times
faster than asking libyaml for its events one by one from Python, which is most of the time a
library takes to load when there is no parse cache (the first start, ``check``).

It gives exactly what ``yaml_events.load_front_matter`` gives (the same values, the same
``LineDict``/``LineList`` with the same lines), or ``None`` as soon as a line is anything else:
a multi-line text, ``|`` and ``>`` blocks, anchors, tags, comments after a value, escapes in
quotes, a repeated key, a tab, a character YAML does not allow... Then the caller reads the front
matter with libyaml, which also words every problem. Plain values are typed with PyYAML's own
resolver and constructors (numbers, yes/no, dates), so ``version: 2`` is 2 either way; an
agreement test runs both readers over every template the tests know.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from desktop.core.templates.yaml_events import SCALAR_TAGS, LineDict, LineList

# Characters YAML allows in a document, minus tabs and the extra line breaks (NEL, U+2028/9)
# and a byte order mark inside the text: anything else goes to libyaml, which explains it.
_NOT_PLAIN = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]{0,99}):(?: +(.*?))? *$")
# First characters that make a YAML value something other than plain text (or may).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_MAX_DEPTH = 12
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_TYPED_STARTS = frozenset(key for key in _RESOLVER.yaml_implicit_resolvers if key)
_typed_cache: dict[str, Any] = {}


class _NotPlain(Exception):
    """The front matter has a shape this reader leaves to libyaml."""


def _plain(text: str) -> Any:
    """A plain (unquoted) scalar typed as YAML types it: text, or a number, yes/no, date, null."""
    if text and text[0] not in _TYPED_STARTS:
        return text
    try:
        return _typed_cache[text]
    except KeyError:
        pass
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    value: Any = text
    if tag in SCALAR_TAGS:
        value = _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, text))
    elif tag != "tag:yaml.org,2002:str":
        raise _NotPlain  # '<<', '=': libyaml's reader refuses them in its own words
    if len(_typed_cache) > 4096:
        _typed_cache.clear()
    _typed_cache[text] = value
    return value


_QUOTED = {'"': re.compile(r'"((?:[^"\\]|\\[nt"\\])*)"'), "'": re.compile(r"'((?:[^']|'')*)'")}
_ESCAPES = {"\\n": "\n", "\\t": "\t", '\\"': '"', "\\\\": "\\"}
_ESCAPE = re.compile(r'\\[nt"\\]')


def _quoted(text: str, start: int) -> tuple[str, int]:
    """A one-line quoted scalar: ``'...'`` (``''`` for a quote), ``"..."`` with only \\n \\t \\" \\\\."""
    match = _QUOTED[text[start]].match(text, start)
    if match is None:
        raise _NotPlain
    value = match.group(1)
    if text[start] == "'":
        value = value.replace("''", "'")
    elif "\\" in value:
        value = _ESCAPE.sub(lambda m: _ESCAPES[m.group()], value)
    return value, match.end()


def _value(text: str, line: int) -> Any:
    """The value after ``key: `` or ``- `` (trailing spaces already gone)."""
    first = text[0]
    if first in "[{":
        return _flow(text, line)
    if first in "\"'":
        value, end = _quoted(text, 0)
        if end != len(text):
            raise _NotPlain
        return value
    if first in _INDICATORS or ": " in text or text.endswith(":") or "#" in text:  # '#': maybe a comment
        raise _NotPlain
    return _plain(text)


# One token of a one-line ``[...]``/``{...}``: a bracket or comma, a quoted text, a plain text
# (without the spaces around it), ': ' after a key, or anything else (which sends the whole
# front matter to libyaml).
_TOKEN = re.compile(r""" *(?:([\[\]{},])|("(?:[^"\\]|\\[nt"\\])*"|'(?:[^']|'')*')"""
                    r"""|([^ ,\[\]{}:#'"\-?&*!|>%@`][^,\[\]{}:#]*?) *(?=[,\[\]{}:]|$)|(: )|(.))""")
_FIRST, _KEY_NEXT, _COLON, _VALUE, _AFTER = range(5)


_INNERMOST = re.compile(r"[\[{][^\[\]{}]*[\]}]")
_BAD_FIRST = _INDICATORS | {""}
_PLACEHOLDER = re.compile("\x00([0-9]+)\x00")  # NUL never passes _NOT_PLAIN, so it marks a group already read


def _flat_values(texts: list[str], groups: list[Any]) -> list[Any]:
    """Plain words typed, and the marks of groups read before replaced by those groups."""
    if not _BAD_FIRST.isdisjoint({text[:1] for text in texts}):  # empty, or a YAML indicator first
        raise _NotPlain
    values = [text if text[0] not in _TYPED_STARTS else _plain(text) for text in texts]
    if groups:
        for index, text in enumerate(texts):
            if "\x00" in text:
                match = _PLACEHOLDER.fullmatch(text)
                if match is None:
                    raise _NotPlain
                values[index] = groups[int(match.group(1))]
    return values


def _flat(text: str, line: int, groups: list[Any]) -> LineDict | LineList:
    """An innermost ``[a, b]`` or ``{k: v}``: plain words and groups read before (``groups``)
    only, so string methods can split it."""
    inner = text[1:-1].strip(" ")
    parts = inner.split(",") if inner else []
    if text[0] == "[":
        if text[-1] != "]" or ":" in inner:
            raise _NotPlain
        sequence = LineList(_flat_values([part.strip(" ") for part in parts], groups))
        sequence.line, sequence.lines = line, [line] * len(parts)
        return sequence
    pairs = [part.split(": ") for part in parts]
    if text[-1] != "}" or inner.count(":") != len(pairs) or {len(pair) for pair in pairs} - {2}:
        raise _NotPlain  # every ':' must be the one between a key and its value
    keys = _flat_values([pair[0].strip(" ") for pair in pairs], [])
    if keys and ({type(key) for key in keys} != {str} or max(map(len, keys)) > 200 or "\x00" in "".join(keys)
                 or len(set(keys)) != len(keys)):
        raise _NotPlain
    mapping = LineDict(zip(keys, _flat_values([pair[1].strip(" ") for pair in pairs], groups), strict=True))
    mapping.line, mapping.lines = line, dict.fromkeys(keys, line)
    return mapping


def _flow_unquoted(text: str, line: int) -> LineDict | LineList:
    """A one-line ``[...]``/``{...}`` without quotes: its innermost groups are read first, each
    replaced by a mark, until the whole is one mark; C does the scanning."""
    if "#" in text:
        raise _NotPlain
    if text.count("[") + text.count("{") == 1 == text.count("]") + text.count("}"):  # nothing nested
        return _flat(text, line, [])
    groups: list[Any] = []

    def one(match: re.Match[str]) -> str:
        groups.append(_flat(match.group(), line, groups))
        return f"\x00{len(groups) - 1}\x00"

    for _ in range(_MAX_DEPTH):
        text, count = _INNERMOST.subn(one, text)
        if not count:
            break
    if not groups or text != f"\x00{len(groups) - 1}\x00":
        raise _NotPlain
    return groups[-1]


def _flow(text: str, line: int) -> LineDict | LineList:
    """A whole one-line ``[...]`` or ``{...}``."""
    if "'" not in text and '"' not in text:
        return _flow_unquoted(text, line)
    return _flow_tokens(text, line)


def _flow_tokens(text: str, line: int) -> LineDict | LineList:
    """A one-line ``[...]``/``{...}`` with quoted texts in it, token by token with a stack."""
    stack: list[Any] = []
    root: Any = None
    key: Any = None
    state = _VALUE
    for punct, quoted, plain, colon, other in _TOKEN.findall(text):
        if other or (root is not None and not stack):
            raise _NotPlain
        top: Any = stack[-1] if stack else None
        if state == _FIRST and punct == ("}" if type(top) is LineDict else "]"):
            stack.pop()
            state = _AFTER
        elif state == _AFTER:
            if punct == ",":
                state = _KEY_NEXT if type(top) is LineDict else _VALUE
            elif punct == ("}" if type(top) is LineDict else "]"):
                stack.pop()
            else:
                raise _NotPlain
        elif state == _COLON:
            if not colon:
                raise _NotPlain
            state = _VALUE
        elif state == _KEY_NEXT or (state == _FIRST and type(top) is LineDict):
            key = _plain(plain) if plain else None
            if type(key) is not str or key in top or len(key) > 200:
                raise _NotPlain
            state = _COLON
        else:  # a value (or the first item of a list)
            if punct in ("[", "{"):
                value: Any = LineDict() if punct == "{" else LineList()
                value.line = line
                value.lines = {} if punct == "{" else []
            elif plain:
                value = _plain(plain)
            elif quoted:
                value = _quoted(quoted, 0)[0]
            else:
                raise _NotPlain
            if top is None:
                root = value
            elif type(top) is LineDict:
                top[key] = value
                top.lines[key] = line
            else:
                top.append(value)
                top.lines.append(line)
            if punct:
                if len(stack) >= _MAX_DEPTH:
                    raise _NotPlain
                stack.append(value)
                state = _FIRST
            else:
                state = _AFTER
    if root is None or stack:
        raise _NotPlain
    return root


_Line = tuple[int, str, int]  # (indent, text without the indent or trailing spaces, 1-based line in the file)


class _Block:
    """Block mappings, lists and ``|`` texts, read line by line."""

    def __init__(self, front: str) -> None:
        self.raw = front.split("\n")
        texts = [raw.lstrip(" ") for raw in self.raw]
        # The lines that are not blank or a comment, once: (indent, text, line in the file).
        self.lines: list[_Line] = [(len(raw) - len(text), text.rstrip(" "), number)
                                   for number, (raw, text) in enumerate(zip(self.raw, texts, strict=True), start=2)
                                   if text and text[0] != "#"]  # line 1 is the opening '---'
        self.index = 0
        self.current: _Line | None = self.lines[0] if self.lines else None

    def _next(self) -> None:
        self.index += 1
        self.current = self.lines[self.index] if self.index < len(self.lines) else None

    def _indent(self) -> int:
        return self.current[0] if self.current is not None else -1

    def mapping(self, indent: int, depth: int) -> LineDict:
        if depth > _MAX_DEPTH or self.current is None:
            raise _NotPlain
        result = LineDict()
        result.line = self.current[2]
        result.lines = {}
        while self.current is not None and self.current[0] == indent:
            _, text, line = self.current
            match = _KEY.match(text)
            if match is None or match.group(1) in result or type(_plain(match.group(1))) is not str:
                raise _NotPlain
            key, rest = match.group(1), match.group(2)
            result[key] = self._value_of_key(rest, indent, line, depth)
            result.lines[key] = line
            if self._indent() > indent:
                raise _NotPlain  # a continued text or a stray deeper line
        return result

    def _value_of_key(self, rest: str | None, indent: int, line: int, depth: int) -> Any:
        if rest == "|":
            return self._literal(indent)
        self._next()
        if rest:
            return _value(rest, line)
        following = self._indent()
        if following > indent:
            if self.current is not None and self.current[1].startswith("-"):
                return self.sequence(following, depth + 1)
            return self.mapping(following, depth + 1)
        if following == indent and self.current is not None and self.current[1].startswith("-"):
            return self.sequence(indent, depth + 1)  # a list written level with its key
        return _plain("")

    def sequence(self, indent: int, depth: int) -> LineList:
        if depth > _MAX_DEPTH or self.current is None:
            raise _NotPlain
        result = LineList()
        result.line = self.current[2]
        result.lines = []
        while self.current is not None and self.current[0] == indent:
            _, text, line = self.current
            if not text.startswith("- "):
                break
            item = text[2:].lstrip(" ")
            if _KEY.match(item):  # "- name: topic": a group of settings begins on this line
                self.current = (indent + len(text) - len(item), item, line)
                result.append(self.mapping(self.current[0], depth + 1))
            elif item == "|":
                result.append(self._literal(indent))
            else:
                self._next()
                result.append(_value(item, line))
            result.lines.append(line)
            if self._indent() > indent:
                raise _NotPlain
        return result

    def _literal(self, parent_indent: int) -> str:
        """A ``|`` text on the lines below the current one (kept as written, one final line break)."""
        assert self.current is not None
        pos = self.current[2] - 1  # the raw line after the current one (line numbers start at 2)
        lines: list[str] = []
        indent = -1
        while pos < len(self.raw):
            raw = self.raw[pos]
            text = raw.lstrip(" ")
            here = len(raw) - len(text)
            if not text:
                if indent < 0 or here > indent:
                    raise _NotPlain  # blank lines first, or spaces kept in the text: libyaml's rules decide
                lines.append("")
            elif indent < 0:
                if here <= parent_indent:
                    raise _NotPlain
                indent = here
                lines.append(raw[indent:])
            elif here < indent:
                break
            else:
                lines.append(raw[indent:])
            pos += 1
        while lines and not lines[-1]:
            lines.pop()
        if not lines:
            raise _NotPlain
        while self.current is not None and self.current[2] - 2 < pos:  # past the text's lines
            self._next()
        return "\n".join(lines) + "\n"


def read_plain_front_matter(front: str) -> LineDict | None:
    """The front matter as ``load_front_matter`` reads it, when it uses only plain shapes; else None."""
    if not front.endswith("\n") or _NOT_PLAIN.search(front):
        return None
    try:
        block = _Block(front)
        if block.current is None or block.current[0] != 0:
            return None
        result = block.mapping(0, 0)
    except (_NotPlain, ValueError, IndexError):
        return None
    return result if block.current is None else None
