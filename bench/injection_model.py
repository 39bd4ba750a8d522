"""Experiment: does a small learned text classifier, used beside the injection cues (flag when the
cues flag OR the model is confident), flag more injections in text nobody tuned on, with at most
1% of ordinary texts flagged? Measured: not clearly (figures below), so the app does not ship it.

The model: logistic regression (plain SGD, fixed seed, 8 epochs, 12,000 largest weights kept)
over hashed word unigrams and bigrams and character 3- to 5-grams of the folded text
(``folding.fold``: NFKC, look-alike letters, invisible characters); a text's score is its best
paragraph's. Pure Python, no dependency.

``python -m bench.injection_model``           leave-one-set-out figures
``python -m bench.injection_model final``     the same, then the model trained on every development
                                             text, on dev4's last 40 texts (counts only)
``python -m bench.injection_model history``   each fresh dev4 batch judged as on the day it was
                                             written (needs the git history)
``--budget 0.005``                            share of ordinary texts the threshold allows (0.01)

The cues were tuned on every development set, so measuring on them says little about fresh text.
Leave-one-set-out mimics fresh text instead: the model is trained on three of dev..dev4 and
measured on the fourth, which it never saw; its threshold is chosen without the fourth set too
(on out-of-fold scores of the three, by the same leave-one-set-out inside them), so that rules OR
model flag at most 1% of their ordinary texts. The cues themselves did see the fourth set, so
"rules alone" there is an optimistic floor, and what the model adds is the figure to read.
dev4's last 40 texts are never trained on (they are measured on their own, counts only).

``history`` is the fairest test: each batch of dev4 texts written after a round of changes is
judged by the cues of the commit before the one that tuned on it, and by a model trained on the
texts that existed then (a batch counts an ordinary text edited in that commit as new, hence 21
or 22 ordinary texts where the commit said 20).

Figures (budget 1%; with --budget 0.005 in brackets):
  leave-one-set-out, all four sets, each left out in turn:
    rules alone       injections 808/821 98.4%, ordinary 0/781 0.0%
    rules OR model    injections 812/821 98.9%, ordinary 16/781 2.0%  (811/821, 13/781 1.7%)
    (per set, rules OR model ordinary: dev 9/252 3.6%, dev2 1/154, dev3 1/127, dev4 5/248 2.0%;
    the threshold chosen on three sets does not hold on the fourth; the model alone flags
    15-46% of the left-out set's injections)
  history, six batches on the day they were written:
    rules alone       injections 55/134 41.0%, ordinary 4/135 3.0%
    rules OR model    injections 61/134 45.5%, ordinary 4/135 3.0%    (58/134 43.3%, 4/135)
  dev4's last 40, model trained on every development text (threshold 0.7415):
    rules alone       injections 10/20, ordinary 0/20
    rules OR model    injections 11/20, ordinary 0/20  (the model alone: 2/20, 0/20)
So the model adds 1-2 injections in 20 on fresh text while its threshold, chosen on sets it did
not see, lets 1.7-2.0% of ordinary texts through on leave-one-set-out, over the 1% budget. Scoring
every paragraph of 150,000 characters of business text also costs 147 ms of CPU against 41 ms for
the whole cue scan in the same run (x3.6, load 2.5; ``final`` prints it).
"""

from __future__ import annotations

import json
import math
import random
import re
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bench.common import ROOT
from desktop.core.privacy.folding import fold
from tests.data.injection.dataset import DEV4_UNSEEN, _sample, load

BUCKETS = 1 << 20  # feature hash space; only the buckets with a weight are stored
_WORD = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACES = re.compile(r"\s+")
_MAX_PARAGRAPH = 1500  # longer paragraphs are scored in pieces of this many characters
_MIN_PARAGRAPH = 12  # shorter ones say too little to judge


