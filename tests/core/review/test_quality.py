"""Automatic checks on answers and the checklist that gates approval."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.review.quality import (
    TEAM_GATE,
    CheckResult,
    automatic_checks,
    builtin_filler,
    can_approve,
    checklist,
)
from desktop.core.templates.library import Template, parse_template

TEXT = """---
title: Status update
purpose: A weekly status update.
fields:
  - {name: notes, type: long_text, required: true}
output: {max_words: 60, sections: [Done, Next]}
checks: {min_words: 10, banned_phrases: [synergy], keywords: [deadline], labels: [On track, At risk]}
checklist:
  - Dates match the plan
  - {text: Tone is friendly, required: false}
---
Write a status update from these notes:
{{notes}}
"""

GOOD = """## Done
- Finished the supplier shortlist and sent it to Dana.
## Next
- Book the two calls before the deadline on Friday. Status: On track.
"""


@pytest.fixture
def template(tmp_path: Path) -> Template:
    path = tmp_path / "status.md"
    path.write_text(TEXT, encoding="utf-8")
    parsed, problems = parse_template(path)
    assert problems == [] and parsed is not None
    return parsed


def by_id(results: list[CheckResult]) -> dict[str, CheckResult]:
    return {r.id: r for r in results}


def test_a_good_answer_passes_every_automatic_check(template: Template) -> None:
    results = automatic_checks(template, GOOD)
    assert {r.id: r.passed for r in results} == {"length": True, "sections": True, "placeholders": True,
                                                  "filler": True, "complete": True, "keywords": True,
                                                  "labels": True}
    assert all(r.automatic for r in results)


def test_word_count_outside_the_range_fails_with_the_count(template: Template) -> None:
    long_answer = GOOD + ("More words here. " * 30)
    result = by_id(automatic_checks(template, long_answer))["length"]
    assert result.passed is False
    assert "this template asks for 10–60" in result.reason and "words" in result.reason


def test_missing_sections_are_named(template: Template) -> None:
    result = by_id(automatic_checks(template, "## Done\nAll of it, on track before the deadline.\n"))["sections"]
    assert result.passed is False and result.reason == "Missing section: Next."


def test_bold_and_colon_headings_count_as_sections(template: Template) -> None:
    answer = "**Done**\nShortlist sent.\n\nNext:\nCalls before the deadline. On track.\n"
    assert by_id(automatic_checks(template, answer))["sections"].passed is True


def test_leftover_placeholders_and_fill_in_brackets_are_caught(template: Template) -> None:
    answer = GOOD + "Thanks, [Your Name]. Ask [PERSON_2] and {{notes}}. See [our site](https://example.com).\n"
    result = by_id(automatic_checks(template, answer))["placeholders"]
    assert result.passed is False
    assert "[Your Name]" in result.reason and "[PERSON_2]" in result.reason and "{{notes}}" in result.reason
    assert "our site" not in result.reason  # a Markdown link is not a blank


def test_filler_is_advisory_but_the_templates_banned_phrases_are_required(template: Template) -> None:
    assert "delve into" in builtin_filler()
    filler = by_id(automatic_checks(template, GOOD + "Let us delve into the plan.\n"))["filler"]
    assert filler.passed is False and filler.required is False and "delve into" in filler.reason
    banned = by_id(automatic_checks(template, GOOD + "Great synergy this week.\n"))["filler"]
    assert banned.passed is False and banned.required is True and "synergy" in banned.reason


def test_a_cut_off_answer_is_caught_from_the_stop_reason_or_the_text(template: Template) -> None:
    assert by_id(automatic_checks(template, GOOD, stop_reason="max_tokens"))["complete"].passed is False
    assert by_id(automatic_checks(template, GOOD, stop_reason="length"))["complete"].passed is False
    unfinished = GOOD + "We also expect to hear back from the supplier about the"
    result = by_id(automatic_checks(template, unfinished))["complete"]
    assert result.passed is False and "unfinished" in result.reason
    signed = GOOD + "\nBest regards,\nDana Whitfield"
    assert by_id(automatic_checks(template, signed))["complete"].passed is True


def test_missing_keywords_and_labels_are_named(template: Template) -> None:
    results = by_id(automatic_checks(template, "## Done\nShortlist.\n## Next\nCalls on Friday, as planned.\n"))
    assert results["keywords"].passed is False and results["keywords"].reason == "Does not mention: deadline."
    assert results["labels"].passed is False and "On track, At risk" in results["labels"].reason


def test_a_test_cases_expectations_are_added_to_the_templates_checks(template: Template) -> None:
    results = by_id(automatic_checks(template, GOOD, expect={"keywords": ["Dana", "invoice"], "labels": ["At risk"]}))
    assert results["keywords"].reason == "Does not mention: invoice."
    assert results["labels"].passed is False


def test_json_is_checked_when_asked_including_inside_a_code_fence(template: Template) -> None:
    fenced = '```json\n{"done": ["shortlist"], "deadline": "Friday", "status": "On track"}\n```'
    assert by_id(automatic_checks(template, fenced, expect={"json": True}))["json"].passed is True
    broken = by_id(automatic_checks(template, '{"done": [}', expect={"json": True}))["json"]
    assert broken.passed is False and "not valid JSON" in broken.reason


def test_an_empty_answer_is_one_failed_check(template: Template) -> None:
    results = automatic_checks(template, "  \n")
    assert [(r.id, r.passed) for r in results] == [("empty", False)]


def test_checklist_adds_the_templates_items_and_the_team_gate(template: Template) -> None:
    results = checklist(template, GOOD)
    human = [r for r in results if not r.automatic]
    assert [(r.id, r.label, r.required) for r in human] == [
        ("item-1", "Dates match the plan", True), ("item-2", "Tone is friendly", False),
        ("team-1", TEAM_GATE[0].text, True), ("team-2", TEAM_GATE[1].text, True)]
    assert all(r.passed is None for r in human)


def test_with_untrusted_input_every_human_item_is_required(template: Template) -> None:
    human = [r for r in checklist(template, GOOD, untrusted=True) if not r.automatic]
    assert all(r.required for r in human)


def test_approval_needs_every_required_item_passed_or_ticked(template: Template) -> None:
    results = checklist(template, GOOD)
    assert can_approve(results, set()) is False
    assert can_approve(results, {"item-1", "team-1"}) is False
    assert can_approve(results, {"item-1", "team-1", "team-2"}) is True
    cut = checklist(template, GOOD, stop_reason="max_tokens")
    assert can_approve(cut, {"item-1", "team-1", "team-2"}) is False
    assert can_approve(cut, {"item-1", "team-1", "team-2", "complete"}) is True  # looked at and accepted


@pytest.mark.parametrize(
    ("ending", "complete"),
    [
        ("Come and taste the new rye this Saturday 🍞", True),
        ("Read the whole story on our website https://example.com/story", True),
        ("#Bakery #FoodWaste", True),
        ("- Call Jo Tan on Monday", True),
        ("- Ask the supplier for the revised quote and the", False),
        ("We will also review the contract terms with the", False),
        ("Next we need to confirm,", False),
        ("Best,\nDana", True),
    ],
)
def test_the_last_line_decides_whether_an_answer_looks_cut_off(template: Template, ending: str, complete: bool) -> None:
    assert by_id(automatic_checks(template, GOOD + ending))["complete"].passed is complete
