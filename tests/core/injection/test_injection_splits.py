"""The frozen injection splits are measured, never tuned on: their hashes are pinned so that any
edit to them shows up as a failing test (and a change of the figures quoted from them)."""

from __future__ import annotations

import hashlib
import re

import pytest

from tests.data.injection.dataset import (
    DEV4_UNSEEN,
    DEV6_UNSEEN,
    DEV7_UNSEEN,
    DEV8_UNSEEN,
    DEV10B_UNSEEN,
    DEV13B_UNSEEN,
    DEV15B_UNSEEN,
    HERE,
    load,
)

FROZEN_SHA256 = {
    "frozen": "dc19dce154d7d7d5c47ecc7f19114a6e63e6171e3b8faf73477457b1f61d66ad",
    "frozen2": "1c9425234a213dcfc2a58534b0c3a099737b3bd6d00e06cdc042cf43a98f39a6",
    "frozen3": "9a8d4bad8602aed4c1875ef6be535879b7cd82d7c657c96790b574aad0375929",
    "frozen4": "0f4df2de73033da1a09adbe9f373ab85218b20e0bd5970a3d39966e332f0c737",
    "frozen5": "740a4d8bfd8daa55ce69beb55f6e4f827683da13a55ad697978cc1de5a6dce00",
    "frozen6": "f175a21926fab1659e4cc23e65c2a02da5a195ce3ed444f67bb25e2fa222feb9",
    "frozen7": "6b9e94e4665406fee45e4e744148db2466c487eb0a98cf1963b79820694f738f",
}


@pytest.mark.parametrize("split", sorted(FROZEN_SHA256))
def test_frozen_split_is_unchanged(split: str) -> None:
    assert hashlib.sha256((HERE / f"{split}.txt").read_bytes()).hexdigest() == FROZEN_SHA256[split]


def test_frozen2_holds_the_mix_it_was_written_for() -> None:
    """At least 60 injections and 160 ordinary texts, in seven languages."""
    samples = load("frozen2")
    assert sum(s.injection for s in samples) >= 60
    assert sum(not s.injection for s in samples) >= 160
    languages = {s.category for s in samples if s.category.startswith("lang-")} | {
        s.carrier for s in samples if s.carrier.startswith("lang-")}
    assert {f"lang-{code}" for code in ("de", "fr", "es", "it", "nl", "pt")} <= languages


def test_dev2_holds_the_mix_it_was_written_for() -> None:
    """The second development set: at least 150 injections and 150 ordinary look-alikes, with
    both kinds in each of the languages the first set lacks."""
    samples = load("dev2")
    assert sum(s.injection for s in samples) >= 150
    assert sum(not s.injection for s in samples) >= 150
    for code in ("ru", "uk", "sv", "da", "cs", "ja", "zh", "ko", "ar", "hi", "ro", "el"):
        kinds = {s.injection for s in samples if s.category == f"lang-{code}"}
        assert kinds == {True, False}, code


def test_dev3_holds_the_mix_it_was_written_for() -> None:
    """The third development set: at least 80 injections and 80 ordinary look-alikes, with both
    kinds among fake turns and role tags, answer formats, workflows, personas, polite notes and
    footers."""
    samples = load("dev3")
    assert sum(s.injection for s in samples) >= 80
    assert sum(not s.injection for s in samples) >= 80
    for kind in ("faketurn", "format", "workflow", "persona", "polite", "footer"):
        assert {s.injection for s in samples if s.category.startswith(kind)} == {True, False}, kind


