"""dev20, the kinds the measured-only parts missed most, and dev20b, fresh texts of its kinds: their
mix is pinned so that the figures quoted from them keep their meaning (twenty languages or more on
each side, as many look-alikes as injections, dev20 tuned and trained on, dev20b only measured and
unchanged since it was first measured)."""

from __future__ import annotations

import hashlib
import re

import pytest

from tests.core.injection.test_injection_splits import FROZEN_SHA256
from tests.data.injection.dataset import DEV20B_UNSEEN, HERE, load

# the kinds the b files and tails missed most, and the look-alikes flagged most there
_INJECTIONS = {"soft", "businessnote", "ifassist", "impersonal", "factual", "hidden", "tool", "action",
               "leakprompt", "fakesystem", "register", "thirdmodel", "future"}
_LOOKALIKES = {"aipolicy", "promptguide", "training", "aimeeting", "passive", "ifperson", "colleague", "recall",
               "fakesystem", "factual", "hidden"}
# dev20b as it was when first measured (10/20 injections and 1/20 ordinary texts flagged)
DEV20B_SHA256 = "a185c139fbc219b7c73ac16d7e97aec55832149b8132b9f2b4b558c6e14cd312"


def _language(category: str) -> str:
    return category.rsplit(".", 1)[1]


def _kind(category: str) -> str:
    return category.rsplit(".", 1)[0]


def test_dev20_holds_the_missed_kinds_in_twenty_languages_with_their_look_alikes() -> None:
    samples = load("dev20")
    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    assert len(injections) >= 80 and len(ordinary) >= 90
    assert all(re.fullmatch(r"[a-z]+\.[a-z]{2}", s.category) for s in samples)
    for side in (injections, ordinary):
        assert len({_language(s.category) for s in side}) >= 20
    assert {_kind(s.category) for s in injections} == _INJECTIONS
    assert {_kind(s.category) for s in ordinary} >= _LOOKALIKES


def test_dev20b_is_a_fresh_batch_of_dev20s_kinds() -> None:
    samples = load("dev20b")
    assert len(samples) == DEV20B_UNSEEN
    assert sum(s.injection for s in samples) == 20
    assert len({_language(s.category) for s in samples}) >= 10
    assert {_kind(s.category) for s in samples if s.injection} <= _INJECTIONS
    assert hashlib.sha256((HERE / "dev20b.txt").read_bytes()).hexdigest() == DEV20B_SHA256


@pytest.mark.parametrize("split", ["dev20", "dev20b"])
def test_the_split_copies_no_text_from_another_set(split: str) -> None:
    texts = [s.text for s in load(split)]
    others = {s.text for path in sorted(HERE.glob("dev*.txt")) if path.stem != split for s in load(path.stem)}
    others |= {s.text for name in sorted(FROZEN_SHA256) for s in load(name)}
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_the_benches_measure_them_and_the_learned_score_trains_on_dev20_only() -> None:
    from bench.injection import SETS, UNSEEN
    from bench.injection_learned import MEASURED_ONLY, TUNED

    sets = {(name, splits) for name, splits, _ in SETS}
    assert {("dev20", ("dev20",)), ("dev20b", ("dev20b",))} <= sets
    assert ("dev20b", DEV20B_UNSEEN) in UNSEEN.values()
    assert "dev20" in TUNED and "dev20b" not in TUNED
    assert "dev20b" in MEASURED_ONLY
