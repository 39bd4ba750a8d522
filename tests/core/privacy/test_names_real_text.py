"""Names and addresses as people write them in other scripts and languages (dev8's categories)."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str = "DE") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type in ("PERSON", "ADDRESS")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Дима: кто сегодня дежурит?\nЛена: Серёга, но он опаздывает\nДима: ок", ["Дима", "Лена", "Серёга", "Дима"]),
        ("Примітка: замовлення забере син, Тарас.", ["Тарас"]),
        ("Передайте документы Тарасу до обеда.", ["Тарасу"]),
        ("Присутствовали: Иванов И.И., Сидорова А.В.\nИванов - отчёт до пятницы.", ["Иванов И.И.", "Сидорова А.В.", "Иванов"]),
        ("Согласовано: А.П. Кузнецова, бухгалтерия.", ["А.П. Кузнецова"]),
    ],
)
def test_cyrillic_first_names_initials_and_repeated_surnames_are_hidden(text: str, names: list[str]) -> None:
    assert _hidden(text, "RU") == names


@pytest.mark.parametrize(
    "text",
    ["Вера в успех проекта помогает команде.", "Слава богу, сервер снова работает.", "Отчёт: Москва, Ростов, Казань."],
)
def test_cyrillic_everyday_words_and_places_stay(text: str) -> None:
    assert _hidden(text, "RU") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kun je het contract sturen t.n.v. dhr. R.J. van der Meulen? Dank je.", ["R.J. van der Meulen"]),
        ("Ansprechpartner im Haus ist Hr. Gruber (Hausmeister).", ["Gruber"]),
        ("Bitte Rückmeldung an Fr. Zbinden.", ["Zbinden"]),
        ("poszła na spotkanie z panią Dąbrowską", ["Dąbrowską"]),
        ("Segue a morada para envio da encomenda da Sra. D. Conceição Magalhães:", ["Conceição Magalhães"]),
        ("contact via dochter, Marloes van 't Hek, die ook volmacht heeft.", ["Marloes van 't Hek"]),
        ("Caller: Dafydd ap Rhys (Finance)", ["Dafydd ap Rhys"]),
        ("Von: Sonne, Katrin <katrin.sonne@example.de>\nBetreff: Rechnung", ["Sonne, Katrin"]),
        ("ALL COUNTS TO MAUREEN IN HEAD OFFICE BY 5PM.\nANY QUERIES TO KIERAN O'DONNELL ON EXT 2241.", ["MAUREEN", "KIERAN O'DONNELL"]),
    ],
)
def test_titles_initials_particles_and_capitals_of_other_languages(text: str, names: list[str]) -> None:
    assert [n for n in _hidden(text) if n in names] == names


@pytest.mark.parametrize(
    "text", ["SOLICITUD DE ALTA\nNombre: ", "IBAN: DE89 3704 0044 0532 0130 00", "Fr. 14.03. geschlossen, Sa. offen."]
)
def test_headings_labels_and_weekday_abbreviations_stay(text: str) -> None:
    assert [s.original for s in redact_text(text, country="DE").spans if s.type == "PERSON"] == []
