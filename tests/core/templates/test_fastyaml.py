"""The quick front-matter reader answers exactly as libyaml does, or hands the file over.

Whenever ``fastyaml`` returns a value, it must be the value libyaml's event reader gives
for the same text, with the same types (``yes`` is True, ``2`` is 2, ``2026-03-02`` a date) and the
same line for every key and list item, so problems point at the same lines. Whenever libyaml finds
the text wrong, the quick reader must have given up, so the operator sees libyaml's explanation.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import paths
from desktop.core.templates.fastyaml import Unsupported, load_plain_front_matter
from desktop.core.templates.yaml_events import (
    FrontMatterError,
    LineDict,
    LineList,
    load_front_matter,
    load_front_matter_with_libyaml,
    split_front_matter,
)

# CI runs a quick sample; PROMPTDESK_FUZZ_EXAMPLES=3000 (or more) searches harder after a change here.
EXAMPLES = int(os.environ.get("PROMPTDESK_FUZZ_EXAMPLES", "100"))


def same(fast: Any, slow: Any) -> bool:
    """Equal values, types, key order and lines, all the way down."""
    if isinstance(slow, LineDict):
        return (isinstance(fast, LineDict) and fast.line == slow.line and fast.lines == slow.lines
                and list(fast) == list(slow) and all(same(fast[key], slow[key]) for key in slow))
    if isinstance(slow, LineList):
        return (isinstance(fast, LineList) and fast.line == slow.line and fast.lines == slow.lines
                and len(fast) == len(slow) and all(same(a, b) for a, b in zip(fast, slow, strict=True)))
    if isinstance(slow, float) and math.isnan(slow):
        return isinstance(fast, float) and math.isnan(fast)
    return type(fast) is type(slow) and fast == slow


def check_agrees(front: str) -> bool:
    """True when the quick reader answered (and agreed); False when it handed the text over."""
    try:
        slow: Any = load_front_matter_with_libyaml(front)
    except FrontMatterError:
        slow = FrontMatterError
    try:
        fast = load_plain_front_matter(front)
    except Unsupported:
        return False
    assert slow is not FrontMatterError, f"libyaml refuses this but the quick reader read it: {front!r}"
    assert same(fast, slow), f"{front!r}\nquick:   {fast!r}\nlibyaml: {slow!r}"
    return True


KEYS = st.sampled_from(["title", "name", "tags", "a", "on", "yes", "null", "b1", "x_y", "fields", "k"])
WORDS = st.sampled_from([
    "plain text", "Team", "1", "-1", "2", "1.5", ".5", "1e3", "0x1F", "0o17", "1_000", "12:30", ".inf", ".NaN",
    "~", "null", "Null", "yes", "No", "on", "OFF", "true", "y", "n", "2026-03-02", "2026-13-40",
    "2026-03-02 10:00:00", "<<", "=", "it's", 'say "hi"', "a:b", "a: b", "a #b", "a#b", "what?", "?x", "-x", "- x",
    "23%", "%x", "&a x", "*a", "!!str 1", "!x", "@x", "`x`", "|", "|-", ">", "'q'", "'it''s'", "''", '""', '"d"',
    '"a\\"b"', '"a, b"', "'[x]'", "'a: b'", "é", "🙂", "a  b", "x ", "",
])
FLOW = st.recursive(
    WORDS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
        st.lists(st.tuples(KEYS | WORDS, inner), max_size=4).map(
            lambda pairs: "{" + ", ".join(f"{k}: {v}" if v else k for k, v in pairs) + "}"),
        st.sampled_from(["[a,]", "{a: 1,}", "{a, b}", "{a: }", "[x: y]", "[a, , b]", "{a:1}", '{"a": 1}',
                         "{'k': v}", "[a] x", "[a", "{a: [b}", "[[a], [b, c]]", "[a,b]", "{ a : b }", "[ ]"]),
    ),
    max_leaves=8,
)
INDENTS = st.sampled_from(["", "", "  ", "    ", " ", "      "])
BLOCK_TEXT = st.lists(st.sampled_from(["line one", "  indented", "", "   ", "# not a comment", "- dash", "a: b",
                                       "{{field}}", "x"]), min_size=0, max_size=4)


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 10))):
        indent = draw(INDENTS)
        dash = draw(st.sampled_from(["", "", "- ", "-", "-  "]))
        key = draw(st.sampled_from(["", f"{draw(KEYS)}:", f"{draw(KEYS)}: "]))
        value = draw(FLOW)
        line = f"{indent}{dash}{key}{' ' if key.endswith(':') and value else ''}{value}"
        if draw(st.integers(0, 9)) == 0:
            line += draw(st.sampled_from([" # note", "#x", "\t", "  "]))
        lines.append(line)
        if value in ("|", "|-", ">"):
            block_indent = indent + draw(st.sampled_from(["  ", "    ", ""]))
            lines.extend(block_indent + text if text else text for text in draw(BLOCK_TEXT))
        if draw(st.integers(0, 7)) == 0:
            lines.append(draw(st.sampled_from(["", "# comment", "  # indented comment", "---", "...", "%YAML 1.1"])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "\n", "", "\n\n"]))


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(front=front_matters())
def test_template_shaped_front_matter_reads_as_libyaml_reads_it(front: str) -> None:
    check_agrees(front)


COMMON = st.sampled_from(["Team", "plain text", "3", "yes", "2026-03-02", "[a, b]", "{k: v, n: 2}", "[]", "{}",
                          "{name: x, options: [A, B], default: A}", "'q'", '"d"', "[\"10\", 'a, b']", ""])
LEAVES = st.one_of(COMMON, COMMON, WORDS.filter(lambda word: word not in ("|", "|-", ">")), FLOW,
                   st.tuples(st.sampled_from(["|", "|-"]), BLOCK_TEXT))


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> Any:
    """A nested structure of mappings ("map", [(key, child)]), lists ("seq", [child]) and leaves."""
    kind = draw(st.sampled_from(["leaf", "map", "seq"] if depth < 3 else ["leaf"]))
    if kind == "leaf":
        return draw(LEAVES)
    size = draw(st.integers(1, 3))
    if kind == "map":
        return ("map", [(draw(KEYS), draw(trees(depth + 1))) for _ in range(size)])
    return ("seq", [draw(trees(depth + 1)) for _ in range(size)])


def render(tree: Any, indent: int, step: int, lines: list[str], lead: str) -> None:
    """Block-style lines for ``tree``; ``lead`` is what starts its first line ("key:" or "- ")."""
    pad = " " * indent
    if isinstance(tree, tuple) and tree[0] in ("map", "seq") and isinstance(tree[1], list):
        if lead:
            lines.append(pad + lead.rstrip(" "))
        inner = indent + step if lead else indent
        if tree[0] == "seq" and lead.endswith(":") and step == 2 and indent % 2 == 0:
            inner = indent  # a list under a key may start at the key's own indent
        for item in tree[1]:
            if tree[0] == "map":
                key, child = item
                render(child, inner, step, lines, f"{key}:")
            else:
                render(item, inner, step, lines, "- ")
        return
    if isinstance(tree, tuple):  # a | block
        header, text = tree
        lines.append(pad + f"{lead} {header}".strip(" ") if lead else pad + header)
        lines.extend(" " * (indent + step) + line if line else line for line in text)
        return
    lines.append(pad + (f"{lead} {tree}" if lead.endswith(":") and tree else f"{lead}{tree}"))


MUTATIONS = st.sampled_from([" ", ":", "-", "#", "'", '"', "[", "]", "{", ",", "\n", "  ", ": ", "- ", "?", "|"])


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(tree=trees(), step=st.sampled_from([1, 2, 2, 4]), mutations=st.lists(
    st.tuples(st.floats(0, 1), MUTATIONS), max_size=2), end=st.sampled_from(["\n", "", "\n\n"]))
def test_structured_front_matter_reads_as_libyaml_reads_it(tree: Any, step: int, mutations: list, end: str) -> None:
    """Valid nesting of every plain shape, sometimes with a character or two broken."""
    lines: list[str] = []
    if not (isinstance(tree, tuple) and tree[0] == "map"):
        tree = ("map", [("title", tree)])
    render(tree, 0, step, lines, "")
    front = "\n".join(lines) + end
    for where, text in mutations:
        cut = int(where * len(front))
        front = front[:cut] + text + front[cut:]
    check_agrees(front)


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12),
                    st.dates(), st.sampled_from(["yes", "No", "~", "0x1F", "1e3", ".5", "2026-01-01", "<<x", "'q'",
                                                 "a, b", "[x]", "{y}", "k: v", "#", "?", "-", "%", "\"", "'"]))
DOCUMENTS = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(st.text(max_size=6), inner, max_size=4)),
                         max_leaves=20)


@settings(max_examples=EXAMPLES, deadline=None)
@given(document=st.dictionaries(st.from_regex(r"[a-z_][a-z0-9_]{0,7}", fullmatch=True), DOCUMENTS, min_size=1,
                                max_size=5),
       flow=st.booleans(), width=st.sampled_from([80, 10_000]))
def test_dumped_documents_read_as_libyaml_reads_them(document: dict, flow: bool, width: int) -> None:
    """Whatever yaml.safe_dump writes (block or flow style) the quick reader gets right or hands over."""
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True, width=width)
    check_agrees(text)
    assert load_front_matter(text) == yaml.safe_load(text)


def bundled_front_matters() -> list[tuple[str, str]]:
    found = []
    for path in sorted(paths.bundled_prompts_dir().rglob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        found.append((path.name, split_front_matter(path.read_text(encoding="utf-8"))[0]))
    return found


@pytest.mark.parametrize(("name", "front"), bundled_front_matters())
def test_bundled_templates_read_the_same_either_way(name: str, front: str) -> None:
    check_agrees(front)


def test_the_plain_shapes_of_a_typical_template_are_read_without_libyaml() -> None:
    front = (
        "title: Meeting summary\nversion: 3\ntier: execution\ntags: [meeting, notes, \"10\", 'a, b']\n"
        "fields:\n  - name: transcript\n    required: yes\n    options: [A, B]\n"
        "  - {name: audience, type: choice, options: [Team, Client], default: Team}\n"
        "checklist:\n- Every action has an owner\n- {text: Dates match, required: false}\n"
        "history:\n  - {version: 3, date: 2026-03-02, note: Owners}\n"
        "tests:\n  - name: One\n    fields:\n      transcript: |\n        Priya: launch on the 24th?\n\n"
        "        Tom: yes # really\n    expect: {keywords: [24], sections: [Decisions]}\n"
    )
    assert check_agrees(front)
    value = load_plain_front_matter(front)
    assert value["tests"][0]["fields"]["transcript"] == "Priya: launch on the 24th?\n\nTom: yes # really\n"
    assert value["fields"][0]["required"] is True and value.lines["history"] == 14


@pytest.mark.parametrize("front", [
    "title: a\n  continued on the next line\n", "title: x # a comment\n", "a: &anchor x\n", "a: !!str 1\n",
    "? complex\n: key\n", "a: 'unclosed\n", "a: b: c\n", "a: 1\na: 2\n", "title:\tx\n", "a: [1, 2\n", "a: >\n  x\n",
    "- a\n- b\n", "", "   \n", "  a: 1\n", "a:\n  - x\n  b: 1\n", "a: \"x\\ty\"\n", "yes: 1\n",
])
def test_unusual_or_wrong_front_matter_is_handed_to_libyaml(front: str) -> None:
    with pytest.raises(Unsupported):
        load_plain_front_matter(front)


def test_a_wrong_front_matter_still_gets_libyamls_problem_and_line(tmp_path: Path) -> None:
    from desktop.core.templates.parse import parse_template

    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: Hello\npurpose: Greet.\ntags: [a, b\n---\nSay hello.\n", encoding="utf-8")
    template, problems = parse_template(path)
    assert template is None and len(problems) == 1
    assert problems[0].line == 4 and "cannot be read" in problems[0].message
