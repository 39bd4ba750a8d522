"""Card numbers as people paste them: mistyped, with odd gaps, over two lines, in other languages."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _cards(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="GB").spans if s.type == "CARD"]


@pytest.mark.parametrize(
    ("text", "card"),
    [
        # a wrong check digit beside a card word or an expiry
        ("pls charge my visa 4532 7781 0926 5513 for the deposit", "4532 7781 0926 5513"),
        ("number is 5204-1187-6630-9912, exp 04/29", "5204-1187-6630-9912"),
        ("Kreditkarte 4017.2256.8841.3307 (Inhaberin steht auf dem Formular)", "4017.2256.8841.3307"),
        ("la carte bancaire : 4973 5512 0086 4429, expire fin 2027", "4973 5512 0086 4429"),
        ("amex corporativa 3742 556190 44127 para los vuelos", "3742 556190 44127"),
        ("kortnummer 4571 0099 2381 6644 giltig till 08/28", "4571 0099 2381 6644"),
        ("kartım 5571 2290 4483 1176 son kullanma 03/28", "5571 2290 4483 1176"),
        ("kart numarası 4571 6633 2019 4482", "4571 6633 2019 4482"),
        ("카드번호 5521 9934 0078 1265", "5521 9934 0078 1265"),
        ("信用卡 6222 0210 0110 8834 有效期 09/27", "6222 0210 0110 8834"),
        ("card: 4658587129043318", "4658587129043318"),
        # gaps left by a copy from a PDF or a slip, and a number broken over two lines
        ("Card no.  4658  5871  2904  3314  exp 09/27", "4658  5871  2904  3314"),
        ("mastercard 5289 - 4410 - 7723 - 0156", "5289 - 4410 - 7723 - 0156"),
        ("Karte: 4917 6102\n       4458 2292", "4917 6102\n       4458 2292"),
        # a CSV row: the expiry in the next cell, after a comma
        ("guest,card,expiry\nR. Osei,4929 3310 5872 6614,09/28\n", "4929 3310 5872 6614"),
    ],
)
def test_a_card_written_as_people_write_it_is_hidden(text: str, card: str) -> None:
    assert _cards(text)
    assert card not in redact_text(text, country="GB").text


@pytest.mark.parametrize(
    "text",
    [
        "card ending 4471 (**** **** **** 4471) was refunded",  # masked: the last four only
        "Receipt no. 4658-5871-2904-3315, paid by card",
        "order 4658 5871 2904 3315 shipped",
        "Beleg-Nr. 7730 1182 4409 2261 (Kartenzahlung)",
        "guía 360002145987710 en camino",
        "total 4485 9021 7712 0035,11",  # (no card word, no expiry, a wrong check digit)  # a waybill, fifteen digits not in Amex's range
        "meeting ID 4658 5871 2904 3315",  # no card word and a wrong check digit
        "IBAN DE89 3704 0044 0532 0130 00 for the credit transfer",
        "placeholder 4444 4444 4444 4444 in the card field",
        "Shipment 3459 1234 5678 9012 delivered on 05/06",  # a date after it, not right after it
        "Credit note 3459 1234 5678 9012 for the return",
        "licence key 5512-3345-6678-9902, valid for 12 months",
    ],
)
def test_numbers_that_are_not_a_card_stay(text: str) -> None:
    assert _cards(text) == []
