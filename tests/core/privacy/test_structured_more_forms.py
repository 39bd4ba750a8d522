"""Structured values in the forms the tenth development split showed missing: addresses from
100.x and 200.x, version numbers with four parts, month names in dashed dates and in Turkish,
Czech and Scandinavian, abbreviated birth cues, numbered accounts, product barcodes."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def types(text: str, country: str = "US") -> dict[str, str]:
    return {s.original: s.type for s in redact_text(text, country=country).spans}


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("login from 104.28.9.77 blocked", "104.28.9.77", "IP"),
        ("peer 203.0.113.200 timed out", "203.0.113.200", "IP"),
        ("resolver set to dns 9.9.9.9", "9.9.9.9", "IP"),
        ("DOB: 03-Sep-1979", "03-Sep-1979", "DOB"),
        ("Doğum tarihi: 19 Ağustos 1990", "19 Ağustos 1990", "DOB"),
        ("Datum narození: 3. června 1984", "3. června 1984", "DOB"),
        ("född 12 augusti 1975", "12 augusti 1975", "DOB"),
        ("Fecha nac.: 02/11/79", "02/11/79", "DOB"),
        ("Dt. nasc. 15/05/1991", "15/05/1991", "DOB"),
        ("conto n. 100000987654 presso la filiale", "100000987654", "ACCOUNT"),
        ("cuenta nº 0049817263", "0049817263", "ACCOUNT"),
    ],
)
def test_values_in_more_national_forms_are_found(text: str, value: str, kind: str) -> None:
    assert types(text, "DE").get(value) == kind


@pytest.mark.parametrize(
    "text",
    [
        "kernel 5.15.0.91 installed last night",
        "router firmware 3.0.4.2 is current",
        "app_ver,1.2.0.7",
        "ファームウェアは 1.0.3.6 です",
        "EAN 5901234123457 out of stock",
        "Artikelnr. 4012345678901, 3 Stück",
        "Hired 12-Mar-2019, invoice dated 04-Feb-2025",
    ],
)
def test_versions_barcodes_and_other_dates_stay(text: str) -> None:
    assert types(text, "DE") == {}
