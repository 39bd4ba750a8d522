"""People in a sheet's or a config's role columns (owner, reviewer, on call, stand-in), sheet cells
parted by tabs, Lithuanian and Latvian names in their cases and Baltic surnames by their endings,
Slavic titles and surnames in their cases; the same shapes left where they name no one."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_a_role_columns_surnames_are_people_even_when_everyday_words() -> None:
    sheet = "Item,Owner,Reviewer,Deadline\nMove racks,Fox,Lamb,03/02\nBook van,Lamb,Fox,04/02\n"
    assert {"Fox", "Lamb"} <= set(_people(sheet, "GB"))
    assert "Reviewer" not in _people(sheet, "GB")
    italian = "Attività;Responsabile;Scadenza\nInventario;MORETTI;12/01\nFatture;FONTANA;15/01\n"
    assert {"MORETTI", "FONTANA"} <= set(_people(italian, "IT"))
    german = "Thema;Zuständig;Vertretung\nLager;Becker;Wolf\n"
    assert {"Becker", "Wolf"} <= set(_people(german, "DE"))


def test_a_config_key_for_who_is_on_call_holds_a_person() -> None:
    assert "Stein" in _people("service: ledger-api\non_call: Stein\nregion: eu-west-1\n", "DE")
    assert "Hana Sato" in _people("[support]\nansvarlig = Hana Sato\n", "NO")


def test_a_role_key_holding_a_team_or_a_unit_hides_nothing() -> None:
    assert not _people("owner: platform-team\nreviewer: Finance\nservice: billing\n")
    assert not _people("Action;Responsable;Échéance\nClôture;Direction commerciale;21/11\n", "FR")
    assert not _people("Zadání: tiskárna\nŘešitel: IT podpora\n", "CZ")


def test_a_tab_parts_two_people_in_one_row() -> None:
    spans = _people("Name\tBackup\tExt\nOliver Grant\tNina Brandt\t-310\n", "GB")
    assert "Oliver Grant" in spans and "Nina Brandt" in spans


def test_lithuanian_first_names_in_their_cases() -> None:
    text = "Labas, Povilai,\nsutartį perdaviau Agnei, o Mindaugą pamačiau tik vakare. Vis dar laukiu Rūtos atsakymo."
    people = _people(text, "LT")
    assert {"Povilai", "Agnei", "Mindaugą", "Rūtos"} <= set(people)


def test_latvian_first_names_in_their_cases() -> None:
    people = _people("Labdien, Pēteri!\nLūdzu, nosūti līgumu Edgaram un pajautā Ilzei.", "LV")
    assert {"Pēteri", "Edgaram", "Ilzei"} <= set(people)


def test_baltic_surnames_by_their_endings_in_any_team() -> None:
    assert "Kazlauskaitė" in _people("Die Rechnung hat Kazlauskaitė gestern bezahlt.", "DE")
    assert "Jankevičiaus" in _people("Sutartis dar laukia Jankevičiaus parašo.", "LT")
    assert "Ozoliņš" in _people("Tomorrow Ozoliņš will bring the samples.", "GB")


def test_baltic_everyday_words_are_left() -> None:
    named_after = " ".join(_people("Mokymai vyks universiteto Mykolo Romerio salėje, prie Gedimino prospekto.", "LT"))
    assert "Mykolo" not in named_after and "Gedimino" not in named_after
    assert not _people("Šiandienė ataskaita paruošta, kitos savaitės planas Teams aplanke.", "LT")
    assert not _people("Kasdienė apskaita vyksta Vilniuje.", "LT")
    assert "Tomai" not in _people("Les tomates et les Tomai sont livrées.", "FR")  # (no Baltic case outside LT/LV)


def test_slavic_titles_in_their_cases_are_hidden_with_the_name() -> None:
    assert "pánom Molnárom" in _people("Včera som hovorila s pánom Molnárom o zmluve.", "SK")
    assert "gospodinom Perićem" in _people("Sastanak s gospodinom Perićem je u petak.", "HR")
    assert "pane Hájku" in _people("Dobrý den, pane Hájku,\nposílám smlouvu.", "CZ")


def test_slavic_surnames_in_their_cases_after_with_and_from() -> None:
    assert "Babićem" in _people("Jučer sam razgovarao s Babićem o narudžbi.", "HR")
    assert "Nowakiem" in _people("Jutro spotykam się z Nowakiem w biurze.", "PL")
    assert "Jackiem" in _people("Umówiłam się z Jackiem na dziesiątą.", "PL")
    assert "Brna" not in _people("Kontejner odjíždí v pondělí z Brna.", "CZ")


def test_a_polish_first_name_called_opens_a_message() -> None:
    assert "Basiu" in _people("Dzięki za plik. Basiu, sprawdzisz jeszcze faktury?", "PL")


def test_finnish_names_to_and_from_someone_open_a_sentence_and_undo_the_weak_grade() -> None:
    people = _people("Kiitos viestistä. Sirkalle sopii perjantai, mutta Mattilta en ole kuullut.", "FI")
    assert {"Sirkalle", "Mattilta"} <= set(people)
    assert "Pekalta" in _people("Sain juuri Pekalta vahvistuksen.", "FI")  # Pekka, its double k weakened
    assert not _people("Kaikille sopii. Tampereelle toimitus lähtee maanantaina.", "FI")


def test_an_identity_cards_bilingual_keys_label_the_name_under_them() -> None:
    card = "Nom / Surname: GIRARD\nPrénoms / Given names: LUCIE\nNom de naissance: FAURE\nNationalité / Nationality: FRANÇAISE\n"
    people = _people(card, "FR")
    assert {"GIRARD", "LUCIE", "FAURE"} <= set(people)
    assert "FRANÇAISE" not in people


def test_ukrainian_surnames_with_their_case_endings_and_short_first_names_after_k() -> None:
    people = _people("Марта: я вже говорила з Бондаренком і з Ковальчуком. Марічці передам завтра.", "UA")
    assert {"Бондаренком", "Ковальчуком", "Марічці"} <= set(people)
    assert not _people("Вантаж їде з Полтави до Одеси.", "UA")


def test_short_forms_colleagues_write_are_names() -> None:
    assert "Wolfi" in _people("Kannst du dem Wolfi sagen, dass die Lieferung erst morgen kommt?", "AT")
    assert "Lucho" in _people("Hablé con Lucho y me dijo que el pedido sale el lunes.", "AR")
    assert "Zsófinak" in _people("Holnap megyünk, szólj Zsófinak is.", "HU")
    assert "Davo" in _people("Can you ask Davo to grab the keys from reception?", "AU")


def test_a_street_named_after_a_ukrainian_surname_is_no_one() -> None:
    assert not _people("Склад на вулиці Коваленка, магазин на вулиці Шевченка, Київ.", "UA")


def test_a_hungarian_first_name_with_to_or_with_opens_a_sentence() -> None:
    people = _people("Megvan a szerződés. Bencével holnap átnézzük, Dórinak pedig elküldöm.", "HU")
    assert "Bencével" in people
    assert not _people("Ezzel kész. Mindenkinek szól. Hétfőtől péntekig zárva.", "HU")


def test_a_listed_surname_alone_after_a_verb_that_takes_only_a_person() -> None:
    assert "Moretti" in _people("Ieri ho parlato con Moretti del preventivo.", "IT")
    assert "Ionescu" in _people("Ieri am vorbit cu Ionescu despre livrare.", "RO")
    assert "Delgado" in _people("Esta mañana hablé con Delgado sobre el pedido.", "ES")
    assert not _people("Falei com Bradesco e com Itaú sobre o boleto.", "BR")


def test_a_surname_with_its_initials_after_it_is_one_person() -> None:
    people = _people("Attendees: Fox, L.; Baker, S.-J.\nMinutes taken by Nowicki K.\n", "GB")
    assert {"Fox, L.", "Baker, S.-J.", "Nowicki K."} <= set(people)
    assert not _people("See Section A. and Appendix, C. for the figures; Plan B. stays.", "GB")
    assert not _people("Proveedor: Ferreira S.A., pedido 4471; transporte: Navarro S.L.", "ES")
