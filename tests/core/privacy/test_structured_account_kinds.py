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


@pytest.mark.parametrize(("text", "country", "account"), [
    ("számlaszám: 11773016-11111018-00000000", "HU", "11773016-11111018-00000000"),
    ("utalás a 11773016-11111018 számlára", "HU", "11773016-11111018"),
    ("For the koha please pay into 12-3140-0512345-00 (ASB).", "NZ", "12-3140-0512345-00"),
    ("RIB : 30004 03175 00040218837 65", "FR", "30004 03175 00040218837 65"),
    ("NIB 0007 0000 0012 8394 6475 1", "PT", "0007 0000 0012 8394 6475 1"),
    ("Banco do Brasil, Ag 1844-9 CC 41027-3", "BR", "41027-3"),
])
def test_national_account_forms_are_hidden(text: str, country: str, account: str) -> None:
    spans = redact_text(text, country=country).spans
    assert account in [s.original for s in spans if s.type == "ACCOUNT"]


@pytest.mark.parametrize("text", [
    "ticket 12345678-12345678 is closed",  # two groups of eight without the check digits
    "cc 4 people on the thread",
    "Rib-eye steak, 2 portions",
])
def test_look_alikes_of_those_forms_stay(text: str) -> None:
    assert not [s for s in redact_text(text, country="HU").spans if s.type == "ACCOUNT"]


@pytest.mark.parametrize(("text", "country", "accounts"), [
    ("rekeningnr. 3172846592", "NL", ["3172846592"]),
    ("checking 483920017745", "US", ["483920017745"]),
    ("Bank A/C No.:- 50200041873356", "IN", ["50200041873356"]),
    ("021000021 / 483920017745 (Chase checking)", "US", ["021000021", "483920017745"]),
    ("ゆうちょ銀行 記号 10180 番号 12345671", "JP", ["10180 番号 12345671"]),
])
def test_more_account_cues_and_pairs_are_hidden(text: str, country: str, accounts: list[str]) -> None:
    spans = redact_text(text, country=country).spans
    assert [s.original for s in spans if s.type == "ACCOUNT"] == accounts


@pytest.mark.parametrize("text", [
    "021000022 / 483920017745 (Chase checking)",  # no routing checksum
    "Pages 021000021 / 483920017745 of the print run",  # no word of banking
    "checking 12 items before release",
])
def test_pairs_and_cues_without_an_account_stay(text: str) -> None:
    assert not [s for s in redact_text(text, country="US").spans if s.type == "ACCOUNT"]