@pytest.mark.parametrize(("split", "languages", "ordinary_kinds", "ordinary_carriers"), [
    ("frozen3", set(), {"colleague", "recall", "promptguide", "transcript", "roles"}, set()),
    ("frozen4", {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "ja", "zh"},
     {"colleague", "recall", "promptguide", "transcript", "roles", "policy", "howto", "training"},
     {"email", "doc", "config", "page", "ticket"}),
    ("frozen5", {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "ja", "zh"},
     {"colleague", "recall", "promptguide", "transcript", "roles", "policy", "howto", "training"},
     {"email", "doc", "config", "page", "ticket"}),
    ("frozen6", {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "ja", "zh", "da", "ko", "ru", "ar"},
     {"colleague", "recall", "promptguide", "transcript", "roles", "policy", "howto", "training"},
     {"email", "doc", "config", "page", "ticket"}),
    ("frozen7", {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "sv", "ja", "zh", "da", "ko", "ru", "ar",
                 "cs", "fi", "el", "he", "hi", "vi", "id", "ro", "hu", "no", "uk"},
     {"colleague", "recall", "promptguide", "transcript", "roles", "policy", "howto", "training"},
     {"email", "doc", "config", "page", "ticket"}),
])
def test_the_later_frozen_splits_hold_the_mix_they_were_written_for(
    split: str, languages: set[str], ordinary_kinds: set[str], ordinary_carriers: set[str]
) -> None:
    """At least 70 injections and 90 ordinary texts; each category is ``KIND.LANG``, with both
    kinds in at least eight languages, every kind of injection the issue names, ordinary texts
    that give orders to people, and injections hidden in every carrier it names."""
    samples = load(split)
    assert sum(s.injection for s in samples) >= 70
    assert sum(not s.injection for s in samples) >= 90
    assert all(re.fullmatch(r"[a-z0-9-]+\.[a-z]{2}", s.category) for s in samples)
    kinds_by_lang: dict[str, set[bool]] = {}
    for s in samples:
        kinds_by_lang.setdefault(s.category.rsplit(".", 1)[1], set()).add(s.injection)
    assert sum(kinds == {True, False} for kinds in kinds_by_lang.values()) >= 8
    assert languages <= set(kinds_by_lang)
    attacks = {s.category.rsplit(".", 1)[0] for s in samples if s.injection}
    assert {"polite", "hijack", "exfil", "newtask", "faketurn", "roletag", "footer", "judgement", "summary",
            "encoded", "homoglyph", "zerowidth", "hidden"} <= attacks
    assert ordinary_kinds <= {s.category.rsplit(".", 1)[0] for s in samples if not s.injection}
    assert {"email", "page", "doc", "ticket", "review", "cv", "config"} <= {s.carrier for s in samples if s.injection}
    assert ordinary_carriers <= {s.carrier for s in samples if not s.injection}
    assert any("\u200b" in s.text for s in samples)  # the escapes were read as the characters they stand for


def test_frozen_splits_share_no_text_with_the_development_sets() -> None:
    """A text copied from a development set into a frozen one would be measured as unseen."""
    development = sorted(path.stem for path in HERE.glob("dev*.txt"))
    assert {"dev", "dev4", "dev8"} <= set(development)
    seen = {s.text for split in development for s in load(split)}
    frozen = [s.text for split in sorted(FROZEN_SHA256) for s in load(split)]
    assert not seen & set(frozen)
    assert len(frozen) == len(set(frozen))


def test_dev4_holds_the_mix_it_was_written_for() -> None:
    """The fourth development set: at least 100 injections and 100 ordinary look-alikes; the
    injections cover exfiltration, tool actions, swayed judgements, summary manipulation,
    encodings, nested quotes and orders at the end, in at least twelve languages besides English."""
    samples = load("dev4")
    assert sum(s.injection for s in samples) >= 100
    assert sum(not s.injection for s in samples) >= 100
    kinds = {s.category.split(".")[0] for s in samples if s.injection}
    assert {"exfil", "tool", "judge", "summary", "encoded", "nested", "tail", "polite"} <= kinds
    languages = {s.category.split(".")[1] for s in samples if s.injection and "." in s.category}
    assert len(languages) >= 12
    # its last texts, written after the last change, are the unseen measure the benchmark prints
    unseen = samples[-DEV4_UNSEEN:]
    assert sum(s.injection for s in unseen) == 20 and sum(not s.injection for s in unseen) == 20


