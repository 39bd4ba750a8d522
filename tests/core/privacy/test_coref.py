"""One person keeps one placeholder in all the forms a run writes their name in."""

from __future__ import annotations

from desktop.core.privacy import redact_segments, redact_text, restore


def test_full_name_first_name_surname_and_user_name_share_one_placeholder() -> None:
    result = redact_text("Dear Ms Okafor,\nDavid Okafor confirmed; David will bring the form. Login: dokafor.")
    assert result.text == "Dear [PERSON_1],\n[PERSON_1] confirmed; [PERSON_1] will bring the form. Login: [PERSON_1]."
    assert result.vault == {"[PERSON_1]": "David Okafor"}
    assert [s.original for s in result.spans] == ["Ms Okafor", "David Okafor", "David", "dokafor"]


def test_a_short_form_that_could_be_two_people_stays_apart() -> None:
    result = redact_text("Anna Berg and Anna Lind met. Anna said yes.")
    placeholders = {s.original: s.placeholder for s in result.spans}
    assert len({placeholders["Anna Berg"], placeholders["Anna Lind"], placeholders["Anna"]}) == 3


def test_the_same_person_across_fields_and_the_answer_restores_the_full_name() -> None:
    result = redact_segments([("Customer: Léa Noël", "notes"), ("Write to Mme Noël about the refund.", "task")])
    assert {s.placeholder for s in result.spans} == {"[PERSON_1]"}
    assert restore("Dear [PERSON_1], your refund is on its way.", result.vault) == "Dear Léa Noël, your refund is on its way."


def test_restore_puts_back_the_surname_after_a_title_and_the_full_name_elsewhere() -> None:
    result = redact_text("Dear Ms Okafor,\nDavid Okafor confirmed; David will bring the form.")
    answer = "Dear Ms [PERSON_1], thank you. [PERSON_1] will bring it; Herr [person_1] agrees."
    assert restore(answer, result.vault) == "Dear Ms Okafor, thank you. David Okafor will bring it; Herr Okafor agrees."
    # (the title was hidden with the name: the model saw "Dear [PERSON_1]", and gets the full name back)
    assert restore(result.text, result.vault).startswith("Dear David Okafor,\nDavid Okafor confirmed")


def test_a_surname_keeps_its_particles() -> None:
    from desktop.core.privacy.restore import surname

    assert surname("Bram van 't Hek") == "van 't Hek" and surname("Anna Maria Schmidt") == "Schmidt"


def test_a_surname_left_over_after_the_first_name_joins_the_name() -> None:
    result = redact_text("Chère Mme Noël,\nVotre dossier est complet. Léa Noël recevra la carte.")
    assert result.text == "Chère [PERSON_1],\nVotre dossier est complet. [PERSON_1] recevra la carte."
    assert result.vault == {"[PERSON_1]": "Léa Noël"}


def test_a_streamed_answer_reads_a_title_from_the_chunk_before() -> None:
    from desktop.core.privacy import StreamRestorer

    stream = StreamRestorer({"[PERSON_1]": "David Okafor"})
    shown = "".join(stream.feed(chunk) for chunk in ["Dear Ms ", "[PERSON_1], and [PER", "SON_1] too."]) + stream.finish()
    assert shown == "Dear Ms Okafor, and David Okafor too."


def test_user_names_are_found_as_the_plain_caseless_pattern_finds_them() -> None:
    """The fast (first-letter) form of the user-name search finds exactly what the plain one does,
    however the user names are written: case, glued to signs, inside addresses and words."""
    import random
    import re

    from desktop.core.privacy.coref import _user_names, username_mentions, words_in

    full_names = ["David Okafor", "Nina Petrova", "Kai Ito", "Sean O'Brien"]
    forms = sorted({u for n in full_names for u in _user_names(n.split()) if len(u) >= 5}, key=len, reverse=True)

    def plain_search(text: str) -> list[tuple[int, int]]:
        held = [f for f in forms if f in words_in(text)]  # (as the search does: only forms the text holds)
        if not held:
            return []
        plain = re.compile(r"(?<![\w@.\-])(?:" + "|".join(map(re.escape, held)) + r")(?![\w@\-]|\.\w)", re.IGNORECASE)
        return [m.span() for m in plain.finditer(text)]

    rnd = random.Random(3)
    pieces = [" ", "\n", "-", ".", "@", "x", "7", "(", "é", "ſ", "ı", "K", ".com", "_"]
    found = 0
    for _ in range(300):
        words = [rnd.choice([f, f.upper(), f.title(), f.replace("i", "ı").replace("s", "ſ")]) for f in rnd.choices(forms, k=6)]
        text = "".join(rnd.choice(pieces) + w + rnd.choice(pieces) for w in words)
        expected = plain_search(text)
        assert username_mentions(text, full_names) == expected, text
        found += len(expected)
    assert found > 30  # the texts do hold user names
