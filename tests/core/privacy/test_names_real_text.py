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