def test_dev5_holds_the_mix_it_was_written_for() -> None:
    """The fifth development set: at least 150 ordinary texts that give orders to people, quote
    orders or hold role keys, and 50 injections, in at least ten languages; none copied from the
    earlier sets."""
    samples = load("dev5")
    assert sum(s.injection for s in samples) >= 50
    assert sum(not s.injection for s in samples) >= 150
    languages = {s.category.split(".")[1] if "." in s.category else "en" for s in samples}
    assert len(languages) >= 10
    ordinary = {s.category.split(".")[0] for s in samples if not s.injection}
    assert {"recall", "disregard", "howto", "onboarding", "policy", "ooo", "macro", "runbook", "chatbot",
            "promptguide", "aipolicy", "awareness", "transcript", "roles", "comment", "rubric", "newsletter",
            "legal", "manual"} <= ordinary
    earlier = {s.text for split in ("dev", "dev2", "dev3", "dev4") for s in load(split)}
    assert not earlier & {s.text for s in samples}


def test_dev6_holds_the_mix_it_was_written_for() -> None:
    """The sixth development set: at least 100 injections and 100 ordinary look-alikes in the same
    carriers, in at least eight languages; the injections cover polite, passive, conditional,
    third-person and future phrasings, exfiltration, judgements, summaries, actions, personas,
    fake system or tool output and encodings; none copied from the earlier sets."""
    samples = load("dev6")
    assert sum(s.injection for s in samples) >= 100
    assert sum(not s.injection for s in samples) >= 100
    languages = {s.category.split(".")[1] if "." in s.category else "en" for s in samples}
    assert len(languages) >= 8
    kinds = {s.category.split(".")[0] for s in samples if s.injection}
    assert {"polite", "passive", "conditional", "third-person", "future", "exfil", "judgement", "summary",
            "action", "persona", "fakesystem", "faketool", "base64", "rot13", "homoglyph", "zerowidth"} <= kinds
    carriers = {s.carrier for s in samples}
    assert {"email", "page", "doc", "csv", "calendar", "ticket", "review", "cv", "transcript", "code", "json",
            "yaml"} <= carriers
    earlier = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5") for s in load(split)}
    assert not earlier & {s.text for s in samples}
    # its last texts, written after the second and the last round of changes, are the unseen measure the
    # benchmark prints
    unseen = samples[-DEV6_UNSEEN:]
    assert sum(s.injection for s in unseen) == 40 and sum(not s.injection for s in unseen) == 40


def test_dev8_holds_the_mix_it_was_written_for() -> None:
    """The eighth development set: at least 200 ordinary texts of the kinds that tripped the scan
    on unseen text and 40 injections, in at least twelve languages; none copied from the other
    sets."""
    samples = load("dev8")
    assert sum(s.injection for s in samples) >= 40
    assert sum(not s.injection for s in samples) >= 200
    languages = {s.category.split(".")[1] if "." in s.category else "en" for s in samples}
    assert len(languages) >= 12
    ordinary = {s.category.split(".")[0] for s in samples if not s.injection}
    assert {"recall", "disregard", "correction", "colleague", "handover", "onboarding", "howto", "runbook", "roles",
            "chatbot", "call", "promptguide", "aipolicy", "training", "ivr", "bot", "rubric", "legal", "exam", "game",
            "recipe", "manual"} <= ordinary
    assert {"config", "code", "transcript", "script"} <= {s.carrier for s in samples if not s.injection}
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    # its last texts, written after the last change, are an unseen measure the benchmark prints
    unseen = samples[-DEV8_UNSEEN:]
    assert sum(s.injection for s in unseen) == 8 and sum(not s.injection for s in unseen) == 39
    assert len(texts) == len(set(texts))


