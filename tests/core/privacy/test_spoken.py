"""Phone numbers spelled out in words, next to a phone word, in the app's six main languages."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ring him on zero seven seven zero zero, nine double oh, four one two thanks",
         "zero seven seven zero zero, nine double oh, four one two"),
        ("Rückruf bitte unter null eins sieben sechs, drei zwei eins, neun acht sieben sechs.",
         "null eins sieben sechs, drei zwei eins, neun acht sieben sechs"),
        ("Son portable : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
         "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"),
        ("mi móvil es seis uno dos, tres cuatro cinco, seis siete ocho", "seis uno dos, tres cuatro cinco, seis siete ocho"),
        ("chiamare al cellulare tre tre tre, uno due tre, quattro cinque sei sette per la consegna",
         "tre tre tre, uno due tre, quattro cinque sei sette"),
        ("Bel me op nul zes, een twee drie, vier vijf zes zeven acht als het klaar is.",
         "nul zes, een twee drie, vier vijf zes zeven acht"),
        ("Mobile: Zero Seven Seven Zero Zero Nine Double Oh Four One Two", "Zero Seven Seven Zero Zero Nine Double Oh Four One Two"),
        ("Son numéro de portable, si besoin : zéro six, quatre-vingt-dix-neuf, quatre-vingt-dix-huit, "
         "soixante-dix-sept, quatre-vingt-seize. Merci", "zéro six, quatre-vingt-dix-neuf, quatre-vingt-dix-huit, "
         "soixante-dix-sept, quatre-vingt-seize"),  # (a long run, read to its end)
        ("what's her number?\nzero seven nine one one, five seven eight, nine nine two", "zero seven nine one one, five seven eight, nine nine two"),
    ],
)
def test_a_spelled_out_number_after_a_phone_word_is_hidden_as_a_phone(text: str, number: str) -> None:
    result = redact_text(text, country="GB")
    assert [(s.type, s.original) for s in result.spans if s.type == "PHONE"] == [("PHONE", number)]
    assert number not in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Please call: we need two or three boxes for the stand, one for the samples.",  # too few digits
        "The score was one two three four five six seven eight in the quiz.",  # no phone word
        "Telefon: bitte zwei oder drei Angebote, eins davon für die Wartung, vier Wochen Frist.",
        "Call me.\n\nSeven eight nine ten is what the kids chanted, one two three four five.",  # cue too far
    ],
)
def test_number_words_without_a_phone_number_stay(text: str) -> None:
    assert not [s for s in redact_text(text, country="GB").spans if s.type == "PHONE"]
