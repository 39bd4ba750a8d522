"""The outgoing text: one placeholder per value, numbered past any the text already holds, the
same placeholder each time a value is written, and messages about removed secrets by place."""

from __future__ import annotations

from desktop.core.privacy import redact_segments, redact_text
from desktop.core.privacy.assemble import norm


def test_a_value_written_twice_in_two_forms_gets_one_placeholder() -> None:
    red = redact_text("Call +44 20 7946 0958 today, or +442079460958 after six.")
    phones = [s for s in red.spans if s.type == "PHONE"]
    assert len(phones) == 2 and phones[0].placeholder == phones[1].placeholder
    assert red.vault[phones[0].placeholder] == "+44 20 7946 0958"  # the form first written is restored


def test_placeholders_already_in_the_text_are_not_reused() -> None:
    red = redact_text("Earlier we wrote [EMAIL_1] for her; the address is anna.berg@example.org.")
    email = next(s for s in red.spans if s.type == "EMAIL")
    assert email.placeholder == "[EMAIL_2]"
    assert red.text.count("[EMAIL_1]") == 1


def test_spans_point_at_the_placeholders_and_at_the_values_in_the_input() -> None:
    segments = [("Write to ", None), ("anna.berg@example.org and bo@example.org", "to"), (" today.", None)]
    red = redact_segments(segments)
    joined = "".join(text for text, _ in segments)
    for span in red.spans:
        assert red.text[span.start : span.end] == span.placeholder
        assert joined[span.input_start : span.input_end] == span.original
    assert [s.placeholder for s in red.spans] == ["[EMAIL_1]", "[EMAIL_2]"]


def test_removed_secrets_are_told_once_per_place_and_kind_the_last_place_first() -> None:
    key = "sk-proj-" + "Q7v" * 16
    red = redact_segments([(f"use {key}", "notes"), (f"and {key} again, {key}", "config")])
    messages = [f.message for f in red.findings if f.kind == "secret"]
    assert len(messages) == 2
    assert messages[0].startswith("2 ") and "config" in messages[0]
    assert "notes" in messages[1] and not messages[1].startswith("2 ")


def test_compact_kinds_share_a_form_without_separators_and_others_without_case_or_spacing() -> None:
    assert norm("IBAN", "de89 3704-0044 0532 0130 00") == "DE89370400440532013000"
    assert norm("PERSON", "Anna   BERG") == "anna berg"
