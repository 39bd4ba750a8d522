"""Names that no capital marks: chat speakers in Arabic and Hebrew script, and lowercase first
names mentioned in a chat whose speakers are written with capitals."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str) -> list[str]:
    return [s.original for s in redact_text(text).spans if s.type == "PERSON"]


def test_arabic_and_hebrew_speakers_of_an_untimed_chat_are_people() -> None:
    assert _people("فاطمة: متى الاجتماع؟\nحسن: الساعة الثالثة") == ["فاطمة", "حسن"]
    assert _people("אבי: הלקוח התקשר\nמיכל: אני אחזור אליו") == ["אבי", "מיכל"]


def test_field_words_in_those_scripts_are_no_speakers() -> None:
    assert _people("المدينة: جدة\nالقسم: المشتريات") == []
    assert _people("ملاحظة: الطلب متأخر\nتنبيه: راجع المخزون") == []
    assert _people("הערה: החשבונית נשלחה\nסטטוס: פתוח") == []


def test_lowercase_names_after_a_cue_in_a_chat_with_capitalised_speakers() -> None:
    text = "[10:01] Megan: can you ask tobias about the invoice\n[10:02] Ravi: sure, or ping ingrid later"
    assert _people(text) == ["Megan", "tobias", "Ravi", "ingrid"]


def test_everyday_words_after_a_cue_in_such_a_chat_are_left() -> None:
    text = "[10:01] Megan: ask finance about the invoice\n[10:02] Ravi: sure, tell legal and ping support too"
    assert _people(text) == ["Megan", "Ravi"]


def test_a_lowercase_word_opening_a_message_needs_lowercase_speakers() -> None:
    text = "[10:01] Megan: victoria station is closed\n[10:02] Ravi: taking the bus then"
    assert _people(text) == ["Megan", "Ravi"]


def test_a_lowercase_name_after_a_question_verb() -> None:
    assert "élodie" in _people("[09:10] Lucas: demande à élodie pour le devis\n[09:11] Manon: ok je lui écris")
    assert "sjoerd" in _people("[09:10] Ilse: heeft sjoerd de planning al gezien?\n[09:11] Joost: nog niet")
    assert _people("[09:10] Lucas: on se voit à demain alors\n[09:11] Manon: oui à plus") == ["Lucas", "Manon"]
