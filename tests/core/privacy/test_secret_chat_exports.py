"""Passwords and codes answered in chat exports that write more than "Name: message" around a
message (dates and times before the speaker, the speaker on a line of its own), and a password
written again or corrected elsewhere in the same text, are hidden; ordinary chat lines stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.secret_chat_view import chat_view
from desktop.core.privacy.secret_twins import find_secret_twins
from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # WhatsApp with the date and seconds, Android's "date, time - name:", a dashed ISO stamp
        ("[11.02.26, 17:40:03] Henrike Adam: was ist das WLAN-Passwort im Lager?\n"
         "[11.02.26, 17:41:10] Ole Brandt: ist Palette_Gabelstapler_7", "Palette_Gabelstapler_7"),
        ("19/05/2026, 08:02 - Nuria Soler: cuál era la contraseña del wifi del taller?\n"
         "19/05/2026, 08:05 - Pau Riera: es Torno#Fresadora31", "Torno#Fresadora31"),
        ("[2026-06-30 11:20] Aino: mikä on toimiston wifi salasana?\n[2026-06-30 11:22] Veikko: Hirvi_Kahvila88",
         "Hirvi_Kahvila88"),
        ("[6/2/26, 10:15 AM] Dana Yi: whats the pin for the fuel card?\n[6/2/26, 10:16 AM] Carl Odom: 7305, dont share",
         "7305"),
        # Teams and Slack: the speaker and the time on a line of their own
        ("Kowalski, Adam 09:12\nJakie jest hasło do wifi w magazynie?\nNowak, Ewa 09:14\nHalny_Wiatr#52",
         "Halny_Wiatr#52"),
        ("rosa.m  2:03 PM\nwhat's the wifi password in the annex?\ntheo  2:05 PM\nMarigold-Lantern-40",
         "Marigold-Lantern-40"),
        # Google Chat and Discord headers
        ("Joana Reis, 10:02 AM\nqual é a senha do wifi do armazém?\nPedro Lima, 10:04 AM\nBacalhau_Forno_19", "Bacalhau_Forno_19"),
        ("lena — 14/03/2026 18:20\nwifi password for the studio?\nmo — 14/03/2026 18:22\nTurntable-Vinyl-83", "Turntable-Vinyl-83"),
    ],
)
def test_answers_in_chat_exports_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vikram: yaar office wifi ka password kya hai?\nSneha: masala2024dosa hai, sab small", "masala2024dosa"),
        ("Rina: password wifi gudang apa ya?\nDodi: kopi77susu ya, huruf kecil semua", "kopi77susu"),
    ],
)
def test_a_one_case_password_answering_a_question_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a question in Russian, Korean and Thai; a Chinese question with no space after its word
        ("[12.03.2026 08:01] Игорь: какой пин у карты для заправки?\n[12.03.2026 08:03] Нина: 6629, никому не говори", "6629"),
        ("[오후 3:10] 박민수: 창고 비밀번호 6자리 알려주세요\n[오후 3:12] 최유리: 405913 이요", "405913"),
        ("[16:40] นก: รหัสตู้เซฟคืออะไรคะ\n[16:41] ต้น: รหัส 7781 ครับ", "7781"),
        ("[2026-07-01 09:00] 刘洋：共享盘密码多少？\n[2026-07-01 09:02] 赵敏：新的是 Pan_2026#Q3", "Pan_2026#Q3"),
    ],
)
def test_codes_asked_in_other_scripts_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Marek: heslo do účetnictví je Knedlik!2025\nMarek: pardon, už je Knedlik!2026", "Knedlik!2026"),
        ("Oggi la password è Gelato#Pistacchio9.\n> la vecchia Gelato#Pistacchio8 non funziona più", "Gelato#Pistacchio8"),
        ("alarm code for the unit is 5 2 9 1\n...\nok so 5291 then the OFF key", "5291"),
    ],
)
def test_a_secret_written_again_or_corrected_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_year_or_a_changed_number_is_no_twin_of_a_code() -> None:
    text = "code 2026 today; the 2026 plan\nPIN 48213, invoice 48214, Ref 48213"
    pin = text.index("48213")
    found = [Candidate(5, 9, "SECRET", "secret", "A code"), Candidate(pin, pin + 5, "SECRET", "secret", "A code")]
    twins = {text[c.start : c.end] for c in find_secret_twins(text, found)}
    assert twins == {"48213"}  # (the same PIN again, not the year nor the invoice one higher)


def test_ordinary_stamped_chat_lines_stay() -> None:
    text = "[04.05.26, 10:00:01] Jan Roth: Treffen um 14:30 im Raum 2.01?\n[04.05.26, 10:02:44] Eva Lenz: passt, bis dann"
    assert not secrets_in(text)


def test_a_chat_export_is_read_as_speaker_and_message_lines() -> None:
    made = chat_view("[03.01.26, 09:00:00] Ana Sousa: bom dia\n[03.01.26, 09:01:12] Rui: olá\nnota sem hora")
    assert made is not None
    view, where = made
    assert view.splitlines()[:2] == ["Sa: bom dia", "Sb: olá"]
    assert view.splitlines()[2] == "nota sem hora"
    assert all(i < 0 or view[j] == "[03.01.26, 09:00:00] Ana Sousa: bom dia\n[03.01.26, 09:01:12] Rui: olá\nnota sem hora"[i]
               for j, i in enumerate(where[: len(view)]))
    assert chat_view("Meeting at 14:00 in room B\nbring the slides") is None
