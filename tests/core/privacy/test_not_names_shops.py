"""Shops, marketplaces, couriers, payment apps and small-business software named alone in an
ordinary sentence, and departments named as the ones responsible, are no people (not_names.txt);
a shop's name that is also a given name is left to the other rules, so a person of that name is
still hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str) -> list[str]:
    return [text[s.input_start : s.input_end] for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Wil je de offerte van Coolblue even doorsturen?", "NL"),
        ("Selver ei olnud lahti, läksin teise poodi.", "EE"),
        ("We ordered the chairs from Viking last week.", "GB"),
        ("Kolla Fortnox, alla fakturor ligger där.", "SE"),
        ("Zamówiłem papier przez Allegro, dojdzie jutro.", "PL"),
        ("Ya pagué con Mercado Pago el pedido de ayer.", "MX"),
        ("Dedeman livrează rafturile luni dimineață.", "RO"),
    ],
)
def test_a_shop_or_service_named_alone_is_no_person(text: str, country: str) -> None:
    assert _hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Penny hat angerufen, sie kommt später.", "DE", "Penny"),
        ("Otto hat die Stühle heute selbst abgeholt.", "DE", "Otto"),
        ("Barbora poslala fakturu včera večer.", "CZ", "Barbora"),
    ],
)
def test_a_person_named_like_a_shop_is_still_hidden(text: str, country: str, person: str) -> None:
    assert person in _hidden(text, country)


def test_the_assistants_products_are_no_person_but_a_claude_is() -> None:
    text = "Claude Martin a installé Claude Code sur tous les postes."
    assert _hidden(text, "FR") == ["Claude Martin"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Responsable : Compta, relance par Logistique", "FR"),
        ("Verantwortlich: Versand", "DE"),
        ("Responsable: Administración", "ES"),
    ],
)
def test_a_department_as_the_one_responsible_is_no_person(text: str, country: str) -> None:
    assert _hidden(text, country) == []
