"""Structured values as people write them, and numbers that only look like them."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def types(text: str, country: str = "US") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        ("Tel.: 0221 / 4471 902", "0221 / 4471 902", "DE"),
        ("Handy: 0151/23456789", "0151/23456789", "DE"),
        ("he rang from 07700900554 this morning", "07700900554", "GB"),
        ("手机13800138000，下周到上海", "13800138000", "CN"),
        ("Mobil: 070-123 45 67", "070-123 45 67", "SE"),
    ],
)
def test_phones_in_national_formats_and_after_a_cue(text: str, value: str, country: str) -> None:
    assert types(text, country).get(value) == "PHONE"


@pytest.mark.parametrize(
    "text",
    [
        "Ticket #48211 — ouvert le 12/03/2024 09:41",
        "2024-03-14 07:12:01 auth: failed",
        "VAT GB 987 6543 21",
        "P.IVA 01234567897",
        "Zoom meeting ID 912 3345 6678",
        "Policy no 6612009981.",
        "Org.nr 556703-7485 (bolaget).",
        "SIRET 404 833 048 00022",
        "build 7.3.0.12 deployed",
        "release 4.22.0.7 healthy",
    ],
)
def test_dates_times_company_numbers_and_versions_are_not_personal(text: str) -> None:
    assert types(text, "FR") == {}


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("geb. 17.04.1972", "17.04.1972", "DOB"),
        ("data ur. 05.09.1990", "05.09.1990", "DOB"),
        ("doğum tarihi: 02.12.1986", "02.12.1986", "DOB"),
        ("data de nascimento: 11/03/1979", "11/03/1979", "DOB"),
        ("acc no 18273645", "18273645", "ACCOUNT"),
        ("BSB 082-902 Acct 5566 7788", "082-902", "ACCOUNT"),
        ("IBAN: DE32-9458-0730-2157-3681-93", "DE32-9458-0730-2157-3681-93", "IBAN"),
        ("Card: 5555.5555.5555.4444", "5555.5555.5555.4444", "CARD"),
    ],
)
def test_birth_dates_accounts_ibans_and_cards_in_everyday_spellings(text: str, value: str, kind: str) -> None:
    assert types(text, "DE").get(value) == kind


def test_a_card_split_over_two_lines_is_hidden_whole() -> None:
    spans = redact_text("My card 4111 1111\n1111 1111 was charged twice").spans
    assert [s.type for s in spans] == ["CARD"] and spans[0].original == "4111 1111\n1111 1111"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Phone: +1 (786) 555\u20110102", "+1 (786) 555\u20110102"),
        ("call 0612\u200b345\u200b678 now", "0612\u200b345\u200b678"),
        ("card ４１１１ １１１１ １１１１ １１１１ ok", "４１１１ １１１１ １１１１ １１１１"),
        ("Email: beatriz.alvarez＠example.com", "beatriz.alvarez＠example.com"),
    ],
)
def test_values_are_found_on_a_normalised_view_and_hidden_in_the_original_characters(text: str, value: str) -> None:
    r = redact_text(text, country="NL")
    assert [s.original for s in r.spans] == [value]
    assert value not in r.text and "\u200b" not in r.text


@pytest.mark.parametrize(
    "value",
    ["jasmine dot patel at gmail dot com", "ravi.shah @ example.com", "timo.wagner%40example.de", "lea [at] example.fr"],
)
def test_spelled_out_and_spaced_emails(value: str) -> None:
    assert types(f"write to {value} today").get(value) == "EMAIL"


def test_meeting_at_a_place_is_no_email() -> None:
    assert "EMAIL" not in types("we meet at noon dot then lunch").values()


@pytest.mark.parametrize(
    "value",
    ["95921323734", "75101821362", "328.601.290-49", "3771 5162 0466", "ABCPV1234K", "11010519491231002X", "900707-1765"],
)
def test_national_ids_that_pass_a_strong_checksum_need_no_context_word(value: str) -> None:
    assert types(f"see {value} in the file").get(value) == "NATIONAL_ID"


def test_numbers_failing_the_checksums_stay() -> None:
    assert types("order 95921323735 shipped, code ABCPV12345 used") == {}


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adres: ul. Floriańska 3, 31-019 Kraków", "ul. Floriańska 3, 31-019 Kraków"),
        ("Kantoor: Lange Voorhout 9, 2514 EA Den Haag.", "Lange Voorhout 9, 2514 EA Den Haag"),
        ("Sie wohnt Limmatquai 52, 8001 Zürich seit Mai", "Limmatquai 52, 8001 Zürich"),
        ("Oficina: Av. Corrientes 1234, piso 8, C1043AAZ CABA.", "Av. Corrientes 1234, piso 8, C1043AAZ CABA"),
        ("Send to The Old Mill, 3 Canal Street, Manchester M1 3HE", "The Old Mill, 3 Canal Street, Manchester M1 3HE"),
        ("Address: No. 14, 2nd Cross, Indiranagar, Bengaluru 560038", "No. 14, 2nd Cross, Indiranagar, Bengaluru 560038"),
        ("adresi İstiklal Cad. No:120 Beyoğlu/İstanbul değil mi", "İstiklal Cad. No:120 Beyoğlu/İstanbul"),
        ("資料は 〒530-0001 大阪府大阪市北区梅田3-1-3 宛に", "〒530-0001 大阪府大阪市北区梅田3-1-3"),
        ("상품은 부산광역시 해운대구 해운대로 570 으로", "부산광역시 해운대구 해운대로 570"),
        ("Am Markt 3\n04109 Leipzig", "Am Markt 3\n04109 Leipzig"),
    ],
)
def test_addresses_found_from_their_postcode_and_town_and_in_national_forms(text: str, address: str) -> None:
    found = [s for s in redact_text(text).spans if s.type == "ADDRESS"]
    assert found and found[0].original == address


@pytest.mark.parametrize(
    "text",
    ["The Q3 figures for 2024 Berlin were 5, 2024 Paris was better.", "We shipped 12 boxes, 10115 Berlin gets them."],
)
def test_sentences_with_numbers_before_a_town_are_no_address(text: str) -> None:
    assert "ADDRESS" not in {s.type for s in redact_text(text).spans}


def test_the_normalised_view_maps_spans_back_across_dropped_characters() -> None:
    from desktop.core.privacy.normalise import normalised_view, to_original

    text = "a\u200bb ４２ x\u00ad\u200dy—z"
    view, marks = normalised_view(text)  # type: ignore[misc]
    assert view == "ab 42 xy-z"
    for start, end, original in ((0, 2, "a\u200bb"), (3, 5, "４２"), (6, 8, "x\u00ad\u200dy"), (8, 10, "—z")):
        a, b = to_original(marks, start, end)
        assert text[a:b] == original
    assert normalised_view("plain text, nothing to change") is None
