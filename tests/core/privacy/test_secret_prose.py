"""Secrets in sentences and tables (desktop/core/privacy/secret_prose.py), through the whole redaction."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str) -> set[str]:
    return {text[s.input_start : s.input_end] for s in redact_text(text, country="US").spans if s.type == "SECRET"}


@pytest.mark.parametrize(("text", "secret"), [
    ("Der PIN für das Lager im 3. OG ist 5829, bitte nicht weitergeben.", "5829"),
    ("La clave de la alarma del almacén es 7714.", "7714"),
    ("Il codice del portone è sempre 3391.", "3391"),
    ("De beheerderspincode is 640218.", "640218"),
    ("Larmkoden är 1184 och portkoden 5530.", "5530"),
    ("Sluit af: alarm uitzetten met 4096 en de deur op slot.", "4096"),
    ("Avant de partir, l'alarme : code 2753 puis OFF.", "2753"),
    ("Le cadenas du local, combinaison 11-32-07.", "11-32-07"),
    ("Das Adminpasswort lautet Feldhase#2031.", "Feldhase#2031"),
    ("Password dell'account Zoom della sala Mirtillo7Lago", "Mirtillo7Lago"),
    ("Wifi: rete Ufficio, chiave ospiti lampone-fiume-bosco", "lampone-fiume-bosco"),
    ("Lösenfras för backupdisken: snö ekorre lykta sommar", "snö ekorre lykta sommar"),
    ("Recovery key: 102938-475610-293847-561029-384756-102938-475610-293847", "102938-475610-293847-561029-384756-102938-475610-293847"),
    ("otpauth://totp/Shop:ops?secret=GEZDGNBVGY3TQOJQGEZDGNBV&issuer=Shop", "GEZDGNBVGY3TQOJQGEZDGNBV"),
    ("In the app, enter the setup key MZXW 6YTB OI2D ENRT in your authenticator.", "MZXW 6YTB OI2D ENRT"),
    ("The routing key for the alerts service is R7pQ2mX9vL4tK8nW3z.", "R7pQ2mX9vL4tK8nW3z"),
    ("仓库门禁密码 583021，请勿外传。", "583021"),
    ("La tarjeta de empresa, el código de seguridad de la tarjeta corporativa 913.", "913"),
    ("El código de recuperación que anoté era K2PD-7QXM-4WRT.", "K2PD-7QXM-4WRT"),
    ("Koden till källarförrådet är fortfarande 6604.", "6604"),
    ("Die Geheimnummer der Tankkarte: 1957.", "1957"),
    ("De code van de fietsenberging is nog steeds 8812.", "8812"),
    ("Le mot de passe provisoire du poste de la salle Merle4Rossignol", "Merle4Rossignol"),
])
def test_a_secret_said_in_a_sentence_is_hidden(text: str, secret: str) -> None:
    assert secret in _hidden(text)


def test_the_reply_to_a_pincode_question_is_hidden() -> None:
    text = "[09:10] bas: wat is de pincode van de kluis op kantoor?\n[09:11] eva: 6620\n"
    assert "6620" in _hidden(text)


def test_a_quoted_network_name_before_a_colon_is_not_its_key() -> None:
    text = 'Hasło do sieci Wi-Fi "Sala-7B": Wisla!Most2024'
    assert _hidden(text) == {"Wisla!Most2024"}


def test_a_chat_reply_to_a_password_question_is_hidden() -> None:
    text = "[08:01] ana: cuál era la contraseña del router? no la encuentro\n[08:02] leo: es Tortilla2024 en minúsculas\n"
    assert "Tortilla2024" in _hidden(text)


def test_the_password_column_of_an_export_is_hidden() -> None:
    text = "name,login,password\nIntranet,ops,Quokka-Tide-44\nPrinter,admin,Lx9#vT2q\n"
    assert {"Quokka-Tide-44", "Lx9#vT2q"} <= _hidden(text)
    assert "Rq4!zW8m" in _hidden("site;user;pass\nNAS;backup;Rq4!zW8m\n")


@pytest.mark.parametrize("text", [
    "The error code for this failure is 4040, see the manual.",
    "Order 7781: the zip code of the delivery is 90210.",
    "Der Server: files.example.org, der Ordner: berichte.2025.q1, alles ohne Login.",
    "The public key id is Q7mL2xT4pN8zK1wB5c and can be shared.",
    "Use the key rack beside the door; the form is on page 12.",
    "Rozliczenie: NIP firmy: 527-104-88-21, faktura do 15.",
])
def test_lookalikes_stay(text: str) -> None:
    assert not _hidden(text)


def test_a_links_domain_ending_and_path_are_not_a_token() -> None:
    assert not _hidden("curl -X POST https://api.example.com/2010-04-01/Reports/Monthly/Summary.json -d x=1")
