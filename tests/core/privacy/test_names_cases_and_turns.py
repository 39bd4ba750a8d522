"""Names in the forms small teams' text writes them and the lists cannot: Finnish -nen surnames in
their cases, Cyrillic surnames opening a sentence before their verb, chat turns by people called
by their surnames, travellers' booked names, a surname opening a sentence before a count, and the
keys of forms and cards in more languages; and the things written with the same words, left."""

from __future__ import annotations

from desktop.core.privacy import redact_text
from desktop.core.privacy.name_counts import counted_surnames
from desktop.core.privacy.name_finnish import finnish_surnames
from desktop.core.privacy.name_suffixes import _surname, declined_names
from desktop.core.privacy.name_travel import booked_names
from desktop.core.privacy.redact import _case_thing, _listed_first


def _people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_finnish_nen_surnames_in_their_cases_are_people() -> None:
    found = _people("Hei, soitin eilen Lehtoselle ja hän lupasi tarjouksen perjantaiksi.", "FI")
    assert "Lehtoselle" in found
    found = _people("Kokouksessa oli mukana Hyvönen. Hyvösen mukaan budjetti riittää. Hyvöselle lähetetään pöytäkirja.", "FI")
    assert {"Hyvönen", "Hyvösen", "Hyvöselle"} <= set(found)
    assert "Laineelle" in _people("Muistathan lähettää raportin Laineelle ennen lounasta.", "FI")


def test_finnish_adjectives_towns_and_firms_are_left() -> None:
    assert not finnish_surnames("Jokaiselle työntekijälle annetaan kulkukortti. Toiselle osastolle tulee tulostin.",
                                "FI", _surname, _case_thing)
    assert not finnish_surnames("Ensimmäisen viikon aikana Kauniaisten kaupunki tarjoaa kahvit.", "FI", _surname, _case_thing)
    assert not finnish_surnames("Lasku maksetaan Virtasen Rakennus Oy:lle.", "FI", _surname, _case_thing)
    assert not finnish_surnames("Tarjous koskee Kansallisen museon lippuja.", "FI", _surname, _case_thing)
    assert not finnish_surnames("I called Lehtoselle yesterday", "GB", _surname, _case_thing)


def test_a_cyrillic_surname_opening_a_sentence_before_its_verb_is_a_person() -> None:
    assert "Сидоровой" in _people("Отчёт готов. Сидоровой передали все акты.", "RU")
    assert "Павлову" in _people("Павлову отправили письмо ещё утром.", "RU")
    assert "Бойченку" in _people("Бойченку передали документи на підпис.", "UA")


def test_adjectives_opening_a_sentence_and_streets_named_after_people_are_left() -> None:
    found = _people("Новой версии пока нет. Основу проекта составляет старый код. Новым клиентам скидка.", "RU")
    assert not found
    assert "Морозова" not in _people("Встреча на улице Морозова в 10 часов, офис на втором этаже.", "RU")


def test_chat_turns_by_surnames_are_speakers() -> None:
    found = _people("Fisher: pallets are wrapped\nMarsh: great, I'll call the courier\nFisher: ta", "GB")
    assert found == ["Fisher", "Marsh", "Fisher"]
    assert len(_people("Bakker: ik ben om tien uur bij de klant\nMulder: prima, neem de offerte mee\nBakker: doe ik", "NL")) == 3


def test_roles_and_fields_are_no_speakers() -> None:
    assert not _people("Host: welcome back to the show\nGuest: thanks for having me\nHost: so tell us more", "US")
    assert not _people("Input: the cat sat on the mat\nOutput: le chat\nInput: good morning\nOutput: bonjour", "US")
    assert not _people("Pro: schneller Versand\nContra: teuer\nPro: gute Qualität", "DE")
    # (surnames that are everyday words, as a list's or a comparison's keys: no one talks)
    assert not _people("Rice: two bags left\nSalt: one tub left\nRice: order more please", "GB")
    assert not _people("Bull: the market will rise\nBear: the market will fall\nBull: buy now", "US")


def test_booked_travellers_names_are_people() -> None:
    assert "KOWALSKA/ANNA MARIA MRS" in _people("Pasażer: KOWALSKA/ANNA MARIA MRS, lot LO281 WAW/CDG", "PL")
    assert "NGUYEN/THI HOA MS" in _people("Hành khách: NGUYEN/THI HOA MS, chuyến VN254 SGN/HAN", "VN")
    text = "Traveller MEYER/LUKAS booked on UA 900"
    assert [text[a:b] for a, b in booked_names(text, _listed_first)] == ["MEYER/LUKAS"]


def test_routes_protocols_and_options_are_no_travellers() -> None:
    assert not booked_names("Strecke VIE/FRA, Protokoll TCP/IP, Schalter ON/OFF, READ/WRITE, YES/NO", _listed_first)