def features(folded: str) -> list[int]:
    """The hashed features of a folded paragraph (each bucket once)."""
    words = _WORD.findall(folded)
    grams = [f"w {w}" for w in words]
    grams += [f"b {a} {b}" for a, b in zip(words, words[1:], strict=False)]
    flat = " " + _SPACES.sub(" ", folded).strip() + " "
    for size in (3, 4, 5):
        grams += [flat[i : i + size] for i in range(len(flat) - size + 1)]
    return sorted({zlib.crc32(g.encode()) % BUCKETS for g in grams})


def paragraphs(folded: str) -> Iterator[str]:
    """The paragraphs of a folded text that are long enough to judge, long ones in pieces."""
    for paragraph in _PARAGRAPH_BREAK.split(folded):
        paragraph = paragraph.strip()
        if len(paragraph) < _MIN_PARAGRAPH:
            continue
        for start in range(0, len(paragraph), _MAX_PARAGRAPH):
            yield paragraph[start : start + _MAX_PARAGRAPH]


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[int, float]
    threshold: float  # a paragraph is flagged at or above this probability

    def probability(self, folded_paragraph: str) -> float:
        found = features(folded_paragraph)
        if not found:
            return 0.0
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in found) / math.sqrt(len(found))
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def best(self, folded: str) -> float:
        """The highest paragraph probability of a folded text."""
        return max((self.probability(p) for p in paragraphs(folded)), default=0.0)


SETS = ("dev", "dev2", "dev3", "dev4")
SEED = 18
EPOCHS = 8
RATE = 0.5
L2 = 1e-5
KEEP = 12_000  # largest weights kept (the file stays small); the rest are dropped
ORDINARY_BUDGET = 0.01  # rules OR model may flag at most this share of ordinary texts


@dataclass(frozen=True)
class Text:
    split: str
    injection: bool
    folded: str
    rules: bool  # flagged by the cues alone


@cache
def texts(split: str) -> tuple[Text, ...]:
    """``split``'s texts (dev4 without its last, never-trained-on ones)."""
    from desktop.core.injection.scan import injection_reasons

    samples = load(split)
    if split == "dev4":
        samples = samples[:-DEV4_UNSEEN]
    return tuple(Text(split, s.injection, fold(s.text).text, bool(injection_reasons(s.text))) for s in samples)


@cache
def unseen() -> tuple[Text, ...]:
    from desktop.core.injection.scan import injection_reasons

    return tuple(Text("dev4", s.injection, fold(s.text).text, bool(injection_reasons(s.text)))
                 for s in load("dev4")[-DEV4_UNSEEN:])


def _examples(train: list[Text]) -> list[tuple[list[int], float]]:
    """Training rows: an injection text as a whole; an ordinary text as a whole and paragraph
    by paragraph (no paragraph of it is an injection, and paragraphs are what is scored)."""
    rows: list[tuple[list[int], float]] = []
    for t in train:
        rows.append((features(t.folded), 1.0 if t.injection else 0.0))
        if not t.injection:
            parts = list(paragraphs(t.folded))
            if len(parts) > 1:
                rows += [(features(p), 0.0) for p in parts]
    return rows


def train(train_texts: list[Text], threshold: float = 0.5) -> Model:
    """Logistic regression by plain SGD, in a fixed order from a fixed seed (same data, same weights)."""
    rows = [row for row in _examples(train_texts) if row[0]]
    weights: dict[int, float] = {}
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            found, y = rows[i]
            scale = 1 / math.sqrt(len(found))
            z = bias + scale * sum(weights.get(f, 0.0) for f in found)
            p = 1 / (1 + math.exp(-max(min(z, 50.0), -50.0)))
            g = p - y
            for f in found:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g * scale + L2 * w)
            bias -= rate * g
    kept = sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:KEEP]
    return Model(round(bias, 4), {k: round(v, 4) for k, v in kept if round(v, 4)}, threshold)