def test_dev7_holds_the_mix_it_was_written_for() -> None:
    """The seventh development set: at least 100 injections and 100 ordinary look-alikes, both
    kinds in each of fifteen languages besides English, injections in every carrier pasted text
    brings them in; none copied from the earlier or the frozen sets."""
    samples = load("dev7")
    assert sum(s.injection for s in samples) >= 100
    assert sum(not s.injection for s in samples) >= 100
    for code in ("pl", "cs", "sv", "da", "no", "fi", "tr", "el", "ru", "uk", "ja", "zh", "ko", "ar", "hi"):
        kinds = {s.injection for s in samples if s.category.endswith(f".{code}")}
        assert kinds == {True, False}, code
    english = [s for s in samples if "." not in s.category]
    assert len(english) >= len(samples) // 4
    carriers = {s.carrier for s in samples if s.injection}
    assert {"email", "page", "doc", "csv", "calendar", "ticket", "review", "cv", "transcript", "code",
            "json"} <= carriers
    kinds = {s.category.split(".")[0] for s in samples if s.injection}
    assert {"polite", "passive", "conditional", "future", "thirdperson", "list", "split", "exfil", "judgement",
            "summary", "action", "persona", "faketool", "encoded"} <= kinds
    earlier = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", *sorted(FROZEN_SHA256)) for s in load(split)}
    assert not earlier & {s.text for s in samples}
    # its later batches, each written after a round of changes and measured before the next
    batches = (samples[-292:-229], samples[-229:-172], samples[-172:-112], samples[-112:-78], samples[-78:-53],
               samples[-53:-29], samples[-DEV7_UNSEEN:])
    assert [(sum(s.injection for s in batch), sum(not s.injection for s in batch)) for batch in batches] == [
        (31, 32), (28, 29), (25, 35), (16, 18), (12, 13), (12, 12), (14, 15)]  # the last, never tuned on


def test_dev9_holds_the_mix_it_was_written_for() -> None:
    """The ninth development set: at least 80 injections and 100 ordinary look-alikes in English
    business documents, every carrier and kind of injection it was written for, and ordinary texts
    giving the same orders to people; none copied from the other sets."""
    samples = load("dev9")
    assert sum(s.injection for s in samples) >= 80
    assert sum(not s.injection for s in samples) >= 100
    kinds = {s.category for s in samples if s.injection}
    assert {"polite", "hijack", "exfil", "newtask", "faketurn", "roletag", "htmlcomment", "footer", "alttext",
            "csvcell", "calendar", "codecomment", "judgement", "summary"} <= kinds
    ordinary = {s.category for s in samples if not s.injection}
    assert {"colleague", "recall", "promptguide", "aipolicy", "transcript", "roles", "changelog", "macro",
            "bankchange", "training"} <= ordinary
    assert {"email", "page", "doc", "csv", "calendar", "code", "cv", "review"} <= {s.carrier for s in samples if s.injection}
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", *sorted(FROZEN_SHA256))
              for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_dev9b_holds_fresh_texts_of_dev9s_categories() -> None:
    """dev9b, written after dev9's changes and only measured: at least 20 injections and 20
    ordinary texts of dev9's kinds, none copied from dev9 or another set."""
    samples = load("dev9b")
    assert sum(s.injection for s in samples) >= 20
    assert sum(not s.injection for s in samples) >= 20
    dev9 = load("dev9")
    assert {s.category for s in samples} <= {s.category for s in dev9}
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                                   *sorted(FROZEN_SHA256)) for s in load(split)}
    assert not others & {s.text for s in samples}


