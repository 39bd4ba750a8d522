"""A chat's speakers named again inside its messages: lowercase, two letters, as a handle."""

from __future__ import annotations

from desktop.core.privacy import redact_text
from desktop.core.privacy.candidates import Candidate


def _people(text: str) -> list[tuple[str, str]]:
    return [(s.original, s.placeholder) for s in redact_text(text).spans if s.type == "PERSON"]


def test_a_two_letter_speaker_thanked_by_name_is_one_person() -> None:
    text = "[08:58] callum: cheers mo, can u ring them back\n[08:59] mo: which one\n[09:00] mo: on it"
    people = _people(text)
    assert [name for name, _ in people] == ["callum", "mo", "mo", "mo"]
    assert len({tag for name, tag in people if name == "mo"}) == 1


def test_a_two_letter_speaker_as_an_everyday_word_is_left() -> None:
    text = "[08:58] callum: back in a mo\n[08:59] mo: ok\n[09:00] callum: fine"
    assert [name for name, _ in _people(text)] == ["callum", "mo", "callum"]


def test_a_handle_mention_of_a_speaker_but_not_a_mail_domain() -> None:
    text = "ravi  2:31 PM\n@meg the webhook secret leaked\nmeg  2:32 PM\nugh, mail ops@meg.example too"
    names = [name for name, _ in _people(text)]
    assert names.count("meg") == 2
    assert "ops@meg.example" in {s.original for s in redact_text(text).spans}


def test_a_speaker_whose_message_ends_in_digits() -> None:
    text = "Linus 08:41: vem har numret?\nMoa 08:42: 076-221 90 48\nLinus 08:42: tack moa"
    names = [name for name, _ in _people(text)]
    assert "Moa" in names and "moa" in names


def test_a_name_thanked_alone_after_a_comma_even_when_it_is_a_frequent_word() -> None:
    assert [name for name, _ in _people("The quote is attached.\n\nThanks, Dan")] == ["Dan"]
    assert [name for name, _ in _people("Pallets go through bay 2.\nCheers, Al")] == ["Al"]
    assert _people("See you all Friday.\nThanks, All") == []
    assert _people("Sorted.\ncheers mate") == []


def test_a_chat_names_someone_in_full_then_in_lowercase() -> None:
    text = "[15:02] nadia: a Curtis Albright came by about the refund\n[15:03] oskar: ok i'll email curtis tonight"
    people = dict(_people(text))
    assert "curtis" in people


def test_a_name_in_capitals_only_where_the_text_names_that_person_otherwise() -> None:
    text = "KIM R 8:02 AM: DELIA CALLED AGAIN, WANTS A MANAGER\nOmar T 8:04 AM: her email?\nKIM R 8:05 AM: delia.marsh@example.com"
    assert "DELIA" in [name for name, _ in _people(text)]
    assert "DELIA" not in [name for name, _ in _people("KIM R 8:02 AM: DELIA CALLED AGAIN, WANTS A MANAGER")]


def test_a_korean_title_before_a_full_name_but_not_before_an_everyday_word() -> None:
    assert [n for n, _ in _people("민지: 팀장님 한도윤 고객 연락처 보내드릴게요\n오대리: 네")][:2] == ["민지", "한도윤"]
    assert _people("팀장님 이메일 확인 부탁드려요") == []


def test_a_long_message_signed_at_its_end_hides_the_signer() -> None:
    from desktop.core.privacy import redact_text

    text = "Jonas, the van is booked for Thursday morning. Could you confirm the pallets? Cheers, Mo"
    assert "Mo" in [s.original for s in redact_text(text, country="GB").spans]


def test_a_long_sentence_ending_in_thanks_and_an_everyday_word_stays() -> None:
    from desktop.core.privacy import redact_text

    text = "The shipment left the depot this morning and should arrive tomorrow. Thanks, see you"
    assert redact_text(text, country="GB").spans == [] or all(s.original != "see" for s in redact_text(text, country="GB").spans)


def test_an_untimed_chat_with_one_unlisted_capitalised_speaker() -> None:
    text = "tam: did the van come\nKerensa: not yet, eta 3\ntam: ok ring them\nKerensa: will do"
    assert [name for name, _ in _people(text)] == ["tam", "Kerensa", "tam", "Kerensa"]


def test_two_lowercase_speakers_one_line_each() -> None:
    text = "fergus: whats the door code again\nchelsea: 4471 then hash"
    assert [name for name, _ in _people(text)] == ["fergus", "chelsea"]


def test_a_config_block_is_no_chat() -> None:
    text = "billing:\n  holder: Company Ltd\n  currency: EUR\nmailer:\n  host: smtp.example.org"
    assert _people(text) == []


def test_a_first_name_signed_with_a_slash_even_when_it_is_an_everyday_word() -> None:
    assert [name for name, _ in _people("Hej,\n\nSkicka fakturan idag.\n\n/Anders")] == ["Anders"]


def test_a_message_closed_by_a_first_name_alone_on_its_last_line() -> None:
    assert [name for name, _ in _people("Hi,\n\nThe form is attached.\n\nPierre-Yves")] == ["Pierre-Yves"]
    assert _people("Hi,\n\nThe form is attached.\n\nSupport") == []


def test_a_closing_first_name_is_read_from_the_last_lines_alone() -> None:
    # Only the last two written lines are looked for (from the end): the same answer as reading
    # every line, with any number of blank lines around them.
    import random

    from desktop.core.privacy import chat_signoffs, chat_speakers

    def every_line(text: str) -> list[Candidate]:  # (the rule as it read every line)
        from desktop.core.privacy.lexicon import lexicon

        lines = chat_speakers._lines(text)
        filled = [(offset, line) for offset, line in lines if line.strip()]
        if len(filled) < 2 or len(lines) < 3 or lines[-1][1].strip() != filled[-1][1].strip() or lines[-2][1].strip():
            return []
        offset, line = filled[-1]
        m = chat_signoffs._CLOSING.fullmatch(line)
        if not m or m.group(1).casefold() in chat_signoffs._DEPARTMENTS:
            return []
        parts = m.group(1).split("-")
        if all(lexicon().is_first_name(part) for part in parts) and (len(parts) > 1 or not chat_signoffs._plain_word(parts[0])):
            return [Candidate(offset + m.start(1), offset + m.end(1), "PERSON")]
        return []

    rnd = random.Random(5)
    pieces = ["", "", " ", "\t", "Pierre-Yves", "Marc", "  Marc ", "see you Friday", "Support", "x"]
    signed = 0
    for _ in range(2000):
        text = "\n".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 7)))
        found: list[Candidate] = []
        chat_signoffs._closing_name(text, chat_speakers._lines(text), found.append)
        assert found == every_line(text), text
        signed += bool(found)
    assert signed > 100
