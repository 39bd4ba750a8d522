"""Secrets in the forms of dev26 (said and pasted, second pass): a value after "use"/"gebruik"/
"brug"/"now", backup codes under a Nordic heading, Arabic and Hindi password words, a handover
table's one "password / code" column; and their look-alikes. The examples are not dev26's."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ana: what's the pin for the copier?\nBen: use 5528", "5528"),
        ("Eva: wat is het wachtwoord van de kassa?\nTim: gebruik Tulp.Molen.58", "Tulp.Molen.58"),
        ("Ida: hvad er adgangskoden til wifi?\nOle: brug Havn!Kaffe72", "Havn!Kaffe72"),
        ("Olga: какой код от сейфа?\nIgor: теперь 7391", "7391"),
        ("Kari: hva er koden til Tripletex?\nNils: bruk Brunost#Fjell27", "Brunost#Fjell27"),
        ("Reservkoder för kontot:\n- 5521-0938\n- 7730-4412", "5521-0938"),
        ("Varakoodit:\n1. 3381-0027\n2. 9145-6602", "9145-6602"),
        ("كلمة المرور Sahara_Wind_41 من فضلك لا تشاركها", "Sahara_Wind_41"),
        ("| Tool | User | Password / code |\n|---|---|---|\n| Till | shop | Lemon-Tree-55 |\n| Gate | - | 4417 |", "4417"),
        ("| Tool | User | Wachtwoord/code |\n| Kassa | winkel | Zee!Duin33 |", "Zee!Duin33"),
        ("Übergabe Lager\nWarenwirtschaft Admin: lagerleitung / Palette!Blau58", "Palette!Blau58"),
        ("The alarm in the annex is now 8 0 4 2, facilities changed it.", "8 0 4 2"),
        ("Alarma: 7731 y luego \"desactivar\"", "7731"),
        ("Kasia: a kod do bramy teraz 3 3 0 9", "3 3 0 9"),
        ("Lars: portkoden?\nEmma: den er nu 6 4 1 8", "6 4 1 8"),
    ],
)
def test_secrets_in_these_forms_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Ana: which invoice number should I use?\nBen: use 2026",
        "| Tool | Owner | Ticket / code |\n| Till | shop | INC-4471 |",
        "Varaosat: tilaus 4471-2210 lähetetty.",
    ],
)
def test_look_alikes_of_these_forms_are_left(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Voicemail: "Hi, the code for the bike shed is now nine three three one, thanks."', "nine three three one"),
        ("Anruf Hausverwaltung: der Code für die Garage lautet sieben null zwei vier.", "sieben null zwei vier"),
        ("Mensaje: la combinación del cofre es cinco, ocho, uno, tres.", "cinco, ocho, uno, tres"),
        ("Network name ..... SHOP-5G\nPassphrase ....... maple-lantern-48-river", "maple-lantern-48-river"),
        ("Li: what's the wifi password for the studio?\nMo: first bit is Copper-Fox\nMo: then _7781! straight after", "_7781!"),
        ("Li: what's the wifi password for the studio?\nMo: first bit is Copper-Fox\nMo: then _7781! straight after", "Copper-Fox"),
        ("Ann: le mdp du compte partagé ?\nLou: Falaise\nLou: suivi de .Sable.90", ".Sable.90"),
    ],
)
def test_said_and_split_secrets_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Count with me: one two three four, and the code review starts.",  # words, no code said in them
        "The locksmith's number is five five five, two one two, zero one four seven.",  # a phone number in words
        "Sam: the password policy changed?\nKim: yes, see the wiki\nKim: -1 from me on the old one",
        "Sam: the wifi password works again?\nKim: yes\nKim: #it-support has the details",
        "Firmware ........ V1.0.4\nPassword ........ (see the vault)",
        'resp = session.get(URL, headers={"X-Api-Key": key}, timeout=5)',
        'return requests.post(URL, headers={"X-Token": token}).json()',
    ],
)
def test_look_alikes_of_said_and_split_secrets_are_left(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pour changer votre mot de passe, ouvrez le profil.\nNuméro de commande : CMD-2026-44120 ; code postal : 31000.",
        "Wifi del local: abierto, sin contraseña\nNº de serie del datáfono: DT-55120-ES",
        "Password reset done.\nOrder number: ORD-77-20931",
    ],
)
def test_business_numbers_under_their_label_are_left(text: str) -> None:
    assert not secrets_in(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Order portal password: Ledger!Moss42", "Ledger!Moss42"),
        ("Passwort fürs Buchungssystem und Booking-Portal: Nordsee!Krabbe5", "Nordsee!Krabbe5"),
        ("Customer API key: sk_live_Zq8Lm2Wx7Rt4Pv9Kc1Hn6Ys", "sk_live_Zq8Lm2Wx7Rt4Pv9Kc1Hn6Ys"),
    ],
)
def test_secrets_after_a_business_word_are_still_hidden(text: str, value: str) -> None:
    assert covered(text, value)