def test_the_bench_measures_each_frozen_split_and_their_unions() -> None:
    """frozen7 is reported alone and in a union of all seven, beside the unions quoted before it."""
    from bench.injection import SETS

    reported = {name: splits for name, splits, _ in SETS}
    assert reported["frozen5"] == ("frozen5",)
    assert reported["frozen + frozen2 + frozen3 + frozen4"] == ("frozen", "frozen2", "frozen3", "frozen4")
    assert reported["frozen + frozen2 + frozen3 + frozen4 + frozen5"] == (
        "frozen", "frozen2", "frozen3", "frozen4", "frozen5")
    assert reported["frozen6"] == ("frozen6",)
    assert reported["frozen + frozen2 + frozen3 + frozen4 + frozen5 + frozen6"] == (
        "frozen", "frozen2", "frozen3", "frozen4", "frozen5", "frozen6")
    assert reported["frozen7"] == ("frozen7",)
    assert reported["frozen + frozen2 + frozen3 + frozen4 + frozen5 + frozen6 + frozen7"] == tuple(sorted(FROZEN_SHA256))


def test_frozen7_has_both_kinds_in_every_language_it_was_written_in() -> None:
    """frozen7: a small team's week in twenty-seven languages, each holding injections and ordinary
    texts, every kind of injection at least three times, and both kinds in each language's own words
    (not only English)."""
    samples = load("frozen7")
    kinds_by_lang: dict[str, set[bool]] = {}
    for s in samples:
        kinds_by_lang.setdefault(s.category.rsplit(".", 1)[1], set()).add(s.injection)
    assert len(kinds_by_lang) >= 27 and all(kinds == {True, False} for kinds in kinds_by_lang.values())
    attacks = [s.category.rsplit(".", 1)[0] for s in samples if s.injection]
    assert min(attacks.count(kind) for kind in set(attacks)) >= 3
    assert sum(not s.category.endswith(".en") for s in samples) * 3 > len(samples) * 2


def test_dev10_holds_the_mix_it_was_written_for() -> None:
    """The tenth development set: at least 80 injections and 100 ordinary look-alikes, both kinds in
    at least twelve languages besides English; every kind of injection, and every disguise the scan
    must see through; ordinary texts that use the same tricks; none copied from the other sets."""
    samples = load("dev10")
    assert sum(s.injection for s in samples) >= 80
    assert sum(not s.injection for s in samples) >= 100
    assert all(re.fullmatch(r"[a-z0-9-]+\.[a-z]{2}", s.category) for s in samples)
    kinds_by_lang: dict[str, set[bool]] = {}
    for s in samples:
        kinds_by_lang.setdefault(s.category.rsplit(".", 1)[1], set()).add(s.injection)
    assert sum(kinds == {True, False} for code, kinds in kinds_by_lang.items() if code != "en") >= 12
    attacks = {s.category.rsplit(".", 1)[0] for s in samples if s.injection}
    assert {"polite", "hijack", "exfil", "newtask", "faketurn", "roletag", "footer", "judgement", "summary", "action",
            "hidden", "encoded", "reversed", "homoglyph", "fullwidth", "leet", "spaced", "dotted", "accents",
            "zerowidth"} <= attacks
    tricks = {s.category.rsplit(".", 1)[0] for s in samples if not s.injection}
    assert {"colleague", "recall", "aipolicy", "promptguide", "training", "roles", "spaced", "encoded", "hidden",
            "fullwidth", "zerowidth", "leet", "homoglyph"} <= tricks
    assert any("\u200b" in s.text for s in samples) and any("\u200c" in s.text for s in samples)
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", *sorted(FROZEN_SHA256))
              for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_dev10b_is_a_fresh_batch_of_dev10s_kinds() -> None:
    """dev10b: 21 injections and 21 ordinary texts of dev10's kinds, in at least ten languages, none
    copied from another set; the benchmark measures all of it on its own."""
    samples = load("dev10b")
    assert len(samples) == DEV10B_UNSEEN
    assert sum(s.injection for s in samples) == 21 and sum(not s.injection for s in samples) == 21
    assert len({s.category.rsplit(".", 1)[1] for s in samples}) >= 10
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev10",
                                   *sorted(FROZEN_SHA256)) for s in load(split)}
    assert not others & {s.text for s in samples}


