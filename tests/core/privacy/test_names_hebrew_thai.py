"""Names in Hebrew and Thai writing (no capitals, words glued to "to"/"and", no spaces in Thai),
a Greek surname after a first name in any text, and an Arabic name that starts with a letter the
language also glues on as "to" or "and"; the everyday words those names share stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("קבענו פגישה עם רוני ביום שני בבוקר.", "IL", "רוני"),
        ("אפשר להעביר את הטבלה ליונתן עד הערב?", "IL", "יונתן"),
        ("הצעת המחיר אושרה, ותמסרי לאורית שהיא מוכנה.", "IL", "אורית"),
        ("שלום קרן,\nמצורף הדוח החודשי.", "IL", "קרן"),
        ("The supplier call moves to Monday, שני לוי will dial in.", "US", "שני לוי"),
        ("ส่งเอกสารให้สุภาพรก่อนเที่ยงนะครับ", "TH", "สุภาพร"),
        ("Please cc ธนพล on the Central Group thread.", "US", "ธนพล"),
        ("Ο φάκελος πάει στον Νίκο Λαμπράκη, όχι στο λογιστήριο.", "GR", "Νίκο Λαμπράκη"),
        ("Our contact in Athens is Ελένη Ζαχαρίου from procurement.", "GB", "Ελένη Ζαχαρίου"),
        ("الرجاء إرسال العقد إلى وليد قبل الظهر.", "AE", "وليد"),
    ],
)
def test_names_in_hebrew_thai_greek_and_arabic_writing(text: str, country: str, name: str) -> None:
    assert name in people(text, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("המיכל במחסן מלא, צריך להזמין ריקון.", "IL"),  # the tank in the store is full
        ("אבי ואמי יגיעו לטקס בשבוע הבא.", "IL"),  # my father and my mother
        ("กรุณาพิมพ์เอกสารสองชุด", "TH"),  # please print two copies
        ("ราคาต้นทุนเพิ่มขึ้นเล็กน้อย", "TH"),  # the cost price rose a little
    ],
)
def test_everyday_words_those_names_share_stay(text: str, country: str) -> None:
    assert people(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Dohodla jsem se s Janou na termínu dodávky.", "CZ", "Janou"),
        ("Zmluvu pošli Martinovu asistentovi, on ju založí.", "SK", "Martinovu"),
        ("Včera som hovoril s Tomášom o cenách.", "SK", "Tomášom"),
        ("Sutra idem s Ivanom na sastanak u Zagreb.", "HR", "Ivanom"),
        ("Prosím, napiš Terce, že Verča přijde později.", "CZ", "Verča"),
    ],
)
def test_west_and_south_slavic_cases_and_short_forms(text: str, country: str, name: str) -> None:
    assert name in people(text, country)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Umowę podpisze jutro, bo pełnomocnictwo jest u Wiśniewskiego.", "PL", "Wiśniewskiego"),
        ("Przekaż proszę dokumenty Zielińskiej z księgowości.", "PL", "Zielińskiej"),
        ("Оксано, надішли, будь ласка, звіт Ярині до обіду.", "UA", "Ярині"),
        ("Дякую, Соломіє! Завтра зустрінемося з Уляною о десятій.", "UA", "Уляною"),
    ],
)
def test_polish_adjective_surnames_and_ukrainian_cases(text: str, country: str, name: str) -> None:
    assert name in people(text, country)


def test_a_street_or_school_named_after_a_person_is_no_declined_surname() -> None:
    assert "Kowalskiego" not in people("Biuro jest przy ul. Kowalskiego 5, obok szkoły im. Kościuszki.", "PL")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please find attached CV_Adeyemi_2026.pdf for the warehouse role.", "Adeyemi"),
        ("Claims this month: Nakashima_expenses_March.xlsx is still missing receipts.", "Nakashima"),
        ("Attendees: Petra Lindqvist, Omar Haddad\nMinutes saved as Minutes_Haddad_weekly.docx", "Haddad"),
    ],
)
def test_a_persons_name_inside_a_file_name(text: str, name: str) -> None:
    assert [p for p in people(text, "GB") if p == name]


def test_a_file_named_after_a_firm_or_a_document_is_left() -> None:
    assert people("Uploaded Siemens_contract_2026.pdf and Template_expenses.xlsx to the drive.", "GB") == []


def test_a_greek_name_stressed_on_its_last_syllable_in_another_case() -> None:
    assert "Θοδωρή" in people("Είπα στη Μαρίνα να καλέσει τον Θοδωρή αύριο.", "GR")


def test_a_file_name_inside_a_folder_path_and_a_review_file() -> None:
    found = people("Saved to /Users/shared/Documents/Okafor_CV.pdf and Q3_review_Lindqvist.xlsx", "GB")
    assert "Okafor" in found and "Lindqvist" in found


def test_the_one_name_after_a_minutes_apologies_or_regrets_key() -> None:
    assert "Ramesh" in people("Present: Ana Ruiz, Tom Field\nApologies: Ramesh\n\n1. Budget", "GB")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I met 박서준 at the Busan office on Tuesday.", "박서준"),
        ("Please send the draft to 李娜 before the Shenzhen visit.", "李娜"),
    ],
)
def test_a_chinese_or_korean_name_in_its_own_script_inside_latin_text(text: str, name: str) -> None:
    assert name in people(text, "US")


def test_chinese_and_korean_firms_and_places_in_latin_text_stay() -> None:
    assert people("We visited the 中国 office, then the 현대자동차 plant in Ulsan.", "US") == []


def test_a_russian_name_that_is_a_word_with_a_capital_inside_a_sentence() -> None:
    assert {"Верой", "Надеждой"} <= set(people("Я вчера разговаривал с Верой и Надеждой о поставке.", "RU"))
    assert people("Вера в успех важна. Надежда умирает последней.", "RU") == []


def test_a_surname_then_a_given_name_in_an_interview_file() -> None:
    assert "Tanabe_Haruka" in people("Uploaded Interview_Feedback_Tanabe_Haruka.docx to the panel folder.", "GB")


def test_spanish_short_forms_after_a() -> None:
    assert "Juanjo" in people("Acta enviada por Mari Carmen a Juanjo esta mañana.", "ES")


def test_a_double_given_name_and_an_irish_surname_in_a_file_name() -> None:
    assert "Sarah-Jane_O'Brien" in people("Signed: Contract_Sarah-Jane_O'Brien_final.pdf", "IE")


def test_a_lowercase_everyday_word_name_after_a_cue_when_he_or_she_follows() -> None:
    text = "[10:02] dana: can you tell guy when he's back that the van is here\n[10:03] ken: will do"
    assert "guy" in people(text, "US")
    assert "guy" not in people("[10:02] dana: ask the guy at the desk for a badge\n[10:03] ken: ok", "US")


def test_a_surname_after_a_dash_in_a_file_title_written_with_spaces() -> None:
    assert "Abernethy" in people("Uploaded: Reference – Abernethy (signed).pdf", "GB")
    assert people("Uploaded: Interview notes - London office.docx", "GB") == []
