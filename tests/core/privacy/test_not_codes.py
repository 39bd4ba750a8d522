"""A code's digits after its letters, a CV's span of months, a toll-free line called free and an
event's date with its weekday and time are no phone, account or birth date; real ones stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str) -> list[tuple[str, str]]:
    return [(s.type, s.original) for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(("text", "value", "country"), [
    ("Berufserfahrung\n2018.04 – 2021.09  Buchhalterin, Steuerkanzlei Brandl", "2018.04 – 2021.09", "DE"),
    ("Doświadczenie\n09.2016 - 03.2019 Specjalista ds. zakupów", "09.2016 - 03.2019", "PL"),
    ("Refund posted to customer CUST-7720194 on Friday.", "7720194", "US"),
    ("Linha de apoio gratuita: 800 210 330 (dias úteis)", "800 210 330", "PT"),
    ("Numéro vert gratuit : 0 805 690 410", "0 805 690 410", "FR"),
    ("障害発生：2024年3月5日（水）14:32 に決済APIが停止", "2024年3月5日", "JP"),
    ("Πωλητής: Ξυλουργεία Κρήτης Ο.Ε., ΑΦΜ 801234567, Δ.Ο.Υ. Ηρακλείου", "801234567", "GR"),
    ("Potwierdzenie – tilaus 4500117742 toimitetaan viikolla 12", "4500117742", "FI"),
])
def test_codes_spans_and_firm_lines_are_not_hidden(text: str, value: str, country: str) -> None:
    assert value not in [v for _, v in hidden(text, country)]


@pytest.mark.parametrize(("text", "value", "country"), [
    ("Her mobile is 0171 4482913, call after five.", "0171 4482913", "DE"),
    ("If you have questions call 1-800-555-0199.", "1-800-555-0199", "US"),
    ("生年月日：1990年4月12日", "1990年4月12日", "JP"),
])
def test_a_persons_number_or_birth_date_stays_hidden(text: str, value: str, country: str) -> None:
    assert value in [v for _, v in hidden(text, country)]


def test_a_firms_letterhead_address_is_no_ones_and_the_customers_stays() -> None:
    text = ("TAX INVOICE  INV-3310\nBluegum Joinery Pty Ltd  ABN 62 118 440 913\nLevel 2, 17 Cawarra Road, Caringbah NSW 2229\n\n"
            "Deliver to: Megan Hollis, 8 Tallowwood Avenue, Kirrawee NSW 2232\n")
    addresses = [v for kind, v in hidden(text, "AU") if kind == "ADDRESS"]
    assert not any("Cawarra" in a for a in addresses)
    assert any("Tallowwood" in a for a in addresses)


def test_a_home_address_under_a_cv_line_with_years_stays_hidden() -> None:
    text = "Accountant, Kerry Foods Ltd 2019-2023\n14 Ashgrove Park, Ballincollig, Co. Cork P31 X2K8"
    assert any("Ashgrove" in v for kind, v in hidden(text, "IE") if kind == "ADDRESS")
