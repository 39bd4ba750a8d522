"""Whole addresses where a part used to be left: a house number under "No.:" or "Numéro:" and a
town under "Commune" beside a street's field, the town and postcode after a Russian flat and a
Hungarian floor and door, Gulf addresses by district, street and building, a Philippine
barangay after a tower and its condominium, and lowercase Indonesian, Turkish, Finnish, Nordic, Spanish, Italian
and Brazilian addresses typed in chat. Look-alikes stay unhidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


def _hidden(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "parts", "country"),
    [
        ("Applicant\nName: Teresa Gomez\nStreet: Birchwood Drive\nNo.: 4410\nZip: 48170\nCity: Plymouth\n",
         ["Birchwood Drive", "4410", "48170", "Plymouth"], "US"),
        ("Rue: Avenue Louise\nNuméro: 54\nCode postal: 1050\nCommune: Ixelles\n", ["Avenue Louise", "54", "1050", "Ixelles"], "BE"),
        ("Nom;Rue;Numéro;CP;Commune\nMartin Léa;Rue Victor Hugo;18;59000;Lille\n", ["Rue Victor Hugo", "18", "59000", "Lille"], "FR"),
        ("Ulica: Słowackiego\nNr domu: 12\nNr lokalu: 4\nKod: 31-159\nMiasto: Kraków\n", ["Słowackiego", "12", "4", "31-159", "Kraków"], "PL"),
        ("Via: Garibaldi\nCivico: 18\nCAP: 10122\nCittà: Torino\n", ["Garibaldi", "18", "10122", "Torino"], "IT"),
        # (a street key with a final sigma, read casefolded as every key is)
        ("Οδός: Ερμού\nΑριθμός: 25\nΤ.Κ.: 10563\nΠόλη: Αθήνα\n", ["Ερμού", "25", "10563", "Αθήνα"], "GR"),
        ("Calle: Reforma\nNúmero: 222, depto 5\nColonia: Juárez\nC.P.: 06600\n", ["Reforma", "222, depto 5", "06600"], "MX"),
    ],
)
def test_an_address_split_over_fields_is_hidden_part_by_part(text: str, parts: list[str], country: str) -> None:
    assert set(parts) <= set(_addresses(text, country))


def test_a_row_number_column_first_is_no_house_number() -> None:
    text = "No;Name;Street;Town;Postcode\n1;Alan Pike;14 Hill Road;Leeds;LS6 2AB\n2;Jo Marr;3 Bank St;York;YO1 7HU\n"
    spans = redact_text(text, country="GB").spans
    assert {"14 Hill Road", "3 Bank St"} <= {s.original for s in spans}
    # (no span takes a row's number: each row's number stands at its line's start)
    row_numbers = [text.index("\n1;") + 1, text.index("\n2;") + 1]
    assert not any(s.input_start <= at < s.input_end for s in spans for at in row_numbers)


def test_a_number_key_without_an_address_is_left() -> None:
    assert _hidden("Order No: 44812\nStatus: shipped\nTracking No: 1Z999\n", "US") == []


@pytest.mark.parametrize("text", ["Street: Main hall is closed today\nRoom: 4\n", "Street: see below\nMeeting room: 12\n"])
def test_a_street_key_without_the_rest_of_an_address_is_left(text: str) -> None:
    assert _hidden(text, "GB") == []


@pytest.mark.parametrize(
    ("text", "address", "country"),
    [
        ("Пришлите счёт на ул. Пушкина, д. 10, кв. 5, г. Ростов-на-Дону, 344002 пожалуйста.",
         "ул. Пушкина, д. 10, кв. 5, г. Ростов-на-Дону, 344002", "RU"),
        ("Адрес доставки: пр-т Мира, д. 48, кв. 203, г. Санкт-Петербург, 197101.",
         "пр-т Мира, д. 48, кв. 203, г. Санкт-Петербург, 197101", "RU"),
        ("Kedves Anna! Az új címem Dózsa György út 45. 2/7, 6720 Szeged, kérlek írd át.", "Dózsa György út 45. 2/7, 6720 Szeged", "HU"),
        ("Kedves Péter! Az új címem Szent István körút 9. 1/3, 1055 Budapest, kérlek írd át.",
         "Szent István körút 9. 1/3, 1055 Budapest", "HU"),
        ("يرجى توصيل الطلب إلى حي الملقا، شارع أنس بن مالك، مبنى 4410، الرياض 13521",
         "حي الملقا، شارع أنس بن مالك، مبنى 4410، الرياض 13521", "SA"),
        ("العنوان: شارع الشيخ زايد، فيلا 17، أبوظبي", "شارع الشيخ زايد، فيلا 17، أبوظبي", "AE"),
        ("عنواني الجديد حي الدفنة، شارع الكورنيش، منزل رقم 22، الدوحة", "حي الدفنة، شارع الكورنيش، منزل رقم 22، الدوحة", "QA"),
        ("[10:02] wulan: paketnya ke jl. kaliurang km 5 no. 12, sleman, yogyakarta 55281 ya",
         "jl. kaliurang km 5 no. 12, sleman, yogyakarta 55281", "ID"),
        ("[10:03] agus: alamatku jalan merdeka no 45 rt 2/rw 3, bogor", "jalan merdeka no 45 rt 2/rw 3, bogor", "ID"),
        ("[08:10] sanna: osoite on hämeenkatu 14 b 22, 33100 tampere", "hämeenkatu 14 b 22, 33100 tampere", "FI"),
        ("kargo için adres: esentepe mah. büyükdere cad. no:199 d:4 şişli/istanbul",
         "esentepe mah. büyükdere cad. no:199 d:4 şişli/istanbul", "TR"),
        ("[12:01] mert: eve gönder, moda mah. şair nefi sok. no: 7 daire 3 34710 kadıköy/istanbul",
         "moda mah. şair nefi sok. no: 7 daire 3 34710 kadıköy/istanbul", "TR"),
        ("Please deliver to Unit 1204 Tower 2, Avida Towers, Brgy. Bel-Air, Makati City 1209",
         "Unit 1204 Tower 2, Avida Towers, Brgy. Bel-Air, Makati City 1209", "PH"),
        ("c/ mayor 14 2º b\n28013 madrid", "c/ mayor 14 2º b\n28013 madrid", "ES"),
        ("[10:00] sara: via roma 12\n20121 milano", "via roma 12\n20121 milano", "IT"),
        ("ny adresse: grünerløkka, thorvald meyers gate 55, 0555 oslo", "thorvald meyers gate 55, 0555 oslo", "NO"),
        ("[09:12] elin: skicka till drottning kristinas väg 14, 114 28 stockholm tack",
         "drottning kristinas väg 14, 114 28 stockholm", "SE"),
        ("[09:00] bia: entrega na rua haddock lobo 595 apto 12 cerqueira césar são paulo 01414-001 por favor",
         "rua haddock lobo 595 apto 12 cerqueira césar são paulo 01414-001", "BR"),
    ],
)
def test_the_town_and_postcode_after_the_street_are_hidden_with_it(text: str, address: str, country: str) -> None:
    assert any(address in found for found in _addresses(text, country))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Az ülés 2026. 3/4 része lesz.", "HU"),
        ("سنلتقي في مطعم على شارع التحلية، الرياض يوم الخميس", "SA"),
        ("الاجتماع في مبنى 3 بالشركة يوم 12", "EG"),
        ("[08:11] timo: palaveri klo 10 huone b 12, 2026 budjetti", "FI"),
        ("vi møtes ved gate 55 på gardermoen kl 10", "NO"),
        ("[12:02] elif: toplantı 14:00'te, sokak no 5 değil 6", "TR"),
        ("[12:03] can: cadde üzerindeki kafede buluşalım no problem", "TR"),
        ("The seminar is at SMX Convention Center, Pasay City on Friday.", "PH"),
        ("[09:03] leo: pedido 4410 apto pra envio amanhã, total 1.250-00", "BR"),
    ],
)
def test_look_alikes_stay_unhidden(text: str, country: str) -> None:
    assert _addresses(text, country) == []


def test_a_lowercase_street_does_not_run_on_over_the_sentence_to_a_code() -> None:
    found = _addresses("[09:01] leo: rua das flores 88 apto 3 e depois envio o pedido 22010-000", "BR")
    assert found and all("pedido" not in f for f in found)


@pytest.mark.parametrize(
    ("text", "address", "closing", "country"),
    [
        ("Hallo Herr Kaya,\nmeine neue Anschrift lautet\nGoethestraße 8\n60313 Frankfurt am Main\nViele Grüße\nLea",
         "Goethestraße 8\n60313 Frankfurt am Main", "Viele", "DE"),
        ("Liebe Frau Gruber,\nab 1. März wohne ich in der\nLinzer Straße 112/4\n1140 Wien\nDanke und LG",
         "Linzer Straße 112/4\n1140 Wien", "Danke", "AT"),
        ("Hej!\nNy adress:\nVasagatan 12\n411 24 Göteborg\nMvh Erik", "Vasagatan 12\n411 24 Göteborg", "Mvh", "SE"),
    ],
)
def test_an_address_block_stops_before_the_closing_under_it(text: str, address: str, closing: str, country: str) -> None:
    found = _addresses(text, country)
    assert address in found and not any(closing in f for f in found)


def test_a_block_keeps_its_flat_and_town_lines() -> None:
    text = "Ship to:\nDana Whitfield\n1208 Pine Ridge Rd\nApt 14\nKnoxville, TN 37919\nPhone: 865-555-0142\n"
    assert any("1208 Pine Ridge Rd\nApt 14\nKnoxville, TN 37919" in f for f in _addresses(text, "US"))