def _threshold(scored: list[tuple[Text, float]]) -> float:
    """The lowest threshold at which rules OR model flag at most ORDINARY_BUDGET of the ordinary texts."""
    ordinary = [(t, p) for t, p in scored if not t.injection]
    allowed = math.floor(ORDINARY_BUDGET * len(ordinary)) - sum(t.rules for t, _ in ordinary)
    if allowed < 0:
        return 1.0
    free = sorted((p for t, p in ordinary if not t.rules), reverse=True)
    if allowed >= len(free):
        return 0.0
    return min(round(free[allowed] + 1e-4, 4), 1.0)  # just above the first one over budget


def out_of_fold(splits: list[str]) -> list[tuple[Text, float]]:
    """Each text of ``splits`` scored by a model trained on the other splits."""
    scored = []
    for held in splits:
        model = train([t for s in splits if s != held for t in texts(s)])
        scored += [(t, model.best(t.folded)) for t in texts(held)]
    return scored


def _count(found: list[Text], flagged: list[bool]) -> str:
    inj = [f for t, f in zip(found, flagged, strict=True) if t.injection]
    ordn = [f for t, f in zip(found, flagged, strict=True) if not t.injection]
    return (f"injections {sum(inj)}/{len(inj)} {sum(inj) / len(inj):.1%}, "
            f"ordinary {sum(ordn)}/{len(ordn)} {sum(ordn) / len(ordn):.1%}")


def leave_one_set_out() -> None:
    total_rules: list[bool] = []
    total_both: list[bool] = []
    all_texts: list[Text] = []
    for held in SETS:
        rest = [s for s in SETS if s != held]
        threshold = _threshold(out_of_fold(rest))
        model = train([t for s in rest for t in texts(s)], threshold)
        held_texts = list(texts(held))
        rules = [t.rules for t in held_texts]
        both = [t.rules or model.best(t.folded) >= threshold for t in held_texts]
        print(f"{held} left out (threshold {threshold:.3f} from {', '.join(rest)}):")
        print(f"  rules alone:      {_count(held_texts, rules)}")
        print(f"  rules OR model:   {_count(held_texts, both)}")
        model_alone = [model.best(t.folded) >= threshold for t in held_texts]
        print(f"  model alone:      {_count(held_texts, model_alone)}")
        total_rules += rules
        total_both += both
        all_texts += held_texts
    print("all four, each left out in turn:")
    print(f"  rules alone:      {_count(all_texts, total_rules)}")
    print(f"  rules OR model:   {_count(all_texts, total_both)}")


def final_model() -> Model:
    """Trained on every development text; threshold from the leave-one-set-out scores."""
    threshold = _threshold(out_of_fold(list(SETS)))
    return train([t for s in SETS for t in texts(s)], threshold)


# The commits that added a batch of dev4 texts written after a round of changes, together with
# the next round (tuned on them): the rules of each one's parent had never seen its batch.
BATCHES = ("40807d5", "b3b018b", "9796ad4", "b61fc1c", "bcde80a", "0ddbc71")
_OLD_RULES = "import json, sys\nfrom desktop.core.injection.scan import injection_reasons\n" \
             "print(json.dumps([bool(injection_reasons(t)) for t in json.load(sys.stdin)]))"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def _split_at(commit: str, split: str) -> list[tuple[bool, str]]:
    """(injection, text) of ``split`` as it was at ``commit``."""
    samples, head, body = [], None, []
    for row in _git("show", f"{commit}:tests/data/injection/{split}.txt").splitlines() + ["=== end"]:
        if row.startswith("=== "):
            if head is not None:
                s = _sample(head, body)
                samples.append((s.injection, s.text))
            head, body = (row[4:].split() if row != "=== end" else None), []
        elif head is not None:
            body.append(row)
    return samples


