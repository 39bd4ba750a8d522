"""dev16, one small team's ordinary week: its mix is pinned so that the figures quoted from it keep
their meaning (half English, half other languages; the week's carriers on both sides; hard
look-alikes among the ordinary texts)."""

from __future__ import annotations

import re

from tests.core.injection.test_injection_splits import FROZEN_SHA256
from tests.data.injection.dataset import DEV16B_UNSEEN, load

_EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b", "dev10", "dev10b",
            "dev11", "dev12", "dev12b", "dev13", "dev13b", "dev14", "dev14b", "dev15", "dev15b")
_LANGUAGES = {"de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ja", "zh", "ar"}
_WEEK = {"email", "ticket", "cv", "cover", "invoice", "expense", "delivery", "shareddoc", "page", "review",
         "transcript", "config", "log"}
# the look-alikes the week brings most: orders to people, and text about AI tools
_LOOKALIKES = {"ignorelast", "bankletter", "approve", "forward", "fromnow", "replyall", "aipolicy", "aiguide",
               "template", "itnotice", "training", "translreq", "autoreply", "botchat"}


def _language(category: str) -> str:
    return category.rsplit(".", 1)[1]


def test_dev16_holds_a_small_teams_week_on_both_sides() -> None:
    samples = load("dev16")
    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    assert len(injections) >= 60 and len(ordinary) >= 80
    assert all(re.fullmatch(r"[a-z]+\.[a-z]{2}", s.category) for s in samples)
    for side in (injections, ordinary):
        english = sum(_language(s.category) == "en" for s in side)
        assert 0.4 * len(side) <= english <= 0.6 * len(side)
        assert {_language(s.category) for s in side} >= _LANGUAGES
    assert {s.carrier for s in injections} >= _WEEK
    assert {s.carrier for s in ordinary} >= _WEEK
    assert {s.category.rsplit(".", 1)[0] for s in ordinary} >= _LOOKALIKES


def test_dev16_copies_no_text_from_another_set() -> None:
    texts = [s.text for s in load("dev16")]
    others = {s.text for split in (*_EARLIER, *sorted(FROZEN_SHA256)) for s in load(split)}
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_the_bench_measures_dev16() -> None:
    from bench.injection import SETS

    assert ("dev16", ("dev16",)) in {(name, splits) for name, splits, _ in SETS}


def test_dev16b_is_a_fresh_batch_of_dev16s_kinds() -> None:
    """dev16b: at least 25 injections and 30 ordinary texts of dev16's kinds, half of each in English,
    none copied from another set; the benchmark measures all of it on its own, without its misses."""
    from bench.injection import SETS, UNSEEN

    samples = load("dev16b")
    assert len(samples) == DEV16B_UNSEEN
    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    assert len(injections) >= 25 and len(ordinary) >= 30
    for side in (injections, ordinary):
        english = sum(_language(s.category) == "en" for s in side)
        assert 0.4 * len(side) <= english <= 0.6 * len(side)
    kinds = {s.category.rsplit(".", 1)[0] for s in load("dev16")}
    assert {s.category.rsplit(".", 1)[0] for s in samples} <= kinds
    others = {s.text for split in (*_EARLIER, "dev16", *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))
    assert ("dev16b", ("dev16b",)) in {(name, splits) for name, splits, _ in SETS}
    assert ("dev16b", DEV16B_UNSEEN) in UNSEEN.values()
