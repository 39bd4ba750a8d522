"""Capitalised words of a small team's ordinary week that the words beside them show to be no
person (greetings to a group and season's wishes, letter closings, breeds and varieties, a
ticket's level, things named for a holiday, German trade compounds, inns and restaurants after
their word) are not hidden; the people written beside them still are. Sentences of their own,
in several languages, none taken from a development file."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from desktop.core.privacy.lexicon import lexicon
from desktop.core.privacy.not_ordinary import names_an_ordinary_thing


def hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


def ordinary(text: str, find: str) -> bool:
    start = text.index(find)
    return names_an_ordinary_thing(text, start, start + len(find), lexicon())


@pytest.mark.parametrize(
    ("text", "find"),
    [
        # a greeting word before a group's or a holiday's word
        ("Kedves Szülők!\n\nA téli szünet december 20-án kezdődik.", "Kedves Szülők"),
        ("Liebe Kolleginnen,\n\ndie Kantine schließt am Freitag früher.", "Liebe Kolleginnen"),
        ("Chers Parents,\n\nla kermesse aura lieu samedi.", "Chers Parents"),
        ("Wesołych Świąt i do zobaczenia w styczniu!", "Wesołych Świąt"),
        ("Fijne Feestdagen van ons allemaal!", "Fijne Feestdagen"),
        # a letter's closing: a line's first word, the closing's adjective and its last word
        ("Danke für alles.\nMit freundlichen Grüßen,\nRenate", "Mit"),
        ("Tot ziens.\nMet vriendelijke groeten,\nWillem", "Met"),
        # a possessive that is also a given name, before an everyday noun
        ("Meine Tochter ist seit gestern krank.", "Meine Tochter"),
        ("Mein Zugang zum Portal geht nicht.", "Mein Zugang"),
        ("Mia Mamma arriva domani alle dieci.", "Mia Mamma"),
        # a given name that is one of a language's most frequent words, before a frequent noun
        ("Bitte Nachricht an das Team weiterleiten.", "Bitte Nachricht"),
        ("Bitte Angebot bis morgen prüfen.", "Bitte Angebot"),
        # breeds and varieties: a kind of livestock or crop after the find, as its last word, or a list after one
        ("Die Limousin Rinder stehen ab Montag auf der Weide hinter dem Hof.", "Limousin"),
        ("We moved the Dorper ewes to the top paddock.", "Dorper"),
        ("Les Charolais vaches sont rentrées, et la Prim'Holstein aussi.", "Charolais"),
        ("Apples: Braeburn, Cox Orange, Bramley and Jazz this week.", "Cox Orange"),
        ("Vini: Nero d'Avola, Negroamaro del Salento e Vermentino.", "Negroamaro del Salento"),
        ("Geese from the farm down the lane (Toulouse and Embden) are sold out.", "Toulouse"),
        # a ticket's or a task's level or state
        ("Stav: Otevřeno, řeší Helpdesk.", "Otevřeno"),
        ("Prioridad: Urgente\nAsignado a: Soporte", "Urgente"),
        ("Severity: Major – the export fails for every user.", "Major"),
        # a thing named for a holiday, its first word no name
        ("Akcja Wielkanoc ruszy w marcu w obu sklepach.", "Akcja Wielkanoc"),
        ("Campaña Navidad: banners listos el lunes.", "Campaña Navidad"),
        # a German compound naming a trade, an office or a public building
        ("Die Statik kommt vom Vermessungsbüro Kranz aus Fulda.", "Vermessungsbüro Kranz"),
        ("Abholung beim Malerbetrieb Sommer bis 16 Uhr.", "Malerbetrieb Sommer"),
        ("Die Feier ist im Pfarrhaus Hochdorf.", "Pfarrhaus Hochdorf"),
        # inns and restaurants after their word
        ("Sraz je v hospodě U Zlatého tygra v sedm.", "Zlatého tygra"),
        ("Tối nay liên hoan ở nhà hàng Hoa Sen nhé.", "Hoa Sen"),
        # a service or a supplier by the role said after it and its list
        ("We added Paddle and Lemon as billing providers last sprint.", "Paddle"),
        ("Ab Januar nutzen wir Sendcloud als Versanddienstleister.", "Sendcloud"),
        ("On garde Qonto et Pennylane comme prestataires.", "Pennylane"),
        ("Usamos Holded como proveedor de facturación.", "Holded"),
        # German nouns by their suffix
        ("Reinigung Praxisräume jeden Freitag nach 18 Uhr.", "Reinigung Praxisräume"),
    ],
)
def test_an_ordinary_thing_is_no_person(text: str, find: str) -> None:
    assert ordinary(text, find)


@pytest.mark.parametrize(
    ("text", "find"),
    [
        ("Liebe Anna,\n\ndanke für die Unterlagen.", "Anna"),  # a greeting to a person
        ("Dear Priya,\n\nthanks for the rota.", "Priya"),
        ("Tom sends regards", "Tom"),  # a verb, not a closing's adjective
        ("Ci sentiamo domani.\nMarco manda saluti\n\nA presto", "Marco"),  # no closing's comma, no signature below
        ("Kuchen: Anna, Ben und Clara bringen etwas mit.", "Anna"),  # who brings the cake
        ("Assigned: Marta Kowalska", "Marta Kowalska"),  # no level's key
        ("Stan: Anna, możesz sprawdzić fakturę?", "Anna"),  # a speaker called Stan, not "stan" (a state)
        ("Neuhaus Thomas hat angerufen.", "Neuhaus Thomas"),  # a listed surname, not a trade compound
        ("Hartung Michael ruft zurück.", "Hartung Michael"),  # a surname with a noun's suffix
        ("Dennis Nadal sends the report.", "Dennis Nadal"),  # a first name before the holiday's word
        ("Talk to Angus tomorrow about the ewes.", "Angus"),  # the kind is not right after him
        ("We added Anna Weiss as a reviewer.", "Anna Weiss"),  # a person's role
        ("Ab Montag ist Jonas als Teamleiter zuständig.", "Jonas"),
        # a possessive's look-alike before a surname or a given name is a person
        ("Mia Rossi arriva domani.", "Mia Rossi"),
        ("Mina Harker called about the invoice.", "Mina Harker"),
        ("Mia Rose sent the rota.", "Mia Rose"),
        ("Ich habe heute mit Ben Winter gesprochen.", "Ben Winter"),
        ("Spoke with Will Hunter about the rota.", "Will Hunter"),
        # a first name alone before a crop's or an animal's word is the person it is given to
        ("Please give Tom apples from the shop.", "Tom"),
        ("Ask Maria cattle prices before Friday.", "Maria"),
        ("Heute hat Jonas Kühe gemolken.", "Jonas Kühe"),
    ],
)
def test_a_person_beside_the_same_words_is_kept(text: str, find: str) -> None:
    assert not ordinary(text, find)


def test_a_newsletter_hides_its_people_not_its_breeds_greetings_or_levels() -> None:
    text = (
        "Liebe Kundinnen,\n\nneu im Hofladen: Rotes Höhenvieh Rinder und Äpfel: Topaz, Rubinette.\n"
        "Ticket 12 – Priorität: Hoch. Bestellungen an Gesine Albers.\n\nFrohe Festtage!\nEuer Team"
    )
    found = hidden(text, "DE")
    assert "Gesine Albers" in found
    assert not any(w in " ".join(found) for w in ("Kundinnen", "Höhenvieh", "Topaz", "Rubinette", "Hoch", "Festtage"))


def test_an_email_to_colleagues_keeps_its_signer() -> None:
    text = "Drodzy Koledzy,\n\nspotkanie w piątek w sali 3.\n\nPozdrawiam,\nMarek Zieliński"
    found = hidden(text, "PL")
    assert "Marek Zieliński" in found
    assert not any("Koledzy" in f for f in found)
