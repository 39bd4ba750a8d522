"""dev50 and dev50b: people's names in the positions and forms work text puts them (chat speakers
and sign-offs in lowercase, logins, file, folder and branch names, mail headers, surname-first
orders, initials, titles in many languages, native scripts, names that are everyday words), with
their look-alikes in the same texts."""

from __future__ import annotations

from bench.privacy_handwritten import DEV50, DEV50B, SPLITS, load


def test_name_positions_split_is_many_languages_mostly_not_english() -> None:
    docs = load(DEV50)
    assert len(docs) >= 55
    assert len({d.lang for d in docs}) >= 20
    assert sum(1 for d in docs if d.lang != "en") * 3 >= 2 * len(docs)
    assert {"chat", "email", "table", "keyvalue", "files", "git", "log", "config", "ticket", "crm"} <= {d.kind for d in docs}
    labels = [kind for d in docs for _, _, kind in d.labels]
    assert labels.count("PERSON") >= 300
    for doc in (d for d in docs if d.lang not in {"ja", "zh", "ko", "th"}):  # (these write no space between words)
        for a, b, _ in doc.labels:  # labels cover whole words: none starts or ends inside a word
            assert doc.text[a:b] == doc.text[a:b].strip()
            assert a == 0 or not doc.text[a - 1].isalnum()
            assert b == len(doc.text) or not doc.text[b].isalnum()
    assert SPLITS["hand-written dev50"] == (DEV50,)


def test_its_check_split_is_fresh_text_of_the_same_kinds() -> None:
    """dev50b: written before the dev50 fixes and only measured."""
    fresh = load(DEV50B)
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 15
    assert {d.text for d in fresh}.isdisjoint({d.text for d in load(DEV50)})
    assert sum(1 for d in fresh if d.lang != "en") * 2 >= len(fresh)
    assert SPLITS["hand-written dev50b"] == (DEV50B,)
