"""Chinese and Japanese names in running text with no honorific: a pointer word before them and
a deed after them; Japanese job titles after a family name."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="CN").spans if s.type == "PERSON"]


def test_a_chinese_name_between_a_pointer_and_a_deed() -> None:
    assert "周婷" in _people("报价单我已经改好了，麻烦你跟周婷说一声。")
    assert "郭磊" in _people("这个项目由郭磊负责，下周开始。")
    assert "罗静" in _people("发票的问题可以找罗静。")


def test_everyday_words_starting_with_a_family_name_are_left() -> None:
    assert _people("请给张表格填一下，然后跟高层沟通预算。") == []
    assert _people("这批货由公司负责运输，问问客户明天能不能收。") == []


def test_a_japanese_family_name_asked_or_accompanied() -> None:
    assert "松本" in _people("見積もりの件は松本に確認します。")
    assert "吉田" in _people("来週、吉田と一緒に伺います。")
    assert "林田" in _people("本件は林田課長が承認済みです。")


def test_japanese_words_before_the_same_particles_are_left() -> None:
    assert _people("詳細は本社に確認してください。") == []
    assert _people("来月、中国に連絡して在庫を確認します。") == []


def test_a_chinese_clause_opening_with_a_name_and_when_they_act() -> None:
    assert "何静" in _people("展位已经订好了，何静周二先去布置。")
    assert _people("样品已经寄出，张家港周一到货，高层周三开会。") == []
