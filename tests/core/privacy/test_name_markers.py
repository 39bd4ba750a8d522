"""Names no list holds, placed by a frame only a person fits: Tagalog's person articles, an
English question about what someone does, the honorifics of Ethiopia, Indonesia, Malaysia, the
Philippines and Myanmar, and the closings of Māori, Welsh, Irish, Icelandic and Basque letters."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Nakausap ko si Bongbong kahapon tungkol sa order.", "PH", "Bongbong"),
        ("Paki-send kay Lorelie ang invoice, salamat po.", "PH", "Lorelie"),
        ("did Thuraya send the signed copy yet?", "US", "Thuraya"),
        ("is Oyelaran joining the 3pm?", "NG", "Oyelaran"),
        ("She asked if Kwasiba could cover the stand on Friday.", "GH", "Kwasiba"),
        ("Please meet Ato Gebreyes at the Bole gate.", "ET", "Gebreyes"),
        ("Sila sudah bicara dengan Encik Rosli tentang sewa.", "MY", "Rosli"),
        ("Thanks for the visit.\n\nNgā mihi,\nTaini", "NZ", "Taini"),
        ("Here's the draft.\n\nKveðja,\nHalldóra", "IS", "Halldóra"),
        ("Поздрави,\nДобромир", "BG", "Добромир"),
        ("вчера говорил с Радомир Вуков о сроках.", "RU", "Радомир"),
        ("пусть Любомила позвонит в банк.", "RU", "Любомила"),
        ("ayer hablé con Tupac Huarachi sobre el pedido.", "PE", "Tupac Huarachi"),
        ("I spoke with Sefa Tuilagi and Losaline Vea after the call.", "NZ", "Losaline Vea"),
        ("Tomorrow Kanoa and Iolana will host the supplier visit.", "US", "Iolana"),
        ("payment Dorje le garchha, thik cha", "NP", "Dorje"),
        ("From Monday Oluwadamilare Akintola leads the Abuja desk; please copy O.A. on invoices.", "NG", "O.A."),
        ("hablé con Wayta Chambi ayer. Wayta enviará el contrato.", "BO", "Wayta"),
    ],
)
def test_frames_that_only_a_person_fits(text: str, country: str, name: str) -> None:
    assert any(name in found for found in people(text, country))


@pytest.mark.parametrize(
    ("text", "country", "word"),
    [
        ("Si Oracle cambia el precio, avisamos.", "ES", "Oracle"),  # Spanish "if"
        ("did Stripe change the fee?", "US", "Stripe"),  # a firm asked about, with no person's deed
        ("Ngā mihi for the warm welcome in Rotorua.", "NZ", "Ngā"),  # a greeting, no one
        ("Xero and Stripe will sync the payouts overnight.", "GB", "Stripe"),  # products do not host or chair
        ("Ulrich Schmidt flew to the U.S. on Monday.", "DE", "U.S."),  # an abbreviation, no one's initials
        ("On se retrouve devant Gare Montparnasse le matin.", "FR", "Montparnasse"),  # French article, no Nepali
    ],
)
def test_the_same_words_without_the_frame_stay(text: str, country: str, word: str) -> None:
    assert word not in people(text, country)
