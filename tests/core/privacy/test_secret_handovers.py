"""Secrets told in handover notes, onboarding mails, tickets and minutes rather than configs: a
code that "stays" or "is now" what it is, a password "changed to" a new one, a keypad that
"takes" its code, a Finnish "on", a Hungarian safe, Hindi and Korean locks, a code word one is
told to say to the alarm company, a licence's product key; the look-alikes (a keyword for a web
page, a sample key, a password policy, a meeting that stays at ten) stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le code du local vélos reste 7734 jusqu'à nouvel ordre.", "7734"),
        ("The code for the bin store remains 3306 after the refit.", "3306"),
        ("Der Code vom Lagerraum bleibt 5528.", "5528"),
        ("De code van de archiefkast is nu 6620.", "6620"),
        ("Het wachtwoord van de kassa is gisteren veranderd in Fietsbel77!", "Fietsbel77!"),
        ("The shared inbox password was changed to Copper-Fox-62 on Friday.", "Copper-Fox-62"),
        ("La contraseña del correo compartido fue cambiada a Sardina#2026 ayer.", "Sardina#2026"),
        ("Hasło do skrzynki zostało zmienione na Kawa!Biuro9.", "Kawa!Biuro9"),
        ("The back door keypad takes 1375 then the key symbol.", "1375"),
        ("Varaston ovikoodi on 8842, hälytys menee päälle klo 18.", "8842"),
        ("Az iroda széf kódja 733019.", "733019"),
        ("दरवाज़े का कोड 4418 है।", "4418"),
        ("금고는 3391 입니다", "3391"),
        ("Si suena la alarma, dad la palabra clave golondrina a la central.", "golondrina"),
        ("If the alarm goes off, give the monitoring centre the password kestrel.", "kestrel"),
        ("Our licence key (keep it off tickets): 4HT7Q-PM28X-KW9RB-3DF6N-Y8C2L", "4HT7Q-PM28X-KW9RB-3DF6N-Y8C2L"),
        ("Lizenzschlüssel für die Buchhaltung: Q7RM2-84KXW-PL3TT-9NB2V", "Q7RM2-84KXW-PL3TT-9NB2V"),
    ],
)
def test_codes_and_passwords_told_in_prose_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Buscamos una palabra clave para el SEO: dad la palabra clave principal al equipo de marketing.",
        "Lizenzschlüssel (öffentliche Testlizenz): TEST-0000-0000-0000",
        "Product key format: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
        "Password policy: 14 characters, changed every 90 days, reset by IT on request.",
        "The weekly meeting stays at 1030 in room B.",
        "Give the password to the new starter on Monday, not before.",
        "Le code postal reste 75011 pour la facturation.",
    ],
)
def test_samples_policies_and_keywords_stay(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Neue SIM ist da, die PUK lautet 55120931.", "55120931"),
        ("PUK code: 44718820 (only if the phone locks)", "44718820"),
        ("El PUK de la tarjeta es 77201845.", "77201845"),
        ("De deurcode is veranderd naar 9921.", "9921"),
        ("邮箱密码已改为 Lvcha2026!", "Lvcha2026!"),
        ("เปลี่ยนรหัสผ่านเป็น TomYum2026! แล้ว", "TomYum2026!"),
        ("A jelszót megváltoztattam, az új: Gulyas2026!", "Gulyas2026!"),
        ("Kode gerbang belakang sekarang 6120.", "6120"),
        ("Codul ușii de la depozit s-a schimbat în 4419.", "4419"),
        ("Kata sandi email kantor sudah diganti menjadi Sate#Ayam26", "Sate#Ayam26"),
    ],
)
def test_sim_puks_and_changed_passwords_in_more_languages_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_an_indonesian_product_code_beside_a_door_word_stays() -> None:
    assert not secrets_in("Kode produk pintu geser 44120, stok tinggal 12.")


def test_a_puk_word_without_eight_digits_keeps_its_numbers() -> None:
    assert not secrets_in("Ask the shop for the PUK if you have locked it 3 times; order 4471 is the SIM.")

