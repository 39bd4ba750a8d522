"""The chat-export and scan views read only what they change: in a long text the secret rules
run on the stretch around an export's lines, not on a rewritten copy of all of it, and a text is
read as a scan only on the lines with an O beside a digit; what is found is what reading the
whole view found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import secrets
from desktop.core.privacy.account_replies import find_asked_accounts
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.ocr_view import ocr_finds, ocr_view
from desktop.core.privacy.secret_chat_view import chat_view, chat_view_secrets
from desktop.core.privacy.secret_note_keys import find_note_key_codes
from desktop.core.privacy.secret_twins import find_secret_twins
from tests.helpers.redaction import covered

_PROSE = ("The quarterly review covers the warehouse move, the new shelving and the delivery slots agreed "
          "with the carriers. Please read the checklist before Monday and add your notes in the shared folder.\n")
_CHAT = ("[11.02.26, 17:40:03] Henrike Adam: was ist das WLAN-Passwort im Lager?\n"
         "[11.02.26, 17:41:10] Ole Brandt: ist Palette_Gabelstapler_7\n")
_FAR = "Deploy notes: password: Lumen-Orchard-5521 for the staging box.\n"


def _whole_view_finds(text: str) -> set[Candidate]:
    """The chat view's finds as the rules gave them read over the whole view."""
    made = chat_view(text)
    assert made is not None
    view, where = made
    out = set()
    for c in secrets._find_secrets(view):
        start, last = where[c.start], where[c.end - 1]
        if start >= 0 and last >= 0 and last - start == c.end - 1 - c.start:
            out.add(Candidate(start, last + 1, c.type, c.source, c.label))
    return out


def test_an_export_inside_a_long_text_is_read_around_its_lines() -> None:
    text = _PROSE * 60 + _FAR + _PROSE * 40 + _CHAT + _PROSE * 60 + _FAR
    read: list[int] = []

    def find(view: str) -> list[Candidate]:
        read.append(len(view))
        return secrets._find_secrets(view)

    found = set(chat_view_secrets(text, find))
    assert read and max(read) < len(text) // 2  # (not the whole text again)
    own = set(secrets._find_secrets(text))
    assert found | own == _whole_view_finds(text) | own
    assert covered(text, "Palette_Gabelstapler_7") and covered(text, "Lumen-Orchard-5521")


def test_exports_at_both_ends_of_a_long_text_are_both_read() -> None:
    other = ("19/05/2026, 08:02 - Nuria Soler: cuál era la contraseña del wifi del taller?\n"
             "19/05/2026, 08:05 - Pau Riera: es Torno#Fresadora31")
    text = _CHAT + _PROSE * 150 + other
    found = {text[c.start : c.end] for c in chat_view_secrets(text, secrets._find_secrets)}
    assert {"Palette_Gabelstapler_7", "Torno#Fresadora31"} <= found
    own = set(secrets._find_secrets(text))
    assert set(chat_view_secrets(text, secrets._find_secrets)) | own == _whole_view_finds(text) | own


def test_times_in_prose_make_no_export() -> None:
    text = _PROSE * 50 + "Meeting at 14:00 in room B, lunch at 12:30.\n" + _PROSE * 50 + "Bus leaves 17:15\n"
    assert chat_view(text) is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123Oo \n|a:", max_size=30))
def test_a_scan_is_found_line_by_line(text: str) -> None:
    # neither misread rule reaches over a line break, so reading only the lines that may hold
    # one answers as reading all of it
    assert (ocr_view(text) is None) == all(ocr_view(line) is None for line in text.split("\n"))


def test_a_misread_number_on_one_line_of_a_long_text_makes_a_view() -> None:
    text = _PROSE * 80 + "IBAN DE89 37O4 0044 O532 0130 00\n" + _PROSE * 80
    made = ocr_view(text)
    assert made is not None and made[0].count("3704") == 1
    assert ocr_view(_PROSE * 80 + "Room 2O4? no: room 204 in 2026, not 1O\n") is not None
    assert ocr_view(_PROSE * 160 + "Order 4711 arrives on the 3rd\n") is None


def _asked_accounts(text: str) -> list[str]:
    found: list[Candidate] = []
    find_asked_accounts(text, found.append, text.lower())
    return [text[c.start : c.end] for c in found]


