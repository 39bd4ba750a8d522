"""Chinese, Japanese and Korean names: titles after a surname, and one person, one placeholder."""

from __future__ import annotations

from desktop.core.privacy import redact_text, restore


def test_a_chinese_surname_before_a_title_is_the_person_named_in_full_before() -> None:
    text = "王伟经理您好，\n附件是合同。请王经理确认后回复。王总说周五前可以。\n谢谢\n李娜"
    result = redact_text(text, country="CN")
    assert result.text == "[PERSON_1]经理您好，\n附件是合同。请[PERSON_1]经理确认后回复。[PERSON_1]总说周五前可以。\n谢谢\n[PERSON_2]"
    assert result.vault == {"[PERSON_1]": "王伟", "[PERSON_2]": "李娜"}
    assert restore(result.text, result.vault).startswith("王伟经理您好")


def test_a_word_ending_in_a_title_character_is_no_name() -> None:
    result = redact_text("请把数据汇总发给我，高总额的订单另列。", country="CN")
    assert result.spans == []


def test_a_japanese_four_character_name_and_its_surname_share_a_placeholder() -> None:
    result = redact_text("佐藤花子様\nいつもお世話になっております。先日は佐藤様にご来社いただきました。", country="JP")
    assert [(s.original, s.placeholder) for s in result.spans] == [("佐藤花子様", "[PERSON_1]"), ("佐藤様", "[PERSON_1]")]


def test_a_korean_job_title_is_not_taken_for_the_name_before_it() -> None:
    text = "거래처 담당 박지훈 부장과 통화함. 박 부장님이 견적서를 보내기로 함. 김과장님 회신 대기."
    result = redact_text(text, country="KR")
    assert [(s.original, s.placeholder) for s in result.spans] == [
        ("박지훈", "[PERSON_1]"), ("박", "[PERSON_1]"), ("김", "[PERSON_2]"),
    ]
    assert "부장" in result.text and "과장" in result.text


def test_a_speaker_named_in_full_is_hidden_where_the_chat_mentions_them() -> None:
    result = redact_text("赵磊：孙丽的电话是多少？\n孙丽：我在这儿。赵总，样品明天到。", country="CN")
    assert result.text == "[PERSON_1]：[PERSON_2]的电话是多少？\n[PERSON_2]：我在这儿。[PERSON_1]总，样品明天到。"


def test_a_signature_above_its_department_line() -> None:
    text = "您好，\n报价单已发送，请确认。\n\n谢谢！\n周丽华\n市场部"
    assert redact_text(text, country="CN").vault == {"[PERSON_1]": "周丽华"}
    assert redact_text("您好，\n报价单已发送，请确认。\n\n谢谢！\n市场部", country="CN").vault == {}


def test_a_japanese_signature_family_name_space_given_name_under_the_firm() -> None:
    text = "納期についてご連絡いたします。\n\n株式会社ミナト工業 営業部\n松井 直人"
    assert redact_text(text, country="JP").vault == {"[PERSON_1]": "松井 直人"}


def test_a_chinese_record_led_by_a_name_and_a_katakana_account_holder() -> None:
    assert redact_text("新员工资料：周丽华，出生日期 1990年1月2日", country="CN").vault["[PERSON_1]"] == "周丽华"
    result = redact_text("お振込先：普通 1234567 名義 スズキ ハナコ\nよろしくお願いします。", country="JP")
    assert "スズキ ハナコ" in result.vault.values()
    assert redact_text("资料：周一，出生地不详", country="CN").vault == {}


def test_a_family_name_alone_before_the_same_name_signed_apart() -> None:
    text = "ご不明点は 松井 までお問い合わせください。\n\n株式会社ミナト工業 営業部\n松井 直人"
    result = redact_text(text, country="JP")
    assert result.text == "ご不明点は [PERSON_1] までお問い合わせください。\n\n株式会社ミナト工業 営業部\n[PERSON_1]"
    assert result.vault == {"[PERSON_1]": "松井 直人"}  # (restore writes the full name, as for any alias)