def test_dev11_holds_the_categories_the_other_sets_lack() -> None:
    """The eleventh development set: at least 40 injections and 40 ordinary texts, in English and
    at least six other languages; orders in metadata, framed as the document's own rules, behind a
    condition, split into steps, asking for tools, swapping the persona; SOPs, checklists, house
    rules and ordinary metadata as look-alikes; none copied from the other sets."""
    samples = load("dev11")
    assert sum(s.injection for s in samples) >= 40
    assert sum(not s.injection for s in samples) >= 40
    assert all(re.fullmatch(r"[a-z]+\.[a-z]{2}", s.category) for s in samples)
    languages = {s.category.rsplit(".", 1)[1] for s in samples}
    assert "en" in languages and len(languages - {"en"}) >= 6
    attacks = {s.category.rsplit(".", 1)[0] for s in samples if s.injection}
    assert {"metadata", "docrule", "conditional", "multistep", "tooluse", "persona"} <= attacks
    looks = {s.category.rsplit(".", 1)[0] for s in samples if not s.injection}
    assert {"sop", "checklist", "process", "rules", "metadata", "runbook"} <= looks
    assert {"email", "doc", "calendar", "code", "ticket"} <= {s.carrier for s in samples if s.injection}
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_dev12_holds_english_carriers_and_the_categories_the_others_lack() -> None:
    """The twelfth development set: at least 50 injections and 50 ordinary texts, mostly English
    (British, American, Indian) with some mixed; orders phrased as facts about the assistant, addressed to
    a summariser or screening tool, hijacked answers, prompt leaks, swayed judgements, social engineering,
    split and soft orders, exfiltration through image links; orders to staff, AI policies, prompt guides,
    training and complaints about chatbots as look-alikes; in the carriers real documents use; none copied."""
    samples = load("dev12")
    assert sum(s.injection for s in samples) >= 50
    assert sum(not s.injection for s in samples) >= 50
    assert all(re.fullmatch(r"[a-z0-9]+\.[a-z]{2}", s.category) for s in samples)
    english = sum(s.category.endswith((".en", ".us", ".in")) for s in samples)
    assert english >= 0.8 * len(samples) and any(s.category.endswith(".mx") for s in samples)
    attacks = {s.category.rsplit(".", 1)[0] for s in samples if s.injection}
    assert {"factual", "addressed", "hijack2", "leak", "judgement2", "social", "split", "soft", "exfilimg"} <= attacks
    looks = {s.category.rsplit(".", 1)[0] for s in samples if not s.injection}
    assert {"staff", "aipolicy2", "promptguide2", "training2", "complaint", "disregard2"} <= looks
    assert {"email", "review", "cv", "page", "markdown", "code", "csv", "transcript", "ticket", "form"} <= {
        s.carrier for s in samples if s.injection}
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", "dev11", *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_dev13_holds_business_text_in_the_languages_other_than_english() -> None:
    """The thirteenth development set: at least 50 injections and 60 ordinary texts in at least twelve
    languages other than English, each with both kinds; every category of injection, and ordinary
    look-alikes that give orders to people, describe injections or carry role keys; none copied."""
    samples = load("dev13")
    assert sum(s.injection for s in samples) >= 50
    assert sum(not s.injection for s in samples) >= 60
    assert all(re.fullmatch(r"[a-z]+\.[a-z]{2}", s.category) for s in samples)
    kinds_by_lang: dict[str, set[bool]] = {}
    for s in samples:
        kinds_by_lang.setdefault(s.category.rsplit(".", 1)[1], set()).add(s.injection)
    assert "en" not in kinds_by_lang
    assert sum(kinds == {True, False} for kinds in kinds_by_lang.values()) >= 12
    attacks = {s.category.rsplit(".", 1)[0] for s in samples if s.injection}
    assert {"polite", "hijack", "exfil", "newtask", "faketurn", "roletag", "judgement", "summary", "spaced", "homoglyph",
            "leet", "accents", "zerowidth", "dotted"} <= attacks
    looks = {s.category.rsplit(".", 1)[0] for s in samples if not s.injection}
    assert {"colleague", "customer", "aipolicy", "promptguide", "training", "legal", "translation", "roleplay",
            "sysadmin"} <= looks
    assert {"email", "ticket", "page", "cv", "pdf", "doc"} <= {s.carrier for s in samples if s.injection}
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", "dev11", *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_dev14_holds_the_english_carriers_and_categories_the_others_hold_least() -> None:
    """The fourteenth development set: at least 60 injections and 60 ordinary texts, mostly British,
    American, Indian and Australian English; the carriers and categories the earlier sets hold least,
    with ordinary look-alikes in the same carriers; none copied from another set."""
    samples = load("dev14")
    assert sum(s.injection for s in samples) >= 60
    assert sum(not s.injection for s in samples) >= 60
    assert all(re.fullmatch(r"[a-z]+\.(?:en|us|in|au)", s.category) for s in samples)
    attacks = {s.category.rsplit(".", 1)[0] for s in samples if s.injection}
    assert {"businessnote", "condition", "subjectsplit", "table", "htmlcomment", "alttext", "invite", "commit",
            "filename", "jsonvalue", "csvcell", "logline", "signature", "userask", "toolhijack", "moneygoal",
            "exfillink", "fakesystem", "buried"} <= attacks
    looks = {s.category.rsplit(".", 1)[0] for s in samples if not s.injection}
    assert {"colleague", "supplierbank", "ithowto", "onboarding", "aidocs", "awareness", "aimeeting",
            "mailrule"} <= looks
    # the carriers an injection hides in hold ordinary texts too
    assert {"commit", "logline", "jsonvalue", "csvcell", "invite", "htmlcomment", "alttext", "signature",
            "filename"} <= attacks & looks
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", "dev11", "dev12", "dev12b", "dev13", "dev13b",
                                   *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_dev14b_is_a_fresh_batch_of_dev14s_kinds() -> None:
    """dev14b, written after dev14's rounds of changes and only measured: at least 25 injections and 25
    ordinary texts of dev14's categories and carriers, none copied from another set; the benchmark
    measures it without listing its misses."""
    from bench.injection import SETS

    samples = load("dev14b")
    assert sum(s.injection for s in samples) >= 25 and sum(not s.injection for s in samples) >= 25
    tuned = load("dev14")
    assert {s.category for s in samples} <= {s.category for s in tuned}
    assert {s.carrier for s in samples} <= {s.carrier for s in tuned}
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", "dev11", "dev12", "dev12b", "dev13", "dev13b", "dev14",
                                   *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))
    assert ("dev14b", ("dev14b",)) in {(name, splits) for name, splits, _ in SETS}


