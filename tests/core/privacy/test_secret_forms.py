"""Card security codes, PINs, access and one-time codes, and logins in the forms people write them
(desktop/core/privacy/secret_forms.py), and UPI IDs and pension member numbers as accounts
(member_numbers.py), checked through the whole redaction."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, kind: str = "SECRET") -> list[str]:
    return [s.original for s in redact_text(text).spans if s.type == kind]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Firmenkreditkarte 4795 4220 5879 1580, gültig bis 11/27, Prüfnummer 913.", "913"),
        ("voici la carte : 5316 1433 6143 6450, expiration 04/28, cryptogramme 228.", "228"),
        ("usa la corporativa 4906 2762 2301 2892 vence 02/29\nDiego: código de seguridad 705", "705"),
        ("company Amex: 370193350128083, exp 09/28, CID 4417. Billing zip is the office one.", "4417"),
        ("カード番号：4906-2762-2301-2892\n有効期限：02/29\nセキュリティコード：293", "293"),
        ("Kortnummer: 5316 1433 6143 6450\nCVC: 847", "847"),
        ("Kreditkarte 4906 2762 2301 2892, Sicherheitscode 551", "551"),
    ],
)
def test_a_cards_security_code_beside_the_card_is_hidden(text: str, code: str) -> None:
    assert code in _hidden(text)


def test_a_cvv_column_is_hidden_cell_by_cell() -> None:
    text = "order_id,card_number,exp,cvv\nA-55012,4197836163192299,10/28,071\nA-55013,5503060672036196,07/27,446\n"
    assert {"071", "446"} <= set(_hidden(text))


def test_a_security_code_with_no_card_near_stays() -> None:
    assert _hidden("The security code 4412 of the building permit is printed on page 2.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("y el PIN de la impresora 6071", "6071"),
        ("a PIN do karty paliwowej 8392.", "8392"),
        ("der Code für die Tiefgarage ist 3308", "3308"),
        ("il codice del portone è 1945 e basta", "1945"),
        ("Koden til nøgleboksen er 7204.", "7204"),
        ("- dörrkod serverrummet: 4470", "4470"),
        ("Die TAN-Liste liegt im Safe, Code 0815-47.", "0815-47"),
        ("Le code de l'alarme du local : 5521.", "5521"),
        ("The one-time code it sent to my email was 739104 but it expired.", "739104"),
        ("ワンタイムパスワードは 402913 でした", "402913"),
        ("验证码 736402 五分钟内有效", "736402"),
        ("Adgangskoden til kundeportalen er Smørrebrød-Havn-4.", "Smørrebrød-Havn-4"),
        ("  -u AC99f0c60d9df89af707b1de74f1f7144a:6262a997702652f2b23a015da2219027 \\", "6262a997702652f2b23a015da2219027"),
    ],
)
def test_codes_and_passwords_said_in_a_sentence_are_hidden(text: str, code: str) -> None:
    assert code in _hidden(text)


@pytest.mark.parametrize(
    "text",
    [
        "The HTTP status code is 404 and the exit code 137.",
        "Send it to the zip code 90210, building 4.",
        "The invoice goes to 24, boulevard Turpin, 26280 Rivière.",
        "The courier gets the door code at reception.",
        "curl -u $API_USER:$API_PASSWORD https://api.example.com",
    ],
)
def test_numbers_that_open_nothing_stay(text: str) -> None:
    assert _hidden(text) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Salary can go by UPI to sunita.d@okhdfcbank until the account is opened.", "sunita.d@okhdfcbank"),
        ("yes, mehta.traders@oksbi", "mehta.traders@oksbi"),
        ("Your super contributions are going to member no. 1048827366 at Hostplus.", "1048827366"),
        ("Your pension scheme member number is PN-4482917. Please quote it.", "PN-4482917"),
    ],
)
def test_upi_ids_and_pension_member_numbers_are_accounts(text: str, account: str) -> None:
    assert account in _hidden(text, "ACCOUNT")


def test_an_email_address_and_a_mention_are_no_upi_id() -> None:
    assert _hidden("Write to ravi@ybl.co.in or ping @sbi in the channel.", "ACCOUNT") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Kod odzyskiwania: RK7P-4QX2-M9TD\nZmienić po migracji", "RK7P-4QX2-M9TD"),
        ("il codice del portone è 1945 e la chiave wifi Trastevere_2025!", "Trastevere_2025!"),
        ("Camila: a senha do wifi da recepção mudou?\nRafael: mudou sim, agora é Pao-de-Queijo-88\n", "Pao-de-Queijo-88"),
    ],
)
def test_recovery_codes_wifi_keys_and_chat_replies_are_hidden(text: str, secret: str) -> None:
    assert secret in _hidden(text)


def test_placeholders_written_where_a_key_goes_are_no_secret() -> None:
    text = (
        'export ANTHROPIC_API_KEY="sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx"\n'
        'export OPENAI_API_KEY="sk-...your key..."\n'
        'export DATABASE_URL="postgres://user:password@localhost:5432/app"\n'
    )
    assert _hidden(text) == []


def test_a_real_key_beside_a_placeholder_is_still_hidden() -> None:
    key = "sk-ant-api03-Cb5k5pbS2Sd6CRSH2D6oqM79-O36jKkv-0GhTnrU_D4J1_pmHdNZ1INU9z4mgYake_BSDv2iFeuS0HOkJ9C1hnAA"
    assert _hidden(f'# was sk-ant-xxxxxxxxxxxxxxxx\nANTHROPIC_API_KEY="{key}"\n') == [key]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Basic dXNlcjpwYXNzd29yZDE=", "dXNlcjpwYXNzd29yZDE="),
        ("headers = {'Authorization': 'Bearer abc123def456ghi'}", "abc123def456ghi"),
        ("mysql -u root -pS3cretPw! -h db.internal", "S3cretPw!"),
        ("sshpass -p 'Sunny-77' ssh deploy@build-box", "Sunny-77"),
        ("the Discord bot: MTAjlIaShrBT9cPqeXRW1qPquO.4lkY6F.YQYVdfnSjj3u-ymHGjyJQYVGxcWHfo93uif23E",
         "MTAjlIaShrBT9cPqeXRW1qPquO.4lkY6F.YQYVdfnSjj3u-ymHGjyJQYVGxcWHfo93uif23E"),
        ("bot: 935553500:AAIKJ8NFRXlCQH5T_8-gXdnSUtG4PpuLQrt", "935553500:AAIKJ8NFRXlCQH5T_8-gXdnSUtG4PpuLQrt"),
        ("card 4795 4220 5879 1580 — the security code on the back is 913", "913"),
        ("Karte 4795 4220 5879 1580, CVC-Code 913", "913"),
    ],
)
def test_logins_in_headers_and_command_lines_bot_tokens_and_card_codes_are_hidden(text: str, secret: str) -> None:
    assert secret in _hidden(text)


def test_a_header_placeholder_and_a_basic_plan_stay() -> None:
    assert _hidden("Authorization: Bearer <your-token>\nWe are on the basic plan for 12 months.") == []


@pytest.mark.parametrize(
    "text",
    [
        'export DB_PASSWORD="$VAULT_DB_PASSWORD"',
        "password: ${POSTGRES_PASSWORD}",
        "set API_KEY=%API_KEY%",
        "token: {{ secrets.DEPLOY_TOKEN }}",
    ],
)
def test_a_variable_holding_a_secret_is_no_secret(text: str) -> None:
    assert _hidden(text) == []


def test_a_key_said_with_words_between_and_a_joined_password_variable_are_hidden() -> None:
    key = "4e8f2a1c9b7d3e5f6a0b1c2d3e4f5a6b-us14"
    assert key in _hidden(f"the api key for mailgun is {key}")
    assert "Birch!Lake42" in _hidden("PGPASSWORD=Birch!Lake42 psql -h db -U app")


def test_a_public_key_is_no_secret() -> None:
    line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx8Kq2mL9vR4tP7wN3bY6cJ1hD5fG0sA8eU2iO4p deploy@ci"
    assert _hidden(line) == []
