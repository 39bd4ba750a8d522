"""Capitalised things of ordinary work text that are no people: a recurring meeting or a project by its last word
("Ops Weekly", "Platform Standup", "Checkout Redesign"), a document by its kind ("Huishoudelijk
Reglement", "Működési Szabályzat"), a café, a boardroom or a trade fair by the word before its name, coffee by
its word before the brand, a Nordic street named after someone by its street word after the name.
A person beside the same words is still hidden."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str) -> list[str]:
    return [text[s.input_start : s.input_end] for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Agenda – Data Sync\n1. Backups\n2. Costs", "GB"),
        ("Q2 goals: Checkout Redesign, Pricing Relaunch and Search Cleanup", "US"),
        ("Bijlage: Huishoudelijk Reglement en de nieuwe planning", "NL"),
        ("Csatolva: Működési Szabályzat és Adatkezelési Tájékoztató", "HU"),
        ("Ops Offsite – packing list and rooms", "IE"),
        ("Asiakas: Kahvila Aurora, Tampere", "FI"),
        ("Boardroom Willow is booked for the board pack review.", "CA"),
        ("Targi Drema w Poznaniu, hala 3, stoisko 12.", "PL"),
        ("Káva Jacobs 2 balenia, mlieko 4 l", "SK"),
        ("Middagen er på Grand Café, Karl Johans gate 31.", "NO"),
        ("Vi mødes på Café Sommers, Peder Skrams gade 8.", "DK"),
    ],
)
def test_a_meeting_a_venue_a_drink_or_a_street_is_no_person(text: str, country: str) -> None:
    assert _hidden(text, country) == []


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Karl Johansen ringte om leveransen i går.", "NO", "Karl Johansen"),
        ("Thanks to Carla Torres for the retro notes.", "US", "Carla Torres"),
        ("Anna Report sent the file this morning.", "US", "Anna"),
        ("Kahvilan omistaja Aino Laine soitti.", "FI", "Aino Laine"),
    ],
)
def test_a_person_beside_those_words_is_still_hidden(text: str, country: str, person: str) -> None:
    assert person in _hidden(text, country)
