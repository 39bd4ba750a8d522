"""Template test-case files (``NAME.cases/*.yaml``) are read by the hardened YAML reader.

Hostile or careless case files (an alias bomb, thousands of nested brackets, tags that build
objects, a huge file) give a plain problem naming the file, in ``test-templates``, in
``check`` and in the core; never a traceback, a RecursionError or gigabytes of memory. Each
command runs as a real process; the alias bomb runs under a memory ceiling far below what
expanding it would take.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.review.evals import case_file_problems, load_cases
from desktop.core.templates.library import Template, parse_template
from tests.core.review.test_evals import edited_copy

# The classic "billion laughs": 700 bytes that a plain YAML loader expands to 10^9 strings.
ALIAS_BOMB = "name: bomb\nfields:\n  transcript: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"  f{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10)
)
DEEP_FLOW = "name: deep\nfields: " + "[" * 10_000 + "]" * 10_000 + "\n"
DEEP_BLOCK = "name: deep\nfields:\n" + "".join("  " * i + "- \n" for i in range(1, 3000))
HOSTILE = {
    "alias-bomb.yaml": ALIAS_BOMB,
    "deep-flow.yaml": DEEP_FLOW,
    "deep-block.yaml": DEEP_BLOCK,
    "python-tag.yaml": "name: tag\nfields: !!python/object/apply:os.system [echo hi]\n",
    "binary-tag.yaml": "name: bin\nfields: {transcript: !!binary aGVsbG8=}\n",
    "two-docs.yaml": "name: one\nfields: {audience: Team}\n---\nname: two\n",
    "merge-key.yaml": "base: &b {audience: Team}\nname: merge\nfields:\n  <<: *b\n",
    "not-utf8.yaml": "name: caf\xe9\nfields: {audience: Team}\n",
    "syntax.yaml": "name: [unclosed\nfields: {audience: Team}\n",
    "huge.yaml": "name: huge\nfields:\n  transcript: " + "x" * 1_100_000 + "\n",
}
GOOD = "name: Board call\nfields:\n  audience: Leadership\n  transcript: Ana agreed to ship on Friday, owner Ben.\n"


def write_cases(folder: Path, files: dict[str, str]) -> Template:
    template, problems = parse_template(edited_copy("meeting-summary", folder), "team")
    assert template is not None, problems
    cases = folder / "meeting-summary.cases"
    cases.mkdir()
    for name, text in files.items():
        data = text.encode("latin-1") if name == "not-utf8.yaml" else text.encode("utf-8")
        (cases / name).write_bytes(data)
    return template


def cli(*args: str, memory_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        import resource

        if memory_limit:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=300, preexec_fn=limit)


def test_every_hostile_case_file_is_a_plain_problem_and_the_good_one_still_loads(tmp_path) -> None:
    template = write_cases(tmp_path, {**HOSTILE, "good.yaml": GOOD})
    cases, problems = load_cases(template)
    assert [c.name for c in cases if c.origin != "template"] == ["Board call"]
    named = {problem.split(":", 1)[0] for problem in problems}
    assert named == set(HOSTILE), problems
    text = "\n".join(problems)
    assert "aliases" in text and "nested more than" in text and "python/object" in text
    assert "RecursionError" not in text and "Traceback" not in text


def test_an_alias_bomb_in_test_templates_is_refused_under_a_memory_ceiling(tmp_path) -> None:
    """The bomb took 6.2 GB to expand; the process here may not use more than 1.5 GB."""
    write_cases(tmp_path, {"alias-bomb.yaml": ALIAS_BOMB, "good.yaml": GOOD})
    out = cli("test-templates", str(tmp_path / "meeting-summary.md"), "--dry-run", "--json",
              memory_limit=1_500_000_000)
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    problems = data["templates"][0]["problems"]
    assert any(p.startswith("alias-bomb.yaml") and "aliases" in p for p in problems)
    assert "Board call" in [case["name"] for case in data["templates"][0]["cases"]]
    assert "Traceback" not in out.stderr and "MemoryError" not in out.stderr


def test_deep_nesting_in_test_templates_is_a_plain_problem_not_a_recursion_error(tmp_path) -> None:
    write_cases(tmp_path, {"deep-flow.yaml": DEEP_FLOW, "deep-block.yaml": DEEP_BLOCK})
    out = cli("test-templates", str(tmp_path / "meeting-summary.md"), "--dry-run")
    assert out.returncode == 1
    assert "deep-flow.yaml: could not be read" in out.stderr and "deep-block.yaml: could not be read" in out.stderr
    assert "RecursionError" not in out.stderr + out.stdout and "Traceback" not in out.stderr


def test_check_reports_case_file_problems_with_file_and_line(tmp_path) -> None:
    template = write_cases(tmp_path, {**HOSTILE, "good.yaml": GOOD,
                                      "unknown-field.yaml": "name: x\nfields: {audiance: Team}\n",
                                      "unknown-key.yaml": "name: x\nfields: {audience: Team}\nexpected: {}\n"})
    out = cli("check", str(tmp_path))
    assert out.returncode == 1, out.stdout
    cases = tmp_path / "meeting-summary.cases"
    for name in [*HOSTILE, "unknown-field.yaml", "unknown-key.yaml"]:
        assert str(cases / name) in out.stdout, name
    assert f"{cases / 'unknown-key.yaml'}:3: unknown key 'expected'" in out.stdout
    assert "has no field 'audiance'" in out.stdout
    assert "good.yaml" not in out.stdout and "Traceback" not in out.stderr
    assert len(case_file_problems(template)) == len(HOSTILE) + 2


def test_check_of_a_single_template_file_covers_its_cases(tmp_path) -> None:
    write_cases(tmp_path, {"deep-flow.yaml": DEEP_FLOW})
    out = cli("check", str(tmp_path / "meeting-summary.md"))
    assert out.returncode == 1 and "deep-flow.yaml" in out.stdout


def test_the_bundled_case_files_have_no_problems() -> None:
    from desktop.core.templates.library import load_library

    library = load_library()
    assert [p for t in library.templates for p in case_file_problems(t)] == []


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_file_alone_gives_one_problem(tmp_path, name: str) -> None:
    template = write_cases(tmp_path, {name: HOSTILE[name]})
    assert len(case_file_problems(template)) == 1
