"""The learned name check after the rules (shipped switched off): the weights are the ones the
training script makes, and switched on it takes away things the rules read as people, keeps
people, and judges a person as a whole.

The texts below are new (not in tests/data/privacy); the sets are measured by
``python -m bench.privacy_learned``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.errors import SettingsError
from desktop.core.privacy import learned_names, redact_segments, redact_text
from desktop.core.privacy.learned_names import Model, grouped, model, vetoed
from desktop.core.privacy.lexicon import lexicon

# The sha256 of resources/privacy/names_model.json as `python -m bench.privacy_learned --write` makes it.
SHIPPED_SHA256 = "9fff25e3b1d282d511a1b60959028b33c4a7328bd09b0f08216c1b6e657416bc"


def _people(text: str, on: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(learned_names, "ENABLED", on)
    return [s.original for s in redact_text(text, country="GB").spans if s.type == "PERSON"]


def test_the_shipped_weights_are_the_ones_checked_in_and_small() -> None:
    path = paths.resource(learned_names.MODEL_FILE)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == SHIPPED_SHA256
    assert path.stat().st_size < 2_000_000
    assert path.is_relative_to(paths.resources_dir())
    judge = model()
    assert 0.0 < judge.threshold < 1.0 and len(judge.weights) > 1000


def test_the_check_is_off_until_no_development_file_loses_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off by default (see bench/privacy_learned.py): the rules' finds are what is hidden."""
    assert not learned_names.ENABLED
    monkeypatch.setattr(learned_names, "model", lambda: pytest.fail("the weights were read while off"))
    spans = redact_text("We moved the stock data from Comarch ERP XL to the new warehouse system.").spans
    assert "Comarch ERP XL" in [s.original for s in spans if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "thing"), [
    ("We moved the stock data from Comarch ERP XL to the new warehouse system over one weekend.",
     "Comarch ERP XL"),
    ("Key safe by the back door, code 9034. Bins go out on Tuesday.", "Key"),
])
def test_a_thing_the_rules_take_for_a_person_is_taken_away(
        text: str, thing: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert thing in _people(text, False, monkeypatch)  # the rules alone hide it
    assert thing not in _people(text, True, monkeypatch)


def test_what_else_was_found_stays_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_names, "ENABLED", True)
    spans = redact_text("Key safe by the back door, code 9034. Bins go out on Tuesday.").spans
    assert [(s.type, s.original) for s in spans] == [("SECRET", "9034")]


@pytest.mark.parametrize(("text", "people"), [
    ("Hi Priya, the invoice from Harlow Logistics is attached. Could you approve it before Friday? "
     "Thanks, Tomasz Wiśniewski", ["Priya", "Tomasz Wiśniewski"]),
    ("Dear Mr. Okonkwo, thank you for your application. Kind regards, Helen Barker",
     ["Mr. Okonkwo", "Helen Barker"]),
    ("Marta;Ruiz-Tagle Ortega;marta@example.es;600 111 222", ["Marta", "Ruiz-Tagle Ortega"]),
])
def test_people_stay_hidden(text: str, people: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert _people(text, True, monkeypatch) == people == _people(text, False, monkeypatch)


def test_names_that_share_a_word_are_one_person_scored_by_the_best() -> None:
    assert grouped({"dana whitfield": 0.9, "whitfield": 0.1, "key": 0.2}) == {
        "dana whitfield": 0.9, "whitfield": 0.9, "key": 0.2}
    assert grouped({"a b": 0.1, "b c": 0.2, "c": 0.7, "d": 0.3})["a b"] == 0.7  # joined through "b c"


def test_a_person_is_dropped_in_every_mention_or_in_none() -> None:
    judge = Model(bias=0.0, weights={"pos=linestart": -4.0, "w=dana": 6.0}, threshold=0.5)
    texts = ["Whitfield\nsent it", "Hello Dana Whitfield", "Key\nbox"]
    mentions = [(texts[0], 0, 9), (texts[1], 6, 20), (texts[2], 0, 3)]
    assert vetoed(mentions, lexicon(), judge) == {"key"}  # "Whitfield" alone scores low, its person high
    assert vetoed(mentions[:1] + mentions[2:], lexicon(), judge) == {"whitfield", "key"}


def test_a_vetoed_name_goes_from_every_field(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_names, "ENABLED", True)
    line = "We moved the stock data from Comarch ERP XL to the new warehouse system over one weekend."
    spans = redact_segments([(line, "notes"), (line, "summary")]).spans
    assert not [s for s in spans if s.type == "PERSON"]


def test_off_it_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_names, "ENABLED", False)
    monkeypatch.setattr(learned_names, "model", lambda: pytest.fail("the weights were read while off"))
    assert "Comarch ERP XL" in _people("Reports come from Comarch ERP XL since March, says Dana Whitfield.",
                                       False, monkeypatch)


def test_training_is_deterministic() -> None:
    from bench.privacy_learned import train

    examples = [(("w=dana", "first", "s=Xx"), True), (("w=key", "pos=linestart", "s=Xx"), False)] * 5
    first, second = learned_names.to_json(train(examples)), learned_names.to_json(train(examples))
    assert first == second
    weights = json.loads(first)["weights"]
    assert weights["w=dana"] > 0 > weights["w=key"]


def test_unreadable_weights_say_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "privacy").mkdir()
    (tmp_path / learned_names.MODEL_FILE).write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    model.cache_clear()
    try:
        with pytest.raises(SettingsError, match="Reinstall Promptdesk"):
            model()
    finally:
        model.cache_clear()


@pytest.mark.slow
def test_the_training_script_rebuilds_the_shipped_file_byte_for_byte() -> None:
    from bench import privacy_learned

    shipped = paths.resource(learned_names.MODEL_FILE).read_text(encoding="utf-8")
    threshold = json.loads(shipped)["threshold"]
    rebuilt = privacy_learned.train(privacy_learned.examples(privacy_learned.tuned_files()), threshold)
    assert learned_names.to_json(rebuilt) == shipped
