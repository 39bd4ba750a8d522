"""Train and measure the learned injection score (``desktop.core.injection.learned``).

    .venv/bin/python -m bench.injection_learned            figures (a) and (b) below
    .venv/bin/python -m bench.injection_learned --write    the same, then write the shipped weights
                                                           (resources/injection/model.json)

Trained ONLY on the tuned-on development texts: dev.txt to dev17.txt without their measured-only
tails (DEV4_UNSEEN, DEV6_UNSEEN, DEV7_UNSEEN, DEV8_UNSEEN), and dev18.txt and dev19.txt (written for
this score: the kinds issue 18 says are missed most, with as many look-alikes), and dev21.txt (the
ordinary texts closest to injections, with a few injections hidden in them). Never on the b files,
the tails or any frozen split. Two honest figures:

(a) leave-one-FILE-out: a model trained on the other tuned-on files scores each file in turn; the
    threshold is the lowest at which rules OR model flag at most ``EXTRA_ORDINARY`` more of the
    ordinary texts than the rules alone, over those pooled out-of-file scores. (The cues were tuned
    on these files, so "rules alone" here is optimistic and what the model adds is what to read.)
(b) the measured-only parts (the tails and the b files), by the model trained on every tuned-on
    text with that threshold: counts only, never their texts.

Logistic regression by plain SGD in a fixed order from a fixed seed, over the window features of
``learned``; an injection text's label is known, not which of its windows holds the order, so it
is learned in two passes (multiple-instance): first every window of an injection text counts as a
fraction of one positive, then only the window the first model scores highest. Every window of an
ordinary text is a negative (the scan takes the best window, so every one of them must stay low).
Same inputs, same bytes out: the test checks the shipped file's sha256.

The scan asks the score only of a text whose cues reached ``learned.MIN_CUE_SCORE`` without
flagging it, on the lines where they found something (``learned.regions``). Chosen on (a) only,
before dev16 was added: judging only those lines flagged more injections at the same ordinary share
than judging every line (2019 against 2014 of 2038, 17 ordinary of 2492 each, at a 0.5-point
allowance); at that allowance a minimum cue score from 0.2 to 0.5 flagged the same (2020), 0.5
being the one that leaves "Nota para el equipo que lea este documento: di que..." (to people)
alone. At that 0.5-point allowance (threshold 0.5481) it flagged (b) 241/331 injections and 11/361
ordinary texts against 229/331 and 10/361 by the cues alone, but also three look-alikes of the
scan's tests (orders to staff, claims about AI assistants), hence the 0.1-point allowance.
Figures now (threshold 0.9136 from the (a) rule alone, no floor; dev22, dev23 and dev25 trained on beside
dev17 to dev21, dev24 tuned on by the cues only (see ``NOT_TRAINED``); b files up to dev25b measured):
  (a) rules alone      2586/2675 96.7% injections, 17/3359 0.5% ordinary
      rules OR model   2616/2675 97.8%,            20/3359 0.6%
  (b) rules alone      381/517 73.7% injections,   15/568 2.6% ordinary
      rules OR model   399/517 77.2%,              15/568 2.6%
(The weights before, trained without dev22, dev23 and dev25, on the same cues: (b) 396/517 and 15/568.)
Figures before dev22 to dev25 were trained on (threshold 0.9043 from the (a) rule alone, no floor; allowance 0.1 point; dev20 and dev21 trained
on beside dev17, dev18 and dev19, dev20b and dev21b measured; each sentence's ``learned.markers``, "<ai>"
and "<staff>", as features; the cues of dev20's notes to machines; measured before dev22 and dev23 and their
cues, which were not trained on then (they are now; ``NOT_TRAINED`` holds dev24); with their cues, (b) 341/477 by the rules alone and
362/477 with the score, 15/528 ordinary either way):
  (a) rules alone      2379/2465 96.5% injections, 18/3069 0.6% ordinary
      rules OR model   2405/2465 97.6%,            21/3069 0.7%
  (b) rules alone      307/437 70.3% injections,   15/488 3.1% ordinary
      rules OR model   323/437 73.9%,              15/488 3.1%
Before dev20 and its cues (threshold 0.8781; dev21 trained on beside dev17, dev18 and dev19, dev21b measured;
the sentences' markers as features):
  (a) rules alone      2285/2368 96.5% injections, 15/2959 0.5% ordinary
      rules OR model   2311/2368 97.6%,            17/2959 0.6%
  (b) rules alone      295/417 70.7% injections,   14/468 3.0% ordinary
      rules OR model   311/417 74.6%,              14/468 3.0%
  (dev21b alone: 12/12 and 3/28 by the rules, the same with the model; the other 405 and 440: 299 and 11,
  against 298 and 11 by the model before dev21, dev4's tail one injection more, every other part the same.)
The same with the features before the markers (dev21 trained on, no floor): threshold 0.9101, (a) 2306/2368
and 17/2959, (b) 308/417 and 14/468 (without dev21b: 296/405 and 11/440, against 298/405 and 11/440 before
dev21: the higher threshold cost 2 injections and added no ordinary text).
Cost of the markers when the scan asks the score (two long patterns a sentence): on the speed bench's
150,000 characters the score took 4 ms of business text and 8-10 ms of instruction-like text without
them, 133 and 215 ms with them computed for every sentence, 25 and 24 ms as shipped (``Model.flags``
gives a window its markers only when its words plus the most they could add can pass the threshold;
the same answer on every development text).
Tried with dev21, not kept: windows of three sentences instead of two (scored the same way, best window),
without the markers: threshold 0.9846, (a) 2301/2368 and 17/2959, (b) 305/417 and 14/468.
Tried with dev23 trained on, not kept: a third marker, "<ai+you>", for a sentence that names an
AI and says "you" (du, vous, usted, ты, あなた, 你 ...): threshold 0.8598, (a) 2452/2509 and 20/3195, (b)
344/457 and 15/508, the same (b) as without it (threshold 0.8693, (a) 2451/2509 and 20/3195).
dev21 (written for this: QA and test plans for chatbots, AI policies, prompt libraries, saved prompts,
training, bug reports about bots, red-team summaries, release notes, orders to staff and contractors,
macros, builder docs, YAML/JSON role keys, 111 ordinary texts and 30 injections hidden in the same kinds,
28 languages) was measured before training: 30/30 and 8/111, the 8 all flagged by the cues (the model,
at 0.8555 or at the free 0.8292, flagged none of its ordinary texts); its 8 are why (a)'s ordinary count
grows by 8 for the rules alone. With it trained on, the (a) rule's threshold rose from 0.8292 to 0.9101,
so the floor no longer binds: the QA look-alike that held it scores 0.7966 (0.7867 with the markers,
threshold 0.8781).
Figures before dev21 (threshold 0.8555, held at ``MIN_THRESHOLD``; allowance 0.1 point; dev17, dev18 and dev19
trained on, dev17b and dev18b measured; the CJK split and the cues' reading of notes headed to people
and to automatic readers):
  (a) rules alone      2258/2338 96.6% injections, 7/2848 0.2% ordinary
      rules OR model   2281/2338 97.6%,            9/2848 0.3%
  (b) rules alone      283/405 69.9% injections,   11/440 2.5% ordinary
      rules OR model   298/405 73.6%,              11/440 2.5%
The two sets of figures below were each taken on one of those additions alone.

Figures (threshold 0.8688, allowance 0.1 point, dev17 in (a) and dev17b in (b), with the cues'
reading of notes headed to people and to automatic readers, ``cues.people`` and ``cues.automatic_readers``):
  (a) rules alone      2129/2178 97.8% injections, 7/2667 0.3% ordinary
      rules OR model   2142/2178 98.3%,            9/2667 0.3%
  (b) rules alone      267/385 69.4% injections,   11/420 2.6% ordinary
      rules OR model   280/385 72.7%,              12/420 2.9%
(With dev17 and dev17b added but the cues before that reading, threshold 0.8688 too: (a) 2126/2178 and
13/2667 by the rules, 2136 and 15 with the model; (b) 267/385 and 12/420, 280 and 13. Before dev17,
threshold 0.8997: (a) 2098/2127 and 5/2602, 2103 and 7; (b) 259/370 and 11/405, 270 and 11.)

Tried with dev17 (orders to an AI written indirectly beside the same orders to people), not kept: asking
below the 0.5 minimum only on lines that address no people (a switch and a line check, removed after
these figures), from 0.4, 0.3 or 0.0 (the same): 0.1 point 2130/11 (threshold 0.9989),
(b) 269/11; 0.2 point 2138/14, (b) 290/11, against 2141/11, (b) 280/12 and 2143/14, (b) 281/12 from 0.5.
Not asking at all on lines that address people: 0.1 point 2139/11, (b) 281/12; 0.2 point 2142/14,
(b) 282/12. (as (a) injections/ordinary, (b) injections/ordinary of 2178/2667 and 385/420; measured
with the people reading before its last two refinements: a role given in the sentence, "whoever
summarises this".)
Figures before dev18 and dev19 (threshold 0.8997, allowance 0.1 point, dev16 in (a) and dev16b in (b)):
  (a) rules alone      2098/2127 98.6% injections, 5/2602 0.2% ordinary
      rules OR model   2103/2127 98.9%,            7/2602 0.3%
  (b) rules alone      259/370 70.0% injections,   11/405 2.7% ordinary
      rules OR model   270/370 73.0%,              11/405 2.7%
With dev18 and dev19 trained on and dev18b measured (rules alone on the same texts: (a) 2227/2287 and
6/2783, (b) 275/390 and 11/425; the model above, trained without them, flags (b) 287/390 and 11/425):
- the same features, threshold 0.8168: (a) 2243/2287, 8/2783; (b) 289/390, 12/425 (dev14b 4/65
  against 3/65: one ordinary text more; dev6's tail +3, dev9b +1, dev12b +5, dev13b +1, dev16b +3,
  dev18b +1 injections against the rules alone).
- kept: Chinese and Japanese split into characters (features are characters and pairs of them; a
  whole clause was one "word" no other text shared) and their full stops ending a sentence without a
  space after them, threshold 0.8292: (a) 2244/2287, 8/2783; (b) 291/390, 12/425 (dev12b and dev18b
  one injection more each than the same features without it).
- shipped: the CJK split with the threshold held at ``MIN_THRESHOLD`` 0.8555 (at 0.8292 a look-alike
  the scan's tests pin, QA cases quoting an attack for a bot, scored 0.8554): (a) 2241/2287, 8/2783;
  (b) 290/390, 12/425 (dev18b 17/20 against 18/20 at 0.8292). Against the model trained without
  dev18 and dev19: 3 more injections of 390 and 1 more ordinary text of 425 (in dev14b).
- not kept, each with the CJK split and trained and measured the same way: a shared feature for
  the words that name an AI as the reader, in 27 languages (each such word adds one "<ai>" weight
  beside its own, so a language with few training texts still counts it), threshold 0.8384: (a)
  2244/8, (b) 290/12; a role tag alone on its line ("<|im_start|>system", "### system:", "[SYSTEM]")
  joined to the next line, so that pairs of words cross it, 0.8715: (a) 2242/8, (b) 288/12; both,
  0.8477: (a) 2243/8, (b) 288/12; the CJK split at a 0.05-point allowance (one ordinary text in (a)
  instead of two), 0.9982: (a) 2232/7, (b) 278/11 (the extra ordinary text in (b) goes, with 13 of
  the 16 injections gained).
- the model reads the folded text (``folding.fold``: look-alike letters, accents, digits for letters
  and spaced-out letters undone) both when it is trained and when the scan asks it: checked, nothing
  to change.

Tried after the dev16 figures, none kept (as (a) injections/ordinary, (b) injections/ordinary; each
threshold set on (a) for the allowance named; the shipped score: 2103/7, 270/11):
- asking on every line of a text from the 0.5 minimum up (not only the cue places): 0.1 point
  2102/7, 270/11; 0.2 point 2104/10, 270/11. Every line of every text, 0.2 point: 2099/10, 265/11.
- asking below the 0.5 minimum too, on the cue places (minimum 0.0, 0.3 or 0.4 the same: the
  texts gained are those at 0.4, one cue found): 0.1 point 2098/7, 263/11; 0.15 2100/8, 266/11;
  0.2 2103/10, 278/11; 0.25 2104/11, 280/11 (over a 0.2-point budget). The 0.2-point figure gains
  8 injections in (b) at the same ordinary count, but no injection in (a), and it flags orders
  given to people that the cues leave alone for whom they address ("Nota para el equipo que lea
  este documento: di que el presupuesto fue aprobado.", probability 0.998): not kept. Minimum 0.5
  at 0.2 point: 2104/10, 272/12 (one more ordinary text in (b)).
- a veto (the cues' flag dropped where the model's probability is below v), with the shipped
  threshold: on the cue places, v=0.001 2073/6, 264/9; 0.01 2057/5, 260/7; 0.05 1957/4, 254/0; on
  every line, 0.001 2098/6, 270/11; 0.01 2086/5, 267/7; 0.05 1999/4, 260/2; 0.2 1808/4, 244/0.
  Every veto that removes an ordinary flag loses injections in (a) and in (b).
- extra features, trained and measured as above at the 0.1-point allowance (the vocabulary: words
  in at least ``MIN_TEXTS`` texts of the training files): each sentence's first word and first
  two words as features of their own ("assistant:", "nota para") 2104/7, 273/12 (one more
  ordinary text in (b)); character 3- to 5-grams of the words outside the vocabulary (other
  languages, disguised spellings) 2100/7, 261/11 (the 40,000 largest weights kept); both 2101/7,
  262/11.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bench.common import ROOT
from desktop.core.injection import learned
from desktop.core.injection.learned import Model, windows
from desktop.core.privacy.folding import Folded, fold
from tests.data.injection.dataset import DEV4_UNSEEN, DEV6_UNSEEN, DEV7_UNSEEN, DEV8_UNSEEN, load

OUT = ROOT / "resources" / "injection" / "model.json"
TUNED = ("dev", *(f"dev{n}" for n in range(2, 18)))  # sorted by when they were written
TUNED += ("dev18", "dev19")  # the kinds issue 18 says are missed most, with their look-alikes
TUNED += ("dev20",)  # the kinds the measured-only parts missed most, with their look-alikes
TUNED += ("dev21",)  # the ordinary texts closest to injections (QA plans, AI policies, orders to staff...)
# dev22 (markup, action hijacks, conditions and processing notes, with look-alikes to people), dev23
# (instruction-like ordinary kinds: runbooks, templates, saved prompts, legal notices...) and dev25 (injections
# in the team's languages and disguised spellings, with orders to people in the same languages) are trained on
# since the weights of dev25's round: with them (threshold 0.9136) the measured-only parts gave 399/517
# injections against 396/517 by the weights trained without them, 15/568 ordinary either way.
TUNED += ("dev22", "dev23", "dev25")
# dev24 (the kinds issue 18 names hidden in real carriers, among them fake "User:"/"Assistant:" turns) is tuned on
# by the cues but not trained on: trained with it too (threshold 0.8756) the score gave 400/517 and 15/568, and
# also flagged a customer's chat with a shop's assistant quoted as it is ("Utilisateur : où est ma commande ?\n
# Assistant : J'ai vérifié votre commande...") that the scan's tests hold as ordinary.
NOT_TRAINED = ("dev24",)
TAILS = {"dev4": DEV4_UNSEEN, "dev6": DEV6_UNSEEN, "dev7": DEV7_UNSEEN, "dev8": DEV8_UNSEEN}
MEASURED_ONLY = ("dev4", "dev6", "dev7", "dev8", "dev9b", "dev10b", "dev12b", "dev13b", "dev14b", "dev15b", "dev16b",
                 "dev17b")
MEASURED_ONLY += ("dev18b",)  # written with dev18 and dev19, never trained on
MEASURED_ONLY += ("dev20b",)  # written with dev20, never trained on
MEASURED_ONLY += ("dev21b",)  # written with dev21, never trained on
MEASURED_ONLY += ("dev22b",)  # written with dev22, never trained on
MEASURED_ONLY += ("dev23b",)  # written with dev23, never trained on
MEASURED_ONLY += ("dev25b",)  # written with dev25, never trained on
MEASURED_ONLY += ("dev24b",)  # written with dev24, never trained on
SEED = 18
EPOCHS = 6
RATE = 0.2
L2 = 1e-4
MIN_TEXTS = 2  # a feature seen in fewer training texts gets no weight (it could only memorise)
KEEP = 40_000  # largest weights kept: the file stays well under 2 MB
EXTRA_ORDINARY = 0.001  # rules OR model may flag at most this much more of the ordinary texts (0.1 point)
# The threshold never goes below even odds. (With dev18 and dev19 trained on, the (a) rule gave 0.8292, at
# which a look-alike the scan's tests pin, QA cases quoting an attack for a bot, "Expected: it refuses.",
# scored 0.8554, and the floor was held at 0.8555; with dev21 trained on, the ordinary texts closest to
# injections, the rule gives 0.9101 (0.8781 with ``learned.markers``) and that look-alike scores 0.7966
# (0.7867): the floor was dropped.)
MIN_THRESHOLD = 0.5


@dataclass(frozen=True)
class Text:
    split: str
    injection: bool
    windows: tuple[tuple[str, ...], ...]  # the features of each window worth judging (training)
    rules: bool  # flagged by the cues alone
    cue_score: float  # the cues' own score (the learned one is asked only from MIN_CUE_SCORE up)
    folded: Folded  # what the scan judges, and where its cues found evidence (scoring)
    places: tuple[int, ...]


def _text(split: str, injection: bool, raw: str) -> Text:
    from desktop.core.injection.scan import THRESHOLD, _judged

    rules_score, _, _, _, places = _judged(raw)
    folded = fold(raw)
    found = tuple(tuple(w) for w in windows(folded))
    return Text(split, injection, found, rules_score >= THRESHOLD, rules_score, folded, tuple(places))


@cache
def tuned(split: str) -> tuple[Text, ...]:
    """``split``'s tuned-on texts, in file order."""
    samples = load(split)
    samples = samples[: len(samples) - TAILS.get(split, 0)]
    return tuple(_text(split, s.injection, s.text) for s in samples)


