"""Indonesian and Malaysian addresses: the street word first ("Jl.", "Jln.", "Jalan"), the
number after "No.", the neighbourhood and district parts ("RT 03/RW 05", "Kel. Sukamaju") and
the town with its postcode. Texts here are new."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        ("Tolong kirim ke Jl. Diponegoro No. 45, RT 02/RW 07, Semarang 50241 ya.", "ID", "Jl. Diponegoro No. 45, RT 02/RW 07, Semarang 50241"),
        ("Rumah baru saya di Jln. Melati 9, Kel. Cibubur, Jakarta 13720", "ID", "Jln. Melati 9, Kel. Cibubur, Jakarta 13720"),
        ("Hantar ke Jalan Tun Razak No. 18, 50400 Kuala Lumpur, terima kasih.", "MY", "Jalan Tun Razak No. 18, 50400 Kuala Lumpur"),
    ],
)
def test_the_whole_address_is_hidden(text: str, country: str, address: str) -> None:
    assert any(address in found for found in addresses(text, country))


def test_a_street_named_without_a_number_is_left() -> None:
    assert addresses("Macet parah di Jalan Gatot Subroto tadi pagi.", "ID") == []
