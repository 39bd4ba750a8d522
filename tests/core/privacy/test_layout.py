"""Layout-aware detection: key: value lines, JSON keys, table columns and chat speakers."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def hidden(text: str) -> set[str]:
    return {s.original for s in redact_text(text).spans}


def test_a_key_named_like_a_person_hides_its_value_in_any_language() -> None:
    text = "Ad Soyad: Emre Kaya\nKunde: Jürgen Hoffmann\n氏名：加藤 直樹\nNotiz: ruft zurück"
    assert {"Emre Kaya", "Jürgen Hoffmann", "加藤 直樹"} <= hidden(text)
    assert "ruft zurück" not in hidden(text)


def test_a_key_naming_a_thing_keeps_an_everyday_value() -> None:
    assert hidden("name: tone\ntype: choice") == set()
    assert "Acme Trading Ltd" not in hidden("Customer: Acme Trading Ltd\nSeats: 12")


def test_json_keys_hide_their_values() -> None:
    text = '{"first": "Imogen", "last": "Hartley", "postcode": "SW1A 2AA", "plan": "pro"}'
    assert {"Imogen", "Hartley", "SW1A 2AA"} <= hidden(text)
    assert "pro" not in hidden(text)


def test_a_table_column_named_like_a_phone_or_name_is_hidden_cell_by_cell() -> None:
    text = "naam;telefoon;plaats\nSanne Kok;06-41287733;Utrecht\nBram Eek;06-29913407;Zwolle\n"
    found = hidden(text)
    assert {"Sanne Kok", "06-41287733", "Bram Eek", "06-29913407"} <= found
    assert "Utrecht" not in found and "Zwolle" not in found


def test_markdown_and_fixed_width_tables() -> None:
    md = "| Nome | Telefone |\n|---|---|\n| Felipe Rocha | (11) 91234-5678 |\n"
    fixed = "NAME           DEPT      MOBILE\nPoppy Atkins   Sales     07700 900 118\n"
    assert {"Felipe Rocha", "(11) 91234-5678"} <= hidden(md)
    assert {"Poppy Atkins", "07700 900 118"} <= hidden(fixed)
    assert "Sales" not in hidden(fixed)


def test_every_chat_speaker_is_a_person_and_so_are_their_other_mentions() -> None:
    text = "[10:01] ollie: morning all\n[10:02] fatima: did it land?\n[10:05] ollie: cheers fatima"
    spans = redact_text(text).spans
    assert [s.original for s in spans] == ["ollie", "fatima", "ollie", "fatima"]


def test_lowercase_sign_offs_are_names_but_everyday_words_are_not() -> None:
    assert "priya" in hidden("see you tomorrow\n\nta\npriya")
    assert "all" not in hidden("thanks all")


def test_speakers_in_scripts_without_capitals_and_honorifics() -> None:
    assert {"정우성", "한지민"} <= hidden("정우성: 고객 전화번호 알려주세요\n한지민: 네")
    assert {"陈志明先生", "林小姐"} <= hidden("陈志明先生您好，请联系林小姐。")
    assert "刘伟" in hidden("与刘伟经理通话")


def test_a_thanked_or_signing_name_in_lowercase() -> None:
    assert "raj" in hidden("[11:20] gemma: ok\n[11:22] raj: done\nta raj")
    assert "kb" in hidden("thanks jess!! will do. -kb")


def test_a_surname_after_a_title_in_any_language_however_common() -> None:
    text = "Sehr geehrte Frau Mag. Berger, Gespräch mit dhr. Bakker und Herrn Müller-Lüdenscheidt."
    assert {"Frau Mag. Berger", "dhr. Bakker", "Herrn Müller-Lüdenscheidt"} <= hidden(text)


def test_names_in_capitals_but_not_headings() -> None:
    found = hidden("From: STEPHANIE CARTER\nRESUME\nCURRICULUM VITAE\nSpoke with ZHANG Wei today.")
    assert {"STEPHANIE CARTER", "ZHANG Wei"} <= found
    assert not {"RESUME", "CURRICULUM VITAE"} & found


def test_user_name_fields_hide_their_value_but_not_generic_accounts() -> None:
    found = hidden('{"username": "jmorales", "email": "x"}\nlogin: admin\nuser: guest')
    assert "jmorales" in found and not {"admin", "guest"} & found


def test_a_listed_first_name_signing_after_a_sign_off_even_if_an_everyday_word() -> None:
    assert "Bas" in hidden("kun je terugbellen?\n\nGroetjes,\nBas")


def test_a_second_field_on_a_form_line_is_read_by_its_own_key() -> None:
    found = hidden("PATIENT FORM\nLast name: Adeyemi        First: Tobenna\nVisit: 14 March")
    assert {"Adeyemi", "Tobenna"} <= found and "14 March" not in found


def test_a_first_name_field_holding_an_everyday_word_that_is_a_listed_name() -> None:
    assert "Hope" in hidden("First name: Hope\nCity: Leeds")
    assert hidden("Product name: Hope\nColour: Blue") == set()


def test_a_surname_comma_first_name_value_is_one_name() -> None:
    found = hidden('"Name","Joined","Phone"\n"Marsh, Eleanor","1/1/2010","(602) 555-0144"\n"Okoro, Femi","6/5/2019","(602) 555-0199"')
    assert {"Marsh, Eleanor", "Okoro, Femi"} <= found
    assert "Brandt, Lukas" in hidden("Stammblatt\nName, Vorname: Brandt, Lukas\nAbteilung: Lager")
