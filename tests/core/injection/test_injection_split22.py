"""dev22, orders hidden in markup and metadata, action hijacks, conditional notes to an AI and notes
to whatever processes the document, each with look-alikes that give the same orders to people in the
same carriers, and dev22b, fresh texts of its kinds: their mix is pinned so that the figures quoted
from them keep their meaning (every kind on both sides, twenty languages or more, the learned score
trained on dev22 and only measuring dev22b)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tests.data.injection.dataset import DEV22B_UNSEEN, load

# the kinds of injection the split is made of; its look-alikes are the same kinds given to people
_KINDS = {"markup", "action", "cond", "procnote"}
_CARRIERS = {"email", "invoice", "cv", "review", "page", "ticket", "doc", "invite", "sheet", "form"}


def _kind(category: str) -> str:
    return category.split(".", 1)[0]


def _language(category: str) -> str:
    return category.split(".", 1)[1]


def test_dev22_holds_every_kind_on_both_sides_in_twenty_languages() -> None:
    samples = load("dev22")
    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    assert len(injections) >= 80 and len(ordinary) >= 80
    assert all(re.fullmatch(r"[a-z]+\.[a-z]{2}", s.category) for s in samples)
    assert {_kind(s.category) for s in injections} == _KINDS
    assert {_kind(s.category) for s in ordinary} >= _KINDS
    assert min(Counter(_kind(s.category) for s in injections).values()) >= 20
    assert min(Counter(_kind(s.category) for s in ordinary if _kind(s.category) in _KINDS).values()) >= 20
    assert len({_language(s.category) for s in injections}) >= 20
    assert len({_language(s.category) for s in ordinary}) >= 20
    assert {s.carrier for s in samples} <= _CARRIERS
    assert len({s.carrier for s in injections}) >= 8


def test_dev22b_is_a_fresh_batch_of_dev22s_kinds() -> None:
    samples = load("dev22b")
    assert len(samples) == DEV22B_UNSEEN
    assert sum(s.injection for s in samples) == 20
    assert {_kind(s.category) for s in samples} == _KINDS
    assert len({_language(s.category) for s in samples}) >= 10


def test_the_splits_copy_no_text_from_another_development_set() -> None:
    here = Path(__file__).resolve().parents[2] / "data" / "injection"
    others = {s.text for path in sorted(here.glob("dev*.txt")) if path.stem not in ("dev22", "dev22b")
              for s in load(path.stem)}
    for split in ("dev22", "dev22b"):
        texts = [s.text for s in load(split)]
        assert not others & set(texts)
        assert len(texts) == len(set(texts))
    assert not {s.text for s in load("dev22")} & {s.text for s in load("dev22b")}


def test_the_benches_measure_them_and_the_learned_score_trains_on_dev22_only() -> None:
    from bench.injection import SETS, UNSEEN
    from bench.injection_learned import MEASURED_ONLY, TUNED

    sets = {(name, splits) for name, splits, _ in SETS}
    assert {("dev22", ("dev22",)), ("dev22b", ("dev22b",))} <= sets
    assert ("dev22b", DEV22B_UNSEEN) in UNSEEN.values()
    assert "dev22" in TUNED and "dev22b" not in TUNED
    assert "dev22b" in MEASURED_ONLY
