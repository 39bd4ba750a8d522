"""A bearer token or a licence key set in a tool's config that no list knows is hidden; a
licence's name, versions, build numbers and placeholders stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"tool": "wavelet", "auth": {"bearer": "wvl.Qx7mK2vLp9Tz4Wn8Rc1Yb6Hd"}}', "wvl.Qx7mK2vLp9Tz4Wn8Rc1Yb6Hd"),
        ("# mosaic.env\nMOSAIC_LICENSE=MSC-7Q2K-9PLX-4WZT-88RA\nMOSAIC_REGION=eu", "MSC-7Q2K-9PLX-4WZT-88RA"),
        ("installer:\n  product_key: 7QX2K-9PLMW-4WZTB-88RAV-3HJ6N\n  edition: pro", "7QX2K-9PLMW-4WZTB-88RAV-3HJ6N"),
        ("[scanner]\nlizenzschluessel = LZ8-44Q7-KM29-XT31", "LZ8-44Q7-KM29-XT31"),
    ],
)
def test_licence_keys_and_bearer_tokens_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        '"license": "GPL-3.0-or-later", "build": "20261203.4"',
        "Authorization: Bearer <token>",
        "registration_code = 2026-12-03-000118",
        "license_type: enterprise-annual",
    ],
)
def test_licence_names_versions_and_placeholders_stay(text: str) -> None:
    assert not secrets_in(text)
