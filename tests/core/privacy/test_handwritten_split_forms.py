"""The newer hand-written development files have the form they were written to have: enough texts in
enough languages, mostly not in English where that was the point, the kinds of document they were
written about, enough people labelled, labels on whole words, and their "b" files fresh texts of
the same kinds (never a copy of a tuned-on text). One row per file; a new file adds a row."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import pytest

from bench.privacy_handwritten import (
    DEV47,
    DEV47B,
    DEV49,
    DEV49B,
    DEV50,
    DEV50B,
    DEV51,
    DEV54,
    DEV54B,
    SPLITS,
    load,
    sha256,
)

# Scripts written without spaces between words: a label may start or end inside a "word" there.
_NO_SPACES = frozenset({"ja", "zh", "ko", "th"})


@dataclass(frozen=True)
class Form:
    path: Path
    texts: int
    languages: int
    not_english: Fraction  # the least share of texts not in English
    people: int
    kinds: frozenset[str] = field(default_factory=frozenset)


FORMS = {
    # a small team's ordinary week: the words and numbers that look like people beside its people
    "dev47": Form(DEV47, 50, 15, Fraction(1, 2), 50, frozenset({
        "sales", "supplier", "ticket", "cv", "interview", "invoice", "expense", "payroll", "delivery", "rota",
        "config", "log"})),
    # a week dense with capitalised things that are not people (products, buttons, venues, dishes...)
    "dev49": Form(DEV49, 55, 20, Fraction(2, 3), 100),
    # names in the positions and forms work text puts them (speakers, logins, paths, headers, titles)
    "dev50": Form(DEV50, 55, 20, Fraction(2, 3), 300, frozenset({
        "chat", "email", "table", "keyvalue", "files", "git", "log", "config", "ticket", "crm"})),
    # people a check on the name finds could take away (cells, keys, roles, logins, names that are words)
    "dev51": Form(DEV51, 40, 15, Fraction(0), 150, frozenset({"sheet", "form", "ticket", "chat", "email", "log"})),
    # names where the cue is weak (attendee lists, after verbs, CRM notes, second mentions, other scripts)
    "dev54": Form(DEV54, 60, 25, Fraction(2, 3), 300, frozenset({
        "minutes", "email", "crm", "ticket", "jira", "chat", "files", "list"})),
}
# Each "b" file: fresh texts of its file's kinds, only measured (texts, languages)
CHECK_FILES = {"dev47b": (DEV47B, DEV47, 25, 15), "dev49b": (DEV49B, DEV49, 25, 20), "dev50b": (DEV50B, DEV50, 25, 15),
               "dev54b": (DEV54B, DEV54, 25, 15)}
# dev51 is only measured, never tuned on: its bytes are pinned so that it cannot drift towards the code
DEV51_SHA256 = "342370d9bae62a7a91ff78e999fd242ee94d19e96436fd0101180c4046cbb530"


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_development_file_has_the_form_it_was_written_to_have(name: str) -> None:
    form = FORMS[name]
    docs = load(form.path)
    assert len(docs) >= form.texts
    assert len({d.lang for d in docs}) >= form.languages
    assert sum(1 for d in docs if d.lang != "en") >= form.not_english * len(docs)
    assert form.kinds <= {d.kind for d in docs}
    assert [kind for d in docs for _, _, kind in d.labels].count("PERSON") >= form.people
    for doc in (d for d in docs if d.lang not in _NO_SPACES):
        for a, b, _ in doc.labels:  # labels cover whole words: none starts or ends inside a word
            assert doc.text[a:b] == doc.text[a:b].strip()
            assert a == 0 or not doc.text[a - 1].isalnum()
            assert b == len(doc.text) or not doc.text[b].isalnum()
    assert SPLITS[f"hand-written {name}"] == (form.path,)


@pytest.mark.parametrize("name", sorted(CHECK_FILES))
def test_a_check_file_is_fresh_text_of_its_files_kinds(name: str) -> None:
    path, tuned, texts, languages = CHECK_FILES[name]
    fresh = load(path)
    assert len(fresh) >= texts and len({d.lang for d in fresh}) >= languages
    assert {d.text for d in fresh}.isdisjoint({d.text for d in load(tuned)})
    assert sum(1 for d in fresh if d.lang != "en") * 2 >= len(fresh)
    assert SPLITS[f"hand-written {name}"] == (path,)


def test_the_measured_only_name_check_file_is_unchanged() -> None:
    assert sha256(DEV51) == DEV51_SHA256
