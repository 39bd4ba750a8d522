"""Addresses written without a prefecture or province, with short Korean city names, and in
lowercase chat with a British postcode."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("country", "text", "address"),
    [
        ("JP", "荷物は名古屋市中区栄3-15-33 に届けてください", "名古屋市中区栄3-15-33"),
        ("JP", "新しい住所は目黒区自由が丘2-9-6です", "目黒区自由が丘2-9-6"),
        ("CN", "请寄到海淀区中关村大街27号，谢谢", "海淀区中关村大街27号"),
        ("CN", "地址是香港灣仔軒尼詩道289號12樓", "香港灣仔軒尼詩道289號12樓"),
        ("KR", "부산 해운대구 해운대해변로 264 으로 보내주세요", "부산 해운대구 해운대해변로 264"),
        ("GB", "hey just moved, new place is 31 cherry tree lane leicester le2 3ab", "31 cherry tree lane leicester le2 3ab"),
    ],
)
def test_the_address_is_hidden(country: str, text: str, address: str) -> None:
    assert address in _addresses(text, country)


@pytest.mark.parametrize(
    ("country", "text"),
    [("JP", "港区で3人と打ち合わせ"), ("CN", "第3区有5号楼的钥匙"), ("GB", "we had 3 calls and 2 code reviews today lol"),
     ("GB", "ok 2 people in room b12 then")],
)
def test_counts_and_rooms_are_not_addresses(country: str, text: str) -> None:
    assert _addresses(text, country) == []