def _rules_at(commit: str, batch: list[str]) -> list[bool]:
    """The cues as they were at ``commit``, run on ``batch`` (in a process of their own)."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "archive", commit, "desktop", "resources"], cwd=ROOT, capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        out = subprocess.run([sys.executable, "-c", _OLD_RULES], input=json.dumps(batch), capture_output=True,
                             text=True, check=True, cwd=tree, env={"PYTHONPATH": tree, "PATH": "/usr/bin:/bin"})
    return [bool(x) for x in json.loads(out.stdout)]


def history() -> None:
    """Each batch of fresh dev4 texts, judged as it would have been on the day it was written:
    the rules of that day alone, and those rules OR a model trained on the texts that existed."""
    hidden = {s.text for s in load("dev4")[-DEV4_UNSEEN:]}  # never trained on, never measured here
    rules_all: list[bool] = []
    both_all: list[bool] = []
    batch_all: list[Text] = []
    for commit in BATCHES:
        parent = f"{commit}^"
        before = {text for _, text in _split_at(parent, "dev4")}
        batch = [(inj, text) for inj, text in _split_at(commit, "dev4") if text not in before and text not in hidden]
        known: dict[str, list[Text]] = {}
        for split in SETS:
            current = {t.folded: t for t in texts(split)}
            rows = _split_at(parent, split) if split != "dev4" else [r for r in _split_at(parent, "dev4")
                                                                      if r[1] not in hidden]
            known[split] = [current.get(fold(text).text) or Text(split, inj, fold(text).text, False)
                            for inj, text in rows]
        threshold = _threshold([(t, p) for held in SETS for t, p in _scored_out(known, held)])
        model = train([t for split in SETS for t in known[split]], threshold)
        old = _rules_at(parent, [text for _, text in batch])
        fresh = [Text("dev4", inj, fold(text).text, flag) for (inj, text), flag in zip(batch, old, strict=True)]
        both = [t.rules or model.best(t.folded) >= threshold for t in fresh]
        print(f"batch of {commit} ({len(fresh)} texts), rules of {parent}, threshold {threshold:.3f}:")
        print(f"  rules alone:      {_count(fresh, [t.rules for t in fresh])}")
        print(f"  rules OR model:   {_count(fresh, both)}")
        rules_all += [t.rules for t in fresh]
        both_all += both
        batch_all += fresh
    print("every batch, on the day it was written:")
    print(f"  rules alone:      {_count(batch_all, rules_all)}")
    print(f"  rules OR model:   {_count(batch_all, both_all)}")


def _scored_out(known: dict[str, list[Text]], held: str) -> list[tuple[Text, float]]:
    model = train([t for split in SETS if split != held for t in known[split]])
    return [(t, model.best(t.folded)) for t in known[held]]


def main(argv: list[str]) -> None:
    global ORDINARY_BUDGET
    if "--budget" in argv:
        at = argv.index("--budget")
        ORDINARY_BUDGET = float(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    if argv[:1] == ["history"]:
        history()
        return
    leave_one_set_out()
    if argv[:1] == ["final"]:
        model = final_model()
        last = list(unseen())
        print(f"final model (threshold {model.threshold}), dev4's last {DEV4_UNSEEN} (never trained on):")
        print(f"  rules alone:      {_count(last, [t.rules for t in last])}")
        print(f"  rules OR model:   {_count(last, [t.rules or model.best(t.folded) >= model.threshold for t in last])}")
        _speed(model)


def _speed(model: Model) -> None:
    """CPU time of the model over 150,000 characters of business text, beside the cue scan."""
    import os

    from bench.injection import _long_text
    from bench.privacy import cpu_best
    from desktop.core.injection.scan import injection_reasons

    corpus = [json.loads(row)["text"] for row in (ROOT / "tests/data/privacy/corpus.jsonl").read_text().splitlines()]
    text = _long_text(corpus)
    folded = fold(text).text
    rules = cpu_best(lambda: injection_reasons(text), repeat=3)
    learned = cpu_best(lambda: model.best(folded), repeat=3)
    print(f"150,000 chars of business text (load {os.getloadavg()[0]:.1f}): cue scan {rules * 1000:.0f} ms, "
          f"model on every paragraph {learned * 1000:.0f} ms (x{learned / rules:.1f} the cue scan)")


if __name__ == "__main__":
    main(sys.argv[1:])
