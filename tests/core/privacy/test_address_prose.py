"""Streets named without a street word after a verb of living (Czech, Polish, Russian,
Ukrainian, Bulgarian, Croatian, German, Spanish, Portuguese and Italian), and German streets built on a preposition ("Am
Sonnenhang 4"), as the dev43 split found them missing. Texts here are new."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Od května bydlím v Palackého 21 v Olomouci, pošli to tam.", "CZ", "Palackého 21 v Olomouci"),
        ("Mieszkam przy Ogrodowej 14 w Kielcach, zapraszam.", "PL", "Ogrodowej 14 w Kielcach"),
        ("Я теперь живу на Лесной 8, кв 41, заходи.", "RU", "Лесной 8, кв 41"),
        ("Живея на Витоша 17 в София от месец.", "BG", "Витоша 17 в София"),
        ("Kommt vorbei, wir wohnen jetzt Am Lindenhain 6, 79211 Denzlingen.", "DE", "Am Lindenhain 6, 79211 Denzlingen"),
        ("Paket bitte an Zur Kiesgrube 3 schicken, danke.", "DE", "Zur Kiesgrube 3"),
        ("Desde marzo vivo en Velázquez 64, 2º izquierda, en Madrid.", "ES", "Velázquez 64, 2º izquierda, en Madrid"),
        ("Agora moro na Haddock Lobo 595, apto 82, perto do metrô.", "BR", "Haddock Lobo 595, apto 82"),
    ],
)
def test_a_street_without_a_street_word_is_hidden_where_someone_lives(text: str, country: str, address: str) -> None:
    assert any(address in found for found in addresses(text, country))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ich wohne in Berlin 3 Jahre schon, ohne Auto.", "DE"),
        ("Am Montag 4 Termine, am Ende 2 Stunden Puffer.", "DE"),
        ("Im Jahr 12 Projekte, zum Glück 3 davon fertig.", "DE"),
        ("Mieszkam w Warszawie 5 lat i nie narzekam.", "PL"),
        ("Живу в Москве 10 лет, работаю удалённо.", "RU"),
        ("Vivo en Valencia 3 años y trabajo en remoto.", "ES"),
        ("Moro em Curitiba 12 anos já.", "BR"),
    ],
)
def test_a_count_after_a_place_or_a_preposition_phrase_is_no_address(text: str, country: str) -> None:
    assert addresses(text, country) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mum now lives on Orchard Rise in Kendal, next to the school.", "Orchard Rise in Kendal"),
        ("We moved to Larch Close in Thirsk over the summer.", "Larch Close in Thirsk"),
    ],
)
def test_a_street_without_a_number_where_someone_lives_is_hidden_with_its_town(text: str, address: str) -> None:
    assert any(address in found for found in addresses(text, "GB"))


@pytest.mark.parametrize(
    "text",
    [
        "Our office moved to Church Street in Reading last year.",
        "They moved to Station Road in March, the builders said.",
        "He lives on Station Road somewhere, I think.",
    ],
)
def test_a_firm_moving_a_month_or_no_town_leaves_the_street(text: str) -> None:
    assert addresses(text, "GB") == []


def test_a_greek_street_without_its_word_is_read_with_town_and_postcode() -> None:
    assert "Τσιμισκή 45, Θεσσαλονίκη 54623" in addresses("Η διεύθυνσή μου: Τσιμισκή 45, Θεσσαλονίκη 54623", "GR")
    assert addresses("Η συνάντηση: Αίθουσα 4, όροφος 2.", "GR") == []
