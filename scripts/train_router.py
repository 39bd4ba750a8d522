"""Train the request classifier on the development split and write its weights.

    .venv/bin/python scripts/train_router.py            # train, cross-validate, write the weights
    .venv/bin/python scripts/train_router.py --report   # also print the frozen test split's figures

Multinomial logistic regression (AdaGrad, L2) over ``classifier.features``, in plain Python.
Everything tuned here (temperature, the under-routing cost) is chosen by 5-fold
cross-validation on ``tests/data/routing/dev.tsv`` alone; the frozen ``test.tsv`` is read only
with ``--report``, after the weights are written, and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.send import classifier, pricing, routing  # noqa: E402
from tests.data.routing.labelled import Labelled, load  # noqa: E402

OUT = ROOT / "resources" / "routing" / "router.json"
EPOCHS, RATE, L2, MIN_COUNT = 20, 0.1, 3e-3, 2
Example = tuple[list[str], int]


def _examples(rows: list[Labelled]) -> list[Example]:
    return [(sorted(set(classifier.features(r.text)[0])), classifier.CLASSES.index(r.tier)) for r in rows]


def train(examples: list[Example], seed: int = 7) -> tuple[dict[str, list[float]], list[float]]:
    counts: dict[str, int] = defaultdict(int)
    for feats, _ in examples:
        for f in feats:
            counts[f] += 1
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    weights: dict[str, list[float]] = {f: [0.0, 0.0, 0.0] for f in keep}
    grads: dict[str, list[float]] = {f: [1e-6, 1e-6, 1e-6] for f in keep}
    bias, bias_g = [0.0, 0.0, 0.0], [1e-6, 1e-6, 1e-6]
    order = list(examples)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for feats, label in order:
            active = [f for f in feats if f in keep]
            scores = list(bias)
            for f in active:
                w = weights[f]
                for k in range(3):
                    scores[k] += w[k]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            for k in range(3):
                g = exp[k] / total - (1.0 if k == label else 0.0)
                bias_g[k] += g * g
                bias[k] -= RATE * g / math.sqrt(bias_g[k])
                for f in active:
                    gf = g + L2 * weights[f][k]
                    grads[f][k] += gf * gf
                    weights[f][k] -= RATE * gf / math.sqrt(grads[f][k])
    return weights, bias


def _model(weights: dict[str, list[float]], bias: list[float], temperature: float,
           cost: list[list[float]]) -> classifier.Model:
    return classifier.model_from_json({"weights": weights, "bias": bias, "temperature": temperature, "cost": cost})


def tier_prices() -> list[float]:
    """A typical free-form run (1,500 tokens in, 500 out) on each tier, as a share of reasoning's."""
    runs = [pricing.cost(*routing.pin_for(t, routing.TeamSettings()), input_tokens=1500, output_tokens=500)
            for t in classifier.CLASSES]
    return [r / runs[2] for r in runs]


def cost_matrix(under: float) -> list[list[float]]:
    """cost[true][picked]: too high wastes the price difference; too low costs ``under`` per step
    (a poor answer to notice, a redo on the right tier, the person's time)."""
    price = tier_prices()
    return [[0.0 if t == p else price[p] - price[t] if p > t else under * (t - p) for p in range(3)]
            for t in range(3)]


Fold = tuple[dict[str, list[float]], list[float], list[Labelled]]


def folds_of(rows: list[Labelled], folds: int = 5) -> list[Fold]:
    """For each fold: the weights trained without it, and its rows."""
    indexed = list(enumerate(rows))
    random.Random(11).shuffle(indexed)
    result: list[Fold] = []
    for k in range(folds):
        held = [r for n, (_, r) in enumerate(indexed) if n % folds == k]
        weights, bias = train(_examples([r for n, (_, r) in enumerate(indexed) if n % folds != k]))
        result.append((weights, bias, held))
    return result


def out_of_fold(folds: list[Fold]) -> list[tuple[list[float], int, Labelled]]:
    """Raw scores for every dev row from a model that never saw it."""
    result = []
    for weights, bias, held in folds:
        m = _model(weights, bias, 1.0, cost_matrix(1.0))
        for row in held:
            probs = m.probabilities(classifier.features(row.text)[0])
            result.append(([math.log(max(p, 1e-12)) for p in probs], classifier.CLASSES.index(row.tier), row))
    return result


