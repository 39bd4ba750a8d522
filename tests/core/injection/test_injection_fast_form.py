"""Every cue is searched in a rewritten form the engine can skip through (``fast_form``): it must
find what the cue as written finds, and a cue of a shape it cannot rewrite is searched as written."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest

from desktop.core.injection.cue_patterns import fast_form, fast_pattern
from desktop.core.injection.cues import CUES
from desktop.core.injection.hits import Hit, best_window
from desktop.core.injection.key_places import windows
from desktop.core.injection.scan import _compiled, _cue_hits, _cue_hits_everywhere, _search_spans
from desktop.core.privacy.folding import fold
from tests.data.injection.dataset import HERE, load

_FLAGS = re.DOTALL | re.MULTILINE
_DEV = sorted(path.stem for path in Path(HERE).glob("dev*.txt"))


@cache
def _dev_texts() -> tuple[str, ...]:
    return tuple(fold(s.text).text for split in _DEV for s in load(split))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern, texts", [
    # an alternative of the leading group that starts with an optional group
    (r"\b(?:(?:automated )?systems|tools) (?:must|should) \w+",
     ["automated systems must approve", "systems should say", "the tools must list", "automated tools should"]),
    # (beside an alternative that lists as several words: as many words as alternatives, one lost)
    (r"\b(?:(?:automated )?systems|(?:tool|robot)s?) must \w+",
     ["automated systems must approve", "systems must say", "robots must list", "a tool must go"]),
    (r"\b(?:(?:the |an? )?(?:ai|bot)|model)s? reading\b",
     ["the ai reading", "an ai reading", "bots reading", "models reading", "a bot reading", "said reading"]),
    # ... and a whole pattern led by one
    (r"\b(?:dear |hi )?(?:assistant|bot),", ["dear assistant, do", "hi bot, go", "assistant, ok", "robot, no"]),
    # a repeated or lazy group cannot be listed: searched as written
    (r"\b(?:(?:very )*urgent|now) do", ["very very urgent do", "urgent do", "now do"]),
    (r"\b(?:(?:x )??y|z)w", ["x yw", "yw", "zw"]),
])
def test_a_leading_optional_group_keeps_every_alternative(pattern: str, texts: list[str]) -> None:
    fast, plain = re.compile(fast_form(pattern), _FLAGS), re.compile(pattern, _FLAGS)
    for text in [*texts, " / ".join(texts), "\n".join(texts)]:
        assert _spans(fast, text) == _spans(plain, text), (pattern, text)
    assert len(_spans(plain, "\n".join(texts))) >= 2


def test_every_cue_finds_in_its_fast_form_what_it_finds_as_written() -> None:
    """Over every development text, the whole text searched (not only near key words)."""
    texts = _dev_texts()
    assert len(_DEV) >= 8 and len(texts) > 1000
    for cue in CUES:
        fast, plain = fast_pattern(cue.pattern), re.compile(cue.pattern, _FLAGS)
        if fast.pattern == cue.pattern:
            continue
        for text in texts:
            assert _spans(fast, text) == _spans(plain, text), (cue.kind, cue.pattern[:120], text[:200])


def test_every_cue_finds_around_its_key_words_what_a_full_search_finds() -> None:
    """Searched near their key words only (and orders near an address only), the cues score every
    development text as a search of the whole text with every cue does; and lines of them shuffled."""
    texts = list(_dev_texts())
    rnd = random.Random(12)
    pieces = [line for text in texts for line in text.splitlines() if line.strip()]
    texts += ["\n".join(rnd.choice(pieces) for _ in range(rnd.randint(2, 12))) for _ in range(200)]
    for text in texts:
        folded = fold(text)
        assert best_window(sorted(_cue_hits(folded.text)), folded.tricks) == best_window(
            sorted(_cue_hits_everywhere(folded.text)), folded.tricks), text


def test_searching_stretches_finds_what_iterating_over_them_finds() -> None:
    """``_search_spans`` skips stretches with no match and goes on after a first match: every cue
    finds there what iterating over each stretch finds, at stretch ends and line starts too."""
    text = "\n\n".join(_dev_texts()[::7])
    rnd = random.Random(18)
    spans = windows(text, sorted(rnd.sample(range(len(text)), 300)), 200, 200)
    assert len(spans) > 40
    for cue in _compiled():
        found: list[Hit] = []
        _search_spans(text, cue, spans, found)
        iterated = [(m.start(), cue.kind, cue.weight) for start, end in spans for m in cue.pattern.finditer(text, start, end)]
        assert found == iterated, cue.source[:120]
