"""An account number after a word that says which kind of account it is."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


@pytest.mark.parametrize(("text", "country", "account"), [
    ("CLABE interbancaria 014180010273541182 a nombre de la empresa", "MX", "014180010273541182"),
    ("Mi cuenta bancaria 0148 5562 31 en Santander", "ES", "0148 5562 31"),
    ("Veuillez verser sur mon compte courant n° 00040218837.", "FR", "00040218837"),
])
def test_an_account_after_its_kind_is_hidden(text: str, country: str, account: str) -> None:
    spans = redact_text(text, country=country).spans
    assert [s.original for s in spans if s.type == "ACCOUNT"] == [account]


def test_a_kind_of_account_without_a_number_hides_nothing() -> None:
    assert not redact_text("La cuenta bancaria de la empresa cambió en 2025.", country="ES").spans
