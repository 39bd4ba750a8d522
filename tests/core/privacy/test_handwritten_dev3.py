"""The small third development file (dev3.txt): well-formed, its texts new, and reported."""

from __future__ import annotations

from bench.privacy_handwritten import DEV, DEV2, DEV3, FROZEN, FROZEN2, SPLITS, TYPES, load


def test_dev3_parses_into_labelled_documents_in_several_languages() -> None:
    docs = load(DEV3)
    assert len(docs) >= 25
    assert len({d.lang for d in docs}) >= 10
    for doc in docs:
        previous_end = 0
        for start, end, kind in doc.labels:
            assert kind in TYPES
            assert previous_end <= start < end <= len(doc.text)
            assert doc.text[start:end].strip() == doc.text[start:end]
            previous_end = end


def test_dev3_holds_no_text_of_the_other_files() -> None:
    others = {doc.text for path in (DEV, DEV2, FROZEN, FROZEN2) for doc in load(path)}
    assert not others & {doc.text for doc in load(DEV3)}


def test_dev3_is_reported_as_development_not_as_frozen() -> None:
    assert SPLITS["hand-written dev3"] == (DEV3,)
    assert all(DEV3 not in paths for name, paths in SPLITS.items() if "FROZEN" in name)
