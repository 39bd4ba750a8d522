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
        ("Kun je het contract sturen t.n.v. dhr. R.J. van der Meulen? Dank je.", ["dhr. R.J. van der Meulen"]),
        ("Ansprechpartner im Haus ist Hr. Gruber (Hausmeister).", ["Hr. Gruber"]),
        ("Bitte Rückmeldung an Fr. Zbinden.", ["Fr. Zbinden"]),
        ("poszła na spotkanie z panią Dąbrowską", ["panią Dąbrowską"]),
        ("Segue a morada para envio da encomenda da Sra. D. Conceição Magalhães:", ["Sra. D. Conceição Magalhães"]),
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


@pytest.mark.parametrize(
    ("text", "address", "country"),
    [
        ("He's moved to Unit 6/44 Beach Street, Coogee NSW 2034.", "Unit 6/44 Beach Street, Coogee NSW 2034", "AU"),
        ("Send it to:\nC/ Gran Vía 45, 3º izda., 48011 Bilbao\n\nGracias", "C/ Gran Vía 45, 3º izda., 48011 Bilbao", "ES"),
        ("Il a déménagé au 4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3.",
         "4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3", "CA"),
        ("по адресу: г. Екатеринбург, ул. Малышева, д. 51, кв. 108, 620014\nС уважением",
         "г. Екатеринбург, ул. Малышева, д. 51, кв. 108, 620014", "RU"),
        ("Адреса: вул. Городоцька, 174, кв. 21, Львів, 79022", "вул. Городоцька, 174, кв. 21, Львів, 79022", "UA"),
        ("〒530-0001 大阪府大阪市北区梅田2丁目4-9 ブリーゼタワー12階\nご担当", "〒530-0001 大阪府大阪市北区梅田2丁目4-9 ブリーゼタワー12階", "JP"),
        ("请寄到上海市浦东新区张江路88号3号楼502室，邮编201203，谢谢", "上海市浦东新区张江路88号3号楼502室，邮编201203", "CN"),
        ("Địa chỉ: Số 18 ngõ 42 phố Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, Hà Nội.",
         "Số 18 ngõ 42 phố Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, Hà Nội", "VN"),
        ("العنوان: ص.ب 4821، دبي\nشكرا", "ص.ب 4821، دبي", "AE"),
    ],
)
def test_whole_addresses_with_unit_town_and_postcode_in_their_countries_formats(text: str, address: str, country: str) -> None:
    assert address in [s.original for s in redact_text(text, country=country).spans if s.type == "ADDRESS"]


def test_a_word_and_a_year_after_a_street_are_not_its_town() -> None:
    spans = [s.original for s in redact_text("Wir treffen uns Hauptstraße 5, Raum 12 um 10 Uhr.", country="DE").spans]
    assert "Hauptstraße 5" in spans[0] and "Raum" not in spans[0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hi Luz,\n\nQuick one - can you ship it today?", ["Luz"]),
        ("Hola Paz,\n\nte reenvío lo de ayer.", ["Paz"]),
        ("[16:02] fede: chi ha le chiavi?\n[16:03] gianlu: le ha Sole credo\n[16:03] fede: Sole è in ferie",
         ["fede", "gianlu", "Sole", "fede", "Sole"]),
        ("Em gửi lại địa chỉ cho anh Nguyễn Văn Thắng hôm qua.\nCảm ơn chị,\nPhạm Thu Trang", ["Nguyễn Văn Thắng", "Phạm Thu Trang"]),
        ("السيد خالد المنصوري المحترم،\nيرجى التواصل مع الأستاذة فاطمة الزهراء.\n\nمع التحية،\nيوسف حداد",
         ["خالد المنصوري", "فاطمة الزهراء", "يوسف حداد"]),
    ],
)
def test_greeted_chat_capitalised_vietnamese_and_arabic_names(text: str, names: list[str]) -> None:
    assert [n for n in _hidden(text) if n in names] == names


@pytest.mark.parametrize(
    "text",
    [
        "Dear Accounts,\nPlease pay the attached invoice.",
        "Hi team,\nthe build is green.",
        "[10:14] kemi: has anyone seen the NDA from Harlow Ventures?\n[10:15] dougie: no",
        "[10:30] cathal: it's been the same since the Kildare job\n[10:31] ollie: ok",
        "[17:45] ollie: someone from Harrow branch rang\n[17:46] bex: ok",
        "[09:04] kenji: k, and Lowe's?\n[09:05] aaliyah: still me",
        "[09:04] kenji: we meet in sala Picasso at 3\n[09:05] aaliyah: ok",
    ],
)
def test_departments_firms_and_places_in_greetings_and_chats_stay(text: str) -> None:
    hidden = [s.original for s in redact_text(text, country="GB").spans if s.type == "PERSON"]
    assert not {"Accounts", "team", "Harlow", "Kildare", "Harrow", "Low", "Lowe", "Picasso"} & set(hidden)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("> On 13 Mar 2025, at 17:40, the client wrote:", "GB"),
        ("Betreff: AW: Rechnung 4471\n\nBetreff: Rechnung 4471", "DE"),
        ("[08:55] jule: moin, wer hat den Schlüssel?\n[08:56] ole: ich", "DE"),
        ("Chào chị,\n\nEm gửi lại.\n\nCảm ơn chị,", "VN"),
    ],
)
def test_dates_mail_headers_and_greetings_are_no_names_or_addresses(text: str, country: str) -> None:
    found = [s.original for s in redact_text(text, country=country).spans]
    assert not {"13 Mar 2025", "Mar", "Betreff", "moin", "Chào", "Cảm"} & set(found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nachname;Vorname;Ort\nNguyen;Van Long;Köln\nSchmitz;Hildegard;Bonn", ["Nguyen", "Van Long", "Schmitz", "Hildegard"]),
        ("पार्सल राजेश शर्मा के नाम पर होना चाहिए।", ["राजेश शर्मा"]),
        ("मेरे भाई राजेश का नंबर दीजिए", ["राजेश"]),
    ],
)
def test_name_columns_of_everyday_words_and_devanagari_names_with_their_surname(text: str, names: list[str]) -> None:
    assert _hidden(text) == names


