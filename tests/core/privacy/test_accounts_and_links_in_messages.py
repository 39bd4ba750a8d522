"""A short account after its bank's and branch's numbers and a personal site after a CV's
"Portfolio:" are hidden; a firm's links after a call to follow it and a meeting's number stay, but a
person's own link after such a call (in the next sentence, or said to be theirs) is hidden."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, spans_of_type


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("להחזר: בנק 20 סניף 481 חשבון 5531907", "5531907"),
        ("Refund to bank 04, branch 118, account 902214 please", "902214"),
        ("Depósito: banco 033, sucursal 4410, cuenta 88213", "88213"),
    ],
)
def test_an_account_after_its_branch_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_branch_then_an_amount_stays() -> None:
    assert not spans_of_type("Branch 12 account 300 EUR overdue", "ACCOUNT")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tomasz Wrona\nPortfolio: tomaszwrona.pl\nGitHub: github.com/twrona", "tomaszwrona.pl"),
        ("Inès Caron — illustratrice\nSite web : inescaron.fr", "inescaron.fr"),
    ],
)
def test_a_personal_site_without_www_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Marta Gil\nPanadería Gil\nSíguenos: instagram.com/panaderiagil · www.panaderiagil.es",
        "Follow us on instagram.com/kestrelbikes and facebook.com/kestrelbikes",
        "Вопросы — в группе студии vk.com/keramika_lavka",
    ],
)
def test_a_firms_links_after_a_call_to_follow_stay(text: str) -> None:
    assert not spans_of_type(text, "URL")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the call to follow ends with its sentence
        ("Suivez-nous sur LinkedIn. Mon profil : https://www.linkedin.com/in/claire-dupont-92", "claire-dupont-92"),
        ("Obserwuj nas na Facebooku! Prywatnie: facebook.com/anna.zielinska.77", "anna.zielinska.77"),
        # a word making the link the writer's own
        ("Follow us on Instagram or add me on LinkedIn: linkedin.com/in/oskar-lind-5b", "oskar-lind-5b"),
        ("Folgt uns auf Instagram – mein Profil: xing.com/profile/Jana_Roth3", "Jana_Roth3"),
        ("Síguenos en Facebook y escríbeme por mi perfil: facebook.com/nuria.casals.bcn", "nuria.casals.bcn"),
        ("Подписывайтесь на мой канал: t.me/ivan_petrov_sales", "ivan_petrov_sales"),
    ],
)
def test_a_persons_link_after_a_call_to_follow_a_firm_is_still_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Webex-vergadernummer: 2519 330 8841\nWachtwoord vergadering: zie agenda",
        "Meeting number: 2519 330 8841 (no passcode)",
    ],
)
def test_a_meetings_number_is_no_account_or_phone(text: str) -> None:
    assert not spans_of_type(text, "ACCOUNT") and not spans_of_type(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[9:10] Kemi: pls send your account for the refund\n[9:12] Tunde: Zenith 2081447733", "2081447733"),
        ("Ana: ¿me pasas tu cuenta para lo del alquiler?\nLuis: BBVA 0182 4020 0302 0155 9981", "0182 4020 0302 0155 9981"),
        ("[12.03.26, 10:01:00] Jörg: Schick mir bitte dein Konto für die Auslagen\n[12.03.26, 10:04:10] Lea: 1029 3847 56, Sparkasse",
         "1029 3847 56"),
    ],
)
def test_an_account_answering_a_request_for_one_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_an_order_number_answering_a_question_about_an_account_stays() -> None:
    assert not spans_of_type("Ann: which account did the invoice go to?\nBob: the order 4500123987 was paid", "ACCOUNT")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[14:02] Olu: her account number is\n[14:02] Olu: 3349012276\n[14:03] Ada: ok", "3349012276"),
        ("[09:20] Kai: meine neue Kontonummer:\n[09:20] Kai: 0204 5577 81", "0204 5577 81"),
    ],
)
def test_an_account_said_across_two_messages_is_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_chat_stamp_after_a_password_word_is_no_secret() -> None:
    text = "[10:01] Sam: the new wifi password is\n[10:01] Sam: Cobalt-Heron-58"
    assert covered(text, "Cobalt-Heron-58") and "[10:01]" not in spans_of_type(text, "SECRET")
