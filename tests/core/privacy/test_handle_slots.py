"""Logins and mentions in the slots that hold a person, as the dev31 split found them missing: a
full name after "@" as Teams and Outlook write it, a YAML author and list of reviewers, a tool's
"opened by" line; and the teams, bots and tools in those slots. Texts here are new, not the split's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="GB").spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("@Rosalind Achebe can you sign off the budget? @Operations will book the room.", ["Rosalind Achebe"]),
        ("merge_request:\n  author: kwabena-o\n  title: Fix totals\n", ["kwabena-o"]),
        ("review:\n  approvers:\n    - ingeborg.falk\n    - tadeusz-m\n    - release-team\n", ["ingeborg.falk", "tadeusz-m"]),
        ("Jira  APP  3:12 PM\nBug OPS-88 resolved by hvoronova\n", ["hvoronova"]),
    ],
)
def test_a_slot_for_a_person_holds_one(text: str, wanted: list[str]) -> None:
    found = people(text)
    for name in wanted:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "review:\n  approvers:\n    - release-team\n    - renovate-bot\n",
        "Pull request #91 opened by dependabot\nIssue closed by automation.\n",
        "merge_request:\n  author: admin\n",
    ],
)
def test_teams_bots_and_tools_in_those_slots_are_no_people(text: str) -> None:
    assert people(text) == []


def test_a_mention_keeps_an_everyday_word_after_the_name_out() -> None:
    assert people("@Eleanor Please send the file.") == ["Eleanor"]
