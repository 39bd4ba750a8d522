"""IDs and birth dates after abbreviated cue words and symbols, and their look-alikes."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str = "GB") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Гость: Соколов А. В., 1984 г.р., пропуск на 3 этаж", "1984", "RU"),
        ("у Саши д.р. 07.09.1990, не забудьте", "07.09.1990", "RU"),
        ("Petr Malý, nar. 3. 2. 1971, Brno", "3. 2. 1971", "CZ"),
        ("Ημ. γεν.: 04/08/1979", "04/08/1979", "GR"),
        ("Mme Roux, né(e) le 21/01/1975", "21/01/1975", "FR"),
        ("Emir Kaya, d.t. 19.06.1993", "19.06.1993", "TR"),
        ("kiracı (doğ. 1988) ile görüşüldü", "1988", "TR"),
        ("o Sr. Sousa, nasc. 1966, vem amanhã", "1966", "PT"),
        ("Seán Walsh, b. 9 Nov 1984, starts Monday", "9 Nov 1984", "IE"),
        ("Maria Ionescu, n. 14.11.1987, Cluj", "14.11.1987", "RO"),
        ("Lena Berg, f. 2 april 1991, börjar", "2 april 1991", "SE"),
    ],
)
def test_a_birth_date_after_an_abbreviated_cue_is_hidden(text: str, value: str, country: str) -> None:
    assert _hidden(text, country).get(value) == "DOB"


def test_a_number_after_n_without_a_comma_stays() -> None:
    assert "12.03.2024" not in _hidden("fattura n. 12.03.2024 pagata", "IT")


def test_a_year_with_a_word_other_than_birth_after_it_stays() -> None:
    assert "2003" not in _hidden("ООО «Север» основано в 2003 г. р/с в Сбербанке", "RU")


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ('עובד חדש, ת"ז 038493011, מתחיל ביום א', "038493011", "IL"),
        ("מבוטח: ת.ז. 038493011", "038493011", "IL"),
        ("Α.Φ.Μ.: 094259216 (ιδιώτης)", "094259216", "GR"),
        ("Α.Μ.Κ.Α. 04087912343", "04087912343", "GR"),
    ],
)
def test_an_id_after_its_dotted_abbreviation_is_hidden(text: str, value: str, country: str) -> None:
    assert _hidden(text, country).get(value) == "NATIONAL_ID"


def test_a_row_with_an_id_in_it_is_no_header_for_the_next_line() -> None:
    text = "בן זוג: דני, ת.ז. 038493011\nח.פ. 512345678, מס' הזמנה 44120\n"
    assert "מס' הזמנה 44120" not in _hidden(text, "IL")


def test_a_swiss_ahv_number_broken_over_two_lines_is_hidden_whole() -> None:
    found = redact_text("Mitarbeiter | AHV-Nr.\nL. Graf | 756.3047.\n5009.62\n", country="CH").spans
    assert any(s.original == "756.3047.\n5009.62" and s.type == "NATIONAL_ID" for s in found)


def test_a_broken_number_that_fails_its_check_stays() -> None:
    assert "756.3047.\n5009.63" not in _hidden("Artikel 756.3047.\n5009.63 im Lager\n", "CH")


def test_an_ssn_broken_over_two_lines_is_hidden_after_an_ssn_word_only() -> None:
    assert _hidden("name,ssn\nOwen,318-\n52-7706\n", "US").get("318-\n52-7706") == "NATIONAL_ID"
    assert "318-\n52-7706" not in _hidden("part,qty\nvalve,318-\n52-7706\n", "US")


@pytest.mark.parametrize(
    "text",
    ["поставщик ООО «Север», ИНН 7701234567, договор 14", "платник ПДВ: ТОВ «Ліра», ІПН 384917206519, рахунок 7"],
)
def test_a_firms_number_after_its_legal_form_stays(text: str) -> None:
    assert not [s for s in redact_text(text, country="RU").spans if s.type == "NATIONAL_ID"]


def test_a_persons_inn_after_a_name_is_hidden() -> None:
    assert _hidden("Петров Олег, ИНН 771988091240", "RU").get("771988091240") == "NATIONAL_ID"


def test_a_date_under_an_abbreviated_birth_column_is_hidden() -> None:
    sheet = "nazwisko;imię;ur.;miasto\nKowalczyk;Ewa;14.09.1982;Gdańsk\n"
    assert _hidden(sheet, "PL").get("14.09.1982") == "DOB"


def test_a_document_number_said_with_a_few_words_around_it_in_the_reply_is_hidden() -> None:
    chat = "[09:12] ana: did you get her passport number for the hotel\n[09:13] ben: she said PA7731904 i think\n"
    assert _hidden(chat).get("PA7731904") == "NATIONAL_ID"


def test_a_code_said_the_same_way_with_no_document_asked_for_stays() -> None:
    chat = "[09:12] ana: did you get the room for the hotel\n[09:13] ben: she said PA7731904 i think\n"
    assert "PA7731904" not in _hidden(chat)


def test_a_date_under_a_star_column_is_hidden() -> None:
    sheet = "Name;Vorname;*;Eintritt\nLorenz;Kai;02.11.1979;01.04.2024\n"
    found = _hidden(sheet, "DE")
    assert found.get("02.11.1979") == "DOB"
    assert "01.04.2024" not in found


def test_a_star_bullet_is_no_birth_column() -> None:
    assert "01.04.2024" not in _hidden("* Eintritt;Abteilung\n01.04.2024;Lager\n", "DE")


def test_a_birth_date_after_a_dash_and_n_is_hidden() -> None:
    assert _hidden("C.F. VRDLNZ80A01H501A — n. 01/01/1980 a Roma", "IT").get("01/01/1980") == "DOB"