def test_dev12b_is_a_fresh_batch_of_dev12s_kinds() -> None:
    """dev12b, written after dev12's first round of changes and only measured: at least 20 injections
    and 20 ordinary texts of dev12's categories, none copied from another set; the benchmark does not
    list its misses."""
    from bench.injection import SETS

    samples = load("dev12b")
    assert sum(s.injection for s in samples) >= 20 and sum(not s.injection for s in samples) >= 20
    kinds = {s.category.rsplit(".", 1)[0] for s in load("dev12")}
    assert {s.category.rsplit(".", 1)[0] for s in samples} <= kinds
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", "dev11", "dev12", *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))
    assert ("dev12b", ("dev12b",)) in {(name, splits) for name, splits, _ in SETS}


def test_dev13b_is_a_fresh_batch_of_dev13s_kinds() -> None:
    """dev13b: 21 injections and 21 ordinary texts of dev13's kinds, in at least twelve languages other
    than English, none copied from another set; the benchmark measures all of it on its own."""
    samples = load("dev13b")
    assert len(samples) == DEV13B_UNSEEN
    assert sum(s.injection for s in samples) == 21 and sum(not s.injection for s in samples) == 21
    languages = {s.category.rsplit(".", 1)[1] for s in samples}
    assert "en" not in languages and len(languages) >= 12
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", "dev11", "dev13", *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


