"""A firm's address under a line that is the firm's whole name with its legal form, an office
presented as "ours" in Hebrew, Russian, Greek or Arabic, and a venue named in Japanese, Chinese
or Korean before an address, are no one's; a person's address beside
their employer's name stays hidden. Texts here are new."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Dzień dobry,\n\nprzesyłam ofertę.\n\nPracownia Mebli Dąb Sp. z o.o.\nul. Fabryczna 12, 90-344 Łódź", "PL"),
        ("Hello,\n\nthe quote is attached.\n\nNorthgate Plumbing Supplies Ltd.\n14 Canal Street, Leeds LS1 4QA", "GB"),
        ("来週のセミナー会場はパシフィコ横浜ホール（神奈川県横浜市西区みなとみらい1-1-1）です。", "JP"),
        ("年会会场在上海国际会议中心（上海市浦东新区滨江大道2727号），请准时到达。", "CN"),
        ("Наш офис: ул. Ленина, д. 5, Москва, ждём вас с 9 до 18.", "RU"),
        ("Το γραφείο μας: οδός Ερμού 12, 10563 Αθήνα.", "GR"),
        ('המשרד שלנו ברחוב רוטשילד 22, תל אביב (בע"מ)', "IL"),
    ],
)
def test_a_firm_or_venue_address_is_left(text: str, country: str) -> None:
    assert addresses(text, country) == []


def test_a_person_address_under_their_own_name_stays_hidden() -> None:
    text = "Pozdrawiam\nAnna Zielińska\nul. Leśna 4/2, 05-500 Piaseczno"
    assert "ul. Leśna 4/2, 05-500 Piaseczno" in addresses(text, "PL")


def test_a_legal_form_inside_a_sentence_above_does_not_own_the_address() -> None:
    text = "I used to work for Brightline Ltd but I have left.\n7 Rowan Close, Bath BA2 4HT"
    assert any("7 Rowan Close" in a for a in addresses(text, "GB"))
