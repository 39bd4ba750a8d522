"""The labelled corpus (tests/data/privacy) as a regression guard: recall and precision floors.

The benchmark prints the exact figures beside Presidio's; this test only fails when a change
makes the detector clearly worse on texts it handled before.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from desktop.core.privacy import redact_text

CORPUS = Path(__file__).resolve().parents[2] / "data" / "privacy" / "corpus.jsonl"
STRUCTURED = {"EMAIL", "PHONE", "CARD", "IBAN", "NATIONAL_ID", "IP", "URL", "DOB"}


def test_corpus_recall_and_precision_stay_above_their_floors() -> None:
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    returned = correct = 0
    for raw in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        text = row["text"]
        spans = redact_text(text, country=row["country"]).spans
        covered = bytearray(len(text))
        for s in spans:
            covered[s.input_start : s.input_end] = b"\x01" * (s.input_end - s.input_start)
        labelled = bytearray(len(text))
        for label in row["labels"]:
            a, b = label["start"], label["end"]
            labelled[a:b] = b"\x01" * (b - a)
            kind = "STRUCTURED" if label["type"] in STRUCTURED else label["type"]
            total[kind] += 1
            caught[kind] += sum(covered[a:b]) >= 0.9 * (b - a)
        returned += len(spans)
        correct += sum(1 for s in spans if any(labelled[s.input_start : s.input_end]))
    assert total["STRUCTURED"] > 1000 and total["PERSON"] > 500 and total["ADDRESS"] > 300
    assert caught["STRUCTURED"] / total["STRUCTURED"] >= 0.995
    assert caught["PERSON"] / total["PERSON"] >= 0.97
    assert caught["ADDRESS"] / total["ADDRESS"] >= 0.97
    assert correct / returned >= 0.95
