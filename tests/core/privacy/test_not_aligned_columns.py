"""Cells of a table lined up with spaces under a thing's header, a rota's weekday rows, a
Vietnamese firm after its legal form, its price list's packages and a purchase order's key are not
people; a person in a name column of such a table stays hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


CLAIM = (
    "Reisekosten März\n\n"
    "Datum      Kategorie       Händler                    Betrag\n"
    "04.03      Bahn            Deutsche Bahn Fernverkehr  89,90 €\n"
    "05.03      Hotel           Motel One Leipzig          79,00 €\n"
    "05.03      Bewirtung       Auerbachs Keller           64,50 €\n"
)
STAFF = (
    "Team list\n\n"
    "Name               Role          Start\n"
    "Harriet Quinlan    Bookkeeper    03/2021\n"
    "Tobias Wren        Driver        11/2022\n"
)


@pytest.mark.parametrize("thing", ["Motel One Leipzig", "Auerbachs Keller", "Bewirtung"])
def test_a_cell_under_a_things_header_in_a_table_lined_up_with_spaces_is_no_one(thing: str) -> None:
    assert thing not in hidden(CLAIM, "DE")


@pytest.mark.parametrize("person", ["Harriet Quinlan", "Tobias Wren"])
def test_a_person_under_a_name_header_stays_hidden(person: str) -> None:
    assert person in hidden(STAFF)


def test_a_rotas_weekday_rows_are_days_and_its_people_stay() -> None:
    found = hidden("Dienstplan\nTag | Früh | Spät\nMo | Carina | Malte\nDi | Malte | Carina\n", "DE")
    assert "Mo" not in found and "Di" not in found
    assert {"Carina", "Malte"} <= set(found)


@pytest.mark.parametrize(("text", "thing"), [
    ("Nhà cung cấp: Công ty TNHH Thương mại Bình Minh, MST 0312345678", "Bình Minh"),
    ("Gói Tiêu chuẩn: 900.000 đ/tháng\nGói Doanh nghiệp: 3.500.000 đ/tháng", "Gói Tiêu"),
])
def test_vietnamese_firms_and_packages_are_no_one(text: str, thing: str) -> None:
    assert not any(thing in h for h in hidden(text, "VN"))


def test_a_purchase_orders_key_is_no_one() -> None:
    found = hidden("Delivery for Hollis Farm Shop\nContact: Edith Marlowe\nPO: HF-20931\n")
    assert "PO" not in found and "Edith Marlowe" in found
