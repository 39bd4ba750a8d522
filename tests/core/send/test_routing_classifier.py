"""The request classifier: measured on the frozen split, calibrated choice by cost, shipped weights."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.errors import SettingsError
from desktop.core.send import classifier
from tests.data.routing.labelled import load

ROOT = Path(__file__).resolve().parents[3]


def _figures(rows: list) -> tuple[float, float]:
    rank = {tier: i for i, tier in enumerate(classifier.CLASSES)}
    got = [(rank[classifier.classify(r.text).tier], rank[r.tier]) for r in rows]
    return sum(p == t for p, t in got) / len(got), sum(p < t for p, t in got) / len(got)


def test_frozen_split_meets_the_targets_in_english_and_in_six_other_languages() -> None:
    """The split was written before the classifier and is never trained or tuned on."""
    rows = load("test")
    assert len(rows) >= 200
    right, lower = _figures(rows)
    assert right >= 0.90 and lower <= 0.03, (right, lower)
    others = [r for r in rows if r.language != "en"]
    assert {r.language for r in others} == {"de", "fr", "es", "it", "nl", "pt"}
    right, lower = _figures(others)
    assert right >= 0.90 and lower <= 0.03, (right, lower)


def test_the_labelled_sets_reach_800_requests_and_never_share_pasted_material() -> None:
    dev, test = load("dev"), load("test")
    assert len(dev) + len(test) >= 800
    assert not {r.text for r in dev} & {r.text for r in test}
    raw = (ROOT / "tests/data/routing/test.tsv").read_text(encoding="utf-8")
    assert "{{d_" not in raw


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Übersetze diese Mail ins Englische.", "execution"),
        ("Traduis ce paragraphe en néerlandais.", "execution"),
        ("Ordena esta lista y quita los duplicados.", "execution"),
        ("Is deze klant tevreden? Antwoord met ja of nee.", "quick"),
        ("Questo lead è caldo, tiepido o freddo?", "quick"),
        ("Devemos baixar os preços para competir com a loja nova?", "reasoning"),
        ("Sollen wir einen zweiten Standort eröffnen? Wäge die Vor- und Nachteile ab.", "reasoning"),
    ],
)
def test_requests_in_other_languages_are_routed_like_english_ones(text: str, tier: str) -> None:
    assert classifier.classify(text).tier == tier


def _model(cost: tuple[tuple[float, float, float], ...]) -> classifier.Model:
    return classifier.Model(weights={}, bias=(0.0, 0.0, 0.0), temperature=1.0, cost=cost)


def test_unsure_between_two_tiers_picks_by_expected_cost_not_always_the_top_tier() -> None:
    m = classifier.model()
    # Torn between quick and execution: a wrong quick answer costs more than the price gap.
    assert m.pick((0.5, 0.5, 0.0)) == 1
    # Mostly execution with a little reasoning: the price of the top tier is not worth it.
    assert m.pick((0.0, 0.8, 0.2)) == 1
    # Torn between execution and reasoning: a poor answer to a judgment call costs more.
    assert m.pick((0.0, 0.5, 0.5)) == 2
    # The costs decide, not a fixed rule: free under-routing sends everything to quick.
    free = _model(((0, 1, 2), (0, 0, 1), (0, 0, 0)))
    assert free.pick((0.1, 0.2, 0.7)) == 0


def test_probabilities_are_calibrated_on_the_frozen_split() -> None:
    """Among answers given with 90% confidence or more, at least 90% are right."""
    rows = load("test")
    m = classifier.model()
    confident = []
    for row in rows:
        probs = m.probabilities(classifier.features(row.text)[0])
        best = max(range(3), key=lambda i: probs[i])
        if probs[best] >= 0.9:
            confident.append(classifier.CLASSES[best] == row.tier)
    assert len(confident) >= len(rows) // 3
    assert sum(confident) / len(confident) >= 0.9


def test_the_reason_names_what_it_saw() -> None:
    verdict = classifier.classify("Classify this ticket as one of: Billing, Bug, Feature request, Account")
    assert verdict.tier == "quick" and verdict.reason == "It saw a label from a given list → Quick."
    verdict = classifier.classify("Is it a good idea to answer yes or no to a client who asks for a discount?")
    assert verdict.tier == "reasoning"  # an explicit yes/no does not turn a judgment call into a quick one


def test_shipped_weights_are_what_the_training_script_makes_from_the_dev_split(tmp_path: Path) -> None:
    shipped = json.loads(paths.resource("routing/router.json").read_text(encoding="utf-8"))
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_router
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    weights, bias = train_router.train(train_router._examples(load("dev")))
    assert [round(b, 4) for b in bias] == shipped["bias"]
    for feature in ("cue:translate", "cue:yes_no", "cue:judgment"):
        assert [round(v, 4) for v in weights[feature]] == shipped["weights"][feature]


def test_unreadable_weights_are_a_plain_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "routing").mkdir()
    (tmp_path / "routing" / "router.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    classifier.model.cache_clear()
    try:
        with pytest.raises(SettingsError, match="Reinstall Promptdesk"):
            classifier.model()
    finally:
        classifier.model.cache_clear()


def test_training_script_runs_and_prints_both_splits(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_router.py"), "--report", "--out",
                          str(tmp_path / "router.json")], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "5-fold cross-validation" in out.stdout and "frozen test split" in out.stdout
    assert json.loads((tmp_path / "router.json").read_text(encoding="utf-8"))["weights"]
