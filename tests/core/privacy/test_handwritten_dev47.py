"""dev47 and dev47b: a small team's ordinary week (threads, tickets, CVs, invoices, expense
claims, payroll rows, delivery notes, rotas, configs, logs), mostly not in English, with the
words and numbers that look like people beside the real people of such a week."""

from __future__ import annotations

from bench.privacy_handwritten import DEV47, DEV47B, SPLITS, load


def test_sixth_precision_split_is_a_small_teams_week_mostly_not_in_english() -> None:
    docs = load(DEV47)
    assert len(docs) >= 50
    assert len({d.lang for d in docs}) >= 15
    assert sum(1 for d in docs if d.lang != "en") * 2 >= len(docs)
    kinds = {d.kind for d in docs}
    assert {"sales", "supplier", "ticket", "cv", "interview", "invoice", "expense", "payroll", "delivery", "rota",
            "config", "log"} <= kinds
    labels = [kind for d in docs for _, _, kind in d.labels]
    assert labels.count("PERSON") >= 50
    for doc in (d for d in docs if d.lang not in {"ja", "zh", "ko"}):  # CJK writes no space between words
        for a, b, _ in doc.labels:  # labels cover whole words: none starts or ends inside a word
            assert doc.text[a:b] == doc.text[a:b].strip()
            assert a == 0 or not doc.text[a - 1].isalnum()
            assert b == len(doc.text) or not doc.text[b].isalnum()
    assert SPLITS["hand-written dev47"] == (DEV47,)


def test_its_check_split_is_fresh_text_of_the_same_kinds() -> None:
    """dev47b: written after the dev47 fixes and only measured."""
    fresh = load(DEV47B)
    assert len(fresh) >= 25 and len({d.lang for d in fresh}) >= 15
    assert {d.text for d in fresh}.isdisjoint({d.text for d in load(DEV47)})
    assert sum(1 for d in fresh if d.lang != "en") * 2 >= len(fresh)
    assert SPLITS["hand-written dev47b"] == (DEV47B,)
