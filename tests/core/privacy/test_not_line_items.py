"""Articles of a list of goods, places and teams named with a compass point, shops by their
trade's word and the holidays of more countries are not people; people beside them stay hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "thing", "country"), [
    ("Stock update\nStretch Wrap 500mm – 2 weeks\nPallet Labels – in stock", "Stretch Wrap", "GB"),
    ("Ordine confermato\n- Buste Imbottite 22x33 – 400 pz\n- Scatole Avana 40 cm", "Buste Imbottite", "IT"),
    ("Bestellung\n1 | Kabelkanal Weiß 2 m | 40 Stk\n2 | Dübel Fischer | 500 Stk", "Kabelkanal Weiß", "DE"),
    ("Ürün listesi\nPike Kumaş | 300 kg | 190,00 TL\nSüprem Siyah | 80 kg | 205,00 TL", "Süprem Siyah", "TR"),
    ("Envio confirmado\n- Garrafas Cristal 75 cl : 600 un\n- Rolhas Cortiça 24x44 : 600", "Garrafas Cristal", "PT"),
])
def test_an_article_before_its_size_or_quantity_is_no_one(text: str, thing: str, country: str) -> None:
    assert thing not in hidden(text, country)


@pytest.mark.parametrize(("text", "thing", "country"), [
    ("Pengiriman hari ini ke Gudang Utama, Jakarta Utara dan Tangerang Selatan.", "Tangerang Selatan", "ID"),
    ("Os pedidos passam para a equipa Vendas Norte a partir de segunda.", "Vendas Norte", "PT"),
    ("Die Tickets gehen an das Team Vertrieb Süd, Kategorie Rückruf.", "Vertrieb Süd", "DE"),
    ("Roteiro de hoje: Entrega Zona Sul, depois Centro.", "Entrega Zona Sul", "BR"),
])
def test_a_place_or_team_named_with_a_compass_point_is_no_one(text: str, thing: str, country: str) -> None:
    assert thing not in hidden(text, country)


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Stock update\nAnna Nord 12 – called about the pallets", "Anna Nord", "SE"),
    ("Envio para Maria Luisa Sul, Rua das Flores.", "Maria Luisa Sul", "PT"),
    ("Payroll\n1043 | Tanya Robles | Front Desk | 18.50 | 80.00", "Tanya Robles", "US"),
])
def test_a_person_beside_goods_or_with_a_compass_surname_stays_hidden(text: str, person: str, country: str) -> None:
    assert person in hidden(text, country)


@pytest.mark.parametrize(("text", "thing", "country"), [
    ("Entrega: Farmácia Boa Vida, loja do centro, até as 10h.", "Farmácia Boa Vida", "BR"),
    ("Kiszállítás: Belvárosi Cukrászda, hétfő reggel.", "Belvárosi Cukrászda", "HU"),
    ("Penerima: Warung Sederhana Makmur, Depok.", "Warung Sederhana Makmur", "ID"),
    ("Office closed for Juneteenth and Columbus Day.", "Columbus", "US"),
    ("Le bureau ferme pour l'Ascension et l'Armistice.", "Armistice", "FR"),
    ("Magazzino chiuso per Sant'Ambrogio e Immacolata.", "Immacolata", "IT"),
])
def test_shops_by_their_trade_and_holidays_are_no_one(text: str, thing: str, country: str) -> None:
    assert not any(thing in h for h in hidden(text, country))