def test_accounts_answered_in_a_long_text_are_found_on_their_lines() -> None:
    ask = ("Ada: Abeg send the account for the generator repair man?\nIbrahim: GTBank 0123-4567-89, name Ibrahim Sule\n"
           "[03.11.26, 08:13:05] Svenja Krause: schick mir bitte deine Kontonummer?\n[03.11.26, 08:14:00] Tom Berg: 1234 5678 9012\n")
    text = _PROSE * 80 + "Order 12345678 shipped.\n" + ask + _PROSE * 80 + "Eva: your account number?\nBo: 12345678901 is the order number\n"
    assert _asked_accounts(text) == ["0123-4567-89", "1234 5678 9012"]
    assert _asked_accounts(ask.split("\n", 2)[2]) == ["1234 5678 9012"]  # (a chat export's stamps: read through its view)
    assert _asked_accounts("Ada: send the account?\nIbrahim: 1234567 only seven\n" + _PROSE * 40) == []


def test_a_secret_written_again_far_into_a_long_text_is_found_after_any_gap() -> None:
    said = "PW Fischbroetchen!19 for the router.\n"
    again = ("sorry, das war das alte. Neu: «Fischbroetchen!26» and (Fischbroetchen!19) again;Fischbroetchen!19, "
             "but xFischbroetchen!19 and Fischbr stay\n")
    text = said + _PROSE * 120 + again
    start = text.index("Fischbroetchen!19")
    twins = find_secret_twins(text, [Candidate(start, start + 17, "SECRET", "secret", "A password")])
    assert [text[c.start : c.end] for c in twins] == ["Fischbroetchen!26", "Fischbroetchen!19", "Fischbroetchen!19"]


def test_a_scan_inside_a_long_text_is_read_around_its_misread_zeros() -> None:
    scan = "post-it\nalarm | 7 O 6 1\nne pas jeter\n"
    text = _PROSE * 70 + "Budget 2O26 approved.\n" + _PROSE * 70 + scan + _PROSE * 30
    read: list[int] = []

    def find(view: str) -> list[Candidate]:
        read.append(len(view))
        return secrets._find_secrets(view)

    found = [text[c.start : c.end] for c in ocr_finds(text, find)]
    assert found == ["7 O 6 1"]
    assert read and max(read) < len(text) // 2  # (not the whole text again)
    view, changed = ocr_view(text)  # type: ignore[misc]
    whole = [c for c in secrets._find_secrets(view) if any(c.start <= i < c.end for i in changed)]
    assert ocr_finds(text, secrets._find_secrets) == whole
    assert covered(text, "7 O 6 1")


def test_lock_codes_are_read_only_on_lines_with_a_colon_or_a_tab() -> None:
    text = _PROSE * 60 + "Porten: 1947\n" + _PROSE * 60 + "Alarm: 07:30 wake-up\nSzéf:\t80-22-61 (jobbra-balra-jobbra)\n" + _PROSE + "Tresor: 39 - 12 - 77"
    found = [text[c.start : c.end] for c in find_note_key_codes(text, text.lower())]
    assert found == ["1947", "80-22-61", "39 - 12 - 77"]


def test_a_secret_at_the_far_end_of_a_long_answer_is_kept() -> None:
    # (the answer's line is longer than the reach around a change: the stretch kept is its whole line)
    answer = "Corinne Frei  14:25\n" + "we changed the router settings last week. " * 750 + "it is Tahoe!Blue88x\n"
    text = "Haas, Stefanie 15:07\nwhat's the wifi password?\n" + answer + "Haas, Stefanie 15:09\nthanks\n"
    assert "Tahoe!Blue88x" not in {text[c.start : c.end] for c in secrets._find_secrets(text)}
    assert "Tahoe!Blue88x" in {text[c.start : c.end] for c in chat_view_secrets(text, secrets._find_secrets)}


def test_the_chat_view_is_not_held_after_a_redaction() -> None:
    from desktop.core.privacy import redact_text
    from desktop.core.privacy.secret_chat_view import _MADE

    redact_text(_CHAT, country="DE")
    assert _MADE == []
