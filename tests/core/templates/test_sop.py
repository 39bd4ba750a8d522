"""A template's standard operating procedure: what to do when the AI is unavailable and who
reviews, read with the template, kept by the parse cache, and checked like every other key."""

from __future__ import annotations

from pathlib import Path

from desktop.core.templates.cache import template_from_tuple, template_to_tuple
from desktop.core.templates.library import parse_template

SOP = """---
title: Refund reply
purpose: Answer a refund request.
tier: execution
unavailable: Use the refund letter in the Support drive and send it by hand.
reviewer: Dana (support lead) before anything goes to the customer
fields:
  - {name: request, type: long_text, required: true}
---
Reply to this refund request: {{request}}
"""


def test_the_fallback_and_reviewer_are_read_and_survive_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "refund-reply.md"
    path.write_text(SOP, encoding="utf-8")
    template, problems = parse_template(path, "team")
    assert problems == [] and template is not None
    assert template.unavailable == "Use the refund letter in the Support drive and send it by hand."
    assert template.reviewer == "Dana (support lead) before anything goes to the customer"
    assert template.fallback_text.startswith("When the AI is unavailable: Use the refund letter")
    assert template_from_tuple(template_to_tuple(template), path) == template


def test_a_template_without_them_has_none_and_a_misspelt_key_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "refund-reply.md"
    path.write_text(SOP.replace("unavailable:", "unavailble:").replace("reviewer:", "tags:"), encoding="utf-8")
    template, problems = parse_template(path, "team")
    assert template is None and "did you mean 'unavailable'" in problems[0].message and problems[0].line == 5
    path.write_text(SOP.replace("unavailable: Use", "tags: Use").replace("reviewer: Dana", "category: Dana"),
                    encoding="utf-8")
    template, problems = parse_template(path, "team")
    assert template is not None and (template.unavailable, template.reviewer, template.fallback_text) == ("", "", "")