def test_a_name_column_holding_a_total_row_leaves_the_total() -> None:
    assert "Total" not in _hidden("Vorname;Betrag\nHildegard;12\nTotal;12")


def test_a_month_that_is_a_first_name_before_a_rare_surname_is_a_person() -> None:
    assert _hidden("His partner Mai Nakamura will co-sign.", "GB") == ["Mai Nakamura"]
    assert _hidden("Die Lieferung kommt im Mai, am Donnerstag.", "DE") == []


@pytest.mark.parametrize(
    ("text", "expected", "country"),
    [
        ("[09:13] Аня: Петров вчера брал\n[09:13] Костя: спасибо, напишу Петрову", ["Аня", "Петров", "Костя", "Петрову"], "RU"),
        ("Передайте Сидоровой отчёт.", ["Сидоровой"], "RU"),
        ("Son collègue M. Le Goff peut aussi signer.", ["M. Le Goff"], "FR"),
        ("Unterlagen für Herrn Dipl.-Ing. Friedhelm Oltmanns.", ["Herrn Dipl.-Ing. Friedhelm Oltmanns"], "DE"),
        ("A encomenda para o Sr. Eng. Duarte Figueiredo deve seguir.", ["Sr. Eng. Duarte Figueiredo"], "PT"),
        ("surname,forename,town\nWhitfield,Hope,York", ["Whitfield", "Hope"], "GB"),
        ("Szanowna Pani\nBożena Zawadzka-Lis", ["Bożena Zawadzka-Lis"], "PL"),
        ("민수: 내일 미팅에 정 부장님 오세요?\n하은: 네 오세요", ["민수", "정", "하은"], "KR"),
        ("Lindenstraße 22, 2. OG links, 26122 Oldenburg", ["Lindenstraße 22, 2. OG links, 26122 Oldenburg"], "DE"),
        ("Il habite 37 bis avenue Jean-Jaurès, appt 12, 38000 Grenoble.", ["37 bis avenue Jean-Jaurès, appt 12, 38000 Grenoble"], "FR"),
        ("Em gửi đến Số 25 đường Lê Lợi, phường Bến Nghé, quận 1, TP. Hồ Chí Minh.",
         ["Số 25 đường Lê Lợi, phường Bến Nghé, quận 1, TP. Hồ Chí Minh"], "VN"),
    ],
)
def test_lone_cyrillic_surnames_french_and_engineering_titles_forename_columns_and_floors(
    text: str, expected: list[str], country: str
) -> None:
    assert _hidden(text, country) == expected


def test_a_cyrillic_town_after_a_preposition_is_no_surname() -> None:
    assert _hidden("Мы были в Кирове и в Саратове.", "RU") == []


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Von: Sonne, Katrin\n\nHallo Frau Sonne, Katrin hier.", "DE", "Von: [PERSON_1]\n\nHallo [PERSON_1], [PERSON_1] hier."),
        ("Dr. Nguyen Thi Thu Ha (owner). Later Ha wants pricing.", "US", "[PERSON_1] (owner). Later [PERSON_1] wants pricing."),
        ("Te reenvío lo que me pasó Paz del departamento.\nDe: Paz Morales", "ES",
         "Te reenvío lo que me pasó [PERSON_1] del departamento.\nDe: [PERSON_1]"),
    ],
)
def test_one_person_keeps_one_placeholder_across_surname_first_given_name_and_first_name_forms(
    text: str, country: str, expected: str
) -> None:
    assert redact_text(text, country=country).text == expected


def test_a_first_name_opening_a_sentence_or_after_an_article_is_left_to_the_other_rules() -> None:
    from desktop.core.privacy.coref import first_name_mentions

    text = "De: Paz Morales\nPaz. The Paz Hotel. la Paz del barrio."
    assert first_name_mentions(text, ["Paz Morales"], [(4, 15)]) == []


def test_a_name_with_initials_and_particle_after_tnv_and_care_of() -> None:
    assert _hidden("Factuur t.n.v. J. de Vries, afdeling inkoop.", "NL") == ["J. de Vries"]
    assert _hidden("Graag overmaken t.n.v. Bakkerij Van den Broek.", "NL") == []
