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
