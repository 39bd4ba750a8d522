"""IDs, birth dates, mistyped IBANs and personal sites of countries beyond the usual ones."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str = "GB") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nomor KTP saya 3174 9414 0377 9759 ya", "3174 9414 0377 9759"),
        ("Số CCCD: 001092018847, cấp tại Hà Nội", "001092018847"),
        ("ИНН 771988091240, паспорт в офисе", "771988091240"),
        ("РНОКПП: 2413478698", "2413478698"),
        ("Adóazonosító jel: 8417293094", "8417293094"),
        ("ΑΜΚΑ: 24099115214", "24099115214"),
        ("الرقم القومي: 29103150102558", "29103150102558"),
        ("BVN 22184736590 and the rest by post", "22184736590"),
        ("Číslo OP: 208417735", "208417735"),
    ],
)
def test_an_id_after_its_word_in_the_countrys_language_is_hidden(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "NATIONAL_ID"


def test_an_id_asked_for_in_a_chat_in_another_language_is_hidden_in_the_answer() -> None:
    chat = "ville: kiitos, ajokortin numero?\nsanna: FI8812047\n"
    assert _hidden(chat, "FI").get("FI8812047") == "NATIONAL_ID"


def test_a_firms_number_named_with_a_persons_number_word_stays() -> None:
    assert "091843648" not in _hidden("ΑΦΜ εταιρείας 091843648, ΓΕΜΗ 158820301000", "GR")


def test_a_hong_kong_id_with_its_check_digit_in_brackets_is_hidden_only_when_the_check_holds() -> None:
    assert _hidden("please quote Y977877(0) on the form", "HK").get("Y977877(0)") == "NATIONAL_ID"
    assert "Y977877(1)" not in _hidden("please quote Y977877(1) on the form", "HK")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تاريخ الميلاد: 15/03/1991", "15/03/1991"),
        ("تاريخ الميلاد: 1412/07/22 هـ", "1412/07/22"),
        ("תאריך לידה: 04.11.1988", "04.11.1988"),
        ("Tempat/tanggal lahir: Surabaya, 04-12-1993", "04-12-1993"),
        ("Ngày sinh: 12/05/1992", "12/05/1992"),
        ("วันเกิด: 8 มีนาคม 2538", "8 มีนาคม 2538"),
        ("Дата рождения: 14.07.1986", "14.07.1986"),
        ("dátum narodenia 03.10.1978", "03.10.1978"),
        ("Ημερομηνία γέννησης: 24/09/1991", "24/09/1991"),
        ("Fæðingardagur: 13.10.1980", "13.10.1980"),
        ("sünniaeg 31.12.1987", "31.12.1987"),
    ],
)
def test_a_birth_date_after_its_cue_word_in_other_languages_is_hidden(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "DOB"


def test_a_birth_date_given_as_the_answer_to_a_chat_question_in_russian_is_hidden() -> None:
    chat = "оля: и дату рождения\nдима: 02.03.1990\n"
    assert _hidden(chat, "RU").get("02.03.1990") == "DOB"


def test_an_order_date_without_a_birth_word_stays() -> None:
    assert "14.11.2024" not in _hidden("Factura nr. 2024/0981 din 14.11.2024.", "RO")


def test_an_iban_with_a_mistyped_digit_after_an_account_word_is_hidden_and_without_one_stays() -> None:
    mistyped = "RO29 BTRL RONC RT04 3584 3782"  # check digits do not add up
    assert _hidden(f"Vă rog să virați suma în contul meu: {mistyped}.", "RO").get(mistyped) == "IBAN"
    compact = mistyped.replace(" ", "")  # (not in an IBAN's printed groups, no account word: a code)
    assert compact not in _hidden(f"Referința lotului {compact}.", "RO")


def test_a_site_named_after_a_person_in_the_text_is_hidden_and_a_firms_site_stays() -> None:
    hidden = _hidden("Duarte Almeida | Fotógrafo\nhttps://www.duartealmeida.pt\nHeller & Sohn GmbH, www.heller-sohn.de", "PT")
    assert hidden.get("https://www.duartealmeida.pt") == "URL"
    assert "www.heller-sohn.de" not in hidden


@pytest.mark.parametrize(
    "link",
    [
        "www.xing.com/profile/Katharina_Vogt3/cv",
        "https://www.linkedin.com/in/ana-souza-4b1?originalSubdomain=pt",
        "https://github.com/jdoe?tab=repositories",
        "https://anaromero.substack.com/p/hello",
        "orcid.org/0000-0002-1825-0097",
        "reddit.com/u/throwaway_77",
    ],
)
def test_a_profile_link_is_hidden_whole_with_its_path_and_query(link: str) -> None:
    assert _hidden(f"see {link} for more").get(link) == "URL"


def test_a_firms_pages_and_a_sites_own_pages_stay() -> None:
    assert _hidden("repo github.com/acme/widgets, page linkedin.com/company/acme, kaggle.com/competitions") == {}


@pytest.mark.parametrize("value", ["8602247250082", "24099115214", "38712314717", "8804191225050"])
def test_an_id_with_a_birth_date_and_a_check_digit_is_hidden_without_a_word(value: str) -> None:
    assert _hidden(f"we got {value} from her today").get(value) == "NATIONAL_ID"


def test_a_barcode_of_the_same_length_stays() -> None:
    assert "4006381333931" not in _hidden("we got 4006381333931 from the shelf today")


@pytest.mark.parametrize(
    ("table", "value"),
    [
        ("ФИО;Дата рождения;Отдел\nИванов Пётр;12.04.1987;склад", "12.04.1987"),
        ("| Họ tên | Ngày sinh | Phòng |\n|---|---|---|\n| Lê Văn Nam | 21/03/1989 | Kho |", "21/03/1989"),
        ("الاسم,تاريخ الميلاد\nسارة,1990-04-12", "1990-04-12"),
        ('{"nama": "Budi", "tanggal_lahir": "1990-04-12"}', "1990-04-12"),
    ],
)
def test_a_column_or_key_named_birth_date_in_another_language_is_hidden(table: str, value: str) -> None:
    assert _hidden(table).get(value) == "DOB"


def test_an_id_answered_in_a_chat_before_a_comma_and_more_words_is_hidden() -> None:
    chat = "flor: y el DNI?\nnacho: 38.114.902, nací en Salta\n"
    assert _hidden(chat, "AR").get("38.114.902") == "NATIONAL_ID"


@pytest.mark.parametrize("value", ["20.618.897-9", "20-07254690-4", "1-0825-03672-98-0"])
def test_a_rut_a_persons_cuil_and_a_thai_id_in_their_written_shapes_are_hidden_without_a_word(value: str) -> None:
    assert _hidden(f"we got {value} from her today").get(value) == "NATIONAL_ID"


def test_a_firms_cuit_and_a_rut_with_a_wrong_check_character_stay_unlabelled_ids() -> None:
    hidden = _hidden("firm 30-71204587-1 and 20.618.897-8 today")
    assert hidden.get("30-71204587-1") is None and hidden.get("20.618.897-8") != "NATIONAL_ID"


def test_an_iban_with_its_country_letters_set_apart_is_hidden() -> None:
    assert _hidden("Graag naar NL 91 ABNA 0417 1643 00 overmaken", "NL").get("NL 91 ABNA 0417 1643 00") == "IBAN"
    assert _hidden("Konto DE 89 3704 0044 0532 0130 01 bitte", "DE").get("DE 89 3704 0044 0532 0130 01") == "IBAN"


@pytest.mark.parametrize(
    ("text", "year"),
    [("Pak Budi lahir tahun 1985 di Medan", "1985"), ("Он родился в 1985 году в Казани", "1985"),
     ("Anh Nam sinh năm 1990, quê Huế", "1990")],
)
def test_a_birth_year_alone_after_a_birth_word_in_other_languages_is_hidden(text: str, year: str) -> None:
    assert _hidden(text).get(year) == "DOB"


def test_a_firms_founding_year_after_the_same_word_stays() -> None:
    assert "1998" not in _hidden("Perusahaan kami lahir tahun 1998 di Bandung", "ID")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Ngày sinh: 12 tháng 5 năm 1992", "12 tháng 5 năm 1992"), ("Születési idő: 1991. március 14.", "1991. március 14.")],
)
def test_a_birth_date_in_vietnamese_and_hungarian_words_is_hidden_whole(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "DOB"


def test_an_emirates_id_is_hidden_by_its_shape_and_luhn_digit_without_a_word() -> None:
    assert _hidden("we got 784-1989-4471920-6 from her today").get("784-1989-4471920-6") == "NATIONAL_ID"
    assert _hidden("we got 784-1989-4471920-3 from her today").get("784-1989-4471920-3") != "NATIONAL_ID"


@pytest.mark.parametrize(
    "text",
    [
        "Mã số thuế công ty: 0909366403.",
        "사업자등록번호(회사): 517-37-50504",
        "Cégjegyzékszám: 01-09-562739",
        "NPWP perusahaan: 01.855.081.4-412.000",
        "الرقم الضريبي للشركة 262-900-779 موجود في الفاتورة",
        "Our trade licence no. 771204 is on the offer letter.",
    ],
)
def test_a_firms_registration_or_tax_number_in_other_languages_stays(text: str) -> None:
    assert not {kind for kind in _hidden(text).values()} & {"PHONE", "NATIONAL_ID"}


@pytest.mark.parametrize(
    "iban",
    ["DE89 3704 0044\n      0532 0130 00", "DE89 3704 0044\n> 0532 0130 00", "DE89  3704  0044  0532  0130  00",
     "DE89/3704/0044/0532/0130/00"],
)
def test_an_iban_with_odd_gaps_is_hidden_whole(iban: str) -> None:
    assert _hidden(f"> IBAN: {iban}\n> danke", "DE").get(iban) == "IBAN"


@pytest.mark.parametrize(("text", "value"), [("דני, יליד 1985, גר בחיפה", "1985"), ("المولود في 15/03/1991 بالقاهرة", "15/03/1991")])
def test_born_in_hebrew_and_arabic_before_a_year_or_a_date_is_a_birth_date(text: str, value: str) -> None:
    assert _hidden(text, "IL").get(value) == "DOB"


@pytest.mark.parametrize("value", ["0101985506834", "120389-96228", "34201-0891231-8"])
def test_a_slovenian_emso_a_latvian_code_and_a_pakistani_cnic_are_hidden_without_a_word(value: str) -> None:
    assert _hidden(f"we got {value} from her today").get(value) == "NATIONAL_ID"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Iqama no. 2418803363 attached", "2418803363"), ("My civil ID 287041501234 expires soon", "287041501234"),
     ("QID: 28763412345", "28763412345"), ("PhilHealth No. 12-025456789-1", "12-025456789-1"),
     ("NPWP: 09.254.294.3-407.000", "09.254.294.3-407.000")],
)
def test_gulf_asian_and_african_id_words_written_in_english_name_the_number_after_them(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "NATIONAL_ID"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Загранпаспорт: 75 1234567", "75 1234567"), ("رقم جواز سفر: A12345678", "A12345678"),
     ("No. lesen memandu: D1234567", "D1234567"), ("駕照號碼：A123456789", "A123456789"), ("居留證號碼：AB12345678", "AB12345678")],
)
def test_passports_licences_and_residence_cards_named_in_more_languages_are_hidden(text: str, value: str) -> None:
    assert _hidden(text).get(value) == "NATIONAL_ID"


def test_a_mistyped_iban_printed_in_groups_of_four_is_hidden_without_a_word_and_a_code_stays() -> None:
    mistyped = "hu51 1177 3016 5285 5902 7266 6209"  # a Hungarian IBAN's layout, its check digits wrong
    assert _hidden(f"A kaució visszautalásához: {mistyped} (OTP)", "HU").get(mistyped) == "IBAN"
    assert _hidden("ref AB12 3456 7890 1234 5678 and SKU XX12 3456 7890 1234 5678 9012") == {}


def test_a_short_name_asked_for_in_lowercase_in_a_chat_names_the_answer_below() -> None:
    assert _hidden("flor: y el dni?\nnacho: 7.254.690, nací en Salta\n", "AR").get("7.254.690") == "NATIONAL_ID"
    # (Polish "dni" is "days": a plain number of days below is no ID)
    assert _hidden("ania: ile dni?\nkasia: 14 albo 15\n", "PL").get("14") is None
