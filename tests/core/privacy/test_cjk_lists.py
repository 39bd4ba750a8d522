"""East Asian names in attendee lists, Korean letter closings and Japanese contact lines."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("会议纪要\n参会：王丽、陈建国、刘经理\n1. 陈建国负责联系供应商", "CN", "会议纪要\n参会：[PERSON_1]、[PERSON_2]、[PERSON_3]经理\n1. [PERSON_2]负责联系供应商"),
        ("出席者：山田、中村（営業部）", "JP", "出席者：[PERSON_1]、[PERSON_2]（営業部）"),
        ("참석: 김지훈, 이수빈 과장, 박민", "KR", "참석: [PERSON_1], [PERSON_2] 과장, [PERSON_3]"),
        ("감사합니다.\n정하늘 드림\n삼성물산 구매팀", "KR", "감사합니다.\n[PERSON_1] 드림\n삼성물산 구매팀"),
        ("ご不明点は中村までご連絡ください。", "JP", "ご不明点は[PERSON_1]までご連絡ください。"),
    ],
)
def test_names_in_lists_closings_and_contact_lines(text: str, country: str, expected: str) -> None:
    assert redact_text(text, country=country).text == expected


@pytest.mark.parametrize("text", ["参会：市场部、销售部全体", "참석: 영업팀, 마케팅팀", "出席者：営業部全員"])
def test_departments_in_an_attendee_list_are_not_people(text: str) -> None:
    assert redact_text(text).spans == []