def test_a_surname_opening_a_sentence_before_a_count_is_a_person() -> None:
    assert "Kovačić" in _people("Kovačić 12. nije došao na posao.", "HR")
    assert "Andersson" in _people("Andersson 4 dagar sjuk, vi flyttar mötet.", "SE")
    assert "Martínez" in _people("Martínez 15 cajas recibidas esta mañana.", "ES")


def test_places_in_a_building_and_things_before_a_number_are_left() -> None:
    from desktop.core.privacy.lexicon import lexicon

    text = "Hall 3 is booked. Gate 5 closes at ten. Block 7 needs paint. Puerta 3 cerrada. Hus 3 är låst. Chapter 3 covers it."
    assert not counted_surnames(text, "GB", _surname, lexicon().rank, _case_thing)
    # (a brand before a count of its goods)
    text = "Order list: Dyson 2 fans for the office. Liebherr 2 fridges. Viessmann 1 boiler. Wedel 3 boxes."
    assert not counted_surnames(text, "GB", _surname, lexicon().rank, _case_thing)
    text = "Order list done. Mazur 2 days off."
    assert [text[a:b] for a, b in counted_surnames(text, "GB", _surname, lexicon().rank, _case_thing)] == ["Mazur"]


def test_name_keys_of_forms_and_cards_in_more_languages() -> None:
    found = _people("ŽÁDOST O PARKOVÁNÍ\nPŘÍJMENÍ: SVOBODOVÁ\nJMÉNO: LUCIE\nSCHVÁLIL: KREJČÍ", "CZ")
    assert {"SVOBODOVÁ", "LUCIE", "KREJČÍ"} <= set(found)
    assert "LARSEN" in _people("TIMELISTE\nGODKJENT AV: LARSEN\nPROSJEKT: lager", "NO")


def test_a_shaped_surname_opening_a_sentence_is_a_person() -> None:
    assert "Perković" in _people("Pozdrav. Perković je poslao ponudu jutros.", "HR")
    assert "Bergqvist" in _people("Hej! Bergqvist har semester nästa vecka.", "SE")
    assert "Gutiérrez" in _people("Gutiérrez llega tarde hoy por el tráfico.", "ES")


def test_croatian_little_things_christmas_and_nouns_opening_a_sentence_are_left() -> None:
    from desktop.core.privacy.name_counts import opening_shaped_surnames

    assert not opening_shaped_surnames("Božić je blizu. Kolačić je ukusan.", "HR", _case_thing)
    assert not opening_shaped_surnames("Validez del documento: un año. Rapidez es clave.", "ES", _case_thing)
    assert not opening_shaped_surnames("Polski rząd ogłosił. Zmienić hasło trzeba co miesiąc.", "PL", _case_thing)
    assert not opening_shaped_surnames("Réglez la facture. Cliquez sur Envoyer.", "FR", _case_thing)


def test_a_dative_in_ovi_hungarian_surnames_and_estonian_first_names_in_their_cases() -> None:
    assert "Kováčovi" in _people("Zuzana: super, Kováčovi som poslala faktúru.", "SK")
    assert {"Szabónak", "Kovácsnak"} <= set(_people("Holnap küldöm a számlát Szabónak, és Kovácsnak is.", "HU"))
    assert "Liisale" in _people("Saatsin hinnakirja Liisale eile õhtul.", "EE")
    assert not _people("Kancelária poslala Slovnaftovi list.", "SK")
    assert "Budapestnek" not in _people("Budapestnek nincs köze hozzá.", "HU")


def test_a_name_after_a_cards_key_with_no_colon() -> None:
    found = _people("REINO DE ESPAÑA\nAPELLIDOS SERRANO GIL\nNOMBRE MARTA\nNOMBRE COMERCIAL DEL PRODUCTO", "ES")
    assert "MARTA" in found and not any("COMERCIAL" in f for f in found)
    assert {"CARLO", "FERRI"} <= set(_people("NOME PRODOTTO\nNOME CARLO\nCOGNOME FERRI", "IT"))
    assert {"ΓΕΩΡΓΙΟΥ", "ΔΗΜΗΤΡΗΣ"} <= set(_people("ΕΠΩΝΥΜΟ: ΓΕΩΡΓΙΟΥ\nΟΝΟΜΑ: ΔΗΜΗΤΡΗΣ", "GR"))


def test_an_english_possessive_in_a_chat_is_no_turkish_ending() -> None:
    found = _people("Spencer: rota's up\nMarsh: cheers, swapping Tuesday with Fox\nSpencer: fine by me", "GB")
    assert "rota" not in found and {"Spencer", "Marsh"} <= set(found)
    assert "zeynep" in _people("ahmet: zeynep'e haber ver\nmehmet: tamam", "TR")


