"""A firm by its Nordic legal form, a document number's key, a registry's label, a discipline, a
town after a firm or on a route, and an invoice row's quantity cell are not personal; people and
their addresses beside them stay hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str, kind: str = "PERSON") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == kind]


@pytest.mark.parametrize(("text", "thing", "country"), [
    ("Leverandør: Fjellheim Bygg AS, org.nr. 912 345 678", "Fjellheim Bygg", "NO"),
    ("Pengiriman hari ini.\nNo. Faktur: INV-2024-0912\nNo. Resi: JX7720014482", "Resi", "ID"),
    ("Fornitore: Tessuti Brenta S.r.l., C.F. 03418270287, sede a Padova", "C.F.", "IT"),
    ("Competenze: Change Management, Excel avanzato, SAP", "Change Management", "IT"),
    ("Erfahrung: Lagerleiter, Schmitz Logistik GmbH, Mönchengladbach (2019–2023)", "Mönchengladbach", "DE"),
    ("Der Fahrer fährt über Kassel dann Fulda zurück.", "Fulda", "DE"),
])
def test_firms_keys_labels_disciplines_and_towns_are_no_one(text: str, thing: str, country: str) -> None:
    assert thing not in hidden(text, country)


def test_a_first_name_after_a_route_word_stays_a_person() -> None:
    assert any("Sofia" in h for h in hidden("Wir waren in Kassel, dann hat Sofia Brandt angerufen.", "DE"))


def test_an_invoice_rows_quantity_column_is_no_address() -> None:
    text = ("Description                      Qty   Amount\n"
            "Website Audit – Stage 2 Review     1   2,400.00\n"
            "Deliver to: 14 Larch Close, Harrogate HG2 7QT\n")
    addresses = hidden(text, "GB", "ADDRESS")
    assert not any("Review" in a for a in addresses)


@pytest.mark.parametrize(("text", "thing", "country"), [
    ("Sophie Lang\nRegional Lead, UK Mid-Market", "UK Mid-Market", "GB"),
    ("Prep   Walk-in Freezer defrost Tuesday", "Walk-in Freezer", "GB"),
    ("Varene sendes fra Narvik Sentrallager i dag.", "Narvik Sentrallager", "NO"),
])
def test_region_codes_phrasal_words_and_site_compounds_are_no_one(text: str, thing: str, country: str) -> None:
    assert thing not in hidden(text, country)


def test_a_firms_central_line_is_no_ones_phone_and_a_persons_stays() -> None:
    text = "Central de atendimento: (21) 3380-4410\nFalar com Bruna Lopes: (21) 99812-4471"
    phones = hidden(text, "BR", "PHONE")
    assert "(21) 3380-4410" not in phones and "(21) 99812-4471" in phones


def test_a_jobs_word_before_of_and_a_unit_is_no_one() -> None:
    found = hidden("Approved by Tom Hensley (Head of Brand) and Ruth Carver (Director of Stores).", "GB")
    assert "Head" not in found and "Director" not in found
    assert {"Tom Hensley", "Ruth Carver"} <= set(found)
