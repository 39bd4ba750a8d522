"""Colours and varieties listed after a product sheet's line key, and items on a price list's
dotted row, are not people; a person after a person's key, or in a sentence, still is."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_colours_and_varieties_after_their_key_are_not_people() -> None:
    assert _people("Fiche produit\n\nRéf. : MTM-15\nColoris : Noir Mat, Rouge Bordeaux, Crème\n", "FR") == []
    assert _people("Produktblad\n\nVikt: 910 g\nFärger: Havsblå, Lingon, Granit\nGaranti: 5 år.\n", "SE") == []
    assert _people("Ficha técnica\n\nVariedades: Galega, Cobrançosa, Madural\nGarrafa: 500 ml\n", "PT") == []
    assert _people("Spec sheet\n\nPower: 2200 W\nColours: Slate Grey, Ivory, Forest Green\n", "GB") == []


def test_people_after_other_keys_or_in_sentences_are_still_hidden() -> None:
    assert "Rosalind Achterberg" in _people("Colours: navy, sand\nContact: Rosalind Achterberg\n", "GB")
    assert "Ivory Okonkwo" in _people("Please send the colour swatches to Ivory Okonkwo by Friday.\n", "GB")


def test_items_on_a_dotted_price_row_are_not_people() -> None:
    price_list = (
        "Preisliste Frühjahr\n\n"
        "Artikel 40-1180 Gartenbank Lindau, Eiche geölt ........ 389,00 €\n"
        "Artikel 40-2210 Sockel Granit 25 kg ..................... 54,90 €\n"
    )
    assert _people(price_list, "DE") == []


def test_a_person_in_a_line_without_leaders_and_price_is_still_hidden() -> None:
    text = "Preisliste Frühjahr\n\nAnsprechpartnerin: Henrike Vossberg, Vertrieb Süd\nPreise inkl. MwSt.\n"
    assert "Henrike Vossberg" in _people(text, "DE")


def test_a_meeting_room_named_after_a_compound_room_word_is_not_a_person() -> None:
    assert _people("Seuraava ohjausryhmä: neuvotteluhuone Koli, 20.3. klo 9\n", "FI") == []


def test_services_and_drinks_named_with_a_product_word_last_are_not_people() -> None:
    agenda = "Agenda\n\n10:30 roadmap for Koala Pay, Wattle Insights and Harbour Care Plus.\n"
    assert _people(agenda, "AU") == []
    launch = "Nu lanserar vi Sandhamn Pale Ale och Utö Lager, bryggda med humle från Gotland.\n"
    assert _people(launch, "SE") == []
    assert _people("Kaffe (Peter Larsen Kaffe): 12 kr\n", "DK") == []


def test_a_person_named_beside_the_product_is_still_hidden() -> None:
    text = "The Koala Pay launch is run by Rosalind Achterberg from the payments team.\n"
    assert "Rosalind Achterberg" in _people(text, "AU")


def _addresses(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


def test_a_laws_paragraph_and_a_forint_amount_are_no_address() -> None:
    notice = "Rechtsgrundlage der Verarbeitung ist Art. 6 Abs. 1 lit. b DSGVO, Aufbewahrung nach § 147 Abs. 3 AO.\n"
    assert _addresses(notice, "DE") == []
    assert _addresses("Ingyenes kiszállítás Siófok területén 15 000 Ft felett.\n", "HU") == []


def test_a_home_address_beside_a_citation_is_still_hidden() -> None:
    text = "Widerspruch nach Art. 21 DSGVO bitte an: Henrike Vossberg, Lindenstraße 14, 72070 Tübingen\n"
    assert any("Lindenstraße 14" in found for found in _addresses(text, "DE"))


def test_an_agendas_timed_item_is_no_chat_speaker_but_a_chats_speakers_still_are() -> None:
    agenda = "Agenda\n\n9:30 Welcome\n10:30 Roadmap review: Koala Pay\n11:00 Budget update: Q3 figures\n"
    assert _people(agenda, "AU") == []
    chat = "[10:02] Anna berg: on my way\n[10:03] anna k: ok\n[10:04] Mette: see you\n"
    assert _people(chat, "DK") == ["Anna berg", "anna k", "Mette"]


def test_a_codes_label_an_area_and_a_versioned_package_are_not_people() -> None:
    assert _people("Product sheet\n\nEAN: 5012345678900\nGTIN: 05012345678900\n", "GB") == []
    assert _people("1. Resultados febrero Zona Norte y Zona Levante\n", "ES") == []
    assert _people("Installatie via het Software Center, pakket SCHELDE-2.8.0.\n", "BE") == []


def test_a_person_named_after_an_areas_label_is_still_hidden() -> None:
    assert "Rosalind Achterberg" in _people("Zona Norte: responsable Rosalind Achterberg\n", "ES")


def test_a_dish_named_with_its_food_first_is_not_a_person() -> None:
    assert _people("Recette du jour\n\nPour la Tarte Tatin, prenez des pommes bien fermes.\n", "FR") == []


def test_a_person_whose_name_starts_like_a_food_is_still_hidden() -> None:
    assert "Vin Okonkwo" in _people("Please ask Vin Okonkwo about the wine order.\n", "GB")


def test_a_tool_named_after_a_compound_software_word_is_not_a_person() -> None:
    assert _people("Release 2.8 – Planningstool Schelde\n\n- Nieuw scherm voor ploegwissels\n", "BE") == []


def test_a_food_and_the_place_it_comes_from_is_not_a_person() -> None:
    text = "Bonjour,\n\nPour le salon, on prend le Vin de Savoie et l'Aceite de Jaén en dégustation.\n"
    assert _people(text, "FR") == []
