"""The hand-written corpus (bench/privacy_handwritten.py): well-formed, and the frozen split unchanged.

The frozen split is the unseen measure quoted in the README; pinning its hash means any edit to
it (tuning on it, relabelling it) is a visible, deliberate change of this test.
"""

from __future__ import annotations

import pytest

from bench.privacy_handwritten import DEV, FROZEN, TYPES, load, parse, sha256

FROZEN_SHA256 = "61c5d240790893909754acf6f55adae291bf07155784d5ce9385041cccd36ae2"


def test_frozen_split_is_unchanged() -> None:
    assert sha256(FROZEN) == FROZEN_SHA256


@pytest.mark.parametrize("path", [DEV, FROZEN], ids=["dev", "frozen"])
def test_corpus_parses_into_labelled_documents_in_many_languages(path) -> None:  # type: ignore[no-untyped-def]
    docs = load(path)
    assert len(docs) >= 90
    assert len({d.lang for d in docs}) >= 12
    for doc in docs:
        for start, end, kind in doc.labels:
            assert kind in TYPES
            assert 0 <= start < end <= len(doc.text)
            assert doc.text[start:end].strip() == doc.text[start:end]


def test_labels_map_to_the_text_without_markup() -> None:
    [doc] = parse("=== chat en GB\n[09:00] ⟦PERSON|ollie⟧: call ⟦PHONE|07700 900 412⟧ ok\n")
    assert doc.text == "[09:00] ollie: call 07700 900 412 ok"
    assert [doc.text[a:b] for a, b, _ in doc.labels] == ["ollie", "07700 900 412"]


def test_unknown_label_types_are_rejected() -> None:
    with pytest.raises(ValueError):
        parse("=== chat en GB\n⟦NAME|ollie⟧\n")
