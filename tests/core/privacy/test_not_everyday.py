"""Everyday words that are also given names, opening a sentence, are not people; the same
names doing something, named twice or addressed stay hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from desktop.core.privacy.not_everyday import opens_with_an_everyday_word


def hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "country"), [
    ("Quarterly notes.\nHope springs eternal: the backlog fell by a third.", "GB"),
    ("Stand du projet\nClaire progression des ventes en ligne ce mois-ci.", "FR"),
    ("Riepilogo. Gioia generale per il nuovo contratto con il distributore.", "IT"),
    ("Resumen\nSoledad total en la oficina durante agosto, cerramos dos semanas.", "ES"),
    ("Viikkoraportti\nRauha palasi tuotantoon, kun kone korjattiin.", "FI"),
])
def test_an_everyday_word_opening_a_sentence_is_no_one(text: str, country: str) -> None:
    assert hidden(text, country) == []


@pytest.mark.parametrize(("text", "country"), [
    ("Referat\nMin vurdering er at vi venter til mars, og det er ikke kritisk.", "NO"),
    ("Referat från mötet\nHennes förslag gäller från och med april, inte före.", "SE"),
    ("[09:12] Jonas: Mit kontor er flyttet til 2. sal, og kaffen er på vej", "DK"),
])
def test_a_nordic_possessive_opening_a_sentence_is_no_one(text: str, country: str) -> None:
    assert "Min" not in hidden(text, country) and "Hennes" not in hidden(text, country)
    assert "Mit" not in hidden(text, country)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Hi team,\nGrace will send the slides tonight.", "Grace", "GB"),
    ("Notes\nFrank said the audit starts Monday. Frank also wants the stock list.", "Frank", "GB"),
])
def test_the_same_words_doing_something_stay_people(text: str, name: str, country: str) -> None:
    assert name in hidden(text, country)


def test_a_nordic_name_doing_something_is_not_read_as_a_possessive() -> None:
    text = "Referat\nHans sa att leveransen blir sen, och vi får vänta."
    assert not opens_with_an_everyday_word(text, 8, 12)
    text = "Referat\nHans nya rutin gäller från december, och vi följer den."
    assert opens_with_an_everyday_word(text, 8, 12)


def test_a_czech_adjective_that_is_also_a_surname_opening_a_sentence_is_no_one() -> None:
    for text in ("Zápis z porady\nNová kantýna se otevírá v pondělí, menu je na intranetu.",
                 "Týdenní přehled\nMalá zasedačka je od středy mimo provoz."):
        assert hidden(text, "CZ") == []


def test_two_products_of_places_joined_by_and_are_no_one() -> None:
    text = "Novedades: Tarta de Santiago y Queso de Tetilla llegan el lunes a tienda."
    assert hidden(text, "ES") == []