def test_a_surname_first_display_name_in_a_mail_header_is_a_person_in_capitals_too() -> None:
    found = _people("From: BALASUBRAMANIAN, KEERTHI\nSent: Monday\nTo: IT HELPDESK; SALES, EMEA\nSubject: budget", "US")
    assert found == ["BALASUBRAMANIAN, KEERTHI"]
    assert "OUDENDIJK, FEMKE" in _people("Van: OUDENDIJK, FEMKE\nAan: Inkoop, Team Noord\nOnderwerp: planning", "NL")
    assert not _people("To: Accounts, Payable; Facilities, London\nSubject: budget", "GB")


def test_a_greek_surname_in_capitals_is_a_person_and_greek_capital_words_are_left() -> None:
    found = _people("Ο ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ θα έρθει αύριο. Η κα ΓΕΩΡΓΙΑΔΟΥ συμφωνεί.", "GR")
    assert {"ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ", "ΓΕΩΡΓΙΑΔΟΥ"} <= set(found)
    assert not _people("ΤΟ ΚΡΑΤΟΣ ΚΑΙ ΟΙ ΑΝΑΚΟΙΝΩΣΕΙΣ. ΕΙΔΗ ΣΠΙΤΙΟΥ. ΕΙΔΗΣΕΙΣ ΤΗΣ ΕΒΔΟΜΑΔΑΣ.", "GR")


def test_cyrillic_chat_turns_and_a_surname_before_a_verb_in_the_first_person() -> None:
    found = _people("Кириллов: отчёт готов\nБелова: спасибо, гляну вечером\nКириллов: ок", "RU")
    assert found == ["Кириллов", "Белова", "Кириллов"]
    assert "Орловой" in _people("Орловой перезвоню после обеда.", "RU")
    assert not _people("Итого: 5 позиций\nСкидка: 10 процентов\nИтого: 4500 рублей", "RU")


def test_a_finnish_surname_after_a_verb_opening_the_sentence() -> None:
    text = "Sain Kettuselta vastauksen eilen."
    assert [text[a:b] for a, b in finnish_surnames(text, "FI", _surname, _case_thing)] == ["Kettuselta"]


def test_a_surname_in_capitals_a_comma_and_the_given_name() -> None:
    from desktop.core.privacy.name_card_keys import caps_surname_given

    found = _people("Teilnehmer:\n1. BRANDT, Hannelore\n2. KÖHLER, Matthias\n3. OZTURK, Elif", "DE")
    assert {"BRANDT, Hannelore", "KÖHLER, Matthias", "OZTURK, Elif"} <= set(found)
    assert not caps_surname_given("Offices: LONDON, Ontario; PARIS, Texas; NOTE, Anna is out.", _case_thing)


def test_a_booked_name_with_polish_capitals() -> None:
    text = "PASAŻER: WIŚNIEWSKI/TOMASZ\nLOT LO3913 WAW-GDN"
    assert [text[a:b] for a, b in booked_names(text, _listed_first)] == ["WIŚNIEWSKI/TOMASZ"]


def test_handover_and_check_keys_in_more_languages_and_teams_under_them() -> None:
    assert "BERGSTRÖM" in _people("ANSTÄLLNINGSBEVIS\nNAMN: HOLMGREN, ELSA\nCHEF: BERGSTRÖM", "SE")
    assert "VESELÝ JAN" in _people("Předávací protokol\nPřevzal: VESELÝ JAN", "CZ")
    assert "Priya Nair" in _people("Received by: reception desk\nIssued to: Priya Nair", "GB")
    found = _people("Aufgabe: Prüfung\nVerantwortlich: QS-Team\nGeprüft von: Anna-Lena Brandt", "DE")
    assert found == ["Anna-Lena Brandt"]


def test_unlisted_names_in_capitals_in_a_mail_header_and_services_left() -> None:
    found = _people("From: KEERTHI BALASUBRAMANIAN\nTo: IT HELPDESK; ACME SUPPORT\nSubject: budget", "US")
    assert found == ["KEERTHI BALASUBRAMANIAN"]
    assert not _people("From: Atlassian Bitbucket\nTo: Figma Notifier\nSubject: weekly", "US")


def test_a_dative_opening_a_sentence_and_a_romanian_name_after_lui() -> None:
    assert "Novákovi" in _people("Novákovi jsem předal klíče.", "CZ")
    assert "Kowalczykowi" in _people("Kowalczykowi wysłałem fakturę.", "PL")
    assert not _people("Klientowi wysłaliśmy ofertę. Dyrektorowi przekaż raport.", "PL")
    assert not _people("Zákazníkovi jsme poslali nabídku. Dodavatelovi zavolám.", "CZ")
    assert "Popescu" in _people("I-am trimis factura lui Popescu ieri.", "RO")
    assert not declined_names("Biroul e pe Strada lui Ionescu, lângă Casa lui Dumnezeu.", "RO", _listed_first, _case_thing)
