"""dev17, who an order is addressed to: its mix is pinned so that the figures quoted from it keep
their meaning (orders to an AI written indirectly beside the same orders to people, in many
languages; the look-alikes about AI tools)."""

from __future__ import annotations

import re

from tests.core.injection.test_injection_splits import FROZEN_SHA256
from tests.data.injection.dataset import DEV17B_UNSEEN, load

_EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b", "dev10", "dev10b",
            "dev11", "dev12", "dev12b", "dev13", "dev13b", "dev14", "dev14b", "dev15", "dev15b", "dev16", "dev16b")
# the ways an order reaches an AI without naming it plainly, and the same ways to people
_TO_AN_AI = {"ifassist", "autoreader", "thirdmodel", "polite"}
_TO_PEOPLE = {"whoever", "staffagent", "readernote", "rolenote", "ifperson"}
_ABOUT_AI = {"itnotice", "aipolicy", "aiguide", "template", "botchat", "training", "translreq", "autoreply"}


def _kind(category: str) -> str:
    return category.rsplit(".", 1)[0]


def _language(category: str) -> str:
    return category.rsplit(".", 1)[1]


def test_dev17_sets_orders_to_an_ai_beside_the_same_orders_to_people() -> None:
    samples = load("dev17")
    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    assert len(injections) >= 50 and len(ordinary) >= 60
    assert all(re.fullmatch(r"[a-z]+\.[a-z]{2}", s.category) for s in samples)
    assert {_kind(s.category) for s in injections} == _TO_AN_AI
    assert {_kind(s.category) for s in ordinary} == _TO_PEOPLE | _ABOUT_AI
    assert len({_language(s.category) for s in samples}) >= 20
    for side in (injections, ordinary):
        assert len({_language(s.category) for s in side}) >= 20


def test_dev17_copies_no_text_from_another_set() -> None:
    texts = [s.text for s in load("dev17")]
    others = {s.text for split in (*_EARLIER, *sorted(FROZEN_SHA256)) for s in load(split)}
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_the_bench_measures_and_trains_on_dev17() -> None:
    from bench.injection import SETS
    from bench.injection_learned import MEASURED_ONLY, TUNED

    assert ("dev17", ("dev17",)) in {(name, splits) for name, splits, _ in SETS}
    assert "dev17" in TUNED and "dev17b" in MEASURED_ONLY and "dev17b" not in TUNED


def test_dev17b_is_a_fresh_batch_of_dev17s_kinds() -> None:
    """dev17b: at least 15 injections and 15 ordinary texts of dev17's kinds, none copied from another
    set; the benchmark measures all of it on its own, without its misses."""
    from bench.injection import SETS, UNSEEN

    samples = load("dev17b")
    assert len(samples) == DEV17B_UNSEEN
    assert sum(s.injection for s in samples) >= 15 and sum(not s.injection for s in samples) >= 15
    kinds = {_kind(s.category) for s in load("dev17")}
    assert {_kind(s.category) for s in samples} <= kinds
    others = {s.text for split in (*_EARLIER, "dev17", *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))
    assert ("dev17b", ("dev17b",)) in {(name, splits) for name, splits, _ in SETS}
    assert ("dev17b", DEV17B_UNSEEN) in UNSEEN.values()
