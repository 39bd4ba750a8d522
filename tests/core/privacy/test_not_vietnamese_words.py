"""A Vietnamese everyday word whose first syllable is also a given name's, capitalised at a
sentence's start before its second syllable in lowercase, is that word (vietnamese_words.txt); the
same syllable before another word, or after a form of address, stays a person."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str) -> list[str]:
    return [text[s.input_start : s.input_end] for s in redact_text(text, country="VN").spans]


@pytest.mark.parametrize(
    "text",
    [
        "Thanh toán chuyển khoản trước ngày 5.",
        "Tổng cộng 3.200.000 đồng đã gồm VAT.",
        "Bảo hành 12 tháng cho máy in.",
        "Giao hàng miễn phí trong nội thành.",
        "Tài khoản công ty đã được mở.",
    ],
)
def test_an_everyday_word_opening_a_sentence_is_no_person(text: str) -> None:
    assert _hidden(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Thanh gửi báo cáo rồi.", "Thanh"),
        ("Anh Thanh toán tiền chưa?", "Anh Thanh"),
    ],
)
def test_a_person_with_the_syllables_name_is_still_hidden(text: str, person: str) -> None:
    assert person in _hidden(text)
