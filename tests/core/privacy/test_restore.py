"""Restore: originals come back in the answer, whole or streamed, whatever the model did to the brackets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import StreamRestorer, redact_text, restore

VAULT = {"[PERSON_1]": "Anna Schmidt", "[EMAIL_1]": "anna@example.com", "[NATIONAL_ID_2]": "123-45-6789"}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("[PERSON_1] wrote", "Anna Schmidt wrote"),
        ("[person_1] wrote", "Anna Schmidt wrote"),
        ("(PERSON_1) wrote", "Anna Schmidt wrote"),
        ("[[PERSON_1]] wrote", "Anna Schmidt wrote"),
        ("{Person_1} wrote", "Anna Schmidt wrote"),
        ("<PERSON_1> wrote", "Anna Schmidt wrote"),
        ("PERSON_1 wrote", "Anna Schmidt wrote"),
        ("[ PERSON_1 ] wrote", "Anna Schmidt wrote"),
        ("(see [PERSON_1])", "(see Anna Schmidt)"),
        ("[PERSON_1]'s email is [EMAIL_1].", "Anna Schmidt's email is anna@example.com."),
        ("ID [national_id_2]", "ID 123-45-6789"),
        ("Dear[PERSON_1],", "DearAnna Schmidt,"),
        ("**[PERSON_1]**", "**Anna Schmidt**"),
        ("XPERSON_1 stays", "XPERSON_1 stays"),
    ],
)
def test_restore_accepts_case_and_bracket_changes(answer: str, expected: str) -> None:
    assert restore(answer, VAULT) == expected


def test_placeholders_not_in_the_vault_are_left_alone() -> None:
    assert restore("[PERSON_2] and [PHONE_1] and PERSON_10", VAULT) == "[PERSON_2] and [PHONE_1] and PERSON_10"


def test_stream_restorer_joins_placeholders_split_at_every_position() -> None:
    answer = "Dear [PERSON_1], we wrote to (email_1) about [[NATIONAL_ID_2]]. Bye PERSON_1"
    expected = restore(answer, VAULT)
    assert "Anna Schmidt" in expected and "[" not in expected.replace("", "")
    for cut in range(len(answer) + 1):
        for cut2 in range(cut, len(answer) + 1, 7):
            restorer = StreamRestorer(VAULT)
            shown = [restorer.feed(answer[:cut]), restorer.feed(answer[cut:cut2]), restorer.feed(answer[cut2:])]
            shown.append(restorer.finish())
            assert "".join(shown) == expected, (cut, cut2)
            assert not any("PERS" in part or "[PER" in part for part in shown)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=40))
def test_stream_restorer_matches_whole_restore_for_any_chunking(sizes: list[int]) -> None:
    answer = "Hi [PERSON_1]! Mail {EMAIL_1} or call. PERSON_1 said: (person_1)) ok [UNKNOWN_3] end"
    restorer = StreamRestorer(VAULT)
    out, pos = [], 0
    for size in sizes:
        out.append(restorer.feed(answer[pos : pos + size]))
        pos += size
    out.append(restorer.feed(answer[pos:]))
    out.append(restorer.finish())
    assert "".join(out) == restore(answer, VAULT)


def test_stream_restorer_does_not_hold_back_ordinary_text() -> None:
    restorer = StreamRestorer(VAULT)
    assert restorer.feed("Hello there, ") == "Hello there, "
    assert restorer.feed("friend") == "friend"


def test_round_trip_through_redaction() -> None:
    text = "Dear Margit Okonkwo, your card 4111 1111 1111 1111 was charged. Call +1 212 555 0143."
    result = redact_text(text)
    assert restore(result.text, result.vault) == text
