"""Address forms the dev35 split found missing after the dev32 fixes: plots, blocks and house
numbers opening West African addresses, numbered streets between cross streets (Mérida), the
town after a district and its postcode, Romanian sectors, Hungarian doors, a Chinese flat after
its building, street types and numbers in fields of their own, fairs and inns as look-alikes.
Texts here are new, not the split's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("I now stay at Plot 9, Block D, Sunnyvale Estate, Lokogoma, Abuja. Thanks", "NG",
         "Plot 9, Block D, Sunnyvale Estate, Lokogoma, Abuja"),
        ("Kindly come to House No. 7, Osu Badu Street, Dzorwulu, Accra.", "GH", "House No. 7, Osu Badu Street, Dzorwulu, Accra"),
        ("Mi casa está en Calle 33 No. 512 x 62 y 64, Centro, 97000 Mérida.", "MX", "Calle 33 No. 512 x 62 y 64, Centro, 97000 Mérida"),
        ("Trimite coletul la Bd. Timișoara nr. 58, bl. C6, ap. 40, sector 6, București.", "RO",
         "Bd. Timișoara nr. 58, bl. C6, ap. 40, sector 6, București"),
        ("Új címem: 1117 Budapest, Bartók Béla út 92. 2. em. 7. ajtó, köszönöm", "HU",
         "1117 Budapest, Bartók Béla út 92. 2. em. 7. ajtó"),
        ("样品寄到江苏省苏州市工业园区星湖街328号5栋1202，谢谢", "CN", "江苏省苏州市工业园区星湖街328号5栋1202"),
        ("mi nueva dirección: Bv. Gálvez 2110, Santa Fe, gracias", "AR", "Bv. Gálvez 2110, Santa Fe"),
        ("The bill goes to 880 Kalgoorlie Hwy, Boorabbin.", "AU", "880 Kalgoorlie Hwy, Boorabbin"),
    ],
)
def test_estates_numbered_streets_and_flat_parts_are_read_whole(text: str, country: str, address: str) -> None:
    assert address in " | ".join(addresses(text, country))


def test_street_type_and_number_columns_are_hidden_beside_the_postcode() -> None:
    text = "id;via;nombre_via;numero;cp;localidad\n7;Avda.;de Portugal;31;06800;Mérida\n"
    found = " | ".join(addresses(text, "ES"))
    for part in ("Avda.", "de Portugal", "31", "06800", "Mérida"):
        assert part in found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Stand 4B in Halle 2, Messe Frankfurt, Ludwig-Erhard-Anlage 1, 60327 Frankfurt am Main.", "DE"),
        ("Cena di Natale alla Trattoria da Mario, Via Po 14, 10123 Torino, ore 20.", "IT"),
        ("We need block 3, please, and house 4 by Friday.", "GB"),
        ("Count them: 12 x 4 y 3 boxes.", "ES"),
    ],
)
def test_fairs_inns_and_counts_are_no_address(text: str, country: str) -> None:
    assert addresses(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        # dev36's forms: streets named after titled people and saints, villages with only a postcode,
        # a hamlet after a sentence, Brasília blocks
        ("mieszkam teraz: al. gen. Józefa Hallera 40/12, Gdańsk", "PL", "al. gen. Józefa Hallera 40/12, Gdańsk"),
        ("mi dirección nueva es Pres. Perón 1450, Rosario, gracias", "AR", "Pres. Perón 1450, Rosario"),
        ("Pošlete to na Horní Bečva 412, 756 57, díky.", "CZ", "Horní Bečva 412, 756 57"),
        ("je suis au Hameau des Fourches, 26400 Crest jusqu'en mai", "FR", "Hameau des Fourches, 26400 Crest"),
        ("entrega em SQS 308, Bloco D, apto 502, Asa Sul, Brasília, por favor", "BR", "SQS 308, Bloco D, apto 502, Asa Sul, Brasília"),
    ],
)
def test_titled_streets_villages_hamlets_and_blocks(text: str, country: str, address: str) -> None:
    assert address in " | ".join(addresses(text, country))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kolacja firmowa w Restauracji Wierzynek, Rynek Główny 16, 31-008 Kraków, o 19:00.", "PL"),
        ("Visita guidata al Museo Egizio, Via Accademia delle Scienze 6, 10123 Torino.", "IT"),
        ("Dinner at Smith & Wollensky Grill, 797 Third Avenue, New York, NY 10022.", "US"),
        ("Vi sålde Volvo 240, 112 45 stycken i fjol.", "SE"),
    ],
)
def test_venues_in_each_language_and_counts_are_no_address(text: str, country: str) -> None:
    assert addresses(text, country) == []
