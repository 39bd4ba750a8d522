"""A learned second opinion beside the injection cues: does a passage read like an instruction to an AI?

The cues (``injection.cues``) follow the texts they were written from; this score is a logistic
regression over the words of the folded text (``folding.fold``: NFKC, look-alike letters,
invisible characters, accents, de-spacing; spaced-out runs are glued back), learned from the
hand-written development texts by ``python -m bench.injection_learned --write``, which writes its
weights to ``resources/injection/model.json`` (read once, on the first scan that needs it).

Features are lowercased word unigrams and bigrams (in Chinese and Japanese, characters and pairs of
characters), and each sentence's ``markers`` (it names an AI, it names staff), kept as strings: scoring is one dict lookup per feature, no library. An injection is often one sentence in a long email, so a text is scored
window by window (a sentence with its next one) and its score is the best window's: a long
ordinary text is not flagged by adding up many weak words, and a short order is not diluted by the
text around it. The scan asks this score only of a text its cues did not flag but found some
evidence in (``MIN_CUE_SCORE``), and only on the lines where they found it (``regions``); measured
with ``python -m bench.injection_learned``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, repeat
from typing import Any

from desktop.core.injection.cues.people import _machines, _people
from desktop.core.privacy.folding import Folded
from desktop.core.shipped import read_shipped_json

MODEL_FILE = "injection/model.json"
_WORD = re.compile(r"\w+")
# Chinese and Japanese are written without spaces: each of their characters is a word of its own (a
# whole clause would otherwise be one word no other text shares), so their features are characters
# and pairs of neighbouring characters. Measured: 2 more injections of 390 flagged in the
# measured-only texts at the same threshold rule, no more ordinary ones (``bench.injection_learned``).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Words, and the places a sentence ends: . ! ? before a space or a CJK character, the CJK full
# stops anywhere, or a line break. (Folding made the full-width ! and ? plain ones.)
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|[.!?](?=\s|[{_CJK}])|[\u3002\uff01\uff1f]|\n")
_ENDS = frozenset(".!?\u3002\uff01\uff1f\n")
_MAX_SENTENCE = 60  # words; a longer run without a full stop is judged in pieces of this many
_MIN_WORDS = 3  # a window of fewer words says too little to judge
_LINE = re.compile(r"\n")


def _sentences(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``tokens`` (long runs in pieces; empty ones dropped)."""
    found: list[tuple[int, int]] = []
    start = 0
    for end in [*(i for i, token in enumerate(tokens) if token in _ENDS), len(tokens)]:
        found += [(a, min(a + _MAX_SENTENCE, end)) for a in range(start, end, _MAX_SENTENCE)]
        start = end + 1
    return found


def sentence_words(text: str) -> list[list[str]]:
    """The words of each sentence of folded ``text``."""
    tokens = _TOKEN.findall(text)
    return [tokens[a:b] for a, b in _sentences(tokens)]


def features(words: list[str]) -> list[str]:
    """The features of one sentence: each word, and each pair of neighbours as ``"a b"``."""
    return [*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))]


def markers(words: list[str]) -> list[str]:
    """Whom one sentence names, as features shared by every language: ``"<ai>"`` when it names a
    machine reader (the people cue's ``MACHINES``, "AI", a role given: "You are ..."), ``"<staff>"``
    when it names people (its ``PEOPLE`` and ``INTERNAL``: colleagues, the team, whoever, an internal
    note). A language with few training texts still counts them, and a window naming staff beside an
    AI is weighed as such. Measured (``bench.injection_learned``): 3 more injections of 417 flagged in
    the measured-only texts, no more ordinary ones."""
    text = " ".join(words)
    return [name for name, pattern in (("<ai>", _machines()), ("<staff>", _people())) if pattern.search(text)]


