"""dev21, the ordinary texts that sit closest to injections in real work (chatbot QA plans, AI
policies, prompt libraries, training, bug reports, red-team summaries, release notes, orders to staff
and contractors, macros, builder docs, role keys) with a few injections hidden in the same kinds, and
dev21b, fresh texts of its kinds: their mix is pinned so that the figures quoted from them keep their
meaning (mostly look-alikes, twenty languages or more, the learned score trained on dev21 and only
measuring dev21b)."""

from __future__ import annotations

import re

from tests.core.injection.test_injection_split18 import _EARLIER
from tests.core.injection.test_injection_splits import FROZEN_SHA256
from tests.data.injection.dataset import DEV21B_UNSEEN, load

# the kinds of text the split is made of; injections are hidden in the same kinds
_KINDS = {"qaplan", "aipolicy", "promptlib", "savedprompt", "training", "bugreport", "redteam", "releasenote",
          "stafforder", "contractor", "macro", "builderdoc", "yamlrole", "jsonrole"}


def _language(category: str) -> str:
    return category.rsplit(".", 1)[1]


def _kind(category: str) -> str:
    return category.rsplit(".", 1)[0]


def test_dev21_is_mostly_look_alikes_of_every_kind_in_twenty_languages() -> None:
    samples = load("dev21")
    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    assert len(injections) >= 25 and len(ordinary) >= 100
    assert all(re.fullmatch(r"[a-z]+\.[a-z]{2}", s.category) for s in samples)
    assert {_kind(s.category) for s in ordinary} == _KINDS
    assert {_kind(s.category) for s in injections} <= _KINDS
    assert len({_language(s.category) for s in ordinary}) >= 20
    assert len({_language(s.category) for s in injections}) >= 10


def test_dev21b_is_a_fresh_batch_of_dev21s_kinds() -> None:
    samples = load("dev21b")
    assert len(samples) == DEV21B_UNSEEN
    assert sum(s.injection for s in samples) == 12
    assert len({_language(s.category) for s in samples}) >= 10
    assert {_kind(s.category) for s in samples} <= _KINDS


def test_the_splits_copy_no_text_from_another_set() -> None:
    others = {s.text for name in (*_EARLIER, "dev17", "dev17b", "dev18", "dev19", "dev18b", *sorted(FROZEN_SHA256))
              for s in load(name)}
    for split in ("dev21", "dev21b"):
        texts = [s.text for s in load(split)]
        assert not others & set(texts)
        assert len(texts) == len(set(texts))
    assert not {s.text for s in load("dev21")} & {s.text for s in load("dev21b")}


def test_the_benches_measure_them_and_the_learned_score_trains_on_dev21_only() -> None:
    from bench.injection import SETS, UNSEEN
    from bench.injection_learned import MEASURED_ONLY, TUNED

    sets = {(name, splits) for name, splits, _ in SETS}
    assert {("dev21", ("dev21",)), ("dev21b", ("dev21b",))} <= sets
    assert ("dev21b", DEV21B_UNSEEN) in UNSEEN.values()
    assert "dev21" in TUNED and "dev21b" not in TUNED
    assert "dev21b" in MEASURED_ONLY