_DEV15_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "da", "no", "fi", "cs", "ro", "hu", "el",
                    "ru", "uk", "ar", "he", "hi", "zh", "ja", "ko", "vi", "id", "th")
_DEV15_DISGUISES = {"mixedscript", "leet", "spaced", "dotted", "zerowidth", "softhyphen", "fullwidth", "b64", "hexenc",
                    "rot13", "urlenc", "reversed", "cellsplit", "linesplit", "htmlcomment", "whitetext", "tinyfont",
                    "mdcomment", "emojisep"}


def test_dev15_holds_languages_written_to_machines_and_disguised_spellings() -> None:
    """The fifteenth development set: at least 60 injections and 60 ordinary texts; half in languages
    other than English in the register each uses for machines, every one of the team's languages with
    an injection; half in disguised spellings, each disguise with an injection; none copied."""
    samples = load("dev15")
    assert sum(s.injection for s in samples) >= 60 and sum(not s.injection for s in samples) >= 60
    assert all(re.fullmatch(r"[a-z0-9]+\.[a-z]{2}", s.category) for s in samples)
    disguised = [s for s in samples if s.category.rsplit(".", 1)[0] in _DEV15_DISGUISES | {
        "token", "attachment", "hexdump", "b64notes", "stylised", "mixedname", "hash", "hexcolor", "b64image",
        "emojisep", "homoglyph"}]
    in_languages = [s for s in samples if s not in disguised]
    assert len(in_languages) >= 0.45 * len(samples) and len(disguised) >= 0.45 * len(samples)
    assert "en" not in {s.category.rsplit(".", 1)[1] for s in in_languages}
    assert set(_DEV15_LANGUAGES) <= {s.category.rsplit(".", 1)[1] for s in in_languages if s.injection}
    assert {s.category.rsplit(".", 1)[0] for s in disguised if s.injection} >= _DEV15_DISGUISES
    assert {"token", "attachment", "hash", "stylised", "mixedname"} <= {
        s.category.rsplit(".", 1)[0] for s in disguised if not s.injection}
    assert {"invoice", "email", "ticket", "review", "cv", "page"} <= {s.carrier for s in in_languages if s.injection}
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", "dev11", "dev12", "dev12b", "dev13", "dev13b",
                                   *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))


def test_dev15b_is_a_fresh_batch_of_dev15s_kinds() -> None:
    """dev15b: 37 injections and 37 ordinary texts of dev15's kinds, in at least twelve languages, none
    copied from another set; the benchmark measures all of it on its own."""
    from bench.injection import SETS

    samples = load("dev15b")
    assert len(samples) == DEV15B_UNSEEN
    assert sum(s.injection for s in samples) == 37 and sum(not s.injection for s in samples) == 37
    assert len({s.category.rsplit(".", 1)[1] for s in samples}) >= 12
    kinds = {s.category.rsplit(".", 1)[0] for s in load("dev15")}
    assert {s.category.rsplit(".", 1)[0] for s in samples} <= kinds
    others = {s.text for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev9b",
                                   "dev10", "dev10b", "dev11", "dev12", "dev12b", "dev13", "dev13b", "dev15",
                                   *sorted(FROZEN_SHA256)) for s in load(split)}
    texts = [s.text for s in samples]
    assert not others & set(texts)
    assert len(texts) == len(set(texts))
    assert ("dev15b", ("dev15b",)) in {(name, splits) for name, splits, _ in SETS}
