"""Filling in a template: values go in literally, segments map back to fields, values are checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.templates.library import Template, parse_template, render, render_segments, validate_values

TEXT = """---
title: Offer letter
purpose: Draft an offer.
fields:
  - {name: name, label: Candidate, type: short_text, required: true, max_length: 20}
  - {name: notes, type: long_text}
  - {name: tone, type: choice, options: [Warm, Formal], default: Warm}
  - {name: perks, type: multi_choice, options: [Laptop, Gym, Lunch]}
  - {name: salary, type: number, min: 1000, max: 90000}
  - {name: start, type: date}
  - {name: remote, type: checkbox}
  - {name: consent, label: I have permission, type: checkbox, required: true}
---
Write a {{tone}} offer to {{ name }}.
Extra notes: {{notes}}
Perks: {{perks}}. Salary: {{salary}}. Start: {{start}}. Remote: {{remote}}. Consent: {{consent}}.
"""


def template(tmp_path: Path) -> Template:
    path = tmp_path / "offer.md"
    path.write_text(TEXT, encoding="utf-8")
    parsed, problems = parse_template(path)
    assert problems == [] and parsed is not None
    return parsed


def test_values_are_formatted_by_type_and_defaults_fill_empty_fields(tmp_path: Path) -> None:
    values = {"name": "Ada", "perks": ["Laptop", "Lunch"], "salary": 52000.0, "start": "2026-04-01",
              "remote": True, "consent": False}
    text = render(template(tmp_path), values)
    assert text.startswith("Write a Warm offer to Ada.\n")
    assert "Perks: Laptop, Lunch. Salary: 52000. Start: 2026-04-01. Remote: yes. Consent: no." in text


def test_a_line_whose_blanks_are_all_empty_is_left_out(tmp_path: Path) -> None:
    text = render(template(tmp_path), {"name": "Ada"})
    assert "Extra notes" not in text
    assert "Write a Warm offer to Ada.\nPerks: . Salary: " in text  # the line still has filled blanks


def test_template_syntax_inside_a_value_stays_text(tmp_path: Path) -> None:
    sneaky = "{{tone}} {{ name }} {% for x in y %} ${HOME} {0}"
    text = render(template(tmp_path), {"name": "Ada", "notes": sneaky})
    assert f"Extra notes: {sneaky}\n" in text
    assert text.count("Warm") == 1


def test_segments_say_which_text_came_from_which_field(tmp_path: Path) -> None:
    tpl = template(tmp_path)
    values = {"name": "Ada", "notes": "Line one\nline two", "remote": False}
    segments = render_segments(tpl, values)
    assert "".join(text for text, _ in segments) == render(tpl, values)
    assert ("Ada", "name") in segments and ("Line one\nline two", "notes") in segments
    assert ("Warm", "tone") in segments and ("no", "remote") in segments
    assert all(text for text, _ in segments)
    # Template text between two blanks is one piece, never split.
    assert (" offer to ", None) in segments


def test_validate_values_gives_plain_problems_per_field(tmp_path: Path) -> None:
    tpl = template(tmp_path)
    problems = validate_values(tpl, {"name": "x" * 25, "tone": "Loud", "perks": ["Laptop", "Boat"],
                                     "salary": "lots", "start": "next Friday", "consent": False})
    assert problems == {
        "name": "At most 20 characters (now 25)",
        "tone": "Choose one of: Warm, Formal",
        "perks": "Not an option: Boat. Choose from: Laptop, Gym, Lunch",
        "salary": "Enter a number",
        "start": "Enter a date as year-month-day, e.g. 2026-03-02",
        "consent": "Tick “I have permission” to go on",
    }


def test_required_and_range_problems(tmp_path: Path) -> None:
    tpl = template(tmp_path)
    assert validate_values(tpl, {"consent": True}) == {"name": "Candidate is required"}
    assert validate_values(tpl, {"name": "  ", "consent": True}) == {"name": "Candidate is required"}
    assert validate_values(tpl, {"name": "Ada", "consent": True, "salary": 10})["salary"] == "At least 1000"
    assert validate_values(tpl, {"name": "Ada", "consent": True, "salary": "95,000"})["salary"] == "At most 90000"
    assert validate_values(tpl, {"name": "Ada", "consent": "yes", "salary": "52,000"}) == {}


@pytest.fixture(scope="module")
def shared_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return template(tmp_path_factory.mktemp("t"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=20).filter(lambda s: s.strip() and "\n" not in s.strip()),
       notes=st.text(max_size=200))
def test_any_value_appears_literally_and_segments_rebuild_the_prompt(shared_template: Template, name: str,
                                                                     notes: str) -> None:
    tpl = shared_template
    values = {"name": name, "notes": notes}
    text = render(tpl, values)
    assert name in text
    if notes.strip():
        assert f"Extra notes: {notes}\n" in text
    assert "".join(t for t, _ in render_segments(tpl, values)) == text