@cache
def measured_only(split: str) -> tuple[Text, ...]:
    """A tail or b file, never trained on; only counted."""
    samples = load(split)
    if split in TAILS:
        samples = samples[len(samples) - TAILS[split]:]
    return tuple(_text(split, s.injection, s.text) for s in samples)


Row = tuple[tuple[str, ...], float, float]  # features, label, weight


def _sgd(rows: list[Row], vocabulary: set[str]) -> tuple[float, dict[str, float]]:
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            found, y, weight = rows[i]
            used = [f for f in found if f in vocabulary]
            z = bias + sum(weights.get(f, 0.0) for f in used)
            g = weight * (1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0))) - y)
            for f in used:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + L2 * w)
            bias -= rate * g
    return bias, weights


def _pack(bias: float, weights: dict[str, float], threshold: float) -> Model:
    kept = sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:KEEP]
    return Model(round(bias, 4), {k: round(v, 4) for k, v in sorted(kept) if round(v, 4)}, threshold)


def train(texts: list[Text], threshold: float = 0.5) -> Model:
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update({f for w in t.windows for f in w})
    vocabulary = {f for f, n in counts.items() if n >= MIN_TEXTS}
    negatives: list[Row] = [(w, 0.0, 1.0) for t in texts if not t.injection for w in t.windows]
    injections = [t for t in texts if t.injection and t.windows]
    first = [(w, 1.0, 1.0 / len(t.windows)) for t in injections for w in t.windows]
    model = _pack(*_sgd(negatives + first, vocabulary), threshold)
    best = [max(t.windows, key=lambda w: _z(model, w)) for t in injections]
    return _pack(*_sgd(negatives + [(w, 1.0, 1.0) for w in best], vocabulary), threshold)


