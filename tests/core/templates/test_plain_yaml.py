"""The quick reader gives exactly what the libyaml event reader gives, or leaves the text to it."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.library import _template
from desktop.core import paths
from desktop.core.templates.plain_yaml import read_plain_front_matter
from desktop.core.templates.yaml_events import (
    FrontMatterError,
    LineDict,
    LineList,
    load_front_matter,
    split_front_matter,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "templates"


def same(quick: Any, slow: Any) -> bool:
    """Equal values of the same types, with the same lines everywhere (``==`` alone says 1 == True)."""
    if type(quick) is not type(slow):
        return False
    if isinstance(quick, LineDict):
        return (quick.line == slow.line and quick.lines == slow.lines and list(quick) == list(slow)
                and all(type(a) is type(b) and same(quick[a], slow[b]) for a, b in zip(quick, slow, strict=True)))
    if isinstance(quick, LineList):
        return (quick.line == slow.line and quick.lines == slow.lines and len(quick) == len(slow)
                and all(same(a, b) for a, b in zip(quick, slow, strict=True)))
    if isinstance(quick, float) and math.isnan(quick):
        return math.isnan(slow)
    return bool(quick == slow)


def assert_agrees(front: str) -> bool:
    """True when the quick reader took the text; then libyaml must read the very same thing."""
    quick = read_plain_front_matter(front)
    if quick is None:
        return False
    try:
        slow = load_front_matter(front)
    except FrontMatterError as exc:  # pragma: no cover - the failure message shows the text
        raise AssertionError(f"the quick reader took a text libyaml refuses ({exc.message}):\n{front}") from None
    assert same(quick, slow), front
    return True


def _fronts(folder: Path) -> list[str]:
    fronts = []
    for path in sorted(folder.rglob("*.md")):
        try:
            fronts.append(split_front_matter(path.read_bytes().decode("utf-8"))[0])
        except (UnicodeDecodeError, FrontMatterError):
            continue
    return fronts


def test_the_bundled_library_and_the_fixtures_read_the_same_and_mostly_quickly() -> None:
    fronts = [f for f in _fronts(paths.bundled_prompts_dir()) if f.strip()]
    taken = sum(assert_agrees(front) for front in fronts)
    assert taken >= len(fronts) * 2 // 3  # the bundled style ('|' texts, lists of groups) is the quick kind
    for front in _fronts(FIXTURES):
        assert_agrees(front)


def test_the_benchmark_templates_all_take_the_quick_path() -> None:
    for index in range(30):
        assert assert_agrees(split_front_matter(_template(index))[0])


TRICKY = [
    "title: a: b\n", "title: a #c\n", "title: 'it''s'\n", 'title: "a\\"b\\n"\n', 'title: "\\x41"\n', "title: |\n  x\n\n  y\n\n",
    "title: |\n\n  x\n", "title: |-\n  x\n", "title: >\n  x\n", "title: [a, b,]\n", "title: [a, , b]\n", "title: {a: }\n",
    "title: {a: b: c}\n", "title: {a : b}\n", "title: {a:b}\n", "title: [a: b]\n", "title: [a]]\n", "title: [[a]\n",
    "title: {a: [b, {c: d}], e: f}\n", "title: x\n  more\n", "title:\n  - a\n  more\n", "title:\n- a\n- b\nnext: c\n",
    "list:\n  - a: 1\n    b: [2, 3]\n  - c\n", "yes: 1\n", "title: yes\nv: 0x1F\nd: 2026-01-01\nt: 10:30\nn: ~\nf: .inf\n",
    "title: <<\n", "title: =\n", "title: &a x\n", "title: *a\n", "title: !!str 3\n", "title: a\ntitle: b\n",
    "title: [a, {b: c}, [d]]\n", "  title: a\n", "title: a\n---\n", "title: 'a' b\n", "title: x\t\n", "title: a\u2028b\n",
    "t:\n  k:\n    - 1\n    - {a: 2}\n  j: |\n    line # not a comment\n", "t: [-1, +2]\n", "t: [a#b]\n", "t: a,b]\n",
    "- a\n", "# only a comment\n", "t: {k: v}x\n", "t:\n  - |\n    text\n  - b\n",
]


@pytest.mark.parametrize("front", TRICKY)
def test_tricky_shapes_agree_or_go_to_libyaml(front: str) -> None:
    assert_agrees(front)


PIECES = st.sampled_from([
    ":", ": ", "#", " #", "-", "- ", "[", "]", "{", "}", ",", "'", '"', "|", ">", " ", "  ", "\n", "\n  ", "\n- ",
    "yes", "no", "1.5", "0x1F", "2026-01-01", "10:30", "~", "null", "&a", "*a", "!x", "%", "?", "\\", "\\n",
    "\n\n", "\n#c\n", "''", "<<", "=", ".inf", "+1", "\t", "key: v\n", "  x: 1\n", "[a]", "{b: c}", "|\n  t\n",
])


@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 29), edits=st.lists(st.tuples(st.floats(0, 1), PIECES), min_size=1, max_size=4))
def test_edited_templates_agree_or_go_to_libyaml(seed: int, edits: list[tuple[float, str]]) -> None:
    text = split_front_matter(_template(seed))[0]
    for where, piece in edits:
        at = int(where * len(text))
        text = text[:at] + piece + text[at:]
    assert_agrees(text)


@settings(max_examples=150, deadline=None)
@given(document=st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True),
                                st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=12),
                                             lambda inner: st.lists(inner, max_size=3)
                                             | st.dictionaries(st.from_regex(r"[a-z]{1,6}", fullmatch=True), inner,
                                                               max_size=3), max_leaves=12),
                                min_size=1, max_size=5),
       flow=st.booleans())
def test_documents_yaml_writes_agree_or_go_to_libyaml(document: dict[str, Any], flow: bool) -> None:
    assert_agrees(yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True, sort_keys=False))
