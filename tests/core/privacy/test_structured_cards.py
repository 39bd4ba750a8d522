"""Cards as people paste them: followed by the expiry and the code, or by words an address rule
reads as a postcode."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from desktop.core.privacy.candidates import Candidate, resolve


@pytest.mark.parametrize(("text", "card"), [
    ("[17:03] liam: 5248-7110-9833-5626 11/26 219", "5248-7110-9833-5626"),
    ("charge it to 4147 2039 9184 5278 0927 please", "4147 2039 9184 5278"),
    ("Amex 3794 126609 13245 04 28", "3794 126609 13245"),
])
def test_a_card_run_on_into_its_expiry_is_still_a_card(text: str, card: str) -> None:
    result = redact_text(text, country="GB")
    assert [s.original for s in result.spans if s.type == "CARD"] == [card]


@pytest.mark.parametrize("text", [
    "job=nightly-export version=4.10.2.1 build=22621.3296\n2024-06-02 03:14:55,204 INFO",
    "Ref 1234 5678 9012 3456 78 is the batch id, not a card",
])
def test_numbers_that_only_a_cut_would_make_a_card_stay(text: str) -> None:
    assert not [s for s in redact_text(text, country="GB").spans if s.type == "CARD"]


def test_a_card_followed_by_a_pin_is_hidden_whole_with_its_pin() -> None:
    result = redact_text("Karte fürs Tanken: 5355 2901 4726 3849 PIN 8124", country="DE")
    assert "5355" not in result.text and "8124" not in result.text
    assert {s.type for s in result.spans} == {"CARD", "SECRET"}


def test_a_checked_number_beats_an_address_found_over_its_digits() -> None:
    card, address = Candidate(7, 26, "CARD"), Candidate(7, 30, "ADDRESS")
    assert resolve([address, card]) == [card]
    iban, street = Candidate(0, 22, "IBAN"), Candidate(10, 30, "ADDRESS")
    assert resolve([iban, street]) == [iban]
    assert resolve([Candidate(0, 10, "PHONE"), Candidate(0, 20, "ADDRESS")]) == [Candidate(0, 20, "ADDRESS")]


@pytest.mark.parametrize(("text", "code"), [
    ("[17:03] liam: 5248-7110-9833-5626 11/26 219", "219"),
    ("A-55012,4197836163192299,10/28,071,Harlan Briggs", "071"),
    ("card 4147 2039 9184 5278 exp 09/27 630", "630"),
    ("Visa : 4147 2039 9184 5278\nexpire fin 09/27 · cryptogramme au dos : 630", "630"),
])
def test_a_cards_code_after_it_and_its_expiry_is_hidden(text: str, code: str) -> None:
    result = redact_text(text, country="GB")
    assert [s.original for s in result.spans if s.type == "SECRET"] == [code]


@pytest.mark.parametrize("text", [
    "paid 11/26 219 items",  # a date and a count, no card
    "order 4147203991845279 11/26 219",  # no checksum: no card, so no card code
])
def test_three_digits_after_a_date_without_a_card_stay(text: str) -> None:
    assert not [s for s in redact_text(text, country="GB").spans if s.type == "SECRET"]


def test_a_card_said_to_be_the_test_card_stays_and_a_customers_card_is_hidden() -> None:
    assert not redact_text("3. the test card is 4242 4242 4242 4242 with any future date", country="US").spans
    assert [s.type for s in redact_text("the order is 4539 1872 0466 3113", country="US").spans] == ["CARD"]


@pytest.mark.parametrize(("text", "card"), [
    ("card 4539 1872 0466 31XX", "4539 1872 0466 31XX"),
    ("Kartennummer 5248-7110-9833-****", "5248-7110-9833-****"),
])
def test_a_card_with_only_its_last_digits_masked_is_hidden_whole(text: str, card: str) -> None:
    assert [s.original for s in redact_text(text, country="DE").spans if s.type == "CARD"] == [card]


def test_a_card_masked_to_its_first_six_and_last_four_and_a_masked_order_stay() -> None:
    assert not redact_text("Kartennummer 4539 18XX XXXX 3113", country="DE").spans
    assert not [s for s in redact_text("lot 1234 5678 9012 3x shipped", country="DE").spans if s.type == "CARD"]


def test_a_cards_sec_code_is_hidden() -> None:
    result = redact_text("card no. 4539 1872 0466 3113 valid thru 08/27 sec code 482", country="US")
    assert [s.original for s in result.spans if s.type == "SECRET"] == ["482"]
