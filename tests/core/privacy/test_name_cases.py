"""First names in another case with no apostrophe: Polish and Czech endings, and the owner's
"s" of German, Dutch and the Nordic languages; the same words left where no name is meant."""

from __future__ import annotations

from desktop.core.privacy import redact_text
from desktop.core.privacy.name_suffixes import declined_names
from desktop.core.privacy.redact import _case_thing, _listed_first


def _people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_polish_and_czech_cases_of_a_first_name_are_people() -> None:
    assert "Bogdanowi" in _people("Umowę proszę przekazać Bogdanowi do podpisu.", "PL")
    assert "Wojciechem" in _people("Jutro spotykam się z Wojciechem w sprawie dostawy.", "PL")
    assert "Radkovi" in _people("Fakturu jsem poslala Radkovi včera večer.", "CZ")


def test_an_owner_written_with_a_bare_s_is_a_person() -> None:
    assert "Sörens" in _people("Morgen ist Sörens letzter Arbeitstag vor dem Urlaub.", "DE")
    assert "Mikaels" in _people("Har någon sett Mikaels nya dator?", "SE")


def test_firms_streets_and_titles_are_left() -> None:
    assert not declined_names("Die Flyer von Siemens Healthineers liegen bereit.", "DE", _listed_first, _case_thing)
    assert not declined_names("Biuro przy alei Jana Pawła II w Krakowie.", "PL", _listed_first, _case_thing)
    assert not declined_names("Proszę przekazać Pana uwagi do działu.", "PL", _listed_first, _case_thing)


def test_no_ending_is_read_outside_the_languages_that_decline_names() -> None:
    assert not declined_names("The meeting is at Collins Street, and Barclays calls at 3.", "AU", _listed_first, _case_thing)
    assert not declined_names("I spoke to Pawłowi yesterday", "US", _listed_first, _case_thing)


def test_a_town_in_the_genitive_is_no_surname() -> None:
    assert "Львова" not in _people("Тарасе, клієнт зі Львова чекає на дзвінок", "UA")
    assert any("Петров" in name for name in _people("Завтра Петров едет из Ростова в Москву", "RU"))
    assert "Харькова" not in _people("Груз отправили до Харькова, ждём подтверждения", "UA")


def test_hungarian_cases_and_the_family_ending_are_people() -> None:
    found = _people("Holnap beszélek Gáborral, aztán küldd el Zsuzsának a szerződést.", "HU")
    assert "Gáborral" in found and any(name.endswith("Zsuzsának") for name in found)
    assert "Horváthék" in _people("Vasárnap este Horváthék is átjönnek hozzánk.", "HU")


def test_hungarian_places_and_verbs_in_the_same_cases_are_left() -> None:
    assert _people("A Dunához megyünk, aztán a Balatonnál alszunk. Kérték, hogy hívjuk fel őket.", "HU") == []


def test_a_finnish_name_that_is_a_word_elsewhere_before_with() -> None:
    assert "Villen" in _people("Kävin eilen Villen kanssa läpi Valion tarjouksen.", "FI")  # (ville: a town in French)


def test_possessive_forms_of_czech_slovak_croatian_and_romanian_names() -> None:
    assert "Pavlovo" in _people("Zítra vezmu Pavlovo auto do servisu.", "CZ")
    assert "Zuzkin" in _people("Pošli mi prosím Zuzkin návrh do piatku.", "SK")
    assert "Ivanin" in _people("Jučer sam pročitao Ivanin prijedlog.", "HR")
    assert "Ioanei" in _people("Am primit ieri propunerea Ioanei pentru client.", "RO")


def test_an_owners_s_after_a_hyphenated_first_name() -> None:
    assert "Lars-Eriks" in _people("Nu är det Lars-Eriks tur att boka lokalen.", "SE")


def test_towns_in_the_same_cases_stay() -> None:
    assert _people("Jedeme do Berlina a pak do Vídně.", "CZ") == []
