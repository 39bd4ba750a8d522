"""First names that are also places ("Jordan", "Chelsea", "Florence") are names only where
something says "a person"."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _people(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="US").spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Shipping to Jordan is delayed; customs in Aqaba want the certificate.",
        "Our stand at the Chelsea Flower Show needs two volunteers.",
        "The Charlotte office and the Phoenix store reopen Monday.",
        "Georgia and Victoria are out of stock.",
        "Paris and Florence offices unchanged.",
        "Servono due o tre pallet, uno per il magazzino di Verona.",
    ],
)
def test_a_place_alone_is_not_a_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Hi Jordan,\nthe report is attached.", ["Jordan"]),
        ("Chelsea Morgan from accounts will confirm.", ["Chelsea Morgan"]),
        ("Thanks Florence for the minutes.", ["Florence"]),
        ("Mr Jordan from security handed them out.", ["Mr Jordan"]),
        ("Remember me, Chelsea? We met in March.", ["Chelsea"]),
        ("To: Jordan\nSubject: badges", ["Jordan"]),
    ],
)
def test_a_place_name_with_a_sign_of_a_person_is_a_name(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_a_person_named_like_a_place_keeps_mentions_but_not_the_place() -> None:
    text = "Hi Jordan,\nshipping to Jordan is delayed. Jordan will call the broker."
    result = redact_text(text, country="US")
    assert [(s.original, s.input_start) for s in result.spans] == [("Jordan", 3), ("Jordan", 42)]
    assert "shipping to Jordan is delayed" in result.text
