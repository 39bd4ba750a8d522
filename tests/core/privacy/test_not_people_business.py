"""Business text that looks like people: lists of everyday nouns, a thing's word before a brand, a
group of firms; the people written beside them stay hidden."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_a_list_of_everyday_nouns_is_no_list_of_people() -> None:
    text = "Den Teig aus Butter, Zucker und Mehl kneten, dann mit Zimt, Honig und Salz abschmecken.\n"
    assert _people(text, "DE") == []


def test_a_list_of_first_names_is_still_a_list_of_people() -> None:
    hidden = _people("Zur Schulung kommen Annika, Jonas und Leonie aus dem Lager.\n", "DE")
    assert hidden == ["Annika", "Jonas", "Leonie"]


def test_a_things_word_before_a_listed_brand_is_no_person() -> None:
    assert _people("Ricambio ordinato per la Stampante Kyocera del secondo piano.\n", "IT") == []
    assert _people("Der Zulieferer Würth liefert die Dübel am Montag.\n", "DE") == []


def test_a_group_of_firms_is_no_person() -> None:
    assert _people("Umowę podpisała Grupa Żabka, a dystrybucję prowadzi Grupa Maspex.\n", "PL") == []


def test_a_first_name_before_a_brands_name_stays_a_person() -> None:
    assert "Paolo Ferrari" in _people("Il preventivo lo manda Paolo Ferrari domani mattina.\n", "IT")
    # a first name no list holds before a town's name is still a person
    assert "Thaís Albuquerque" in _people("A proposta foi revista por Thaís Albuquerque ontem.\n", "BR")


def test_a_word_opening_a_texts_title_is_no_person() -> None:
    assert _people("Summer menu launch - notes for the team\n\nGrilled Cornish mackerel with fennel.\n", "GB") == []
    assert _people("Ata da assembleia geral n.º 12/2025\n1. Contas aprovadas.\n", "PT") == []


def test_a_first_line_that_is_a_message_keeps_its_person() -> None:
    # a sentence, and a line with no title's shape under it, are no title
    assert "Marta" in _people("Marta called about the invoice. She wants it resent.\n\nThanks\n", "GB")
    assert "Marta" in _people("Marta needs the report by Friday\nand the slides too\n", "GB")


def test_an_everyday_word_before_a_surname_names_a_thing() -> None:
    assert _people("Tonight: Grilled Cornish mackerel, and the Exchange Server move at 22:00.\n", "GB") == []


def test_a_word_of_address_before_a_surname_keeps_the_person() -> None:
    assert "Fru Lindahl" in " ".join(_people("Fru Lindahl ringde om fakturan i går.\n", "SE"))


def test_a_street_or_market_without_a_number_is_no_person() -> None:
    text = "The keys are at the Hartley Road depot; lunch at Spitalfields Market, then Tower Bridge.\n"
    assert _people(text, "GB") == []


def test_a_street_with_its_house_number_is_still_an_address() -> None:
    spans = redact_text("Please send the contract to 14 Hartley Road, Leeds LS6 2QJ.\n", country="GB").spans
    assert any(s.type == "ADDRESS" and "14 Hartley Road" in s.original for s in spans)


def test_a_venue_named_after_its_family_is_no_person() -> None:
    text = "Jantar na Trattoria Gallo, degustação no Domaine Paul Blanck e café na Pâtisserie Moreau.\n"
    assert _people(text, "PT") == []


def test_a_gate_or_hall_with_its_number_at_a_sentences_end_is_no_person() -> None:
    assert _people("Die Ware geht an das Werk in Dingolfing, Tor 5. Bitte vorher anrufen.\n", "DE") == []


def test_a_listed_town_of_three_words_or_after_from_is_no_person() -> None:
    assert _people("Il magazzino di Castel San Pietro Terme apre lunedì.\n", "IT") == []
    assert _people("The FD30 doors ship from Lorient next week.\n", "GB") == []


def test_a_first_name_that_is_also_a_town_stays_a_person_after_from() -> None:
    assert _people("Letter from Marion about the lease.\n", "GB") == ["Marion"]


def test_a_word_keying_a_form_line_is_no_speaker() -> None:
    text = "Corso: Excel per l'ufficio (16 ore)\nSede: Padova, aula 2\nDate: 3 e 10 marzo\nQuota: 320 €\n"
    assert _people(text, "IT") == []


def test_a_speaker_of_a_transcript_is_still_a_person() -> None:
    text = "Corso: ci sei?\nGiulia: sì, arrivo\nCorso: ok, sala 2\n"
    assert "Giulia" in _people(text, "IT")


def test_a_product_with_its_number_glued_on_is_no_person() -> None:
    assert _people("Certificações: Prince2 Foundation, ITIL 4 e Scrum Master.\n", "PT") == []


def test_a_region_after_a_place_preposition_and_an_article_is_no_person() -> None:
    assert _people("Fromagerie familiale installée dans le Jura depuis 1902.\n", "FR") == []
    assert _people("Seminario nel Chianti a maggio, pranzo al ristorante Garibaldi.\n", "IT") == []


def test_a_person_after_a_plain_preposition_stays_hidden() -> None:
    assert "Jura Petrović" in " ".join(_people("I met with Jura Petrović in the lobby.\n", "GB"))


def test_a_team_signing_with_an_everyday_word_is_no_person() -> None:
    assert _people("The venue is confirmed for Thursday.\n\nCheers,\nEvents\n", "GB") == []


def test_a_first_name_signing_is_still_a_person() -> None:
    assert _people("Pallets go through bay 2 until then.\nCheers, Al\n", "GB") == ["Al"]


def test_a_polish_avenue_in_its_case_is_no_person() -> None:
    assert _people("Dostawa do sklepu przy Alejach Ujazdowskich w piątek.\n", "PL") == []


def test_a_card_scheme_is_no_person() -> None:
    assert _people("Bezahlt per Kreditkarte (Visa, endet auf 8812), Beleg folgt.\n", "DE") == []


def test_a_weekdays_short_form_before_a_time_is_no_person() -> None:
    assert _people("Reiseplan\nMo 06:58 ab Bern, Gleis 7\nFr 17:30 zurück\n", "CH") == []


def test_a_speaker_with_a_time_in_a_transcript_is_still_a_person() -> None:
    text = "Mo 9:15 AM: ok, sending it now\nJENNA L 9:16 AM: thanks\nMo 9:17 AM: done\n"
    assert "Mo" in _people(text, "US")


def test_a_room_named_after_a_mountain_or_a_painter_is_no_person() -> None:
    assert _people("Nächster Termin: Konferenzraum Watzmann, Dienstag 10 Uhr.\n", "DE") == []
    assert _people("We zitten in Vergaderzaal Rembrandt op de tweede verdieping.\n", "NL") == []


def test_czech_and_finnish_everyday_words_the_name_list_holds_are_no_people() -> None:
    assert _people("Dobrý den,\nposíláme nabídku na 12 židlí.\nCena celkem 38 400 Kč bez DPH.\n", "CZ") == []
    assert _people("Versio 4.2\n- Uusi: verkkolaskut Maventaan\n- Korjattu: tulostus\n", "FI") == []


def test_a_dish_or_a_catalogue_item_ending_in_its_noun_is_no_person() -> None:
    text = "Menu: Buttermilk Pancakes with Vermont syrup; new in the shop: Hudson Cardigan and Walton Desk.\n"
    assert _people(text, "US") == []


def test_a_product_line_after_its_word_is_no_person() -> None:
    assert _people("Montaggio del nuovo miscelatore serie Giulietta nei bagni del piano terra.\n", "IT") == []
    assert _people("Noleggio bici presso Barolo E-Bike, prenotazione 4471.\n", "IT") == []


def test_a_german_abstract_noun_is_no_name() -> None:
    assert _people("Leistungsumfang gemäß Ausschreibung SIA 118, Positionen 211 bis 240.\n", "CH") == []
    assert _people("Kerstin: danke, Tankquittung lege ich dir ins Fach\nUwe: super\n", "DE") == ["Kerstin", "Uwe"]


def test_a_compound_for_a_site_before_its_name_is_no_person() -> None:
    assert _people("- Parkeergarage Kruidtuin: 30 abonnementen vanaf januari.\n", "BE") == []


def test_a_business_park_or_hall_compound_before_its_name_is_no_person() -> None:
    assert _people("Anlieferung im Gewerbepark Nord, Tor 2, ab 7 Uhr.\n", "DE") == []


def test_a_museum_or_ground_named_after_people_is_no_person() -> None:
    assert _people("Team outing: lunch at Borough, then the Tate Modern; Friday the match at Old Trafford.\n", "GB") == []
