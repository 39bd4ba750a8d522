"""Addresses in the forms the street rules missed: East Asian scripts, letterheads whose street
starts with a lowercase abbreviation, Eircodes, Canadian and US state postcodes, Indian flats,
blocks written over several lines under a label, and the field after an address."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _addresses(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address", "country"),
    [
        ("请寄到广东省深圳市南山区科技园路88号创新大厦B座1506，谢谢", "广东省深圳市南山区科技园路88号创新大厦B座1506", "CN"),
        ("お届け先は〒530-0001 大阪府大阪市北区梅田3丁目1-1 までお願いします", "〒530-0001 大阪府大阪市北区梅田3丁目1-1", "JP"),
        ("주소는 부산광역시 해운대구 센텀중앙로 55, 1102호 입니다", "부산광역시 해운대구 센텀중앙로 55, 1102호", "KR"),
        ("Dane:\nul. Lipowa 4/7\n15-427 Białystok\n", "ul. Lipowa 4/7\n15-427 Białystok", "PL"),
        ("Please post it to 8 Mill Court, Ballincollig, Cork P31 KX27 thanks", "8 Mill Court, Ballincollig, Cork P31 KX27", "IE"),
        ("new address 17 Maple Ave, Oakville ON L6H 2R4 from June", "17 Maple Ave, Oakville ON L6H 2R4", "CA"),
        ("Mailing: 410 S Broadway, Unit 5, Boulder, CO 80305", "410 S Broadway, Unit 5, Boulder, CO 80305", "US"),
        ("send to B-17, Lajpat Nagar II, New Delhi 110024 by Friday", "B-17, Lajpat Nagar II, New Delhi 110024", "IN"),
    ],
)
def test_address_forms_are_hidden_whole(text: str, address: str, country: str) -> None:
    assert address in _addresses(text, country)


def test_address_block_under_its_label_is_hidden_to_the_postcode() -> None:
    text = "Customer: Ms Ada Brook\nAddress: The Old Forge\nChurch Street\nLittle Wenham\nIP7 6QB\nPhone: 01473 000 000\n"
    assert "The Old Forge\nChurch Street\nLittle Wenham\nIP7 6QB" in _addresses(text, "GB")


def test_address_stops_before_the_next_field_and_the_sign_off() -> None:
    text = "Meine Daten:\nKaiserstraße 21, 4020 Linz\nIBAN AT61 1904 3002 3457 3201\n\nMit freundlichen Grüßen"
    spans = {s.original: s.type for s in redact_text(text, country="AT").spans}
    assert spans.get("Kaiserstraße 21, 4020 Linz") == "ADDRESS"
    assert spans.get("AT61 1904 3002 3457 3201") == "IBAN"


def test_label_without_an_address_under_it_hides_nothing() -> None:
    assert not _addresses("Address: see the contract\nNotes\nCall back later\n", "GB")
