"""Parsing template files: every part of the format, and plain problems for each kind of mistake."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.core.templates.library import Library, Problem, parse_template
from desktop.core.templates.parse import MAX_TEMPLATE_BYTES

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "templates"

FULL = """---
title: Cold email
category: Sales
tier: reasoning
version: 2
purpose: A first email to a prospect.
tags: [outreach, prospecting]
fields:
  - name: prospect
    label: Prospect company
    type: short_text
    required: true
    max_length: 80
    help: The company you are writing to.
    placeholder: Northwind Bakery
  - {name: angle, type: choice, options: [Cost, Speed], default: Speed}
  - {name: channels, type: multi_choice, options: [Email, Phone]}
  - {name: seats, type: number, min: 1, max: 500}
  - {name: send_on, type: date}
  - {name: formal, type: checkbox, default: true}
  - {name: notes, type: long_text, untrusted: true}
output: {max_words: 150, sections: [Subject, Body]}
checks: {min_words: 40, banned_phrases: [synergy], keywords: [demo], labels: [], json: false}
checklist:
  - The prospect's name is spelled right
  - {text: Tone matches our voice, required: false}
history:
  - {version: 1, date: 2025-12-01, note: First version}
  - {version: 2, date: 2026-02-10, note: Shorter}
tests:
  - {name: one, fields: {prospect: Acme Ltd}, expect: {keywords: [Acme]}}
  - {name: two, fields: {prospect: Globex, seats: 20}}
  - {name: three, fields: {prospect: Initech, angle: Cost}}
---
Write to {{prospect}} about {{angle}} via {{channels}} for {{seats}} seats on {{send_on}}. Formal: {{formal}}.

<notes>
{{notes}}
</notes>

