"""Structured values in shapes the earlier rules left: one-time codes in definite and texted
forms and in pairs, a bank's code said before its word, HTTPie logins, passphrases named in other
languages, French account numbers holding a letter; and what stays: sample keys labelled as
documentation, ids under a database's "using password" error."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, kind: str = "SECRET", country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == kind]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Maja: engångskoden från BankID-appen var 812 336", "812 336"),
        ("Ingrid: engangskoden var 203 948, den er brukt nå", "203 948"),
        ("Freja: bekræftelseskoden fra banken er 447120", "447120"),
        ("Erik: verifieringskoden är 550 318", "550 318"),
        ("איתי: קוד האימות שקיבלתי 371 559", "371 559"),
        ("Thiago: o código que chegou por SMS foi 448127, já usei", "448127"),
        ("Ana: the code in the text message was 602 114", "602 114"),
        ("Luca: il codice arrivato per SMS è 880214", "880214"),
        ("Ihr Bestätigungscode für die Sparkasse lautet 71 44 09. Geben Sie ihn niemals weiter.", "71 44 09"),
        ("Your verification code is 18-40-72.", "18-40-72"),
    ],
)
def test_one_time_codes_in_definite_texted_and_paired_forms_are_hidden(text: str, code: str) -> None:
    assert code in _hidden(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("BBVA: 509218 es tu clave de operación. No la compartas con nadie.", "509218"),
        ("Itaú: 773015 é o seu código de segurança.", "773015"),
        ("441902 is your sign-in code for Acme Cloud.", "441902"),
    ],
)
def test_a_banks_code_said_before_its_word_is_hidden(text: str, code: str) -> None:
    assert any(code in h for h in _hidden(text))


def test_texted_words_and_paired_numbers_without_a_code_stay() -> None:
    assert _hidden("The SMS gateway sent 1240 messages yesterday, see ticket 55120.") == []
    assert _hidden("Code review for the text export is done in 3 days.") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("$ http --auth ops:Gr0und-Ctrl-61 GET https://admin.shipfast.example/api/queues", "Gr0und-Ctrl-61"),
        ("http -a deploy:Qx8!mLw2pZ https://ci.example/api/jobs", "Qx8!mLw2pZ"),
        ("https --auth=billing:Tr4in-Yard-07 POST api.example/invoices", "Tr4in-Yard-07"),
    ],
)
def test_httpie_logins_are_hidden(text: str, secret: str) -> None:
    assert secret in _hidden(text)


def test_another_tools_dash_a_is_no_login() -> None:
    assert _hidden("ls -a build:2026-03 dist") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("[sftp]\nphrase_secrete = le chat dort sous la table\n", "le chat dort sous la table"),
        ("frase de contraseña: el perro ladra al cartero\n", "el perro ladra al cartero"),
        ("Passwortsatz: grüner Tee um halb drei\n", "grüner Tee um halb drei"),
        ("wachtwoordzin = fiets staat achter het huis\n", "fiets staat achter het huis"),
    ],
)
def test_a_passphrase_named_in_other_languages_is_hidden(text: str, secret: str) -> None:
    assert secret in _hidden(text)


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("code banque 20041, code guichet 01005, numéro de compte 0500013M026, clé RIB 06.", "0500013M026"),
        ("Merci de virer sur mon compte 00012A45678 à la Banque Postale.", "00012A45678"),
    ],
)
def test_a_french_account_number_with_a_letter_is_hidden_whole(text: str, account: str) -> None:
    assert account in _hidden(text, "ACCOUNT", "FR")


def test_an_account_word_before_a_short_reference_with_a_letter_stays() -> None:
    assert _hidden("Compte client 2026A1, commande CMD-1182.", "ACCOUNT", "FR") == []


@pytest.mark.parametrize(
    "text",
    [
        "- Docs example key: sk_test_4eC39HqLyjWDarjtT1zdp7dc (the vendor's own docs key)",
        "Example token for the docs: ghp_0000aaaa1111bbbb2222cccc3333dddd4444",
        "Beispiel-Schlüssel aus der Doku: a8F3kQ9zLm2Xv7Rt4Pw1",
    ],
)
def test_a_key_labelled_as_a_documentation_sample_stays(text: str) -> None:
    assert _hidden(text) == []


def test_a_password_labelled_as_an_example_is_still_hidden() -> None:
    assert "Summer2025!x" in _hidden("Example password: Summer2025!x")


def test_a_key_without_a_sample_label_is_hidden() -> None:
    assert "sk_test_4eC39HqLyjWDarjtT1zdp7dc" in _hidden("Stripe key: sk_test_4eC39HqLyjWDarjtT1zdp7dc")


def test_an_id_under_a_databases_using_password_error_stays() -> None:
    text = ("pymysql.err.OperationalError: (1045, \"Access denied for user 'crm'@'10.8.1.9' (using password: YES)\")\n"
            "Request-ID: 7c1e9a40-2b3d-4f8e-a1c6-9d0e2f7b5a13")
    assert _hidden(text) == []


def test_an_answer_under_a_password_question_is_still_hidden() -> None:
    assert "Kiwi!Cloud2026" in _hidden("[10:01] ana: what is the wifi password\n[10:02] bo: Kiwi!Cloud2026")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Je DigiD sms-code is 839201", "839201"),
        ("Giriş kodunuz: 661203", "661203"),
        ("Ma xac nhan Zalo cua ban la 552019", "552019"),
        ("【支付宝】您的校验码为 552019", "552019"),
        ("Seu código Nubank é 552019", "552019"),
    ],
)
def test_one_time_codes_in_more_languages_words_are_hidden(text: str, code: str) -> None:
    assert code in _hidden(text)


@pytest.mark.parametrize(
    "text",
    [
        "De sms-code wordt binnen 5 minuten verstuurd.",
        "Giriş kodunuz 5 dakika geçerlidir.",
        "验证码为空，请重试。",
        "Sparkasse Code 4471 für die Filiale",
    ],
)
def test_one_time_code_words_without_a_code_stay(text: str) -> None:
    assert _hidden(text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('echo "Lm2!xQ9vRt" | docker login -u ci --password-stdin', "Lm2!xQ9vRt"),
        ("printf '%s' 'Hx8!pQ2wLm' | helm registry login reg.example -u bot --password-stdin", "Hx8!pQ2wLm"),
    ],
)
def test_a_password_piped_into_a_registry_login_is_hidden(text: str, secret: str) -> None:
    assert secret in _hidden(text)


def test_a_variable_piped_into_a_login_stays() -> None:
    assert _hidden("echo $REGISTRY_PASS | docker login -u ci --password-stdin") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("новата парола е Banitsa!Sofia26", "Banitsa!Sofia26"),
        ("รหัสผ่านใหม่คือ Somtam!BKK26", "Somtam!BKK26"),
        ("pw's Lemon-Curd-1977, don't share it", "Lemon-Curd-1977"),
    ],
)
def test_a_password_joined_by_bulgarian_thai_and_english_contracted_verbs_is_hidden(text: str, secret: str) -> None:
    assert secret in _hidden(text)


def test_a_password_word_in_a_sentence_without_a_value_stays() -> None:
    assert _hidden("паролата е сменена вчера, новата е в сейфа") == []
    assert _hidden("รหัสผ่านคือสิ่งสำคัญ ห้ามบอกใคร") == []
    assert _hidden("The PW's new version v2.4.1-rc is out") == []


def test_backup_codes_after_a_japanese_heading_are_hidden() -> None:
    hidden = " ".join(_hidden("バックアップコード：4821 7730 9920 1184"))
    assert "4821" in hidden and "1184" in hidden
    assert _hidden("バックアップコードは設定画面から再発行できます") == []


def test_a_secret_in_a_link_at_an_example_domain_is_still_hidden() -> None:
    text = "otpauth://totp/Northwind%20Admin:it@northwind.example?secret=MZXW6YTBOI4DSMBRGQ3TKNZQ&issuer=Northwind"
    assert "MZXW6YTBOI4DSMBRGQ3TKNZQ" in _hidden(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("usuario admin, contra Cuervo!7781. no la cambies porfa", "Cuervo!7781"),
        ("użytkownik jkowalski hasło Pierogi!77", "Pierogi!77"),
        ("username ops_ro / pwd Rr8!kQw2Lm", "Rr8!kQw2Lm"),
        ("user jsmith pw Tahoe!Blue88", "Tahoe!Blue88"),
    ],
)
def test_a_password_after_a_user_and_a_short_or_slang_word_is_hidden(text: str, secret: str) -> None:
    assert secret in _hidden(text)


@pytest.mark.parametrize(
    "text",
    [
        "el usuario admin votó contra la propuesta 2026",
        "usuario premium contra usuarios gratuitos: 55% vs 45%",
        "user guide pass rate 98.5%",
        "C:\\Users\\Renata.Oliveira\\Documents\\Contratos\\minuta_v3.docx",
    ],
)
def test_a_slang_password_word_not_after_a_user_stays(text: str) -> None:
    assert _hidden(text) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("mi cuenta es la 0447192365 de Banorte", "0447192365"),
        ("the account is the 41928305 one at Monzo", "41928305"),
    ],
)
def test_an_account_after_a_verb_and_an_article_is_hidden(text: str, account: str) -> None:
    assert account in _hidden(text, "ACCOUNT", "MX")


def test_a_year_or_a_date_after_an_account_word_and_an_article_stays() -> None:
    assert _hidden("abrí una cuenta el 12 de marzo de 2026", "ACCOUNT", "ES") == []