def windows(folded: Folded) -> Iterator[list[str]]:
    """The features of each window a text is judged by: each sentence with the next one (or alone
    when it is the only one; pairs of words are not taken across the two), each with its
    ``markers``, and the glued-up spaced-out runs as one more. Windows of fewer than ``_MIN_WORDS``
    words are left out."""
    sentences = sentence_words(folded.text)
    found = [features(words) + markers(words) for words in sentences]
    if len(sentences) == 1 and len(sentences[0]) >= _MIN_WORDS:
        yield found[0]
    for i in range(len(sentences) - 1):
        if len(sentences[i]) + len(sentences[i + 1]) >= _MIN_WORDS:
            yield found[i] + found[i + 1]
    glued = [word for run in folded.glued for word in _WORD.findall(run)]
    if len(glued) >= _MIN_WORDS:
        yield features(glued)


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]  # "word" and "word word" features, as trained and shipped
    threshold: float  # a text is flagged when its best window's probability reaches this
    unigrams: dict[str, float] = field(init=False, repr=False, compare=False)
    bigrams: dict[tuple[str, str], float] = field(init=False, repr=False, compare=False)
    lift: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Pairs keyed by tuples: looking one up costs no string building.
        pairs = {tuple(k.split(" ")): v for k, v in self.weights.items() if " " in k}
        object.__setattr__(self, "unigrams", {k: v for k, v in self.weights.items() if " " not in k})
        object.__setattr__(self, "bigrams", pairs)
        # the most a sentence's markers can add to it
        object.__setattr__(self, "lift", sum(max(self.weights.get(m, 0.0), 0.0) for m in ("<ai>", "<staff>")))

    def _sum(self, words: list[str]) -> float:
        """The weights of one run's features (``features(words)``), summed at C speed."""
        return (sum(map(self.unigrams.get, words, repeat(0.0)))
                + sum(map(self.bigrams.get, zip(words, words[1:], strict=False), repeat(0.0))))

    def _text_logit(self, text: str, floor: float = -50.0) -> float:
        """The best log-odds among the sentence windows of folded ``text`` (-50 when none): the
        windows of ``windows``, each word and pair looked up once, sentences summed from running
        totals."""
        tokens = _TOKEN.findall(text)
        # A sentence end is in neither table, so it adds nothing and no pair is taken across it.
        single = list(accumulate(map(self.unigrams.get, tokens, repeat(0.0)), initial=0.0))
        pairs = list(accumulate(map(self.bigrams.get, zip(tokens, tokens[1:], strict=False), repeat(0.0)),
                                initial=0.0))
        spans = _sentences(tokens)
        base = [single[b] - single[a] + pairs[b - 1] - pairs[a] for a, b in spans]
        size = [b - a for a, b in spans]
        candidates: list[tuple[int, ...]]
        if len(spans) == 1:
            candidates = [(0,)] if size[0] >= _MIN_WORDS else []
        else:
            candidates = [(i, i + 1) for i in range(len(spans) - 1) if size[i] + size[i + 1] >= _MIN_WORDS]
        # The markers cost two long patterns a sentence: a window gets them only when its words plus the
        # most its markers could add can still beat the best window so far (the same best, found sooner).
        marked: dict[int, float] = {}
        get = self.unigrams.get

        def sentence(i: int) -> float:
            if i not in marked:
                a, b = spans[i]
                marked[i] = base[i] + sum(get(m, 0.0) for m in markers(tokens[a:b]))
            return marked[i]

        best = floor
        for window in sorted(candidates, key=lambda w: -sum(base[i] for i in w)):
            if self.bias + sum(base[i] for i in window) + self.lift * len(window) + 1e-9 <= best:
                break
            value = self.bias
            for i in window:
                value += sentence(i)
            best = max(best, value)
        return best

    def logit(self, folded: Folded, places: Sequence[int], floor: float = -50.0) -> float:
        """The best window's log-odds (-50 when there is none to judge), judged only in the lines
        that hold one of ``places`` (where the cues found some evidence, too little to flag the
        text) and the line after each: a long document costs what its suspect lines cost, and a
        line the cues found nothing in is not flagged for its wording alone (measured: this flags
        more injections at the same share of ordinary texts than judging every line). Below ``floor``
        the answer is only "not above it" (windows that cannot pass it are not given their markers)."""
        best = floor
        for region in regions(folded.text, places):
            best = max(best, self._text_logit(region, best))
        glued = [word for run in folded.glued for word in _WORD.findall(run)]
        if len(glued) >= _MIN_WORDS:
            best = max(best, self.bias + self._sum(glued))
        return best

    def probability(self, folded: Folded, places: Sequence[int], floor: float = -50.0) -> float:
        """The best window's probability (0.0 for a text too short to judge; only "below" under ``floor``)."""
        z = self.logit(folded, places, floor)
        return 0.0 if z <= -50.0 else 1.0 / (1.0 + math.exp(-min(z, 50.0)))

    def flags(self, folded: Folded, places: Sequence[int]) -> bool:
        # (windows whose log-odds cannot reach the threshold's are left unfinished: the same answer, sooner)
        floor = math.log(self.threshold / (1.0 - self.threshold)) - 1e-6 if 0.0 < self.threshold < 1.0 else -50.0
        return self.probability(folded, places, max(floor, -50.0)) >= self.threshold


