"""Names written in shapes other than "First Last": surname first, initials, capitals, scripts."""

from __future__ import annotations

import pytest

from bench.privacy_handwritten import DEV, DEV2, DEV3, DEV4, FROZEN, FROZEN2, SPLITS, load
from desktop.core.privacy import redact_text


def _people(text: str, country: str = "US") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    "text, person",
    [
        ("From: Okafor, Jude\nSent: Mon 3/4/2024 9:00 AM\nSubject: rota\n\nJude here, rota attached.", "Okafor, Jude"),
        ("Brennan, Lucy 11:40 AM\nshipment left the depot\nPatel, Arjun 11:42 AM\nthanks Lucy", "Brennan, Lucy"),
        ("Brennan, Lucy 11:40 AM\nshipment left the depot\nPatel, Arjun 11:42 AM\nthanks Lucy", "Patel, Arjun"),
    ],
)
def test_surname_first_is_one_person(text: str, person: str) -> None:
    assert person in _people(text)


def test_place_and_team_pairs_on_their_own_line_stay() -> None:
    assert _people("Agenda\nParis, France\nSales, Europe\nRooms booked under the team name.") == []


def test_dev4_is_development_new_and_reported() -> None:
    docs = load(DEV4)
    assert len(docs) >= 10 and all(doc.labels for doc in docs if "Paris" not in doc.text)
    others = {doc.text for path in (DEV, DEV2, DEV3, FROZEN, FROZEN2) for doc in load(path)}
    assert not others & {doc.text for doc in docs}
    assert SPLITS["hand-written dev4"] == (DEV4,)
    assert all(DEV4 not in paths for name, paths in SPLITS.items() if "FROZEN" in name)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Viele Grüße\nP. Schönfeld", "P. Schönfeld"),
        ("Für Rückfragen bitte an T. Obermaier wenden.", "T. Obermaier"),
        ("BRIAN K 4:02 PM: the van is late again\nAnn P 4:03 PM: which depot", "BRIAN K"),
        ("BRIAN K 4:02 PM: the van is late again\nAnn P 4:03 PM: which depot", "Ann P"),
        ("Marta B.: chi ha le chiavi?\nluca: io\nMarta B.: ok grazie", "Marta B."),
        ("OWEN D: pallets are in bay 4\nFIONA: thanks, signing now\nOWEN D: cheers", "FIONA"),
    ],
)
def test_initials_and_capitals_in_signatures_and_chats(text: str, person: str) -> None:
    assert person in _people(text, "GB")


@pytest.mark.parametrize(
    "text",
    [
        "We go with plan B. Then we ship. See fig. A. Results follow.",
        "Punkte:\nA. Entrega del pedido\nB. Factura",
        "Note: check stock\nTodo: reorder\nNote: done",
    ],
)
def test_outlines_abbreviations_and_field_labels_stay(text: str) -> None:
    assert _people(text, "GB") == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("[10:01] kev: can you ring mrs fitzgerald about the deposit", "mrs fitzgerald"),
        ("mia: hat frau dr. oberhuber schon geantwortet?\njan: nein", "frau dr. oberhuber"),
        ("Beste meneer Van den Broeck,\nDank voor uw bericht.", "meneer Van den Broeck"),
    ],
)
def test_titled_names_in_lowercase_and_with_particles(text: str, person: str) -> None:
    assert person in _people(text, "GB")


def test_everyday_words_after_a_lowercase_title_stay() -> None:
    assert _people("i have a dr appointment, then mr right shows up", "GB") == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("नाम: सुनीता देवी\nमोबाइल: 98110 22334", "सुनीता देवी"),
        ("रवि: पार्सल आ गया?\nगीता: हाँ, अभी मिला\nरवि: धन्यवाद", "गीता"),
    ],
)
def test_devanagari_names_in_a_name_field_or_as_chat_speakers(text: str, person: str) -> None:
    assert person in _people(text, "IN")


@pytest.mark.parametrize(
    "text, person",
    [
        ("[下午 2:05] 阿強：報價單寄了嗎\n[下午 2:06] 淑芬：寄了", "淑芬"),
        ("2024. 7. 1. 오후 6:20, 서연 : 도착했어요\n2024. 7. 1. 오후 6:21, 도윤 : 네", "서연"),
    ],
)
def test_east_asian_chat_speakers_after_a_morning_or_afternoon_mark(text: str, person: str) -> None:
    assert person in _people(text, "KR")


def test_a_family_role_as_speaker_is_no_name() -> None:
    text = "2024. 7. 1. 오후 6:20, 엄마 : 밥 먹었니\n2024. 7. 1. 오후 6:21, 도윤 : 네"
    assert _people(text, "KR") == ["도윤"]


@pytest.mark.parametrize(
    "text, person",
    [
        ("invoice is in the folder now\nthx rosalind, all sorted", "rosalind"),
        ("see you at the depot\n-- declan", "declan"),
        ("alles klar, bis morgen\ngruß henrike", "henrike"),
    ],
)
def test_lowercase_thanks_and_sign_offs(text: str, person: str) -> None:
    assert person in _people(text, "GB")


def test_thanking_everyone_names_nobody() -> None:
    assert _people("thanks everyone, see you monday. cheers all!", "GB") == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("Hej Signe,\nhar du Signes nya adress?", "Signes"),
        ("Dzwoniła Joanna Nowak w sprawie faktury.\nOddzwonię do Joanny jutro.", "Joanny"),
    ],
)
def test_declined_forms_of_a_name_already_found(text: str, person: str) -> None:
    assert any(person in p for p in _people(text, "SE"))


def test_a_family_in_the_plural_and_unfound_names_stay() -> None:
    assert _people("[3:02 PM] marcy: did anyone call the Hendersons?\n[3:03 PM] ty: yes", "GB") == ["marcy", "ty"]
    assert "Göteborgs" not in _people("Hej Elsa,\nGöteborgs kontoret ringde.", "SE")


def test_family_name_first_in_capitals_before_a_japanese_honorific() -> None:
    assert "SUZUKI Hanaさん" in _people("Riku: SUZUKI Hanaさんに連絡した？\nMei: まだ", "JP")


@pytest.mark.parametrize(
    "text, person",
    [
        ("您好，合同已寄出。\n行政部 黄志明 敬上", "黄志明"),
        ("[10:00] 小李：快递写谁？\n[10:01] 小张：写周海燕收。", "周海燕"),
    ],
)
def test_chinese_closings_and_addressees(text: str, person: str) -> None:
    assert person in _people(text, "CN")


def test_chinese_words_ending_in_shou_stay() -> None:
    assert _people("请验收。已签收。接收文件。", "CN") == []


@pytest.mark.parametrize("text, person", [("listo, ya pagué.\n\nabrazo\nPancho", "Pancho"), ("tá bom\n\nbeijos\nLulu", "Lulu")])
def test_nicknames_under_informal_sign_offs(text: str, person: str) -> None:
    assert person in _people(text, "BR")
