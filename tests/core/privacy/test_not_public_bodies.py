"""A utility, savings bank or public body written before the town it serves, with no legal
form, is a letter's recipient firm, not a person; a person named in the same letter still is."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "country"), [
    ("Stadtwerke Heilbronn\nAbteilung Abrechnung\n\nSehr geehrte Damen und Herren,\nbitte stornieren Sie die Rechnung.", "DE"),
    ("Sparkasse Hagen Herdecke\nFirmenkunden\n\nSehr geehrte Damen und Herren,\nanbei die Bilanz.", "DE"),
    ("Teplárna Strakonice\nobchodní oddělení\n\nDobrý den,\nposíláme podepsanou smlouvu.", "CZ"),
    ("Gemeente Zwolle\nAfdeling Belastingen\n\nGeachte heer, mevrouw,\nhierbij ons bezwaar.", "NL"),
    ("Spett.le Comune Bergamo\nUfficio Tributi\n\nCon la presente chiediamo un rimborso.", "IT"),
])
def test_a_public_body_before_its_town_is_no_one(text: str, country: str) -> None:
    assert people(text, country) == []


def test_the_person_signing_to_a_public_body_is_still_hidden() -> None:
    text = "Stadtwerke Heilbronn\nKundenservice\n\nSehr geehrte Damen und Herren,\nbitte kündigen Sie den Vertrag.\n\nMit freundlichen Grüßen\nKatharina Wendler"
    assert people(text, "DE") == ["Katharina Wendler"]