## Example output
Subject: Hello
"""


def write(tmp_path: Path, text: str, name: str = "sample.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def only_problem(path: Path) -> Problem:
    template, problems = parse_template(path)
    assert template is None
    assert len(problems) == 1, problems
    return problems[0]


def test_a_complete_template_is_read_into_every_part(tmp_path: Path) -> None:
    path = write(tmp_path, FULL, "cold-email.md")
    template, problems = parse_template(path, "team")
    assert problems == []
    assert template is not None
    assert (template.id, template.title, template.category, template.tier) == ("cold-email", "Cold email", "Sales",
                                                                                "reasoning")
    assert template.tags == ("outreach", "prospecting")
    assert [f.type for f in template.fields] == ["short_text", "choice", "multi_choice", "number", "date",
                                                 "checkbox", "long_text"]
    prospect = template.fields[0]
    assert (prospect.label, prospect.required, prospect.max_length, prospect.placeholder) == (
        "Prospect company", True, 80, "Northwind Bakery")
    assert template.fields[1].label == "Angle"  # made from the name when none is given
    assert template.fields[3].min == 1 and template.fields[3].max == 500
    assert template.has_untrusted
    assert template.output.sections == ("Subject", "Body")
    assert template.checks.banned_phrases == ("synergy",)
    assert [(c.text, c.required) for c in template.checklist] == [
        ("The prospect's name is spelled right", True), ("Tone matches our voice", False)]
    assert [(h.version, h.date) for h in template.history] == [(2, "2026-02-10"), (1, "2025-12-01")]
    assert [t.name for t in template.tests] == ["one", "two", "three"]
    assert template.tests[0].expect == {"keywords": ["Acme"]}
    assert template.example_output == "Subject: Hello"
    assert "## Example output" not in template.body and template.body.startswith("Write to {{prospect}}")
    assert template.source == "team" and template.version == 2
    assert template.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_output_token_cap_comes_from_tokens_then_words_then_a_default(tmp_path: Path) -> None:
    base = "---\ntitle: T\npurpose: P\n{extra}---\nHello.\n"
    caps = []
    for extra in ("output: {max_tokens: 900, max_words: 100}\n", "output: {max_words: 101}\n", ""):
        template, problems = parse_template(write(tmp_path, base.format(extra=extra)))
        assert problems == [] and template is not None
        caps.append(template.max_output_tokens())
    assert caps == [900, 142, 1500]


def test_problem_reads_as_file_colon_line_colon_message() -> None:
    assert str(Problem(Path("a/b.md"), 4, "Unknown key")) == "a/b.md:4: Unknown key"
    assert str(Problem(Path("a/b.md"), None, "Empty")) == "a/b.md: Empty"


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("typo-key.md", 4, "Unknown key 'teir' — did you mean 'tier'?"),
        ("choice-without-options.md", 9, "Field 'tone' is a choice but lists no options"),
        ("unknown-tier.md", 4, "Tier 'fast' does not exist"),
        ("malformed-yaml.md", 4, "cannot be read"),
        ("empty.md", None, "The file is empty"),
        ("not-utf8.md", 2, "not saved as UTF-8"),
        ("unknown-blank.md", 9, "uses {{topics}} but no field is called 'topics' — did you mean 'topic'?"),
        ("no-front-matter.md", 1, "must start with a line containing only '---'"),
        ("untrusted-unfenced.md", 5, "put {{email}} on its own between tags"),
    ],
)
def test_each_broken_fixture_gives_one_plain_problem_with_its_line(name: str, line: int | None, words: str) -> None:
    problem = only_problem(FIXTURES / "broken" / name)
    assert problem.line == line
    assert words in problem.message
    assert problem.path.name == name


def test_every_mistake_in_a_file_is_reported_at_once(tmp_path: Path) -> None:
    text = "---\ntitel: T\npurpose: P\ntier: quik\nversion: zero\n---\nHi\n"
    template, problems = parse_template(write(tmp_path, text))
    assert template is None
    messages = " | ".join(p.message for p in problems)
    assert "did you mean 'title'" in messages
    assert "'title' is missing" in messages
    assert "did you mean 'quick'" in messages
    assert "'version' must be a whole number" in messages


def test_a_file_over_the_size_limit_is_one_problem_not_a_slow_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_bytes(b"---\ntitle: x\n---\n" + b"a" * (10 * 1024 * 1024))
    problem = only_problem(path)
    assert "10.0 MB" in problem.message and f"{MAX_TEMPLATE_BYTES // 1024} KB" in problem.message


def test_yaml_tags_that_build_objects_are_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\npurpose: P\n---\nHi\n"
    problem = only_problem(write(tmp_path, text))
    assert "python/object/apply:os.system' is not allowed" in problem.message and problem.line == 2
    assert not marker.exists()


def test_anchors_and_aliases_are_refused_so_a_small_file_cannot_expand(tmp_path: Path) -> None:
    text = "---\ntitle: T\npurpose: P\ntags: &a [x, y]\nchecklist: *a\n---\nHi\n"
    problem = only_problem(write(tmp_path, text))
    assert "Anchors and aliases" in problem.message


def test_field_type_aliases_suggest_the_real_type(tmp_path: Path) -> None:
    text = "---\ntitle: T\npurpose: P\nfields:\n  - {name: tone, type: dropdown, options: [A]}\n---\n{{tone}}\n"
    problem = only_problem(write(tmp_path, text))
    assert "type 'dropdown', which does not exist — did you mean 'choice'?" in problem.message


def test_a_field_the_prompt_never_uses_is_a_problem(tmp_path: Path) -> None:
    text = "---\ntitle: T\npurpose: P\nfields:\n  - {name: topic}\n  - {name: extra}\n---\n{{topic}}\n"
    problem = only_problem(write(tmp_path, text))
    assert problem.message.startswith("Field 'extra' is never used in the prompt")
    assert problem.line == 6


def test_a_default_that_does_not_fit_its_field_is_reported(tmp_path: Path) -> None:
    text = "---\ntitle: T\npurpose: P\nfields:\n  - {name: tone, type: choice, options: [Warm, Dry], default: Loud}\n---\n{{tone}}\n"
    problem = only_problem(write(tmp_path, text))
    assert "the default does not fit the field (Choose one of: Warm, Dry)" in problem.message


def test_version_must_match_the_newest_history_entry(tmp_path: Path) -> None:
    text = "---\ntitle: T\npurpose: P\nversion: 3\nhistory:\n  - {version: 2, date: 2026-01-01, note: x}\n---\nHi\n"
    problem = only_problem(write(tmp_path, text))
    assert "Add a history line for version 3" in problem.message


def test_history_dates_must_be_year_month_day(tmp_path: Path) -> None:
    text = "---\ntitle: T\npurpose: P\nhistory:\n  - {version: 1, date: 3 March, note: x}\n---\nHi\n"
    problem = only_problem(write(tmp_path, text))
    assert "year-month-day" in problem.message and problem.line == 5


def test_test_inputs_are_checked_against_the_fields(tmp_path: Path) -> None:
    text = ("---\ntitle: T\npurpose: P\nfields:\n  - {name: topic, required: true, max_length: 5}\n"
            "tests:\n  - {name: a, fields: {topc: x}}\n  - {name: b, fields: {topic: much too long}}\n---\n{{topic}}\n")
    template, problems = parse_template(write(tmp_path, text))
    messages = [p.message for p in problems]
    assert template is None
    assert any("fills in 'topc'" in m and "did you mean 'topic'" in m for m in messages)
    assert any("Test 'a', field 'topic': Topic is required" in m for m in messages)
    assert any("Test 'b', field 'topic': At most 5 characters" in m for m in messages)


def test_tier_may_be_left_out_or_set_to_automatic(tmp_path: Path) -> None:
    for extra in ("", "tier: automatic\n", "tier: auto\n"):
        template, problems = parse_template(write(tmp_path, f"---\ntitle: T\npurpose: P\n{extra}---\nHi\n"))
        assert problems == [] and template is not None and template.tier is None
        assert template.tier_label == "automatic"


def test_windows_line_endings_and_a_byte_order_mark_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "crlf.md"
    path.write_bytes("\ufeff---\r\ntitle: T\r\npurpose: P\r\n---\r\nHi there\r\n".encode())
    template, problems = parse_template(path)
    assert problems == [] and template is not None and template.body == "Hi there"


def test_category_comes_from_the_folder_when_the_file_names_none(tmp_path: Path) -> None:
    path = write(tmp_path, "---\ntitle: T\npurpose: P\n---\nHi\n")
    template, _ = parse_template(path, category_hint="customer-care")
    assert template is not None and template.category == "Customer Care"


def test_a_comma_inside_braces_gets_a_hint_about_quotes(tmp_path: Path) -> None:
    text = "---\ntitle: T\npurpose: P\nhistory:\n  - {version: 1, date: 2026-01-01, note: Shorter, clearer}\n---\nHi\n"
    problem = only_problem(write(tmp_path, text))
    assert problem.line == 5
    assert problem.message.startswith("In 'history': Unknown key 'clearer'. The keys allowed here are: version, date")
    assert "put that whole text in quotes" in problem.message
    text = text.replace("Shorter, clearer", "Shorter, much clearer")
    problem = only_problem(write(tmp_path, text))
    assert "'much clearer' is read as a setting name" in problem.message and "in quotes" in problem.message


@pytest.mark.parametrize("depth", [60, 2_000, 100_000])
@pytest.mark.parametrize("shape", ["flow", "block"])
def test_deeply_nested_settings_are_one_problem_and_the_rest_of_the_library_loads(
        tmp_path: Path, shape: str, depth: int) -> None:
    """Older libyaml crashes the process on deep nesting and newer libyaml refuses it in its own
    words: either way the operator sees one plain problem on the line of the setting, and every
    other template in the folder is still there."""
    nested = "[" * depth + "]" * depth if shape == "flow" else "\n  " + "- " * depth + "x"
    (tmp_path / "deep.md").write_text(f"---\ntitle: T\npurpose: P\ntags: {nested}\n---\nHi\n", encoding="utf-8")
    (tmp_path / "fine.md").write_text("---\ntitle: Fine\npurpose: Still loads.\n---\nHello\n", encoding="utf-8")
    library = Library([("team", tmp_path)])
    library.refresh()
    problems = [p for p in library.problems if p.path.name == "deep.md"]
    assert len(problems) == 1
    assert problems[0].message.startswith("The settings are nested more than 50 levels deep")
    assert problems[0].line in (4, 5)
    assert [t.title for t in library.templates] == ["Fine"]


def test_a_setting_written_twice_is_a_problem_naming_both_lines(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, "---\ntitle: T\npurpose: P\ntitle: U\n---\nHi\n"))
    assert (problem.line, problem.message) == (4, "'title' is written twice (first on line 2); keep one.")


def test_a_test_without_fields_for_a_required_field_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """A misspelt 'fields:' in a test leaves the required field empty: one plain problem, no exception."""
    path = tmp_path / "greet.md"
    path.write_text("---\ntitle: Greet\npurpose: Greet someone.\nfields:\n  - {name: who, required: true}\n"
                    "tests:\n  - name: Anna\n    fiels: {who: Anna}\n---\nSay hello to {{who}}.\n", encoding="utf-8")
    template, problems = parse_template(path)
    assert template is None
    assert [(p.line, p.message) for p in problems] == [
        (8, "In 'tests': Unknown key 'fiels' — did you mean 'fields'?"),
        (7, "Test 'Anna', field 'who': Who is required."),
    ]
