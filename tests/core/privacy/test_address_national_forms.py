"""Whole addresses in national forms the street rules read only in part (dev53): Russian and
Ukrainian regions and house words, Hebrew towns with their postcode, Arabic flats and towers,
Japanese postcodes on a line of their own, Vietnamese streets with no street word, Italian "CAP",
Indonesian, Filipino, Indian and Kenyan forms, postcode and town columns, a letterhead's dash;
and the recipient's address under an insurer's or an authority's name, which is no one's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Адрес: Ленинградская обл., г. Гатчина, ул. Чехова, д. 12, кв. 7", "RU",
         "Ленинградская обл., г. Гатчина, ул. Чехова, д. 12, кв. 7"),
        ("Куда: 620075, г. Екатеринбург, пр-т Ленина, 50, оф. 301", "RU", "620075, г. Екатеринбург, пр-т Ленина, 50, оф. 301"),
        ("Адреса: м. Київ, вул. Хрещатик, буд. 22, кв. 14", "UA", "м. Київ, вул. Хрещатик, буд. 22, кв. 14"),
        ("לכבוד\nרחוב ויצמן 14, דירה 3\nכפר סבא 4423814\n\nהנדון: חוזה", "IL", "רחוב ויצמן 14, דירה 3\nכפר סבא 4423814"),
        ("العنوان: شقة 32، عمارة النور، شارع الملك فهد، الرياض", "SA", "شقة 32، عمارة النور، شارع الملك فهد، الرياض"),
        ("العنوان: 8 شارع التحرير، الدقي، الجيزة، الدور الثالث شقة 6", "EG", "8 شارع التحرير، الدقي، الجيزة، الدور الثالث شقة 6"),
        ("〒812-0011\n福岡県福岡市博多区博多駅前2丁目1番1号 博多ハイツ804\n山田 様", "JP", "〒812-0011\n福岡県福岡市博多区博多駅前2丁目1番1号 博多ハイツ804"),
        ("Địa chỉ: 45 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "VN", "45 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"),
        ("Spedire a:\nVia Roma 12\nCAP 40122 Bologna (BO)\nGrazie", "IT", "Via Roma 12\nCAP 40122 Bologna (BO)"),
        ("Alamat: Jl. Magelang Km 5,2 Gg. Melati No. 4, RT 02/RW 09, Kel. Sinduadi, Kec. Mlati, Sleman 55284", "ID",
         "Jl. Magelang Km 5,2 Gg. Melati No. 4, RT 02/RW 09, Kel. Sinduadi, Kec. Mlati, Sleman 55284"),
        ("Alamat rumah: Jalan Raya Bogor Km. 30 No. 17, Cimanggis, Depok", "ID", "Jalan Raya Bogor Km. 30 No. 17, Cimanggis, Depok"),
        ("Alamat: Perumahan Griya Asri Blok C2 No. 15, Kel. Sukamaju, Kec. Cibinong, Bogor 16914", "ID",
         "Perumahan Griya Asri Blok C2 No. 15, Kel. Sukamaju, Kec. Cibinong, Bogor 16914"),
        ("pakihatid sa Blk 12 Lot 3 Villa Verde, Brgy. Pasong Tamo, Quezon City salamat", "PH",
         "Blk 12 Lot 3 Villa Verde, Brgy. Pasong Tamo, Quezon City"),
        ("bhai I'm at H.No 8-3-222, Yousufguda, near ramalayam temple, Hyderabad now", "IN",
         "H.No 8-3-222, Yousufguda, near ramalayam temple, Hyderabad"),
        ("Postal address: P.O. Box 4521-00100, Nairobi", "KE", "P.O. Box 4521-00100, Nairobi"),
        ("Στείλτε το στο: Πατησίων 76, 3ος όροφος, 104 34 Αθήνα", "GR", "Πατησίων 76, 3ος όροφος, 104 34 Αθήνα"),
        ("Cordialement,\nLuc Perrin\n12, allée des Acacias – 33600 Pessac", "FR", "12, allée des Acacias – 33600 Pessac"),
        ("Naslov: Slovenska cesta 55, 1000 Ljubljana", "SI", "Slovenska cesta 55, 1000 Ljubljana"),
        ("Adresas: Gedimino pr. 9-12, LT-01103 Vilnius", "LT", "Gedimino pr. 9-12, LT-01103 Vilnius"),
        ("Adrese: Brīvības iela 85-7, Rīga, LV-1001", "LV", "Brīvības iela 85-7, Rīga, LV-1001"),
        ("Aadress: Pärnu mnt 22-5, 10141 Tallinn", "EE", "Pärnu mnt 22-5, 10141 Tallinn"),
        ("Szállítási cím: 1052 Budapest, Váci utca 19. 2/5", "HU", "1052 Budapest, Váci utca 19. 2/5"),
        ("Local: lá em casa, Rua do Carmo 22, 3º andar, Lisboa", "PT", "Rua do Carmo 22, 3º andar, Lisboa"),
    ],
)
def test_a_national_form_is_hidden_whole(text: str, country: str, address: str) -> None:
    assert address in addresses(text, country)


@pytest.mark.parametrize(
    ("text", "country", "column"),
    [
        ("nimi,osoite,postinumero,toimipaikka\nLiisa Virtanen,Aleksanterinkatu 12 C 33,00170,Helsinki\n", "FI", "Helsinki"),
        ("ФИО: Петров Иван\nАдрес: г. Пермь, ул. Ленина, д. 5, кв. 2\nИндекс: 614000\n", "RU", "614000"),
        ("navn;adresse;postnr;by\nLise Holm;Jagtvej 69;2200;København N\n", "DK", "København N"),
    ],
)
def test_a_postcode_or_town_in_a_field_of_its_own_is_hidden_beside_the_street(text: str, country: str, column: str) -> None:
    assert column in addresses(text, country)


@pytest.mark.parametrize(
    ("text", "country", "street"),
    [
        ("Anna Berg\nAm Hang 3\n83101 Rohrdorf\n\nAllianz Versicherungs-AG\nKöniginstraße 28\n80802 München\n", "DE", "Königinstraße 28"),
        ("Jan Nowak\nul. Polna 8\n60-535 Poznań\n\nSpółdzielnia Mieszkaniowa „Winogrady”\nul. Wilczak 20\n61-623 Poznań\n", "PL", "ul. Wilczak 20"),
        ("Marie Dubois\n3 rue Pasteur\n69007 Lyon\n\nCaisse d'Allocations Familiales\n67 boulevard Vivier-Merle\n69003 Lyon\n", "FR",
         "67 boulevard Vivier-Merle"),
    ],
)
def test_the_address_under_an_insurers_or_an_authoritys_name_is_not_hidden(text: str, country: str, street: str) -> None:
    found = addresses(text, country)
    assert not any(street in a for a in found)
    assert found, "the sender's own address above stays hidden"


@pytest.mark.parametrize(
    ("text", "country", "street"),
    [
        ("Lieu : chez moi, 8 rue des Lilas, 44000 Nantes", "FR", "8 rue des Lilas, 44000 Nantes"),
        ("Venue: at my place, 19 Rosewood Ave, Austin TX 78704", "US", "19 Rosewood Ave, Austin TX 78704"),
    ],
)
def test_a_home_under_a_venues_key_stays_hidden(text: str, country: str, street: str) -> None:
    assert any(street in a for a in addresses(text, country))


def test_a_named_venue_under_its_key_is_still_no_ones_address() -> None:
    assert addresses("Lieu : Hôtel Mercure, 8 rue des Lilas, 44000 Nantes", "FR") == []


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Send to\nAmélie Gagnon\n450 rue Sherbrooke Est, app. 12\nMontréal (Québec) H2L 1J8\n", "CA",
         "450 rue Sherbrooke Est, app. 12\nMontréal (Québec) H2L 1J8"),
        ("Para: Luis Hernández\nCalle Morelos #123 int. 4\nCol. Del Valle\nC.P. 03100, CDMX\n", "MX",
         "Calle Morelos #123 int. 4\nCol. Del Valle\nC.P. 03100, CDMX"),
        ("Отправитель:\nСидоров Алексей\nул. Гагарина, 15-42\nг. Самара, 443001\n", "RU", "ул. Гагарина, 15-42\nг. Самара, 443001"),
        ("Destinatário: Carla Souza\nRua das Flores, 250 - casa 2\nJardim América - Goiânia/GO\nCEP 74255-140\n", "BR",
         "Rua das Flores, 250 - casa 2\nJardim América - Goiânia/GO\nCEP 74255-140"),
    ],
)
def test_the_lines_under_a_street_with_its_unit_join_the_address(text: str, country: str, address: str) -> None:
    assert address in addresses(text, country)


def test_a_street_named_in_a_sentence_without_a_number_is_no_address() -> None:
    assert addresses("Kantor kami pindah, jalan macet sekali hari ini di Jalan Sudirman.", "ID") == []


def test_a_numbered_street_in_lowercase_chat_is_an_address_and_a_school_year_is_not() -> None:
    assert "1420 5th ave apt 9" in addresses("hey im at 1420 5th ave apt 9 in seattle, come up", "US")
    assert addresses("we have 3 5th graders and 2 3rd graders in the class", "US") == []


def test_numbers_after_a_dot_that_are_no_floor_and_door_stay() -> None:
    assert addresses("See clause 7. 3/4 of the contract; the 3 g. of sugar is in Lab 5 pr. 4 tomorrow.", "GB") == []


def test_a_persons_address_under_their_name_stays_hidden_when_a_word_of_the_list_is_elsewhere() -> None:
    text = "Tax question\n\nGreta Lind\nStorgatan 14\n903 26 Umeå\n"
    assert any("Storgatan 14" in a for a in addresses(text, "SE"))
