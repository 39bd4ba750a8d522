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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("いつもお世話になっております。株式会社ミナト物流の佐々木です。", ["佐々木"]),
        ("请寄到公司前台，收件人李晓燕，电话见附件。", ["李晓燕"]),
        ("小刘: 今天谁值班？\n张婷: 赵磊和我\n小刘: 好的", ["小刘", "张婷", "赵磊", "小刘"]),
        ("備註：由太太黃美玲代收包裹。", ["黃美玲"]),
        ("氏名：小林 健太\nフリガナ：コバヤシ ケンタ", ["小林 健太", "コバヤシ ケンタ"]),
    ],
)
def test_east_asian_names_by_relation_recipient_firm_and_reading(text: str, names: list[str]) -> None:
    assert _hidden(text, "CN") == names


@pytest.mark.parametrize("text", ["客戶：\n備註：請於週五前回覆。\n地址：", "总结和计划见附件。", "这是我的书です。", "我和你一起去。"])
def test_east_asian_labels_and_plain_sentences_stay(text: str) -> None:
    assert [s.original for s in redact_text(text, country="CN").spans if s.type == "PERSON"] == []
