"""Secrets and accounts in the forms of dev33 (config grammar, connection strings, command lines,
notices, text-message codes, seed phrases, code questions in chats, account numbers said with
their purpose) and their look-alikes. The examples are not dev33's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


def _secrets(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "SECRET"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("<settings>\n  <smtpPassword>Gx4!pLr9Tw2</smtpPassword>\n</settings>", "Gx4!pLr9Tw2"),
        ('<entry key="x"/>\n<db.secret>Lw8vQ3nRz5Kp</db.secret>', "Lw8vQ3nRz5Kp"),
        ('{"adminPassword": "Velo-Rapide-19", "port": 8080}', "Velo-Rapide-19"),
        ("module.exports = { clientSecret: 'q2Rt9-LmX7vPw' };", "q2Rt9-LmX7vPw"),
        ("CACHE=rediss://:Tq9wLm3vZp8K@cache-eu.internal:6380/0", "Tq9wLm3vZp8K"),
        ("relay: smtp://alerts:Nb6xQw2Lp7Zr@mail.internal:587", "Nb6xQw2Lp7Zr"),
        ("$ export MYSQLPASSWORD='Ab3#cD9$eF'\n$ mysqldump shop > shop.sql", "Ab3#cD9$eF"),
    ],
)
def test_a_secret_in_a_config_files_grammar_is_hidden(text: str, secret: str) -> None:
    assert secret in " ".join(_hidden(text))


@pytest.mark.parametrize(
    "text",
    [
        "<password>${SMTP_PASSWORD}</password>",
        "const dbPassword = config.database.password;",
        '{"showPassword": false, "maxToken": 4096}',
        "DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev",
        "Host key fingerprint SHA256:Yw7nK2pQ9vLm4Tx8Rc1Hd6Fg0Jk5Ua3Ea8Oo4Ti2Vb",
        '"integrity": "sha512-Pq7vLm2nXa9T4wR7nK1cH6fJ5gY0aE2uQ7kP3mB9sD2xV8nL4tR6yW1cH5jF0gK3pA=="',
    ],
)
def test_a_reference_a_sample_or_a_digest_is_not_a_secret(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Il vostro codice di autorizzazione è 731 904. Non condividetelo.", "IT", "731 904"),
        ("Ihre TAN für die Überweisung an Stadtwerke lautet 661203.", "DE", "661203"),
        ("Votre code de retrait au point relais : 4821 55", "FR", "4821 55"),
        ("Garage: combination lock 3908, the key hangs inside", "GB", "3908"),
        ("Armario del vestuario: código 5173", "ES", "5173"),
        ("Alarme : code 9042 puis touche OFF", "FR", "9042"),
        ("Le code d'accès de la réserve change jeudi : nouveau code 7C402", "FR", "7C402"),
    ],
)
def test_a_code_on_a_notice_or_in_a_text_message_is_hidden(text: str, country: str, code: str) -> None:
    assert code in _secrets(text, country)


def test_the_word_tan_and_an_ordinary_price_stay() -> None:
    assert _secrets("The tan leather chairs cost 1450 dollars for the set.") == []


def test_a_seed_phrase_wrapped_over_lines_after_an_aside_is_hidden_whole() -> None:
    text = ("Seed words (12, keep offline):\n"
            "river candle mosaic tunnel\nsketch gravel hidden puppy\nanchor velvet tribe zebra\n")
    assert "river candle mosaic tunnel\nsketch gravel hidden puppy\nanchor velvet tribe zebra" in _secrets(text)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("[08:10] Lena: wie war nochmal der Spindcode?\n[08:11] Timo: 4471, mit Raute bestätigen", "DE", "4471"),
        ("[08:10] Aki: mikä on kellarin ovikoodi?\n[08:11] Mia: 3306 ja sitten vihreä nappi", "FI", "3306"),
        ("[08:10] 鈴木: 倉庫の暗証番号って何でしたっけ\n[08:11] 山田: 6620# です", "JP", "6620#"),
    ],
)
def test_a_code_answered_in_a_chat_is_hidden(text: str, country: str, code: str) -> None:
    assert code in _secrets(text, country)


def test_a_password_asked_for_in_chinese_without_a_question_mark_is_hidden() -> None:
    text = "[09:00] 李娜: 打印服务器的admin密码发我一下\n[09:01] 周强: Pr1nt#Qz82，别外传\n"
    assert "Pr1nt#Qz82" in _secrets(text, "CN")


def test_a_postcode_answered_in_a_chat_stays() -> None:
    assert _secrets("[08:10] a: what's the postcode there?\n[08:11] b: 2000\n") == []


@pytest.mark.parametrize(
    ("text", "country", "account"),
    [
        ("Mi número de cuenta para la devolución de la fianza: 2100 0418 4502 0005 1332", "ES", "2100 0418 4502 0005 1332"),
        ("My account number for the expenses refund: 55120934", "GB", "55120934"),
    ],
)
def test_an_account_number_said_with_its_purpose_is_hidden(text: str, country: str, account: str) -> None:
    spans = redact_text(text, country=country).spans
    assert any(s.original == account and s.type == "ACCOUNT" for s in spans)


def test_a_customer_account_number_is_no_bank_account() -> None:
    spans = redact_text("Votre numéro de compte client sur le site : 0048812", country="FR").spans
    assert not any(s.type == "ACCOUNT" for s in spans)


@pytest.mark.parametrize(
    "token",
    [
        "dckr_pat_Lm2pV9zRt4Kw8Hn3Yb1Jc6Fd0Gs",
        "glrt-Pq8vT2mZx9Lw4Rn7Kc1H",
        "sqp_3e9a1f5b2d8046e1a7c9b3d5f20e4861a7c9b3d5",
        "7d1e4a8c3f6b0c5e9a2d7f1b4c8e9f2b-us21",
        "Zr71Q~pL4mV8xT2wN9kR3hY6bJ1cF5dG0sU2eA8o",
    ],
)
def test_a_vendor_token_pasted_bare_is_hidden_whole(token: str) -> None:
    assert _secrets(f"old value, rotate it: {token}\n") == [token]


def test_a_public_map_token_and_a_locale_stay() -> None:
    text = "Map widget token (public): pk.eyJ1IjoidGVhbSJ9.Lm2pV9zRt4Kw8Hn3Yb1J\nLocales: en-us, fr-fr; build 5512-us3\n"
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Váš potvrzovací kód pro platbu je 660214.", "CZ", "660214"),
        ("[Web발신] 인증번호 [731045] 타인에게 알려주지 마세요.", "KR", "731045"),
        ("Kertakäyttökoodisi on 918273.", "FI", "918273"),
        ("Код для входа: 550917. Никому его не сообщайте.", "RU", "550917"),
        ("Codul de confirmare este 302918.", "RO", "302918"),
        ("Uw bevestigingscode: 774102", "NL", "774102"),
        ("Kod BLIK do płatności: 902113", "PL", "902113"),
    ],
)
def test_a_one_time_code_in_each_language_is_hidden(text: str, country: str, code: str) -> None:
    assert code in _secrets(text, country)


def test_a_one_time_code_word_without_a_code_stays() -> None:
    assert _secrets("Zadejte ověřovací kód z aplikace. Kód platí 5 minut, objednávka 2026118.", "CZ") == []


def test_a_korean_account_after_its_word_is_an_account_and_a_phone_before_it_stays_a_phone() -> None:
    spans = redact_text("연락처 010-5521-7730, 환불 계좌번호: 302-118-774201 (우리은행)", country="KR").spans
    assert {(s.original, s.type) for s in spans} >= {("010-5521-7730", "PHONE"), ("302-118-774201", "ACCOUNT")}


@pytest.mark.parametrize(
    ("text", "country", "secret"),
    [
        ("הסיסמה למחשב בקבלה: Dekel#4471", "IL", "Dekel#4471"),
        ("رمز عبور ایمیل: Sarv!Kooh62", "IR", "Sarv!Kooh62"),
        ("รหัสผ่าน Wi-Fi ห้องประชุม: Lamyai-2026", "TH", "Lamyai-2026"),
    ],
)
def test_a_password_in_hebrew_persian_and_thai_is_hidden(text: str, country: str, secret: str) -> None:
    assert secret in _secrets(text, country)


@pytest.mark.parametrize(
    ("text", "country", "word"),
    [
        ("Bei Einbruchalarm ruft die Leitstelle an: dann das Kennwort Fischotter nennen.", "DE", "Fischotter"),
        ("The code word agreed with the alarm company is Lighthouse.", "GB", "Lighthouse"),
        ("Mot de code pour le centre de surveillance : Hirondelle", "FR", "Hirondelle"),
    ],
)
def test_a_code_word_is_hidden_though_it_is_a_plain_word(text: str, country: str, word: str) -> None:
    assert word in _secrets(text, country)


def test_a_password_clause_without_a_word_for_its_value_stays() -> None:
    text = "Bitte das Passwort Ihres Kontos eingeben. We still need a code word for the launch."
    assert _secrets(text, "DE") == []


@pytest.mark.parametrize(
    ("line", "password"),
    [
        ("keytool -genkeypair -alias web -keystore web.jks -storepass Wombat!82 -keypass Wombat!82", "Wombat!82"),
        ("sqlcmd -S reports01 -U report_ro -P Magpie#Nest4 -i weekly.sql", "Magpie#Nest4"),
        ('psexec \\\\ws-114 -u CORP\\deploy -p Ibis_Shore_7 "C:\\tools\\update.cmd"', "Ibis_Shore_7"),
        ('ldapwhoami -x -D "uid=svc,ou=apps,dc=acme,dc=io" -w Stoat-Burrow-3', "Stoat-Burrow-3"),
        ("smbclient //files/hr -U payroll%Curlew.Marsh.1 -c ls", "Curlew.Marsh.1"),
        ("net use P: \\\\fs02\\projects /user:ACME\\jsmith Plover2026!", "Plover2026!"),
        ("htpasswd -nb client Gannet-Cliff-2 > .htpasswd", "Gannet-Cliff-2"),
    ],
)
def test_a_password_given_to_a_command_line_tool_is_hidden(line: str, password: str) -> None:
    assert password in _secrets(line)


def test_the_same_flags_on_other_commands_or_with_a_variable_stay() -> None:
    text = "ffmpeg -i in.mp4 -P 8080 -w 1280 out.mp4\nsqlcmd -S sql01 -E -P $SQLPASS\nnet use Z: \\\\fs01\\share /persistent:yes\n"
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('{"Mail": {"MailServerPassword": "Puffin-Rock-31", "MinPassword": "8"}}', "Puffin-Rock-31"),
        ("define( 'DB_PASSWORD', 'Marten#Oak42' );", "Marten#Oak42"),
        ("production:\n  secret_key_base: 4c8e9f2b7c1e4a8d3f6b0c5e9a2d7f1b4c8e9f2b7c1e4a8d3f6b0c5e9a2d7f1b\n",
         "4c8e9f2b7c1e4a8d3f6b0c5e9a2d7f1b4c8e9f2b7c1e4a8d3f6b0c5e9a2d7f1b"),
    ],
)
def test_a_secret_named_in_a_settings_own_way_is_hidden(text: str, secret: str) -> None:
    assert secret in _secrets(text)


def test_what_describes_a_secret_is_not_one() -> None:
    text = ("password_hash: 4c8e9f2b7c1e4a8d3f6b0c5e9a2d7f1b4c8e9f2b7c1e4a8d3f6b0c5e9a2d7f1b\n"
            "secret_id: 7f1b4c8e9f2b7c1e4a8d3f6b0c5e9a2d\n"
            '{"MinPassword": "8", "ShowPassword": "false"}\n')
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "country", "secret"),
    [
        ("//npm.corp.local/:_auth=ZGV2Olh5N0xtMnBWejk=", "US", "ZGV2Olh5N0xtMnBWejk="),
        ("Gäste-WLAN: Praxis-Gast, WPA2-Schlüssel 5502 9184 3307 7719 2046", "DE", "5502 9184 3307 7719 2046"),
        ("Le code de la boîte à clés est le 7 3 0 1", "FR", "7 3 0 1"),
    ],
)
def test_a_registry_login_a_router_key_and_a_key_box_code_are_hidden(text: str, country: str, secret: str) -> None:
    assert secret in _secrets(text, country)


def test_a_letter_box_and_an_author_field_stay() -> None:
    assert _secrets("La boîte aux lettres est au numéro 12.\npost_author: Xy7Lm2pVz9Rt4Kw8\n", "FR") == []


def test_a_setting_on_the_line_after_a_failed_password_is_no_answer() -> None:
    text = ("ERROR: authentication with password failed for user «kiosk»\n"
            "  conn: Server=10.4.0.9;Port=5432;User Id=kiosk;Password=Wren.Kiosk.2026;Database=shop\n")
    assert _secrets(text) == ["Wren.Kiosk.2026"]
