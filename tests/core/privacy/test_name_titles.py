"""A title or honorific written with a name is hidden with it, and never written twice on restore."""

from __future__ import annotations

import pytest

from desktop.core.privacy import StreamRestorer, redact_text, restore
from desktop.core.privacy.name_titles import strip_titles


@pytest.mark.parametrize(
    ("text", "country", "person"),
    [
        ("Notes: Mr. Alvarez asked for the revised quote.", "US", "Mr. Alvarez"),
        ("Call with Dr. Nowak moved to Friday.", "GB", "Dr. Nowak"),
        ("Die Unterlagen gehen an Frau Keller in der Buchhaltung.", "DE", "Frau Keller"),
        ("Termin mit Herrn Prof. Dr. Weber bestätigt.", "DE", "Herrn Prof. Dr. Weber"),
        ("La Sra. Ortiz llamó por la factura.", "ES", "Sra. Ortiz"),
        ("Ho parlato con la dott.ssa Ricci stamattina.", "IT", "dott.ssa Ricci"),
        ("Rendez-vous avec Mme Lacroix jeudi.", "FR", "Mme Lacroix"),
        ("Graag terugbellen naar mevr. Bakker.", "NL", "mevr. Bakker"),
        ("Proszę o kontakt z Panią Nowak.", "PL", "Panią Nowak"),
        ("Toplantıya Sayın Yılmaz da katılacak.", "TR", "Sayın Yılmaz"),
        ("Tanaka-san will send the invoice.", "JP", "Tanaka-san"),
        ("Ayşe Hanım faturayı gönderdi.", "TR", "Ayşe Hanım"),
        ("Please ask Sharma ji about the lease.", "IN", "Sharma ji"),
    ],
)
def test_the_title_is_hidden_with_the_name(text: str, country: str, person: str) -> None:
    result = redact_text(text, country=country)
    assert person in [s.original for s in result.spans]
    assert result.vault["[PERSON_1]"] == person
    assert restore(result.text, result.vault) == text


def test_a_korean_honorific_after_a_space_is_hidden_with_the_name() -> None:
    result = redact_text("김민수: 자료 받았어요\n이지은: 김민수 씨 확인 부탁해요", country="KR")
    assert "김민수 씨" in [s.original for s in result.spans]


def test_a_title_is_not_taken_from_another_find_or_across_a_line() -> None:
    result = redact_text("Szanowna Pani\nBożena Zawadzka-Lis", country="PL")
    assert [s.original for s in result.spans] == ["Bożena Zawadzka-Lis"]


def test_the_titled_and_bare_forms_of_one_person_share_a_placeholder() -> None:
    result = redact_text("Dear Mr. Alvarez,\nthanks for the call.\nDavid Alvarez, Alvarez Freight")
    people = {s.original: s.placeholder for s in result.spans if s.type == "PERSON"}
    assert people["Mr. Alvarez"] == people["David Alvarez"]
    assert result.vault[people["Mr. Alvarez"]] == "David Alvarez"
    only_titled = redact_text("Mr. Alvarez called. Later Alvarez called again.")
    assert {s.placeholder for s in only_titled.spans} == {"[PERSON_1]"}


@pytest.mark.parametrize(
    ("value", "answer", "restored"),
    [
        ("Mr. Alvarez", "Dear Mr. [PERSON_1], thank you.", "Dear Mr. Alvarez, thank you."),
        ("Mr. Alvarez", "Dear Mr [PERSON_1] and [PERSON_1]", "Dear Mr Alvarez and Mr. Alvarez"),
        ("Frau Dr. Keller", "Sehr geehrte Frau [PERSON_1],", "Sehr geehrte Frau Keller,"),
        ("dott.ssa Ricci", "Gentile dott.ssa [PERSON_1],", "Gentile dott.ssa Ricci,"),
        ("Sra. Ortiz", "Estimada Sra. [PERSON_1]:", "Estimada Sra. Ortiz:"),
        ("Tanaka-san", "[PERSON_1]-san, thank you", "Tanaka-san, thank you"),
        ("Tanaka-san", "[PERSON_1] sent it", "Tanaka-san sent it"),
        ("Ayşe Hanım", "[PERSON_1] Hanım, teşekkürler", "Ayşe Hanım, teşekkürler"),
        ("김민수 씨", "[PERSON_1] 씨, 감사합니다", "김민수 씨, 감사합니다"),
        ("David Okafor", "Dear Ms [PERSON_1],", "Dear Ms Okafor,"),
    ],
)
def test_restore_never_writes_a_title_twice(value: str, answer: str, restored: str) -> None:
    assert restore(answer, {"[PERSON_1]": value}) == restored


def test_a_streamed_answer_does_not_double_an_honorific_split_across_chunks() -> None:
    vault = {"[PERSON_1]": "Tanaka-san", "[PERSON_2]": "Mr. Alvarez"}
    for chunks in (["Hi [PERSON_1]", "-san, Mr. [PERSON_2]", " ok"], ["Hi [PERSON_1]-", "san, Mr.", " [PERSON_2] ok"],
                   ["Hi [PERSON_1]", ", Mr. [PERSON_2] ok"]):
        stream = StreamRestorer(vault)
        shown = "".join(stream.feed(chunk) for chunk in chunks) + stream.finish()
        assert shown == "Hi Tanaka-san, Mr. Alvarez ok", chunks


@pytest.mark.parametrize(
    ("form", "bare"),
    [("Frau Dr. Keller", "Keller"), ("Tanaka-san", "Tanaka"), ("Ayşe Hanım", "Ayşe"), ("M. Le Goff", "Le Goff"),
     ("佐藤様", "佐藤"), ("Mr.", "Mr."), ("Don", "Don"), ("Anna Berg", "Anna Berg")],
)
def test_strip_titles(form: str, bare: str) -> None:
    assert strip_titles(form) == bare


def test_a_capital_and_dot_ending_the_line_before_is_not_taken_as_a_title() -> None:
    result = redact_text("Ring Dr.\nNowak.\nThe office is at 12 High St. N.\nPriya Natarajan", country="GB")
    assert all("\n" not in s.original for s in result.spans if s.type == "PERSON")
