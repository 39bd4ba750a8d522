"""Values in a credential's position are hidden whatever the language and the connector: a code
after a word for "code" in its case forms, a second code listed after the first, a password after
an arrow, settings named with another language's word for a password or a key, a command's
password flag quoted in a list; business codes, delivery codes, log status codes and
documentation keys stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il codice del cancello è 5127, quello dell'allarme 8834.", "5127"),
        ("Il codice del cancello è 5127, quello dell'allarme 8834.", "8834"),
        ("Código de la alarma → 7720", "7720"),
        ("Cutia cu chei e lângă ușă, codul este 6031.", "6031"),
        ("Τα κλειδιά είναι στην κλειδοθήκη, ο κωδικός της είναι 3390.", "3390"),
        ("Garaža se otvara kodom 9142 s desne strane.", "9142"),
        ("Ofisin alarm kodu 2784, sabah ilk gelen kapatsın.", "2784"),
        ("Mã xác nhận của bạn là 551902, không chia sẻ.", "551902"),
        ("Kode OTP anda: 8820 (berlaku 5 menit)", "8820"),
        ("Le digicode du parking est le 52C09.", "52C09"),
        ("Server-Zugang → Passwort → Tr0mmel!77", "Tr0mmel!77"),
        ("wachtwoord – Vliegtuig#2026", "Vliegtuig#2026"),
        ("ルーターのパスワード → Wq7!router2", "Wq7!router2"),
        ("[db]\nclave = Rt7!ppQ2x\n", "Rt7!ppQ2x"),
        ("<parolaSmtp>Xk2!vvP9</parolaSmtp>", "Xk2!vvP9"),
        ("Ключ API: 8fKq29LmXz7, не пересылайте.", "8fKq29LmXz7"),
        ('args: ["--db-password", "Hq8!zzT4m"]', "Hq8!zzT4m"),
        ("lftp -u backup,Pw8rTz2q sftp.example.net", "Pw8rTz2q"),
        ("7z a lohn.7z lohn/ -pS3cr3tZip!", "S3cr3tZip!"),
        ("ssh-keygen -t ed25519 -N 'Keyphrase!8821' -f ~/.ssh/id_deploy", "Keyphrase!8821"),
        ("| Raum | Türcode |\n|------|---------|\n| Lager | 4471 |\n| Büro | 9921# |\n", "9921#"),
        ("Room;Door code;Notes\nStore;5820;back door\n", "5820"),
        ('{"door_code": "4471", "alarmCode": "9902"}', "4471"),
        ("codigo_alarma = 8820\n", "8820"),
        ("Use 773012 to verify your account.", "773012"),
        ("Gib 551902 ein, um dich anzumelden.", "551902"),
        ("Το συνθηματικό είναι Elia!2026x", "Elia!2026x"),
        ("Mật khẩu mới là Saigon@2026", "Saigon@2026"),
        ("Kata sandinya Bali#Pantai7", "Bali#Pantai7"),
        ("Kod dostępu do systemu: Hq7#ppl2", "Hq7#ppl2"),
        ("Der Notfallcode für die Leitstelle lautet Reiher (Kennwort am Telefon).", "Reiher"),
        ("Our code word with the alarm company is Heron.", "Heron"),
    ],
)
def test_values_in_a_credentials_position_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Product code: 4471-AB. Postal code is 10115. Error code 5021 on the printer.",
        "Kod pocztowy: 00950, kod produktu 44120.",
        "Le colis est à livrer au 3 rue Haute (code porte 5521).",
        "2026-03-02 10:14:07 WARN payment failed code=E4012 gateway=adyen",
        "Facture rejetée (code E102), à refaire.",
        "Candidature entro il 30/06 indicando il codice AF-0925.",
        "Code banque : 30004   Code guichet : 00821",
        "[db]\nschluessel_laenge = 2048\npasswort_regel = min12\n",
        "Use the documentation key AKIAIOSFODNN7EXAMPLE in the sample request.",
        "| Code | Product | Price |\n|---|---|---|\n| 4471 | Bolt | 2.10 |\n",
        '{"order_code": "5521", "zip_code": "90210"}',
        "Use 2026 to verify the plan, and 2 to 4 people to check the stock.",
        "Order code: ORD-2026-AbC, shipped today.",
        "The dress code is Smart. The barcode is Missing, and the error code is Timeout.",
    ],
)
def test_business_delivery_log_and_sample_codes_stay(text: str) -> None:
    assert not secrets_in(text)


def test_backup_codes_after_a_blank_line_and_in_one_run_are_hidden() -> None:
    text = "Backup codes (print and keep):\n\n4410 2291    8830 1175\n55019920\n"
    assert {"4410 2291", "8830 1175", "55019920"} <= secrets_in(text)
