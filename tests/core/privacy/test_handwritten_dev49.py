"""dev49 and dev49b: a small team's ordinary week dense with capitalised things that are not
people (products, buttons, menu paths, shops, dishes, venues, rooms named after people, storms,
holidays, teams), mostly not in English, beside the real people of such a week."""

from __future__ import annotations

from bench.privacy_handwritten import DEV49, DEV49B, SPLITS, load


def test_seventh_precision_split_is_a_week_of_named_things_mostly_not_in_english() -> None:
    docs = load(DEV49)
    assert len(docs) >= 55
    assert len({d.lang for d in docs}) >= 20
    assert sum(1 for d in docs if d.lang != "en") * 3 >= len(docs) * 2
    labels = [kind for d in docs for _, _, kind in d.labels]
    assert labels.count("PERSON") >= 100
    for doc in (d for d in docs if d.lang not in {"ja", "zh", "ko"}):  # CJK writes no space between words
        for a, b, _ in doc.labels:  # labels cover whole words: none starts or ends inside a word
            assert doc.text[a:b] == doc.text[a:b].strip()
            assert a == 0 or not doc.text[a - 1].isalnum()
            assert b == len(doc.text) or not doc.text[b].isalnum()
    assert SPLITS["hand-written dev49"] == (DEV49,)


def test_its_check_split_is_fresh_text_of_the_same_kinds() -> None:
    """dev49b: written before the dev49 fixes and only measured."""
    fresh = load(DEV49B)
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 20
    assert {d.text for d in fresh}.isdisjoint({d.text for d in load(DEV49)})
    assert sum(1 for d in fresh if d.lang != "en") * 2 >= len(fresh)
    assert SPLITS["hand-written dev49b"] == (DEV49B,)