def regions(text: str, places: Sequence[int]) -> Iterator[str]:
    """The runs of lines of ``text`` that hold one of ``places`` or follow such a line."""
    starts = [0, *(m.end() for m in _LINE.finditer(text))]
    wanted = sorted({line + step for line in {bisect_right(starts, at) - 1 for at in places}
                     for step in (0, 1) if 0 <= line + step < len(starts)})
    run: list[int] = []
    for line in wanted:
        if run and line != run[-1] + 1:
            yield _lines(text, starts, run[0], run[-1])
            run = []
        run.append(line)
    if run:
        yield _lines(text, starts, run[0], run[-1])


def _lines(text: str, starts: list[int], first: int, last: int) -> str:
    return text[starts[first] : starts[last + 1] if last + 1 < len(starts) else len(text)]


def model_from_json(raw: dict[str, Any]) -> Model:
    return Model(bias=float(raw["bias"]), weights={str(k): float(v) for k, v in raw["weights"].items()},
                 threshold=float(raw["threshold"]))


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped weights, read once."""
    return read_shipped_json(MODEL_FILE, "The injection scan's data", model_from_json)


# Shown beside the cues' reasons ("The text in <field> <reason>.").
REASON = "reads like an instruction written to an AI (judged from its wording as a whole, not from one phrase)"
# The score is asked only of a text where the cues found at least this much evidence (their flag
# is at 1.0): it counts as one more cue, and does not overrule the cues' judgement of whom a text
# addresses ("Nota para el equipo que lea este documento: di que..." is for people).
MIN_CUE_SCORE = 0.5
# Whether the scan asks this score at all. Measured (``python -m bench.injection_learned``), with its
# threshold set so that it adds at most 0.1 point of ordinary texts on leave-one-file-out: on the
# never-tuned texts it flags 18 more of 517 injections and no more of 568 ordinary ones (dev22, dev23 and
# dev25 trained on beside dev17 to dev21; 15 more with the weights trained before them; 21 more of 477 with
# dev17 to dev21 in training, the sentences' markers and the cues of dev22 and dev23; before those cues, 16 more of
# 437; before dev20, 16 more of 417; 13 more without the markers; 15 more
# of 405 and none of 440 before dev21; with dev17 alone 13 more of 385 and 1 more of 420; before them, 11
# more of 370 and no more of 405). (At 0.5
# point, before dev16, it flagged 12 more of 331 for 1 more ordinary text, and orders and claims
# aimed at people that the cues rightly leave alone: "The summary of this report must be approved
# by the finance lead before it is circulated.")
ENABLED = True




def asked(text: str, places: Sequence[int], cue_score: float) -> bool:
    """Whether the scan asks the learned score of folded ``text`` whose cues scored ``cue_score`` at ``places``."""
    return cue_score >= MIN_CUE_SCORE


def reasons(folded: Folded, places: Sequence[int], cue_score: float) -> list[str]:
    """``[REASON]`` when the learned score flags a text the cues did not, else nothing."""
    if ENABLED and asked(folded.text, places, cue_score) and model().flags(folded, places):
        return [REASON]
    return []
