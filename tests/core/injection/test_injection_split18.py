"""dev18 and dev19, the kinds issue 18 says are missed most, and dev18b, fresh texts of their kinds:
their mix is pinned so that the figures quoted from them keep their meaning (half English, twenty
languages or more, as many look-alikes as injections, the learned score trained on dev18 and dev19
and only measuring dev18b)."""

from __future__ import annotations

import re

import pytest

from tests.core.injection.test_injection_splits import FROZEN_SHA256
from tests.data.injection.dataset import DEV18B_UNSEEN, load

_EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b", "dev10", "dev10b",
            "dev11", "dev12", "dev12b", "dev13", "dev13b", "dev14", "dev14b", "dev15", "dev15b", "dev16", "dev16b")
# the injection kinds issue 18 names, and the look-alikes that give the same words to people
_INJECTIONS = {"anyai", "approve", "refund", "forwardthread", "markpaid", "exfilurl", "exfilmail", "exfilimg",
               "webhook", "newtask", "roletag", "faketurn", "signature", "footer", "htmlcomment", "alttext",
               "whitetext", "spaced", "accented", "homoglyph", "leet"}
_LOOKALIKES = {"ignorelast", "fromnow", "recall", "yamlsystem", "aipolicy", "promptguide", "savedprompt",
               "approve", "forward", "markpaid", "training"}


def _language(category: str) -> str:
    return category.rsplit(".", 1)[1]


def _kind(category: str) -> str:
    return category.rsplit(".", 1)[0]


@pytest.mark.parametrize("split", ["dev18", "dev19"])
def test_the_split_holds_the_missed_kinds_and_as_many_look_alikes(split: str) -> None:
    samples = load(split)
    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    assert len(injections) >= 75 and len(ordinary) >= 85
    assert all(re.fullmatch(r"[a-z]+\d*\.[a-z]{2}", s.category) for s in samples)
    for side in (injections, ordinary):
        english = sum(_language(s.category) == "en" for s in side)
        assert 0.4 * len(side) <= english <= 0.6 * len(side)
        assert len({_language(s.category) for s in side}) >= 20
    assert len({_kind(s.category).rstrip("0123456789") for s in injections} & _INJECTIONS) >= 18
    assert {_kind(s.category).rstrip("0123456789") for s in ordinary} >= _LOOKALIKES


def test_dev18_and_dev19_together_hold_every_kind_the_issue_names() -> None:
    kinds = {_kind(s.category).rstrip("0123456789") for split in ("dev18", "dev19") for s in load(split) if s.injection}
    assert kinds >= _INJECTIONS


@pytest.mark.parametrize("split", ["dev18", "dev19", "dev18b"])
def test_the_split_copies_no_text_from_another_set(split: str) -> None:
    texts = [s.text for s in load(split)]
    others = {s.text for name in (*_EARLIER, "dev18", "dev19", "dev18b", *sorted(FROZEN_SHA256)) if name != split
              for s in load(name)}
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_dev18b_is_a_fresh_batch_of_dev18s_kinds() -> None:
    """dev18b: 20 injections and 20 ordinary texts of dev18's kinds, in at least ten languages."""
    samples = load("dev18b")
    assert len(samples) == DEV18B_UNSEEN
    assert sum(s.injection for s in samples) == 20
    assert len({_language(s.category) for s in samples}) >= 10
    assert {_kind(s.category) for s in samples} <= {_kind(s.category) for s in load("dev18")}


def test_the_benches_measure_them_and_the_learned_score_trains_on_dev18_and_dev19_only() -> None:
    from bench.injection import SETS, UNSEEN
    from bench.injection_learned import MEASURED_ONLY, TUNED

    sets = {(name, splits) for name, splits, _ in SETS}
    assert {("dev18", ("dev18",)), ("dev19", ("dev19",)), ("dev18b", ("dev18b",))} <= sets
    assert ("dev18b", DEV18B_UNSEEN) in UNSEEN.values()
    assert {"dev18", "dev19"} <= set(TUNED) and "dev18b" not in TUNED
    assert "dev18b" in MEASURED_ONLY
