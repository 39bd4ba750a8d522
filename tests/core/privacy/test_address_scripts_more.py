"""Street addresses in Greek, Hebrew, Arabic, Persian and Thai script and Bulgarian and Ukrainian Cyrillic forms,
as the dev43 split found them missing: the Greek street word and its abbreviations, Hebrew
streets with or without the street word (a flat after the number), the town after "ב", Arabic
streets with Arabic-Indic digits, a Bulgarian street's name in quotes with its floor and flat,
the Ukrainian town with "м." and its postcode. Texts here are new."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Η νέα μου διεύθυνση είναι οδός Πατησίων 88, 11257 Αθήνα, ευχαριστώ.", "GR", "οδός Πατησίων 88, 11257 Αθήνα"),
        ("Διεύθυνση: Λεωφ. Συγγρού 140, Καλλιθέα 17671", "GR", "Λεωφ. Συγγρού 140, Καλλιθέα 17671"),
        ("היא עברה לשדרות רוטשילד 45 בתל אביב, תעדכנו את הכתובת.", "IL", "שדרות רוטשילד 45 בתל אביב"),
        ("כתובת למשלוח: ויצמן 12 דירה 7, רחובות", "IL", "ויצמן 12 דירה 7, רחובות"),
        ("أسكن الآن في ٢٢ شارع الحرية، الزمالك، القاهرة. شكراً", "EG", "٢٢ شارع الحرية، الزمالك، القاهرة"),
        ("العنوان: شارع الملك فهد رقم 45، الرياض", "SA", "شارع الملك فهد رقم 45، الرياض"),
        ("Пратката е за ул. „Раковски“ 120, ет. 3, ап. 9, София 1000.", "BG", "ул. „Раковски“ 120, ет. 3, ап. 9, София 1000"),
        ("Адреса: вул. Сагайдачного, 12, кв. 4, м. Київ, 04070.", "UA", "вул. Сагайдачного, 12, кв. 4, м. Київ, 04070"),
        ("Доставка: Одеса, вул. Дерибасівська, 9, кв. 3", "UA", "Одеса, вул. Дерибасівська, 9, кв. 3"),
        ("Адрес: гр. Варна, ул. „Преслав“ 18, вх. В, ап. 6", "BG", "гр. Варна, ул. „Преслав“ 18, вх. В, ап. 6"),
        ("نشانی: اصفهان، خیابان چهارباغ، کوچه ۷، پلاک ۲۱", "IR", "اصفهان، خیابان چهارباغ، کوچه ۷، پلاک ۲۱"),
        ("ส่งที่ 45/3 ซอยอารีย์ 2 แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400 ครับ", "TH", "45/3 ซอยอารีย์ 2 แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400"),
    ],
)
def test_a_street_in_each_script_is_hidden_with_its_town(text: str, country: str, address: str) -> None:
    assert any(address in found for found in addresses(text, country))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ο οδηγός θα σας περιμένει στις 10, πύλη 4.", "GR"),
        ("הישיבה בחדר ישיבות 3 קומה 2, מחר ב-10.", "IL"),
        ("الاجتماع في شارع التحلية بعد الظهر.", "SA"),
        ("جلسه فردا در خیابان انقلاب برگزار می‌شود.", "IR"),
        ("ราคา 1500 บาท ส่งฟรีทุกถนน ภายใน 20 วัน", "TH"),
    ],
)
def test_script_text_without_an_address_keeps_its_words(text: str, country: str) -> None:
    assert addresses(text, country) == []
