"""Whole addresses in the records small teams paste: sheets whose headers are in the team's
languages, XML elements, SQL INSERT rows, cells after a street (vCards, one-line records), quoted
replies, identity cards typed out with the town under the street, two-language card keys and a
Brazilian CEP column. Each category is checked on sentences of several languages, and on the
look-alikes it must leave."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _covered(text: str, value: str, country: str | None = None, kind: str = "ADDRESS") -> bool:
    """Whether every character of ``value`` (but separators) is inside a span of ``kind``."""
    start = text.index(value)
    spans = [s for s in redact_text(text, country=country).spans if s.type == kind]
    hidden = sum(1 for i in range(start, start + len(value))
                 if text[i] in ";|,' \t\n>" or any(s.input_start <= i < s.input_end for s in spans))
    return hidden == len(value)


def _address_spans(text: str, country: str | None = None) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(("text", "parts", "country"), [
    ("Név;Cím;Irányítószám;Település\nFarkas Dóra;Petőfi Sándor u. 31.;7621;Pécs\n", ("Petőfi Sándor u. 31", "7621", "Pécs"), "HU"),
    ("Όνομα,Οδός,Αριθμός,ΤΚ,Πόλη\nΕλένη Μάρκου,Ερμού,58,262 21,Πάτρα\n", ("Ερμού", "58", "262 21", "Πάτρα"), "GR"),
    ("Vardas\tAdresas\tPašto kodas\tMiestas\nJonas Žukas\tLaisvės al. 61-3\tLT-44309\tKaunas\n",
     ("Laisvės al. 61-3", "LT-44309", "Kaunas"), "LT"),
    ("Navn | Adresse | Postnr. | Sted\nKari Lunde | Strandgaten 77 | 5013 | Bergen\n", ("Strandgaten 77", "5013", "Bergen"), "NO"),
    ("nama,alamat,kota,kodepos\nSiti Rahma,Jl. Pemuda No. 40,Semarang,50132\n", ("Jl. Pemuda No. 40", "Semarang", "50132"), "ID"),
    ("nazwisko,adres,kod,miasto\nLis,ul. Wojska Polskiego 12/3,70-471,Szczecin\n", ("ul. Wojska Polskiego 12/3", "70-471", "Szczecin"), "PL"),
])
def test_columns_headed_in_the_teams_languages_are_hidden_cell_by_cell(text: str, parts: tuple[str, ...], country: str) -> None:
    for part in parts:
        assert _covered(text, part, country), part


def test_a_number_column_beside_an_address_is_not_a_house_number_unless_it_says_so() -> None:
    text = "No,Name,Address,City\n1,Ada Stone,14 Birch Lane,Leeds\n2,Tom Hale,9 Elm Row,York\n"
    assert all(not s.startswith(("1", "2")) or " " in s for s in _address_spans(text, "GB"))


@pytest.mark.parametrize(("text", "parts", "country"), [
    ("<adresse><rue>Rue du Marché 14</rue><cp>4000</cp><localite>Liège</localite></adresse>", ("Rue du Marché 14", "4000", "Liège"), "BE"),
    ("<cliente>\n  <indirizzo>Via Nazionale 201</indirizzo>\n  <cap>00184</cap>\n  <citta>Roma</citta>\n</cliente>",
     ("Via Nazionale 201", "00184", "Roma"), "IT"),
    ('<customer id="7"><zip>97205</zip><street>812 SW Alder St</street><city>Portland</city></customer>',
     ("97205", "812 SW Alder St", "Portland"), "US"),
])
def test_xml_elements_naming_an_address_part_are_hidden(text: str, parts: tuple[str, ...], country: str) -> None:
    for part in parts:
        assert _covered(text, part, country), part


def test_an_xml_element_of_a_product_is_left() -> None:
    text = "<item><sku>40125-B</sku><name>Desk lamp</name><price>39.00</price></item>"
    assert _address_spans(text, "IT") == []


@pytest.mark.parametrize(("text", "parts", "country"), [
    ("INSERT INTO clientes (nombre, calle, numero, colonia, ciudad, cp) VALUES\n"
     "('Rosa Ibarra', 'Calle Morelos', '77', 'Analco', 'Puebla', '72500');", ("Calle Morelos", "77", "Analco", "Puebla", "72500"), "MX"),
    ("INSERT INTO `clientes` (`nome`, `logradouro`, `numero`, `cidade`, `cep`) VALUES ('Ana Lima', 'Rua Chile', '12', 'Salvador', '40020-000'),"
     " ('Rui Paz', 'Rua da Aurora', '300', 'Recife', '50050-000');", ("Rua Chile", "12", "Salvador", "40020-000", "Rua da Aurora", "Recife", "50050-000"), "BR"),
    ("insert into members (full_name, street, postcode, town) values ('Owen Price', 'Heol Fach', 'CF31 4JD', 'Bridgend');",
     ("Heol Fach", "CF31 4JD", "Bridgend"), "GB"),
])
def test_sql_insert_rows_are_read_under_their_column_names(text: str, parts: tuple[str, ...], country: str) -> None:
    for part in parts:
        assert _covered(text, part, country), part


def test_an_sql_null_under_a_town_column_is_left() -> None:
    text = "INSERT INTO clients (name, street, city, zip) VALUES ('Joan Mir', 'Carrer Major 4', NULL, '07001');"
    assert "NULL" not in " ".join(_address_spans(text, "ES"))


def test_sql_insert_rows_of_products_are_left() -> None:
    text = "INSERT INTO products (sku, title, price) VALUES ('DK-4410', 'Oak desk', 249.00), ('CH-1105', 'Chair', 89.00);"
    assert _address_spans(text) == []


@pytest.mark.parametrize(("text", "value", "country"), [
    ("ADR;TYPE=HOME:;;22 Banksia Cres;Kiama;NSW;2533;Australia", "22 Banksia Cres;Kiama;NSW;2533", "AU"),
    ("ORD-771;Lukas Brenner;Schönbrunner Str. 140;1050;Wien;bezahlt", "Schönbrunner Str. 140;1050;Wien", "AT"),
    ("INSERT INTO leden VALUES (4, 'Anouk Smit', 'Prinsengracht 263', '1016 GV', 'Amsterdam');", "Prinsengracht 263', '1016 GV', 'Amsterdam", "NL"),
    ("Ana Sousa|Rua das Flores 71|4050-262|Porto|entregue", "Rua das Flores 71|4050-262|Porto", "PT"),
])
def test_postcode_and_town_cells_after_a_street_are_hidden_with_it(text: str, value: str, country: str) -> None:
    assert _covered(text, value, country)


def test_a_firms_address_and_a_sentence_after_a_street_are_not_taken_as_cells() -> None:
    text = "Exporter: Baltic Amber OÜ, Pärnu mnt 10, 10148 Tallinn, Estonia\nTotal: 212.00 EUR"
    assert "Estonia" not in " ".join(_address_spans(text, "EE"))
    assert not any("2024" in s for s in _address_spans("We moved to Storgatan 5, 2024 results were good.", "SE"))


@pytest.mark.parametrize(("text", "value", "country"), [
    ("Danke!\n\n> Am 01.12. schrieb Jana Wolf:\n> Bitte an:\n> Mühlenweg 8\n> 24937 Flensburg\n> Gruß Jana", "Mühlenweg 8\n> 24937 Flensburg", "DE"),
    ("ok\n> Proszę wysłać na:\n> ul. Lipowa 3 m. 12\n> 20-020 Lublin\n", "ul. Lipowa 3 m. 12\n> 20-020 Lublin", "PL"),
    ("Prima.\n>> Stuur het naar\n>> Lange Nieuwstraat 41\n>> 3512 PH Utrecht\n", "Lange Nieuwstraat 41\n>> 3512 PH Utrecht", "NL"),
])
def test_an_address_block_in_a_quoted_reply_is_hidden_whole(text: str, value: str, country: str) -> None:
    assert _covered(text, value, country)


@pytest.mark.parametrize(("text", "value", "country"), [
    ("CARTA D'IDENTITÀ\nResidenza:\nV. MAZZINI 14\nBERGAMO (BG)\nStatura: 172", "V. MAZZINI 14\nBERGAMO (BG)", "IT"),
    ("Permis de séjour\nAdresse :\n7 BD DE LA LIBERTÉ\nLILLE\nValable jusqu'au 2029", "7 BD DE LA LIBERTÉ\nLILLE", "FR"),
    ("Ausweis\nAnschrift:\nSONNENSTR. 4\nPASSAU\nAusgestellt 2024", "SONNENSTR. 4\nPASSAU", "DE"),
])
def test_a_town_line_under_a_cards_street_is_part_of_the_address(text: str, value: str, country: str) -> None:
    assert _covered(text, value, country)


def test_a_sentence_under_an_address_block_is_not_a_town_line() -> None:
    text = "Address:\n14 Birch Lane\nPlease ring twice, thanks."
    assert all("Please" not in s for s in _address_spans(text, "GB"))


@pytest.mark.parametrize(("text", "value", "country"), [
    ("CARTE DE IDENTITATE\nDomiciliu/Adresse:\nSat Răchiți\nNr. 44 Jud. Botoșani", "Sat Răchiți\nNr. 44 Jud. Botoșani", "RO"),
    ("Посвідка\nАдреса/Address: вул. Шевченка 12, кв. 5, Харків", "вул. Шевченка 12, кв. 5, Харків", "UA"),
])
def test_a_two_language_cards_address_key_is_read(text: str, value: str, country: str) -> None:
    assert _covered(text, value, country)


def test_a_cep_column_beside_a_town_is_the_postcode_and_a_turkish_cep_a_phone() -> None:
    br = "nome;cidade;cep\nJoão Reis;Campinas;13015-904\n"
    assert _covered(br, "13015-904", "BR") and _covered(br, "Campinas", "BR")
    tr = "Ad Soyad: Ayşe Kurt\nCep: 0532 418 77 90\n"
    assert _covered(tr, "0532 418 77 90", "TR", kind="PHONE")


@pytest.mark.parametrize(("text", "street", "country"), [
    ("Abholung bitte nicht bei mir: unser Lager ist in der Gutenbergstraße 14, 68167 Mannheim.", "Gutenbergstraße 14", "DE"),
    ("Pour les retours, notre entrepôt : 9 rue des Forges, 21000 Dijon.", "9 rue des Forges", "FR"),
    ("warehouse: 2750 Harbor Blvd, Oxnard, CA 93035\nrecipient: Lena Ortiz, 61 Cedar St, Ventura, CA 93001", "2750 Harbor Blvd", "US"),
    ("Retiro en nuestra bodega, Av. Pedro Montt 1550, Valparaíso.", "Av. Pedro Montt 1550", "CL"),
])
def test_a_firms_own_site_is_left(text: str, street: str, country: str) -> None:
    assert all(street not in s for s in _address_spans(text, country))


def test_a_persons_address_beside_a_firms_site_is_still_hidden() -> None:
    text = "warehouse: 2750 Harbor Blvd, Oxnard, CA 93035\nrecipient: Lena Ortiz, 61 Cedar St, Ventura, CA 93001"
    assert _covered(text, "61 Cedar St, Ventura, CA 93001", "US")


def test_an_xml_login_element_is_no_person() -> None:
    text = "<config>\n  <usuario>facturas</usuario>\n  <ciudad>Monterrey</ciudad>\n</config>"
    assert [s.type for s in redact_text(text, country="MX").spans if s.original == "facturas"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Anh gửi giúp em về 56 Lý Thường Kiệt, P. 14, Q. 10, TP.HCM nha", "56 Lý Thường Kiệt, P. 14, Q. 10, TP.HCM"),
    ("Địa chỉ: 9 Hai Bà Trưng, P.Tân Định, Q.1, TP. Hồ Chí Minh", "9 Hai Bà Trưng, P.Tân Định, Q.1, TP. Hồ Chí Minh"),
    ("Chuyển tới số 5 ngõ 12 phố Huế, phường Ngô Thì Nhậm, quận Hai Bà Trưng, Hà Nội trước thứ sáu.",
     "số 5 ngõ 12 phố Huế, phường Ngô Thì Nhậm, quận Hai Bà Trưng, Hà Nội"),
])
def test_vietnamese_addresses_with_abbreviated_wards_and_the_city_before_the_sentence_goes_on(text: str, value: str) -> None:
    assert _covered(text, value, "VN")


@pytest.mark.parametrize(("text", "value"), [
    ("Моля, доставете на ж.к. Тракия 2, бл. 14, вх. В, ет. 3, ап. 9, 4023 Пловдив.", "ж.к. Тракия 2, бл. 14, вх. В, ет. 3, ап. 9, 4023 Пловдив"),
    ("Адресът ми е ж. к. Чайка 6, бл. 21, ап. 40, гр. Варна", "ж. к. Чайка 6, бл. 21, ап. 40, гр. Варна"),
])
def test_a_bulgarian_housing_estates_block_entrance_floor_and_flat_are_one_address(text: str, value: str) -> None:
    assert _covered(text, value, "BG")


@pytest.mark.parametrize(("text", "parts", "country"), [
    ('{"calle": "Paseo de la Castellana", "numero": "89", "cp": "28046", "ciudad": "Madrid"}', ("Paseo de la Castellana", "89", "28046"), "ES"),
    ("<street>Rosemary Lane</street><house_number>12</house_number><postcode>BS1 6EA</postcode>", ("Rosemary Lane", "12", "BS1 6EA"), "GB"),
])
def test_a_street_in_its_own_field_is_hidden_beside_its_number_and_postcode(text: str, parts: tuple[str, ...], country: str) -> None:
    for part in parts:
        assert _covered(text, part, country), part


def test_a_street_field_alone_in_a_record_without_a_number_or_postcode_is_left() -> None:
    assert _address_spans('{"event": "market day", "street": "Greyfriars"}', "GB") == []


@pytest.mark.parametrize(("text", "value", "phone", "country"), [
    ("Siobhán Daly\n12 Glenview Drive, Ballincollig, Cork\n086 203 4417", "12 Glenview Drive, Ballincollig, Cork", "086 203 4417", "IE"),
    ("Mvh\nOlle Berg\nTallvägen 3, Nacka\n070 512 33 18", "Tallvägen 3, Nacka", "070 512 33 18", "SE"),
])
def test_a_signatures_phone_under_the_address_is_not_read_as_its_postcode(text: str, value: str, phone: str, country: str) -> None:
    assert _covered(text, value, country)
    assert _covered(text, phone, country, kind="PHONE")


@pytest.mark.parametrize(("text", "value", "country"), [
    ("Dostava: Bulevar despota Stefana 44, stan 7, 11000 Beograd", "Bulevar despota Stefana 44, stan 7, 11000 Beograd", "RS"),
    ("Moja adresa je Trg bana Jelačića 5, Zagreb.", "Trg bana Jelačića 5, Zagreb", "HR"),
    ("Pošljite na Cesta talcev 21, 4000 Kranj, hvala", "Cesta talcev 21, 4000 Kranj", "SI"),
])
def test_a_south_slavic_street_named_with_a_lowercase_word_is_hidden_to_its_town(text: str, value: str, country: str) -> None:
    assert _covered(text, value, country)


def test_a_square_and_a_time_in_a_sentence_are_no_address() -> None:
    assert _address_spans("Vidimo se na trg slobode u 5, pa idemo dalje.", "RS") == []


@pytest.mark.parametrize(("text", "value", "country"), [
    ("DNI (reverso)\nDOMICILIO\nAVDA. DE LOS CASTROS 12 3 D\nSANTANDER\nLUGAR DE NACIMIENTO\nBURGOS", "AVDA. DE LOS CASTROS 12 3 D\nSANTANDER", "ES"),
    ("RESIDENZA\nVIA ROMA 221\nPALERMO (PA)\nSTATO CIVILE\nCONIUGATO", "VIA ROMA 221\nPALERMO (PA)", "IT"),
    ("ANSCHRIFT\nKIRCHGASSE 3\n88045 FRIEDRICHSHAFEN", "KIRCHGASSE 3\n88045 FRIEDRICHSHAFEN", "DE"),
])
def test_an_address_under_a_cards_bare_label_in_capitals_is_hidden_whole(text: str, value: str, country: str) -> None:
    assert _covered(text, value, country)


def test_a_sentence_under_a_bare_address_heading_is_left() -> None:
    assert _address_spans("ADDRESS\nThanks for the call today, 3 items left.", "GB") == []
