"""The bundled library: complete, valid, with the right tiers, and consistent with its own checks."""

from __future__ import annotations

import pytest

from desktop.core import paths
from desktop.core.review.quality import automatic_checks
from desktop.core.templates.library import Library, Template, render, validate_values

# id -> (category, tier); None = the router chooses.
EXPECTED = {
    "article-draft": ("Content", "reasoning"),
    "content-brief": ("Content", "execution"),
    "meta-description": ("Content", "execution"),
    "social-post": ("Content", "reasoning"),
    "cold-email": ("Sales", "reasoning"),
    "proposal-draft": ("Sales", "reasoning"),
    "discovery-call-prep": ("Sales", "reasoning"),
    "objection-response": ("Sales", "reasoning"),
    "lead-qualification": ("Sales", "quick"),
    "meeting-summary": ("Operations", "execution"),
    "task-extraction": ("Operations", "execution"),
    "data-cleanup": ("Operations", "execution"),
    "report-generation": ("Operations", "execution"),
    "email-triage": ("Operations", "execution"),
    "document-extraction": ("Operations", "execution"),
    "fact-check": ("Quality", "reasoning"),
    "voice-calibration": ("Quality", "reasoning"),
    "seo-review": ("Quality", "execution"),
    "ask-anything": ("General", None),
}

LIBRARY = Library([("bundled", paths.bundled_prompts_dir())])
TEMPLATES = {t.id: t for t in LIBRARY.templates}


def test_the_bundled_library_has_no_problems() -> None:
    assert [str(p) for p in LIBRARY.problems] == []


def test_every_expected_template_is_there_in_its_category_with_its_tier() -> None:
    found = {t.id: (t.category, t.tier) for t in LIBRARY.templates}
    assert {k: found.get(k) for k in EXPECTED} == EXPECTED
    assert LIBRARY.categories() == ["Content", "General", "Operations", "Quality", "Sales"]


def test_each_template_folder_matches_its_category() -> None:
    for template in LIBRARY.templates:
        assert template.path.parent.name == template.category.lower(), template.id


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_each_template_is_complete(template_id: str) -> None:
    template = TEMPLATES[template_id]
    assert len(template.tests) >= 3
    assert template.example_output
    # A person ticks at most four things (the template's own and the team's gate); the rest is automatic.
    from desktop.core.review.quality import TEAM_GATE

    assert len(template.checklist) >= 1 and len(template.checklist) + len(TEAM_GATE) <= 4
    assert template.history and template.history[0].version == template.version
    assert all(f.help for f in template.fields), "every field explains itself"
    assert len(template.body.split()) >= 120, "a real prompt, not a one-liner"


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_each_test_input_is_valid_and_renders_without_empty_blanks(template_id: str) -> None:
    template = TEMPLATES[template_id]
    for case in template.tests:
        assert validate_values(template, case.fields) == {}, case.name
        assert "{{" not in render(template, case.fields) or "{{" in str(case.fields)


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_each_example_output_passes_its_templates_own_checks(template_id: str) -> None:
    template: Template = TEMPLATES[template_id]
    failed = [(r.id, r.reason) for r in automatic_checks(template, template.example_output) if r.passed is False]
    assert failed == []


def test_untrusted_material_is_marked_wherever_text_is_pasted_from_outside() -> None:
    for template_id in ("meeting-summary", "task-extraction", "data-cleanup", "email-triage", "document-extraction",
                        "fact-check", "objection-response"):
        assert TEMPLATES[template_id].has_untrusted, template_id


def test_ask_anything_is_one_long_text_field() -> None:
    fields = TEMPLATES["ask-anything"].fields
    assert [(f.type, f.required) for f in fields] == [("long_text", True)]


def test_the_operator_guides_complete_example_passes_check(tmp_path) -> None:
    from desktop.core.templates.library import parse_template

    guide = (paths.bundled_prompts_dir() / "README.md").read_text(encoding="utf-8")
    example = guide.split("```markdown\n", 1)[1].split("\n```\n", 1)[0] + "\n"
    path = tmp_path / "thank-you-note.md"
    path.write_text(example, encoding="utf-8")
    template, problems = parse_template(path, "team")
    assert [str(p) for p in problems] == []
    assert template is not None and len(template.tests) == 3 and template.example_output
    # The guide promises that an empty optional line disappears.
    assert "next meeting" not in render(template, template.tests[0].fields)
    assert "2026-04-02" in render(template, template.tests[2].fields)


@pytest.mark.parametrize("template_id", sorted(EXPECTED))
def test_each_cases_expectations_fit_an_answer_shaped_like_the_example(template_id: str) -> None:
    """Expectations ask for content (keywords, a label), never a shape the example itself fails."""
    template = TEMPLATES[template_id]
    for case in template.tests:
        named = [str(k) for k in case.expect.get("keywords", ())] + [str(x) for x in case.expect.get("labels", ())[:1]]
        answer = template.example_output.rstrip() + (f"\n\nThis covers {', '.join(named)}." if named else "")
        failed = [(r.id, r.reason) for r in automatic_checks(template, answer, expect=case.expect) if r.passed is False]
        assert failed == [], case.name
