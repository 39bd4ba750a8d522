"""Fuzzing: no input, however broken, crashes the parser, the library or the value checks."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.templates.format import FIELD_TYPES, Field
from desktop.core.templates.library import Library, Problem, Template, parse_template, validate_values
from desktop.core.templates.render import check_value

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces that real (and badly edited) templates are made of, so the fuzzer reaches deep paths.
PIECES = st.sampled_from([
    "---\n", "title: T\n", "purpose: P\n", "tier: quick\n", "tier: [x]\n", "version: 2\n", "version: -1\n",
    "fields:\n", "  - {name: topic, type: choice}\n", "  - name: a b\n", "  - {name: n, type: number, min: x}\n",
    "  - {name: d, type: date, default: 2026-13-40}\n", "  - [1, 2]\n", "output: {max_words: 0}\n",
    "checks: {json: maybe}\n", "checklist: [a, {text: b, required: 3}]\n", "history:\n",
    "  - {version: 1, date: 2026-01-01, note: n}\n", "tests:\n", "  - {name: t, fields: {topic: x}}\n",
    "{{topic}}\n", "{{ broken }\n", "## Example output\n", "&a x\n", "*a\n", ": : :\n", "\t\n", "? [k]\n: v\n",
    "\ufeff", "\x00", "\r\n", "'", '"', "{", "[", "\\", "é", "🙂", "[" * 30, "- " * 30, "? ",
])


def parse_bytes(tmp_path: Path, data: bytes) -> tuple[Template | None, list[Problem]]:
    path = tmp_path / "fuzz.md"
    path.write_bytes(data)
    return parse_template(path)


def assert_plain_outcome(template: Template | None, problems: list[Problem]) -> None:
    assert (template is None) == bool(problems)
    for problem in problems:
        assert isinstance(problem.message, str) and problem.message
        assert problem.line is None or problem.line >= 1


@FUZZ
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_parser(tmp_path: Path, data: bytes) -> None:
    assert_plain_outcome(*parse_bytes(tmp_path, data))


@FUZZ
@given(parts=st.lists(PIECES, max_size=25))
def test_template_shaped_text_never_crashes_the_parser(tmp_path: Path, parts: list[str]) -> None:
    assert_plain_outcome(*parse_bytes(tmp_path, ("---\n" + "".join(parts)).encode("utf-8", "surrogatepass")))


@FUZZ
@given(front=st.text(max_size=300), body=st.text(max_size=200))
def test_any_text_between_the_fences_never_crashes_the_parser(tmp_path: Path, front: str, body: str) -> None:
    text = f"---\n{front}\n---\n{body}"
    assert_plain_outcome(*parse_bytes(tmp_path, text.encode("utf-8", "surrogatepass")))


VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                   st.lists(st.text(max_size=5), max_size=3), st.dates(), st.dictionaries(st.text(max_size=3),
                                                                                          st.integers(), max_size=2))


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(FIELD_TYPES), value=VALUES)
def test_any_value_for_any_field_type_gives_a_plain_answer(kind: str, value: object) -> None:
    field = Field(name="f", label="F", type=kind, options=("A", "B"), min=0, max=10, min_length=1, max_length=9)
    assert isinstance(check_value(field, value), str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.from_regex(r"[a-z]{1,6}", fullmatch=True), min_size=1, max_size=6),
       values=st.dictionaries(st.text(max_size=6), VALUES, max_size=4))
def test_a_library_of_random_files_loads_and_validates_without_crashing(tmp_path: Path, names: list[str],
                                                                        values: dict) -> None:
    folder = tmp_path / "lib"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    for index, name in enumerate(names):
        fields = f"fields:\n  - {{name: {name}, type: {FIELD_TYPES[index % len(FIELD_TYPES)]}, options: [A]}}\n"
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\npurpose: p\n{fields}---\n{{{{{name}}}}}\n")
    library = Library([("team", folder)])
    for template in library.templates:
        assert isinstance(validate_values(template, values), dict)
    assert isinstance(library.search(" ".join(names)), list)


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12),
                    st.dates(), st.sampled_from(["yes", "No", "~", "0x1F", "1e3", ".5", "2026-01-01", "<<x", "'q'"]))
DOCUMENTS = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(st.text(max_size=6), inner, max_size=4)),
                         max_leaves=20)


@settings(max_examples=120, deadline=None)
@given(document=st.dictionaries(st.text(min_size=1, max_size=8), DOCUMENTS, min_size=1, max_size=5),
       flow=st.booleans())
def test_front_matter_values_are_exactly_what_yaml_safe_load_reads(document: dict, flow: bool) -> None:
    """The fast reader is a drop-in for yaml.safe_load on everything a template can contain."""
    import yaml

    from desktop.core.templates.yaml_events import load_front_matter

    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True)
    assert load_front_matter(text) == yaml.safe_load(text)
