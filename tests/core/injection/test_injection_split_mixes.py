"""The mix of each later development file (dev16 to dev25 and their b files) is pinned, one row per
file, so that the figures quoted from it keep their meaning:

- dev16, one small team's ordinary week (half English, half other languages; the week's carriers
  on both sides; hard look-alikes among the ordinary texts), and dev16b, a fresh batch of its kinds;
- dev17, who an order is addressed to (orders to an AI written indirectly beside the same orders to
  people, in many languages; the look-alikes about AI tools), and dev17b;
- dev18 and dev19, the kinds issue 18 says are missed most (half English, twenty languages or more,
  as many look-alikes as injections), and dev18b;
- dev20, the kinds the measured-only parts missed most (twenty languages or more on each side, as
  many look-alikes as injections), and dev20b, unchanged since it was first measured;
- dev21, the ordinary texts that sit closest to injections in real work (chatbot QA plans, AI
  policies, prompt libraries, training, bug reports, red-team summaries, release notes, orders to
  staff and contractors, macros, builder docs, role keys) with a few injections hidden in the same
  kinds, and dev21b;
- dev22, orders hidden in markup and metadata, action hijacks, conditional notes to an AI and notes to
  whatever processes the document, each with look-alikes giving the same orders to people in the same
  carriers, and dev22b;
- dev23, ordinary work texts that give orders the way injections do, in kinds no earlier split holds
  (runbooks and automation rules, mail filters, customers' orders, supplier portals, exam and interview
  rules, onboarding, templates, saved prompts, chatbot-to-agent transcripts, policies, legal notices, game
  rules, assignments, translation and SEO briefs) with injections hidden in the same kinds, and dev23b;
- dev25, injections in the languages small teams use, English orders inside mail in other languages and
  disguised spellings, with ordinary orders to people in the same languages, and dev25b.
- dev24, the injection kinds issue 18 names hidden in real carriers (emails, pages, typed-out PDFs,
  tickets, CVs, reviews, product feeds, invites, chat exports), with more look-alikes than injections
  giving the same orders to people, and dev24b.

Every file copies no text from another set; the benchmark measures each, the b files on their own
without their misses; the learned score trains on the main files and only measures the b files.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass

import pytest

from tests.core.injection.test_injection_splits import FROZEN_SHA256
from tests.data.injection.dataset import (
    DEV16B_UNSEEN,
    DEV17B_UNSEEN,
    DEV18B_UNSEEN,
    DEV20B_UNSEEN,
    DEV21B_UNSEEN,
    DEV22B_UNSEEN,
    DEV23B_UNSEEN,
    DEV24B_UNSEEN,
    DEV25B_UNSEEN,
    HERE,
    load,
)

# dev16: the languages on each side, the week's carriers on each side, and the look-alikes the week
# brings most (orders to people, and text about AI tools)
_WEEK_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ja", "zh", "ar"})
_WEEK = frozenset({"email", "ticket", "cv", "cover", "invoice", "expense", "delivery", "shareddoc", "page", "review",
                   "transcript", "config", "log"})
_WEEK_LOOKALIKES = frozenset({"ignorelast", "bankletter", "approve", "forward", "fromnow", "replyall", "aipolicy",
                              "aiguide", "template", "itnotice", "training", "translreq", "autoreply", "botchat"})
# dev17: the ways an order reaches an AI without naming it plainly, and the same ways to people
_TO_AN_AI = frozenset({"ifassist", "autoreader", "thirdmodel", "polite"})
_TO_PEOPLE = frozenset({"whoever", "staffagent", "readernote", "rolenote", "ifperson"})
_ABOUT_AI = frozenset({"itnotice", "aipolicy", "aiguide", "template", "botchat", "training", "translreq", "autoreply"})
# dev18 and dev19: the injection kinds issue 18 names, and the look-alikes that give the same words to people
_ISSUE_KINDS = frozenset({"anyai", "approve", "refund", "forwardthread", "markpaid", "exfilurl", "exfilmail",
                          "exfilimg", "webhook", "newtask", "roletag", "faketurn", "signature", "footer",
                          "htmlcomment", "alttext", "whitetext", "spaced", "accented", "homoglyph", "leet"})
_ISSUE_LOOKALIKES = frozenset({"ignorelast", "fromnow", "recall", "yamlsystem", "aipolicy", "promptguide",
                               "savedprompt", "approve", "forward", "markpaid", "training"})
# dev20: the kinds the b files and tails missed most, and the look-alikes flagged most there
_MISSED_KINDS = frozenset({"soft", "businessnote", "ifassist", "impersonal", "factual", "hidden", "tool", "action",
                           "leakprompt", "fakesystem", "register", "thirdmodel", "future"})
_MISSED_LOOKALIKES = frozenset({"aipolicy", "promptguide", "training", "aimeeting", "passive", "ifperson",
                                "colleague", "recall", "fakesystem", "factual", "hidden"})
# dev21: the kinds of text the split is made of; injections are hidden in the same kinds
_CLOSE_KINDS = frozenset({"qaplan", "aipolicy", "promptlib", "savedprompt", "training", "bugreport", "redteam",
                          "releasenote", "stafforder", "contractor", "macro", "builderdoc", "yamlrole", "jsonrole"})
# dev22: the kinds of injection the split is made of (its look-alikes give the same orders to people),
# and the carriers they come in
_HIDDEN_KINDS = frozenset({"markup", "action", "cond", "procnote"})
_HIDDEN_CARRIERS = frozenset({"email", "invoice", "cv", "review", "page", "ticket", "doc", "invite", "sheet", "form"})
# dev23: the kinds of ordinary text that give orders the way injections do; injections hide in the same kinds
_ORDER_KINDS = frozenset({"automation", "mailfilter", "itrunbook", "custorder", "supplier", "examrules", "interview",
                          "onboarding", "placeholder", "ownprompt", "agentchat", "hrpolicy", "legalnotice", "gamerules",
                          "assignment", "transbrief", "seobrief"})
# dev25: injections in the team's languages, English orders inside mail in other languages and disguised
# spellings, in the carriers people paste; ordinary orders to people and ordinary odd spellings in the same kinds
_TEAM_CARRIERS = frozenset({"email", "page", "doc", "review", "cv", "ticket", "chat", "config"})
# dev24: the injection kinds issue 18 names, and the look-alikes that give the same orders to people
_CARRIED_KINDS = frozenset({"anyai", "approve", "forward", "exfilimg", "exfillink", "exfilreply", "exfilkey", "newtask",
                            "roletag", "faketurn", "footer", "signature", "alttext", "hidden", "spaced", "accented",
                            "homoglyph", "leet", "encoded"})
_CARRIED_LOOKALIKES = frozenset({"ignorelast", "recall", "policy", "runbook", "automation", "teacher", "savedprompt",
                                 "approve", "forward", "newtask", "footer", "signature"})
_CARRIERS = frozenset({"email", "page", "doc", "ticket", "cv", "review", "feed", "invite", "chat"})
# dev20b as it was when first measured (10/20 injections and 1/20 ordinary texts flagged)
DEV20B_SHA256 = "a185c139fbc219b7c73ac16d7e97aec55832149b8132b9f2b4b558c6e14cd312"

_SHAPE = r"[a-z]+\.[a-z]{2}"  # every category is KIND.LANGUAGE
_SHAPE_NUMBERED = r"[a-z]+\d*\.[a-z]{2}"  # (the kind may end in a number: "exfilurl2.de")


@dataclass(frozen=True)
class Mix:
    split: str
    at_least: tuple[int, int] = (0, 0)  # injections, ordinary texts
    injections: int | None = None  # exactly this many injections
    size: int | None = None  # exactly this many texts: a b file, measured on its own (``UNSEEN``)
    shape: str | None = None  # what every category looks like
    half_english: bool = False  # 40-60% of each side in English
    languages: tuple[int, int] = (0, 0)  # distinct languages at least, injections and ordinary
    languages_total: int = 0  # distinct languages at least, both sides together
    each_side_speaks: Set[str] = frozenset()  # languages each side holds
    each_side_carries: Set[str] = frozenset()  # carriers each side holds
    carriers_within: Set[str] | None = None  # every carrier is one of these
    injection_carriers: int = 0  # distinct carriers among the injections, at least
    numbered_kinds: bool = False  # kinds compared without their trailing number
    injection_kinds: tuple[str, Set[str]] | None = None  # ("==" | ">=" | "<=", kinds)
    ordinary_kinds: tuple[str, Set[str]] | None = None
    each_kind_at_least: int = 0  # texts of each kind the two rules above name, on each side
    injection_kinds_among: tuple[int, Set[str]] | None = None  # at least this many of these kinds
    kinds: tuple[str, Set[str]] | None = None  # the kinds of both sides together
    kinds_of: str | None = None  # its kinds are all kinds of this file
    sha256: str | None = None  # unchanged since first measured
    learned: str | None = None  # "trained" on by the learned score, "measured" only, or "not trained" (tuned on by the cues alone)


MIXES = [
    Mix("dev16", at_least=(60, 80), shape=_SHAPE, half_english=True, each_side_speaks=_WEEK_LANGUAGES,
        each_side_carries=_WEEK, ordinary_kinds=(">=", _WEEK_LOOKALIKES)),
    Mix("dev16b", at_least=(25, 30), size=DEV16B_UNSEEN, half_english=True, kinds_of="dev16"),
    Mix("dev17", at_least=(50, 60), shape=_SHAPE, languages=(20, 20), languages_total=20,
        injection_kinds=("==", _TO_AN_AI), ordinary_kinds=("==", _TO_PEOPLE | _ABOUT_AI), learned="trained"),
    Mix("dev17b", at_least=(15, 15), size=DEV17B_UNSEEN, kinds_of="dev17", learned="measured"),
    Mix("dev18", at_least=(75, 85), shape=_SHAPE_NUMBERED, half_english=True, languages=(20, 20), numbered_kinds=True,
        injection_kinds_among=(18, _ISSUE_KINDS), ordinary_kinds=(">=", _ISSUE_LOOKALIKES), learned="trained"),
    Mix("dev19", at_least=(75, 85), shape=_SHAPE_NUMBERED, half_english=True, languages=(20, 20), numbered_kinds=True,
        injection_kinds_among=(18, _ISSUE_KINDS), ordinary_kinds=(">=", _ISSUE_LOOKALIKES), learned="trained"),
    Mix("dev18b", injections=20, size=DEV18B_UNSEEN, languages_total=10, kinds_of="dev18", learned="measured"),
    Mix("dev20", at_least=(80, 90), shape=_SHAPE, languages=(20, 20), injection_kinds=("==", _MISSED_KINDS),
        ordinary_kinds=(">=", _MISSED_LOOKALIKES), learned="trained"),
    Mix("dev20b", injections=20, size=DEV20B_UNSEEN, languages_total=10, injection_kinds=("<=", _MISSED_KINDS),
        sha256=DEV20B_SHA256, learned="measured"),
    Mix("dev21", at_least=(25, 100), shape=_SHAPE, languages=(10, 20), injection_kinds=("<=", _CLOSE_KINDS),
        ordinary_kinds=("==", _CLOSE_KINDS), learned="trained"),
    Mix("dev21b", injections=12, size=DEV21B_UNSEEN, languages_total=10, kinds=("<=", _CLOSE_KINDS),
        learned="measured"),
    Mix("dev22", at_least=(80, 80), shape=_SHAPE, languages=(20, 20), injection_kinds=("==", _HIDDEN_KINDS),
        ordinary_kinds=(">=", _HIDDEN_KINDS), each_kind_at_least=20, carriers_within=_HIDDEN_CARRIERS,
        injection_carriers=8, learned="trained"),
    Mix("dev22b", injections=20, size=DEV22B_UNSEEN, languages_total=10, kinds=("==", _HIDDEN_KINDS),
        learned="measured"),
    Mix("dev23", at_least=(40, 120), shape=_SHAPE, languages=(10, 20), injection_kinds=("==", _ORDER_KINDS),
        ordinary_kinds=("==", _ORDER_KINDS), learned="trained"),
    Mix("dev23b", injections=20, size=DEV23B_UNSEEN, languages_total=10, kinds=("<=", _ORDER_KINDS),
        learned="measured"),
    Mix("dev25", at_least=(75, 70), shape=_SHAPE, languages=(20, 20), carriers_within=_TEAM_CARRIERS,
        injection_carriers=7, learned="trained"),
    Mix("dev25b", injections=20, size=DEV25B_UNSEEN, languages_total=20, carriers_within=_TEAM_CARRIERS,
        learned="measured"),
    Mix("dev24", at_least=(50, 70), shape=_SHAPE, languages_total=12, injection_kinds=("==", _CARRIED_KINDS),
        ordinary_kinds=(">=", _CARRIED_LOOKALIKES), each_side_carries=_CARRIERS, learned="not trained"),
    Mix("dev24b", injections=20, size=DEV24B_UNSEEN, languages_total=10, kinds_of="dev24", learned="measured"),
]


def _language(category: str) -> str:
    return category.rsplit(".", 1)[1]


def _kind(category: str, numbered: bool = False) -> str:
    kind = category.rsplit(".", 1)[0]
    return kind.rstrip("0123456789") if numbered else kind


def _holds(found: set[str], how: str, expected: Set[str]) -> bool:
    return {"==": found == expected, ">=": found >= expected, "<=": found <= expected}[how]


@pytest.mark.parametrize("mix", MIXES, ids=lambda mix: mix.split)
def test_the_mix_of_the_split_is_pinned(mix: Mix) -> None:
    samples = load(mix.split)
    injections = [s for s in samples if s.injection]
    ordinary = [s for s in samples if not s.injection]
    sides = (injections, ordinary)
    assert len(injections) >= mix.at_least[0] and len(ordinary) >= mix.at_least[1]
    assert mix.injections is None or len(injections) == mix.injections
    assert mix.size is None or len(samples) == mix.size
    assert mix.shape is None or all(re.fullmatch(mix.shape, s.category) for s in samples)
    for side, least in zip(sides, mix.languages, strict=True):
        languages = {_language(s.category) for s in side}
        assert len(languages) >= least and languages >= mix.each_side_speaks
        assert {s.carrier for s in side} >= mix.each_side_carries
        if mix.half_english:
            english = sum(_language(s.category) == "en" for s in side)
            assert 0.4 * len(side) <= english <= 0.6 * len(side)
    assert len({_language(s.category) for s in samples}) >= mix.languages_total
    assert mix.carriers_within is None or {s.carrier for s in samples} <= mix.carriers_within
    assert len({s.carrier for s in injections}) >= mix.injection_carriers
    for side, rule in zip(sides, (mix.injection_kinds, mix.ordinary_kinds), strict=True):
        assert rule is None or _holds({_kind(s.category, mix.numbered_kinds) for s in side}, *rule)
        if rule is not None and mix.each_kind_at_least:
            counts = Counter(_kind(s.category, mix.numbered_kinds) for s in side)
            assert min(counts[kind] for kind in rule[1]) >= mix.each_kind_at_least
    if mix.injection_kinds_among is not None:
        least, among = mix.injection_kinds_among
        assert len({_kind(s.category, mix.numbered_kinds) for s in injections} & among) >= least
    assert mix.kinds is None or _holds({_kind(s.category) for s in samples}, *mix.kinds)
    if mix.kinds_of is not None:
        assert {_kind(s.category) for s in samples} <= {_kind(s.category) for s in load(mix.kinds_of)}
    assert mix.sha256 is None or hashlib.sha256((HERE / f"{mix.split}.txt").read_bytes()).hexdigest() == mix.sha256


@pytest.mark.parametrize("mix", MIXES, ids=lambda mix: mix.split)
def test_the_split_copies_no_text_from_another_set(mix: Mix) -> None:
    texts = [s.text for s in load(mix.split)]
    others = {s.text for path in sorted(HERE.glob("dev*.txt")) if path.stem != mix.split for s in load(path.stem)}
    others |= {s.text for name in sorted(FROZEN_SHA256) for s in load(name)}
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("mix", MIXES, ids=lambda mix: mix.split)
def test_the_benches_measure_the_split_and_the_learned_score_trains_on_the_main_files_only(mix: Mix) -> None:
    from bench.injection import SETS, UNSEEN
    from bench.injection_learned import MEASURED_ONLY, NOT_TRAINED, TUNED

    assert (mix.split, (mix.split,)) in {(name, splits) for name, splits, _ in SETS}
    assert mix.size is None or (mix.split, mix.size) in UNSEEN.values()
    assert mix.learned != "trained" or mix.split in TUNED
    assert mix.learned != "measured" or (mix.split in MEASURED_ONLY and mix.split not in TUNED)
    assert mix.learned != "not trained" or (mix.split in NOT_TRAINED and mix.split not in TUNED + MEASURED_ONLY)


def test_dev18_and_dev19_together_hold_every_kind_the_issue_names() -> None:
    kinds = {_kind(s.category, numbered=True) for split in ("dev18", "dev19") for s in load(split) if s.injection}
    assert kinds >= _ISSUE_KINDS
