"""Logins in server logs are people; service accounts are not."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str) -> list[str]:
    return [s.original for s in redact_text(text).spans if s.type == "PERSON"]


def test_the_user_field_of_an_access_log_line() -> None:
    text = ('198.51.100.20 - - [02/Apr/2025:09:00:01 +0000] "GET / HTTP/1.1" 200 12\n'
            '198.51.100.21 - tvanleer [02/Apr/2025:09:00:05 +0000] "POST /login HTTP/1.1" 302 0\n'
            '198.51.100.22 - www-data [02/Apr/2025:09:00:07 +0000] "GET /health HTTP/1.1" 200 2')
    assert _people(text) == ["tvanleer"]


def test_a_vpn_common_name_and_its_later_mention() -> None:
    text = ("Apr 2 09:00:01 gw openvpn[77]: rbasu/203.0.113.9:40112 MULTI: Learn: 10.8.0.2 -> rbasu\n"
            "Apr 2 09:00:02 gw openvpn[77]: root/203.0.113.10:40113 TLS ok")
    assert _people(text) == ["rbasu", "rbasu"]
