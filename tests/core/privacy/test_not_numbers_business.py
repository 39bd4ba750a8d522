"""Sums, HTTP statuses, recipe measures, flight times and document numbers in Japanese, Chinese and
Korean are no phones and no addresses; a phone or an address beside them is still hidden."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str) -> list[tuple[str, str]]:
    return [(s.type, s.original) for s in redact_text(text, country=country).spans]


def test_a_range_of_sums_with_its_currency_is_no_phone() -> None:
    assert _hidden("Wynagrodzenie: 12 000 - 14 500 zł brutto miesięcznie.\n", "PL") == []
    assert _hidden("Celkem 318 400 Kč bez DPH, splatnost 14 dní.\n", "CZ") == []


def test_a_phone_beside_a_sum_is_still_hidden() -> None:
    hidden = _hidden("Wynagrodzenie 12 000 zł, dzwoń pod 601 482 913 po 16.\n", "PL")
    assert ("PHONE", "601 482 913") in hidden


def test_a_japanese_slip_number_is_no_phone() -> None:
    assert _hidden("佐川急便で出荷しました。お問い合わせ伝票番号は 5520-1187-3306 です。\n", "JP") == []


def test_an_http_status_a_measure_and_a_flight_time_are_no_addresses() -> None:
    for text, country in (
        ("[12:01:07] edge-02 nginx: 504 Gateway Timeout upstream=api\n", "FR"),
        ("Dodać 3 łyżki oliwy 10 minut przed końcem.\n", "PL"),
        ("Flyg SK 1417 Göteborg Landvetter 07:15 till Arlanda.\n", "SE"),
    ):
        assert [value for kind, value in _hidden(text, country) if kind == "ADDRESS"] == []


def test_a_street_and_house_number_are_still_an_address() -> None:
    hidden = _hidden("Bitte liefern Sie an Lindenstraße 42, 50674 Köln.\n", "DE")
    assert any(kind == "ADDRESS" and "Lindenstraße 42" in value for kind, value in hidden)


def test_a_models_number_is_no_house_number() -> None:
    hidden = _hidden("Teslim edilecek 40 adet çamaşır makinesi (model 9104 XT) depoda bekliyor.\n", "TR")
    assert [value for kind, value in hidden if kind == "ADDRESS"] == []


def test_a_venues_address_after_its_name_is_no_ones_home() -> None:
    text = "Hotel: Grand Hôtel Cravat, Boulevard Roosevelt 29\nDinner at Zunfthaus zur Meisen, Münsterhof 20\n"
    assert [value for kind, value in _hidden(text, "LU") if kind == "ADDRESS"] == []


def test_a_guests_home_address_on_a_hotel_line_is_still_hidden() -> None:
    hidden = _hidden("Hotel booking for guest: Anna Berg, 14 Baker Street, London W1U 6TL\n", "GB")
    assert any(kind == "ADDRESS" and "14 Baker Street" in value for kind, value in hidden)