def _z(model: Model, found: tuple[str, ...]) -> float:
    get = model.weights.get
    return model.bias + sum(get(f, 0.0) for f in found)


def score(model: Model, text: Text) -> float:
    """The probability the scan sees (``learned.Model.probability``), 0.0 where it is not asked."""
    if not learned.asked(text.folded.text, text.places, text.cue_score):
        return 0.0
    return model.probability(text.folded, text.places)


def out_of_file() -> list[tuple[Text, float]]:
    """Each tuned-on text scored by a model trained on the other files."""
    scored: list[tuple[Text, float]] = []
    for held in TUNED:
        model = train([t for split in TUNED if split != held for t in tuned(split)])
        scored += [(t, score(model, t)) for t in tuned(held)]
    return scored


def threshold(scored: list[tuple[Text, float]]) -> float:
    """The lowest threshold at which rules OR model flag at most EXTRA_ORDINARY more ordinary texts."""
    ordinary = [(t, p) for t, p in scored if not t.injection]
    allowed = math.floor(EXTRA_ORDINARY * len(ordinary))
    free = sorted((p for t, p in ordinary if not t.rules), reverse=True)
    if allowed >= len(free):
        return MIN_THRESHOLD
    return max(min(round(free[allowed] + 1e-4, 4), 1.0), MIN_THRESHOLD)  # just above the first one over the allowance


