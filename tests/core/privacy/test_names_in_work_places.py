"""Names where work text files them: a mail header's From/To in Greek, Arabic, Hebrew, Hindi and
other languages, "Surname, Given" before an address in a reply line, folders, branches and merge
lines named after people, titles of address in more languages (Maître, úr, пані, κυρία), initials
of hyphenated given names, and speakers named with everyday words; with their look-alikes."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def _people(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Από: Παπαδόπουλος Γιώργος <g.papadopoulos@aegeanfoods.gr>\nΘέμα: Παραγγελία", "GR", "Παπαδόπουλος Γιώργος"),
        ("Προς: κα Νικολάου; κ. Δημητρίου\nΘέμα: Τιμολόγιο", "GR", "Νικολάου"),
        ("من: أحمد الشامسي\nالموضوع: عقد الصيانة", "AE", "أحمد الشامسي"),
        ("מאת: נועה כהן\nאל: יוסי לוי; מיכל\nנושא: חוזה", "IL", "מיכל"),
        ("Кому: пан Шевченко; пані Бондар\nТема: Звіт", "UA", "Бондар"),
        ("Feladó: Kovács Péter\nCímzett: Nagy Katalin\nTárgy: Szerződés", "HU", "Nagy Katalin"),
    ],
)
def test_mail_header_slots_in_more_languages_hold_people(text: str, country: str, person: str) -> None:
    assert any(person in found for found in _people(text, country))  # (a title may be hidden with the name)


@pytest.mark.parametrize(
    ("text", "country", "keys"),
    [
        ("प्रेषक: राजेश शर्मा\nप्रति: सुनीता वर्मा जी\nविषय: बैठक", "IN", {"प्रेषक", "प्रति", "विषय"}),
        ("Từ: Nguyễn Văn Hùng\nĐến: chị Trần Thị Mai\nChủ đề: Báo giá", "VN", {"Từ", "Chủ"}),
        ("من: فريق المبيعات\nإلى: قسم الموارد البشرية", "AE", {"فريق المبيعات", "قسم الموارد البشرية"}),
    ],
)
def test_header_keys_and_teams_in_those_languages_are_not_people(text: str, country: str, keys: set[str]) -> None:
    assert not keys & set(_people(text, country))


def test_surname_comma_given_before_an_address_is_read_with_the_address_that_spells_it() -> None:
    text = "On Tue 3 Nov, O'Sullivan, Ciarán <ciaran.osullivan@tidewell.ie> wrote:\n> any news on the lease?"
    assert "O'Sullivan, Ciarán" in _people(text, "IE")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("$ git branch -a\n  main\n  feature/kenji-login\n  release/2026.11", "kenji"),
        ("remotes/origin/fix/anna-k-timezone", "anna-k"),
        ("a91c2f0 Merge pull request #233 from mnowak/fix-export", "mnowak"),
        ("oui dans /Clients/Lefevre_Claire/contrat_2026.pdf", "Lefevre_Claire"),
        ("lo tengo en la carpeta Contratos/Ortega_Beatriz\n", "Ortega_Beatriz"),
    ],
)
def test_folders_branches_and_merged_branches_named_after_people(text: str, person: str) -> None:
    assert person in _people(text)


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("  feature/grace-period\n  fix/mark-as-read\n  feature/login-sso\n  hotfix/invoice-rounding", {"grace", "mark", "login"}),
        ("see /Reports/Annual_Review/2026 and /srv/Data_Export/", {"Annual_Review", "Data_Export"}),
        ("a91c2f0 Merge pull request #233 from acme/fix-export\n77de013 Revert \"Fix export\"", {"Merge", "Revert", "acme"}),
        ("Interview_Scorecard_Template.xlsx and CV_Template_EN.docx", {"Scorecard", "Template"}),
    ],
)
def test_branches_folders_logs_and_blank_forms_that_name_no_one(text: str, things: set[str]) -> None:
    assert not things & set(_people(text))


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Bonjour, Maître Dupont confirme le rendez-vous du 12.", "FR", "Dupont"),
        ("Szabó úr jóváhagyta a szerződést.", "HU", "Szabó"),
        ("günaydın, Can bey geldi mi?", "TR", "Can"),
        ("Пані Бондар перевірить цифри до середи.", "UA", "Бондар"),
        ("Αγαπητή κυρία Νικολάου,\n\nη παραγγελία φεύγει την Τρίτη.", "GR", "Νικολάου"),
    ],
)
def test_titles_of_address_in_more_languages_mark_the_name(text: str, country: str, person: str) -> None:
    assert any(person in found for found in _people(text, country))


def test_a_town_or_a_year_after_the_russian_abbreviation_is_no_one() -> None:
    assert not _people("Офис в г. Москва, договор от 2024 г. Подписан.", "RU")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Last touch: call with M.-L. Dubois 2026-11-20, she wants pricing", "M.-L. Dubois"),
        ("Cordialement,\nS. Van Damme", "S. Van Damme"),
    ],
)
def test_initials_of_a_hyphenated_given_name_and_before_a_capitalised_particle(text: str, person: str) -> None:
    assert person in _people(text)


def test_a_speaker_named_with_a_frequent_word_is_that_word_elsewhere_unless_addressed() -> None:
    text = ("[09:02] jess: morning all\n[09:03] mark: running late\n[09:05] mark: pls mark the Q3 tickets as done\n"
            "[09:06] jess: thx mark")
    spans = [(s.input_start, s.original) for s in redact_text(text, country="US").spans if s.type == "PERSON"]
    verb = text.index("mark the")
    thanked = text.rindex("mark")
    assert (verb, "mark") not in spans
    assert (thanked, "mark") in spans


def test_a_question_or_a_message_opening_with_a_frequent_word_speaker_still_names_them() -> None:
    asked = "will: did rose send the invoice yet\nrose: yes this morning\nwill: ok"
    assert sum("rose" in found for found in _people(asked)) == 2
    called = "[18:02] ale: chi apre domani?\n[18:06] ale: fede??\n[18:10] fede: apro io"
    assert _people(called, "IT").count("fede") == 2


def test_a_first_name_signed_in_lowercase_does_not_make_it_a_plain_word() -> None:
    text = ("On Tue, O'Sullivan, Ciarán <ciaran.osullivan@tidewell.ie> wrote:\n> Niamh – any news on the lease?\n\n"
            "no news yet, chasing her again tmrw\nniamh")
    assert "Niamh" in _people(text, "IE")


def test_the_surname_of_an_initials_login_is_the_same_person() -> None:
    assert "Lefebvre" in _people("Owner: m.lefebvre\nNext step: Lefebvre to send quote", "CA")


def test_a_first_name_of_a_named_person_addressed_at_a_sentence_start() -> None:
    text = "To: Will Harrington, Grace Achterberg\n\nThe will signing is Tuesday. Will, please bring the deed."
    spans = [(s.input_start, s.original) for s in redact_text(text, country="GB").spans if s.type == "PERSON"]
    assert (text.index("Will,"), "Will") in spans
    assert all(original != "will" for _, original in spans)


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("ありがとうございます。Kenji-sanにも伝えます", "JP", "Kenji"),
        ("Με εκτίμηση,\nΓ. Παπαδόπουλος", "GR", "Γ. Παπαδόπουλος"),
        ("Доброго дня, пане Тарасе!", "UA", "пане Тарасе"),
    ],
)
def test_honorifics_glued_to_japanese_greek_initials_and_ukrainian_vocatives(text: str, country: str, person: str) -> None:
    assert person in _people(text, country)
