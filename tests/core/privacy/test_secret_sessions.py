"""Session cookies, named session ids and login headers in logs, request dumps and HAR exports
are hidden; cookie settings, analytics counters and request ids beside them stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GET /basket 200 Cookie: ASP.NET_SessionId=qz4m1vk0t7w2r9p3x6y8n5aj; culture=de-DE", "qz4m1vk0t7w2r9p3x6y8n5aj"),
        ("< set-cookie: sid=Fh72kLq09ZxWv3Rt6Nm1Pa8s; Path=/; HttpOnly", "Fh72kLq09ZxWv3Rt6Nm1Pa8s"),
        ('{"name": "cookie", "value": "wp_sess=9c0e7f1a2b4d6e8f0a1c3e5f7b9d2c4e; wp_lang=nl_NL"}',
         "9c0e7f1a2b4d6e8f0a1c3e5f7b9d2c4e"),
        ("DEBUG dump header=cookie=laravel_session=eyJpdiI6IlR3b0xk81mZ0PqS4; XSRF=n", "eyJpdiI6IlR3b0xk81mZ0PqS4"),
        ("login ok, session_id: 6f0b3e9a1c7d4e2f8a5b0c9d3e7f1a24 assigned", "6f0b3e9a1c7d4e2f8a5b0c9d3e7f1a24"),
        ("X-CSRF-Token: Hq3Vz8Lm1Tw6Rk0Pn4Yx7Cb2", "Hq3Vz8Lm1Tw6Rk0Pn4Yx7Cb2"),
        ("flask cookie session=eyJ1aWQiOjQxfQ.Zq2xLp.9Tv4Wn8Rz1Yc6Hd3Fg0 sent", "eyJ1aWQiOjQxfQ.Zq2xLp.9Tv4Wn8Rz1Yc6Hd3Fg0"),
        ('{"name": "X-Api-Key", "value": "ak41f0c8e2b7d93a6e1f5c0b8d"}', "ak41f0c8e2b7d93a6e1f5c0b8d"),
    ],
)
def test_session_values_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Cookie: lang=en; theme=dark; _ga=GA1.2.1480917723.1709280000",
        "set-cookie: consent=accepted; Max-Age=31536000; Path=/; SameSite=Lax",
        "request id 7f3c2a91-0b4e-4d8e-9a6c-51f2e0d3b7a4, session closed after 1800 s",
        "worker session=42 sid=7 restarted",
        "The session_id column is a bigint, see migration 20260301120000_sessions.",
    ],
)
def test_cookie_settings_and_ids_stay(text: str) -> None:
    assert not secrets_in(text)


def test_header_names_in_a_har_file_are_no_people() -> None:
    from desktop.core.privacy import redact_text

    text = ('"headers": [\n  {"name": "Accept-Language", "value": "de-DE"},\n'
            '  {"name": "Referer", "value": "https://shop.example/cart"}\n]')
    assert "PERSON" not in {s.type for s in redact_text(text).spans}


@pytest.mark.parametrize("value", ["xxxx-xxxx-xxxx-xxxx", "XXXX_XXXX_XXXX", "****-****-****"])
def test_a_key_shown_as_groups_of_filler_is_a_placeholder(value: str) -> None:
    assert not secrets_in(f"LICENSE_KEY={value}\nAPI_KEY: {value}")
