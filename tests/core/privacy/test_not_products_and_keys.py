"""Products and firms by their own shape, and the keys of a form, are not people; a person in a
transcript, or named in a form's value, stays hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "thing", "country"), [
    ("Pagamenti\nDa lunedì si passa a Worldline PayOne per le carte aziendali.", "Worldline PayOne", "IT"),
    ("Bestellung\nPos. 30  Mutter DIN 934 M10, verzinkt, 200 Stk", "Mutter DIN", "DE"),
    ("Services\nStaff can use Lambert Parking on weekdays; validate the ticket at the desk.", "Lambert Parking", "GB"),
    ("Koulutukset\nTorstaina pidetään Netvisor Palkat -koulutus neuvotteluhuoneessa.", "Netvisor Palkat", "FI"),
    ("Thông báo\nCông ty TNHH Thương mại Hòa Bình chuyển văn phòng.", "TNHH Thương", "VN"),
    ("連絡先:経理システム部 サポートセンター(内線 2201)", "経理システム部 サポートセンター", "JP"),
])
def test_a_product_or_firm_by_its_shape_is_no_one(text: str, thing: str, country: str) -> None:
    assert thing not in hidden(text, country)


def test_a_key_among_a_reports_keys_is_no_one() -> None:
    text = ("Protokol o kontrole\nDodavatel: Strojírny Brno\nVýrobek: hřídel 44-A\nVada: rýha na povrchu\n"
            "Příčina: opotřebený nástroj\nNorma: ČSN EN 10204\nKontroloval: Jan Dvořák")
    names = hidden(text, "CZ")
    assert "Vada" not in names and "Norma" not in names
    assert "Jan Dvořák" in names


@pytest.mark.parametrize(("text", "name"), [
    ("Anna: can you send the deck?\nBen: on it\nAnna: thanks\nBen: done", "Anna"),
    ("Ticket 4410\nRaised by: Priya Nair\nAssigned: Tom\nStatus: open\n- Priya: printer jams again", "Priya"),
    ("Riunione vendite\nAzioni:\n- Bianchi: offerta per il cliente\n- Verdi: budget 2026\n- Neri: aggiornare il CRM\n"
     "Scadenza: venerdì", "Verdi"),
])
def test_a_speaker_or_a_person_named_again_stays_hidden(text: str, name: str) -> None:
    assert name in hidden(text)


@pytest.mark.parametrize(("text", "thing", "country"), [
    ("Nr. | Denumire | Cantitate\n1 | Imprimantă Brother | 2\n2 | Scaun Ergo | 6", "Imprimantă Brother", "RO"),
    ("İl | Hedef | Gerçekleşen | Oran\nBursa | 900.000 TL | 950.000 TL | %105", "Oran", "TR"),
    ("Logistica\nTrasportatori: Fercam, Arcese, Bartolini Express\nOrari: 6-14", "Bartolini Express", "IT"),
])
def test_a_things_column_key_or_header_is_no_one(text: str, thing: str, country: str) -> None:
    assert thing not in hidden(text, country)


def test_people_heading_a_rotas_columns_stay_hidden() -> None:
    text = "Tag | Sabine Krüger | Jonas Weber\nMontag | 8 | 6\nDienstag | 4 | 8"
    names = hidden(text, "DE")
    assert "Sabine Krüger" in names and "Jonas Weber" in names


def test_a_forms_key_is_no_speaker_whose_other_mentions_are_hidden() -> None:
    text = ("상반기 목표 – 영업팀\n목표 1: 신규 고객 20곳\n- 실행과제 1: 전시회 참가\n- 실행과제 2: 추천 프로그램\n"
            "목표 2: 해지율 5% 이하\n- 실행과제: 고객 설문\n책임: 이민호 팀장")
    names = hidden(text, "KR")
    assert "실행과제" not in names and "책임" not in names


def test_a_first_name_written_in_camel_case_stays_a_person() -> None:
    assert "JoAnn Peterson" in hidden("Hi,\nJoAnn Peterson will send the invoice.", "US")
