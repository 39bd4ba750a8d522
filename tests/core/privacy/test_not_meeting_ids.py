"""A meeting's ID in an invitation, in any of the team's languages, is neither a national ID nor
a phone number."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def kinds(text: str, country: str) -> list[tuple[str, str]]:
    return [(s.type, s.original) for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(("text", "country"), [
    ("Join the call\nMeeting ID: 7731 2290 4415\nDial-in numbers are in the invite.", "US"),
    ("Réunion Teams\nID de conférence : 618 204 775#\nLien dans l'agenda.", "FR"),
    ("Spotkanie zespołu\nID spotkania: 882 1940 3376\nHasło w zaproszeniu.", "PL"),
    ("Møte om budsjettet, og vi trenger tall fra alle avdelinger.\nMøte-ID: 944 2210 7781\nLenke i kalenderen.", "NO"),
])
def test_a_meeting_id_is_no_one(text: str, country: str) -> None:
    assert kinds(text, country) == []
