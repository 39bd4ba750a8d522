"""Buildings, districts, numbered halls and lines, headings with an acronym, projects, awards,
family firms, departments and months are not hidden as people; people written beside them are."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The workshop moved to Somerset House, second floor.", "GB"),
        ("Deliveries go through Tilbury Quay before 7am.", "GB"),
        ("Trucks queue at Kwinana Beach most mornings.", "AU"),
        ("Reunión en la Torre Iberdrola, planta 12.", "ES"),
        ("Magazzino al Polo Industriale Nord, lotto 4.", "IT"),
        ("Messe München: wir stehen in Halle 4, Stand 212.", "DE"),
        ("Störung an Linie 3: Etikettierer steht.", "DE"),
        ("Ticket routed to the Network Desk Tier 3 queue.", "US"),
        ("Partita IVA e codice SDI in fondo alla fattura.", "IT"),
        ("Projekt Seestern startet im Januar.", "DE"),
        ("Finalista do Prêmio Ouro Verde deste ano.", "BR"),
        ("Sponsoring für das Roche-Symposium bestätigt.", "DE"),
        ("Faktura for Carlsberg-projektet er sendt.", "DK"),
        ("Offerte von Brunner und Söhne liegt vor.", "DE"),
        ("Our new Vice President of Marketing starts Monday.", "US"),
        ("Aralık 2025 bütçesi onaylandı.", "TR"),
        ("Genel Müdür Yardımcısı toplantıya katılacak.", "TR"),
    ],
)
def test_a_place_or_heading_built_like_a_name_is_not_hidden(text: str, country: str) -> None:
    assert people(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Grace Park will chair the meeting.", "US", "Grace Park"),
        ("Please ask Anna Hall about the invoice.", "GB", "Anna Hall"),
        ("Call Carmen Ybarra 303 555 0166 tomorrow.", "US", "Carmen Ybarra"),
        ("Dear LEE, your badge is ready.", "GB", "LEE"),
        ("Frau Weber aus der Buchhaltung hat angerufen.", "DE", "Weber"),
        ("Wolf vom IT-Support war schon da.", "DE", "Wolf"),
    ],
)
def test_a_person_beside_those_words_is_still_hidden(text: str, country: str, person: str) -> None:
    assert any(person in found for found in people(text, country))
