"""Address forms the dev20b split found missing after the dev20 fixes: a named house on a street
with no number, what stands before the street (c/o, an urbanisation, a town written first), a
house with no number ("s/n"), Italian and Mexican abbreviations, a Turkish "No" without its
colon, Korean lot numbers, Chinese towers with Latin names and a postcode after the word for one.
Texts here are new, not the split's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Could you send it to Ivy House, Mill Lane, Bampton, Tiverton EX16 9LP please", "GB",
         "Ivy House, Mill Lane, Bampton, Tiverton EX16 9LP"),
        ("Entrega: Urb. El Mirador, bloque 2, 3ºB, 03540 Alicante. Gracias", "ES", "Urb. El Mirador, bloque 2, 3ºB, 03540 Alicante"),
        ("Skicka fakturan till c/o Berg, Kungsgatan 14, 753 21 Uppsala tack.", "SE", "c/o Berg, Kungsgatan 14, 753 21 Uppsala"),
        ("Adres do korespondencji: Wrocław, ul. Świdnicka 22/5", "PL", "Wrocław, ul. Świdnicka 22/5"),
        ("La casa está en Camino Viejo s/n, 18197 Pulianas, al final.", "ES", "Camino Viejo s/n, 18197 Pulianas"),
        ("Residenza: P.le Loreto 9, 20131 Milano", "IT", "P.le Loreto 9, 20131 Milano"),
        ("vivo en Av. Juárez 120, Col. Del Valle, C.P. 03100, Monterrey, NL\nsaludos", "MX",
         "Av. Juárez 120, Col. Del Valle, C.P. 03100, Monterrey, NL"),
        ("Kargo adresi: Halaskargazi Cd. No 48 Kat 3 Şişli İstanbul", "TR", "Halaskargazi Cd. No 48 Kat 3 Şişli İstanbul"),
        ("주소: 부산시 해운대구 우동 1408-3", "KR", "부산시 해운대구 우동 1408-3"),
        ("寄到上海市徐汇区漕溪北路18号ABC大厦B座905", "CN", "上海市徐汇区漕溪北路18号ABC大厦B座905"),
    ],
)
def test_the_address_is_hidden_whole(text: str, country: str, address: str) -> None:
    assert address in addresses(text, country)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("btw my post code is M20 2RN for the delivery", "GB", "M20 2RN"),
        ("Mój kod pocztowy: 02-495, reszta bez zmian.", "PL", "02-495"),
    ],
)
def test_a_postcode_after_the_word_for_one_is_hidden(text: str, country: str, code: str) -> None:
    assert code in addresses(text, country)


@pytest.mark.parametrize(
    "text",
    ["The zip file has 2024 rows.", "Our code is 4410 lines long.", "We sell Apples, Pears, Oranges LA22 9SX"],
)
def test_numbers_near_postcode_words_or_lists_are_no_address(text: str) -> None:
    assert addresses(text, "GB") == []


def test_a_first_name_before_a_street_is_not_its_town() -> None:
    assert all("Marco" not in a for a in addresses("Ho visto Marco, via Roma 12, 00184 Roma", "IT"))


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Nouvelle adresse : Appartement 3, Résidence Les Pins, 4 rue Victor Hugo, 33000 Bordeaux.", "FR",
         "Appartement 3, Résidence Les Pins, 4 rue Victor Hugo, 33000 Bordeaux"),
        ("送付先：〒150-0001 東京都渋谷区神宮前1-2-3 コーポ原宿203\nよろしく", "JP", "〒150-0001 東京都渋谷区神宮前1-2-3 コーポ原宿203"),
        ("jo: moving day! new place is 14 oak rd flat 2\nkim: yay", "GB", "14 oak rd flat 2"),
        ("Vi har flyttet til Olav Kyrres gate 22, 5014 Bergen.", "NO", "Olav Kyrres gate 22, 5014 Bergen"),
        ("Address: Sree Nilayam, Near Bus Stand, Thrissur, Kerala 680001\nMobile: none", "IN",
         "Sree Nilayam, Near Bus Stand, Thrissur, Kerala 680001"),
    ],
)
def test_more_forms_are_hidden_whole(text: str, country: str, address: str) -> None:
    assert address in addresses(text, country)


def test_the_fields_of_a_nordic_form_and_a_french_sheet_are_hidden() -> None:
    form = addresses("Gateadresse: Nedre gate 4\nPostnummer: 0551\nPoststed: Oslo\n", "NO")
    assert {"Nedre gate 4", "0551", "Oslo"} <= set(form)
    sheet = addresses("nom;adresse;cp;ville\nMartin Paul;3 rue Neuve;69001;Lyon\n", "FR")
    assert "69001" in sheet


@pytest.mark.parametrize(
    "text",
    ["Dinner is at Hotel Adlon, Unter den Linden 77, at eight.", "Quiz night: The Red Lion Pub, 12 High Street, 7pm.",
     "ok see you there, it's a 5 min walk"],
)
def test_a_named_venue_and_a_walk_are_no_ones_address(text: str) -> None:
    assert addresses(text, "GB") == []


def test_a_street_and_its_house_number_in_columns_of_their_own_are_hidden() -> None:
    found = addresses("Straße: Kantstraße\nHausnummer: 14a\nPLZ: 10623\nOrt: Berlin\n", "DE")
    assert {"Kantstraße", "14a", "10623", "Berlin"} <= set(found)
    assert all("\n" not in a for a in found)  # (a number and the label on the next line are not one street)


def test_a_short_number_or_a_plain_word_under_an_address_label_is_not_taken() -> None:
    assert addresses("Item | Unit | Qty\nPaper | 12 | 4\n", "GB") == []
    assert addresses("Address: see below\n", "GB") == []
