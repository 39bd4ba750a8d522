"""Places, rooms and firms built from a person's name are not hidden as people; the people
written beside them still are."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text
from desktop.core.privacy.not_people import names_a_place_or_firm


def hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "find"),
    [
        ("We meet at Heuston Station at 17:30.", "Heuston Station"),
        ("Spotkanie na Dworcu Centralnym o 10:00.", "Dworcu Centralnym"),
        ("Buluşma Atatürk Havalimanı'nda, saat 9.", "Atatürk Havalimanı'nda"),
        ("Volo per l'aeroporto Marco Polo di Venezia.", "Marco Polo"),
        ("La réunion est salle Victor Hugo, 2e étage.", "Victor Hugo"),
        ("Treffpunkt: Ausgang Gustav Mahlerplein.", "Gustav Mahlerplein"),
        ("Teklif Koç Holding'e gitti.", "Koç Holding'e"),
        ("Rientro con ITA Airways da Parigi.", "ITA Airways"),
    ],
)
def test_a_place_room_or_firm_word_in_or_around_a_find_names_a_thing(text: str, find: str) -> None:
    start = text.index(find)
    assert names_a_place_or_firm(text, start, start + len(find))


@pytest.mark.parametrize(
    ("text", "find"),
    [
        ("Ask Leon Park to approve the order.", "Leon Park"),
        ("Customer: Emilia Puente, renewal in May.", "Emilia Puente"),
        ("Forwarded via Jessica Holm this morning.", "Jessica Holm"),
        ("Please call Ms Aubrey Plaza back.", "Aubrey Plaza"),
    ],
)
def test_a_surname_that_is_also_a_place_word_stays_a_person(text: str, find: str) -> None:
    start = text.index(find)
    assert not names_a_place_or_firm(text, start, start + len(find))


def test_places_and_firms_named_after_people_are_not_hidden_but_the_people_beside_them_are() -> None:
    text = (
        "Hi Harriet,\nMorgan Stanley sent the mandate; Baker McKenzie does the SPA and Gleiss Lutz the German part.\n"
        "We meet at the Gare Saint-Lazare, then salle Victor Hugo. Flights via Sabiha Gökçen.\n"
        "Thanks,\nOluwaseun Adebayo"
    )
    assert hidden(text) == ["Harriet", "Oluwaseun Adebayo"]


def test_template_sample_names_are_not_hidden() -> None:
    text = "Beispiel im Formular: Max Mustermann, und im Vertrag Erika Mustermann. Unterschrieben: Jörg Ehrenfeld"
    assert hidden(text, "DE") == ["Jörg Ehrenfeld"]


def test_a_brand_in_a_table_is_not_hidden_but_a_title_still_makes_a_person() -> None:
    assert "Oetker" not in " ".join(hidden("Zusagen: Dr. Oetker, Haribo und Bahlsen.", "DE"))
    assert hidden("Ms. Austin flew in on Sunday morning.", "US") == ["Ms. Austin"]


def test_a_word_of_a_listed_firm_written_around_it_is_not_hidden() -> None:
    text = "The fees of Slaughter and May; drinks: Dr Pepper. Signed, Rosalind Achebe-Grant"
    assert hidden(text) == ["Rosalind Achebe-Grant"]


def test_months_headings_and_certifications_of_more_languages_are_not_people() -> None:
    assert hidden("Maj i czerwiec — akcja w sklepach. Osoba kontaktowa: Marzena Kaczmarczyk", "PL") == [
        "Marzena Kaczmarczyk"
    ]
    assert "Scrum Master" not in hidden("Certifications: Scrum Master, Six Sigma Green Belt", "US")


@pytest.mark.parametrize(
    ("text", "find"),
    [
        ("Education: University of Warwick, BSc Economics", "Warwick"),
        ("Founded as Hale Brothers Repair in 1962.", "Hale"),
        ("Deprecated: the Morgan theme and the default layout.", "Morgan"),
    ],
)
def test_a_place_of_or_a_firm_or_product_word_after_makes_a_thing(text: str, find: str) -> None:
    start = text.index(find)
    assert names_a_place_or_firm(text, start, start + len(find))


def test_a_firm_word_in_the_next_column_of_a_table_does_not_make_a_firm() -> None:
    text = "Name            Dept       Ext\nAnneke Visser   Legal      2214\n"
    start = text.index("Anneke Visser")
    assert not names_a_place_or_firm(text, start, start + len("Anneke Visser"))


def test_an_unknown_word_opening_a_sentence_before_a_listed_firm_does_not_make_a_person() -> None:
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.not_people import names_a_thing

    text = "Vi mødes kl. 9. Bagefter Novo Nordisk i Bagsværd."
    start = text.index("Bagefter")
    assert names_a_thing(text, start, start + len("Bagefter Novo Nordisk"), lexicon())
    signed = "Contato interno: Thaís Albuquerque, ramal 2041"
    start = signed.index("Thaís")
    assert not names_a_thing(signed, start, start + len("Thaís Albuquerque"), lexicon())


def test_an_assistant_named_like_a_person_is_a_product_only_where_ai_is_near() -> None:
    assert hidden("can we use Claude or GPT for the Pfizer summary? legal said no uploads to Gemini", "US") == []
    assert hidden("Bonjour Claude,\nvoici le devis pour jeudi.\nCordialement, Gaëlle Tanguy", "FR") == [
        "Claude", "Gaëlle Tanguy"
    ]


@pytest.mark.parametrize(
    ("text", "find"),
    [
        ("Danach Mittagessen, Raum Ferdinand im 2. OG", "Raum Ferdinand"),
        ("2024-03-11 08:00:09 WARN  Belegnummer doppelt", "WARN  Belegnummer"),
        ("we became Hale Equipment in 1979", "Hale"),
    ],
)
def test_a_room_a_log_level_or_a_firm_word_after_makes_a_thing(text: str, find: str) -> None:
    start = text.index(find)
    assert names_a_place_or_firm(text, start, start + len(find))


def test_a_listed_place_after_a_particle_makes_a_registry_not_a_person() -> None:
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.not_people import names_a_thing

    text = "Sede inscrita en el Registro Mercantil de Madrid, hoja M-647892."
    start = text.index("Registro")
    assert names_a_thing(text, start, start + len("Registro Mercantil de Madrid"), lexicon())
    person = "Firmado: Juan Pérez de Madrid"
    start = person.index("Juan")
    assert not names_a_thing(person, start, len(person), lexicon())


def test_job_titles_events_train_lines_and_tools_are_not_people() -> None:
    text = (
        "Head of Customer Success and Vice President Sales attended the Champions League final.\n"
        "Arrival Heathrow T2, then the Elizabeth line. Skills: Lean, Kaizen, Adobe InDesign, PwC audit.\n"
        "Thanks Elizabeth, see you there."
    )
    assert hidden(text) == ["Elizabeth"]


def test_centres_and_restaurants_are_places_but_surnames_like_porta_are_not() -> None:
    assert hidden("Toplantı sonrası Zorlu Center, akşam yemeği Casa Lucio.", "TR") == []
    assert hidden("El técnico pasa por la casa de Milagros Echeverría.", "ES") == ["Milagros Echeverría"]
    assert hidden("Ci vediamo con Giulia Porta e Marco Piazza domani.", "IT") == ["Giulia Porta", "Marco Piazza"]


def test_a_job_word_before_a_first_name_does_not_hide_the_person() -> None:
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.not_people import names_a_thing

    text = "Firmado: Directora Ana López Navarro"
    start = text.index("Directora")
    assert not names_a_thing(text, start, len(text), lexicon())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I met Sarah Station at the airport yesterday.", "Sarah Station"),
        ("Please ask Maria Center about the invoice.", "Maria Center"),
        ("Call Emma Lines on 07700 900 123.", "Emma Lines"),
    ],
)
def test_a_first_name_with_a_surname_that_is_a_place_or_firm_word_stays_a_person(text: str, name: str) -> None:
    assert name in hidden(text)


def test_seasons_written_with_a_capital_are_not_people_but_a_mr_winter_is() -> None:
    assert hidden("Sommer und Winter haben andere Öffnungszeiten.", "DE") == []
    assert hidden("Danke, Herr Winter, bis morgen.\nGruß\nKlaus Winter", "DE") == ["Herr Winter", "Klaus Winter"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Fuhrpark: der Mercedes Citan geht zurück, neu kommt ein Ford Tourneo.", "Mercedes Citan"),
        ("Our vans: Ford Transit and Mercedes Sprinter, both leased.", "Mercedes Sprinter"),
        ("Warehouses: Spokane WA, Boise ID and Fresno CA.", "Spokane WA"),
        ("Frete contratado com a Transportadora Serra Azul para sexta.", "Transportadora Serra Azul"),
        ("Arte da campanha Dia dos Namorados aprovada ontem.", "Dia dos Namorados"),
        ("Catering geliefert von Corvina Foods, Rechnung folgt.", "Corvina Foods"),
    ],
)
def test_makes_regions_trades_and_firm_words_are_not_people(text: str, thing: str) -> None:
    assert not any(thing in h or h in thing for h in hidden(text, "US"))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mercedes Ruiz approved the fleet budget.", "Mercedes Ruiz"),
        ("Please call Otis Redmond about the invoice.", "Otis Redmond"),
    ],
)
def test_a_make_before_a_surname_is_still_a_person(text: str, person: str) -> None:
    assert person in hidden(text, "US")


@pytest.mark.parametrize(
    "text",
    [
        "New vans for the yard: Ram ProMaster and Ford F-150.",
        "Die Verpackung von Nestlé-Zulieferern kommt erst Montag.",
        "Die Hertz Lkw-Vermietung holt den Wagen morgen ab.",
    ],
)
def test_a_model_after_its_make_and_a_noun_before_von_are_things(text: str) -> None:
    assert hidden(text, "DE") == []


def test_a_noble_name_after_von_is_still_a_person() -> None:
    assert any("Karl von Bülow" in h for h in hidden("Anruf von Karl von Bülow wegen Vertrag.", "DE"))


@pytest.mark.parametrize(
    "text",
    [
        "Katalog teslim 20 Eylül, sevkiyat 14 Haziran'da.",
        "Sommer: Lieferfenster Mo–Mi, danach Do–Fr.",
        "Servis için Sabiha Gökçen'den kalkış 9:00.",
    ],
)
def test_a_month_after_a_day_a_weekday_range_and_a_listed_airport_are_not_people(text: str) -> None:
    assert hidden(text, "TR") == []


def test_a_month_name_that_is_a_first_name_is_still_a_person_before_a_surname() -> None:
    assert "Eylül Aksoy" in hidden("Eylül Aksoy aradı, 20 Eylül için teklif istiyor.", "TR")


def test_a_town_named_after_a_saint_is_not_a_person() -> None:
    assert hidden("Neue Filialen in São Bernardo do Campo und Saint-Priest ab Mai.", "DE") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [("Bu yıl fuara 18 m² stantla katılıyoruz.", "TR"), ("Vid frågor, kontakta kundtjänst.", "SE")],
)
def test_a_frequent_word_that_is_also_a_first_name_opens_a_sentence(text: str, country: str) -> None:
    assert hidden(text, country) == []


def test_a_weekday_after_a_time_word_is_not_a_person() -> None:
    assert hidden("ok, Kaufland hat verschoben auf Freitag, Leergut bis Montag", "DE") == []


def test_a_department_signing_a_chinese_mail_is_not_a_person_and_a_name_after_one_still_is() -> None:
    assert hidden("附件是报价单，请确认。\n\n谢谢！\n销售部", "CN") == []
    assert any("森田" in h for h in hidden("人事部 森田様\n\nお疲れ様です。口座の変更をお願いします。", "JP"))


@pytest.mark.parametrize(("text", "name"), [("Ciao,\nfatto. Ci sentiamo domani.\nVito", "Vito"),
                                            ("Thanks for the quick fix.\nOtis", "Otis")])
def test_a_first_name_that_is_also_a_model_or_a_make_still_signs_a_mail(text: str, name: str) -> None:
    assert name in hidden(text, "IT")
