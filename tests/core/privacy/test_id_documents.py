"""Identity-document numbers named in each language's words (desktop/core/privacy/id_documents.py),
checked through the whole redaction as a person's text would be."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, kind: str = "NATIONAL_ID") -> list[str]:
    return [s.original for s in redact_text(text).spans if s.type == kind]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Reisepassnummer: C4J7R2KX9", "C4J7R2KX9"),
        ("Führerschein-Nr. B072RRE2I55 (Klasse B)", "B072RRE2I55"),
        ("- n° de passeport : 19FV83021, délivré le 12/03/2021", "19FV83021"),
        ("El número de pasaporte que aparece en tu contrato (PAF482117) ya está caducado", "PAF482117"),
        ("Carta d'identità n. CA48213JK scade nel 2029", "CA48213JK"),
        ("Mijn BSN is 255171304 en mijn paspoortnummer NW4K82LP7.", "NW4K82LP7"),
        ("Pasaport no: U18274903", "U18274903"),
        ("Passnummer 91548273 används för resebokningen", "91548273"),
        ("旅券番号：TK4829173", "TK4829173"),
        ("Ihr Aufenthaltstitel (Nr. RP0418827) läuft im Juni ab", "RP0418827"),
        ("Rentenversicherungsnummer laut Brief 12 150675 Y 556.", "12 150675 Y 556"),
        ("Health card: 4829-117-305-KT", "4829-117-305-KT"),
        ("For the PF transfer HR needs the UAN: 100948273615.", "100948273615"),
        ('{"nino": "PX 62 17 40 B", "brp": "ZU4829173"}', "ZU4829173"),
    ],
)
def test_a_number_after_its_documents_word_is_hidden(text: str, number: str) -> None:
    assert number in _hidden(text)


def test_a_column_named_like_a_document_is_hidden_cell_by_cell() -> None:
    text = (
        "employee_id,full_name,passport_no,dl_number,state\n"
        "E-1042,Marcus Oyelaran,A04182735,D4728-19310-55018,IL\n"
        "E-1043,Brianna Koch,561928473,K829-441-77-303-0,WI\n"
    )
    hidden = _hidden(text)
    assert {"A04182735", "D4728-19310-55018", "561928473", "K829-441-77-303-0"} <= set(hidden)
    assert "E-1042" not in hidden


def test_the_answer_to_a_chat_question_about_a_document_is_hidden() -> None:
    text = "[10:14] kasia: potrzebuję numer paszportu, masz?\n[10:15] michał: tak, EA4408123\n"
    assert "EA4408123" in _hidden(text)
    text = "田中: パスポート番号を教えてもらえますか\n小林: TR8830417 です\n"
    assert "TR8830417" in _hidden(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your passport must be valid until 2027-08-31, please check it before booking.",
        "You'll need your passport number for the return leg via Toronto — add it in the portal.",
        "Booking reference: K7XQ2M, hotel confirmation 83920471, expense ticket FIN-20931.",
        "Nie mogę przyjść, zadzwoń pod 600 123 456 po 18.",  # Polish "nie" is "not"
        "Precio sin IVA 1.234,56 EUR, entrega en 10 días.",  # Spanish "sin" is "without"
        "The pan order 4471 ships tomorrow.",
        "Nº documento: FAC-2024-001, fecha 12/03/2026.",  # an invoice's document number
        "Grupo Modelo S.A. de C.V. · RFC GMO9102156E1",  # a company's tax number
    ],
)
def test_no_number_is_taken_without_a_document_named_for_it(text: str) -> None:
    assert _hidden(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("pass nr 91548273 giltigt till 2030", "91548273"),
        ("paspoortnr. NW4K82LP7", "NW4K82LP7"),
        ("carnet de conducir 12345678Z", "12345678Z"),
        ("Seria i numer dowodu: AYR 482193", "AYR 482193"),
        ("UTR: 12345 67890", "12345 67890"),
        ("Voter ID: ABC1234567", "ABC1234567"),
        ("RFC del empleado: GOAP850312H45", "GOAP850312H45"),
        ("基礎年金番号：1234-567890", "1234-567890"),
        ('{"ni_number": "ZZ 870498 T"}', "ZZ 870498 T"),
        ("パスポート番号はTZ4829173です。", "TZ4829173"),  # the number touches the Japanese around it
        ("numéro de permis : 120375200419", "120375200419"),
        ("Documento de identidad: 48291735K", "48291735K"),
        ("Documentnummer: NW4K82LP7", "NW4K82LP7"),
        ("证件号码：E48291735", "E48291735"),
        ("Número de utente: 482917354", "482917354"),  # a letter after the digits ends the number
    ],
)
def test_more_document_words_and_short_forms(text: str, number: str) -> None:
    assert number in _hidden(text)


def test_a_documents_word_labels_its_number_and_is_no_name() -> None:
    text = "出張手配のため、以下の情報をご確認ください。\n旅券番号：TK4829173\n運転免許証番号：301204558810\n"
    spans = redact_text(text).spans
    assert [s.original for s in spans if s.type == "PERSON"] == []
    assert {"TK4829173", "301204558810"} <= {s.original for s in spans if s.type == "NATIONAL_ID"}
    text = "Telefonnotiz — Rentenversicherungsnummer laut Brief 12 150675 Y 556. Rückruf morgen."
    assert [s.original for s in redact_text(text).spans if s.type == "PERSON"] == []


def test_a_column_named_with_number_words_around_the_document_is_hidden() -> None:
    text = "| Nome | N. passaporto | Scadenza passaporto |\n|---|---|---|\n| Marco Neri | YA8812734 | 12/03/2031 |\n"
    assert _hidden(text) == ["YA8812734"]
    text = "imię i nazwisko,numer paszportu,numer dowodu\nAnna Nowak,EA4408124,AYR 482193\n"
    assert {"EA4408124", "AYR 482193"} <= set(_hidden(text))


def test_a_masked_number_is_not_hidden_again() -> None:
    assert _hidden("Name | Aadhaar (masked)\nAnanya Rao | XXXX XXXX 9545\n") == []