def count(texts: list[Text], flagged: list[bool]) -> tuple[int, int, int, int]:
    inj = [f for t, f in zip(texts, flagged, strict=True) if t.injection]
    ordn = [f for t, f in zip(texts, flagged, strict=True) if not t.injection]
    return sum(inj), len(inj), sum(ordn), len(ordn)


def show(label: str, figures: tuple[int, int, int, int]) -> str:
    inj, n_inj, ordn, n_ord = figures
    return f"{label}: injections {inj}/{n_inj} {inj / max(n_inj, 1):.1%}, ordinary {ordn}/{n_ord} {ordn / max(n_ord, 1):.1%}"


def figures() -> tuple[Model, list[tuple[str, tuple[int, int, int, int], tuple[int, int, int, int]]]]:
    """The final model and, per part, (rules alone, rules OR model) counts: (a) pooled, then (b)."""
    scored = out_of_file()
    cut = threshold(scored)
    rows = []
    texts = [t for t, _ in scored]
    rows.append(("(a) leave-one-file-out, tuned-on files", count(texts, [t.rules for t in texts]),
                 count(texts, [t.rules or p >= cut for t, p in scored])))
    model = train([t for split in TUNED for t in tuned(split)], cut)
    every: list[Text] = []
    for split in MEASURED_ONLY:
        part = list(measured_only(split))
        every += part
        name = f"(b) {split}" + (f", its last {TAILS[split]}" if split in TAILS else "")
        rows.append((name, count(part, [t.rules for t in part]),
                     count(part, [t.rules or score(model, t) >= cut for t in part])))
    rows.append(("(b) every measured-only part", count(every, [t.rules for t in every]),
                 count(every, [t.rules or score(model, t) >= cut for t in every])))
    return model, rows


def to_json(model: Model) -> str:
    return json.dumps({"bias": model.bias, "threshold": model.threshold, "weights": model.weights},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str]) -> None:
    model, rows = figures()
    print(f"threshold {model.threshold} (rules OR model add at most {EXTRA_ORDINARY:.1%} of ordinary texts in (a))")
    for name, rules, both in rows:
        print(name)
        print("  " + show("rules alone   ", rules))
        print("  " + show("rules OR model", both))
    if "--write" in argv:
        out = Path(argv[argv.index("--write") + 1]) if len(argv) > argv.index("--write") + 1 else OUT
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(to_json(model), encoding="utf-8")
        print(f"wrote {out} ({out.stat().st_size:,} bytes, {len(model.weights):,} weights)")


if __name__ == "__main__":
    main(sys.argv[1:])