def _softmax(logits: list[float], temperature: float) -> tuple[float, float, float]:
    top = max(logits)
    exp = [math.exp((v - top) / temperature) for v in logits]
    total = sum(exp)
    return exp[0] / total, exp[1] / total, exp[2] / total


def fit_temperature(oof: list[tuple[list[float], int, Labelled]]) -> float:
    def nll(t: float) -> float:
        return -sum(math.log(max(_softmax(lg, t)[y], 1e-12)) for lg, y, _ in oof) / len(oof)

    return min((0.5 + 0.1 * i for i in range(40)), key=nll)


def figures(picked: list[int], truth: list[int]) -> tuple[float, float, float]:
    n = len(truth)
    right = sum(p == t for p, t in zip(picked, truth, strict=True)) / n
    lower = sum(p < t for p, t in zip(picked, truth, strict=True)) / n
    higher = sum(p > t for p, t in zip(picked, truth, strict=True)) / n
    return right, lower, higher


def fit_under_cost(oof: list[tuple[list[float], int, Labelled]], temperature: float) -> float:
    """The smallest under-routing cost that keeps out-of-fold under-routing at or below 2%,
    leaving room under the 3% target for requests unlike the development set."""
    for under in (0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0):
        m = _model({}, [0, 0, 0], temperature, cost_matrix(under))
        picked = [m.pick(_softmax(lg, temperature)) for lg, _, _ in oof]
        if figures(picked, [y for _, y, _ in oof])[1] <= 0.02:
            return under
    return 8.0


def evaluate(rows: list[Labelled], m: classifier.Model) -> dict[str, tuple[float, float, float, int]]:
    """Expected tier, sent lower, sent higher, count: overall, English, other languages."""
    pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for row in rows:
        pair = (classifier.CLASSES.index(classifier.classify(row.text, m=m).tier), classifier.CLASSES.index(row.tier))
        pairs["all"].append(pair)
        pairs["English" if row.language == "en" else "other languages"].append(pair)
    return {name: (*figures([p for p, _ in got], [t for _, t in got]), len(got)) for name, got in pairs.items()}


def show(title: str, result: dict[str, tuple[float, float, float, int]]) -> None:
    print(title)
    for name, (right, lower, higher, n) in result.items():
        print(f"  {name:<16} n={n:<4} expected tier {right:6.1%}  sent lower {lower:5.1%}  sent higher {higher:5.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true", help="print the frozen test split's figures too")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    args = parser.parse_args()
    out_path: Path = args.out
    dev = load("dev")
    folds = folds_of(dev)
    oof = out_of_fold(folds)
    temperature = fit_temperature(oof)
    under = fit_under_cost(oof, temperature)
    cost = cost_matrix(under)
    print(f"dev: {len(dev)} requests; temperature {temperature:.1f}; under-routing cost {under}")
    merged: dict[str, list[tuple[float, float, float, int]]] = defaultdict(list)
    for weights, bias, held in folds:
        for name, value in evaluate(held, _model(weights, bias, temperature, cost)).items():
            merged[name].append(value)
    show("dev, 5-fold cross-validation (each request routed by a model that never saw it):",
         {name: (*(sum(v[i] * v[3] for v in values) / sum(v[3] for v in values) for i in range(3)),
                 sum(v[3] for v in values)) for name, values in merged.items()})  # type: ignore[misc]
    weights, bias = train(_examples(dev))
    kept = {f: [round(v, 4) for v in w] for f, w in sorted(weights.items()) if max(abs(v) for v in w) >= 0.002}
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps({"version": 1, "classes": list(classifier.CLASSES), "bias": [round(b, 4) for b in bias],
                               "temperature": temperature, "cost": cost, "weights": kept},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {out_path}: {len(kept)} features, {out_path.stat().st_size // 1024} KB")
    final = _model(kept, bias, temperature, cost)
    if args.report:
        show("frozen test split (never trained or tuned on):", evaluate(load("test"), final))


if __name__ == "__main__":
    main()
