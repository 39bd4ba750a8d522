"""The learned name check after the rules (switched on): the weights are the ones the training
script makes, small and read on the first redaction that finds a person; it takes away things the
rules read as people, keeps people where a name stands (a name key, a name column, before a role,
a user name), and judges a person as a whole.

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
from desktop.core.privacy.learned_names import Model, features, grouped, model, vetoed
from desktop.core.privacy.lexicon import lexicon

# The sha256 of resources/privacy/names_model.json as `python -m bench.privacy_learned --write` makes it.
SHIPPED_SHA256 = "a160a530a74ffa71bc61e0b46eaafcebc5e809bf8300d953ba32367ebaa2b6f9"


def _people(text: str, on: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(learned_names, "ENABLED", on)
    return [s.original for s in redact_text(text, country="GB").spans if s.type == "PERSON"]


def test_the_shipped_weights_are_the_ones_checked_in_and_small() -> None:
    path = paths.resource(learned_names.MODEL_FILE)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == SHIPPED_SHA256
    assert path.stat().st_size < 300_000
    assert path.is_relative_to(paths.resources_dir())
    judge = model()
    assert 0.0 < judge.threshold < 1.0 and len(judge.weights) > 1000


def test_the_check_is_on_and_reads_its_weights_only_when_a_person_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """On (see the figures in learned_names): a text with no person found never reads the weights."""
    assert learned_names.ENABLED
    monkeypatch.setattr(learned_names, "model", lambda: pytest.fail("the weights were read with no person found"))
    assert not [s for s in redact_text("Invoice 2041 is due on 3 March; the total is 418.20 EUR.").spans
                if s.type == "PERSON"]


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
    ("Ansprechpartner: Brunner\nRückfrage bitte direkt an Hrn. Brunner.", ["Brunner", "Hrn. Brunner"]),
])
def test_people_stay_hidden(text: str, people: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert _people(text, True, monkeypatch) == people == _people(text, False, monkeypatch)


@pytest.mark.parametrize(("text", "span", "found"), [
    ("Ticket 4471\nNom : DUVAL\nService : paie", "DUVAL", {"key=nom", "keykind=PERSON", "pos=aftercolon"}),
    ("Firma: Haas GmbH; Ansprechpartner: Brunner", "Brunner", {"key=ansprechpartner", "keykind=PERSON"}),
    ("Name\tTeam\tExt\nRuiz\tSales\t214\nVisser\tStock\t230", "Visser", {"key=name", "keykind=PERSON"}),
    ("| Team | Name |\n|---|---|\n| Sales | Hope |", "Hope", {"key=name", "keykind=PERSON"}),
    ("Nombre;Usuario\nRosa;rflores", "rflores", {"key=usuario", "keykind=USERNAME", "user"}),
    ("login ok user=m.tanaka host=ws-2", "m.tanaka", {"user"}),
    ("Wolf vom IT-Support war schon da.", "Wolf", {"a12=vom it", "a1s2=vom XX"}),
])
def test_where_a_name_stands_is_a_feature(text: str, span: str, found: set[str]) -> None:
    """A label key or column header that names a person, a role after the name, a login's shape."""
    start = text.index(span)
    assert found <= set(features(text, start, start + len(span), lexicon()))


@pytest.mark.parametrize(("text", "span"), [
    ("Key safe by the back door, code 9034.", "Key"),
    ("Ext\tName\n214\tRuiz", "Ext"),  # the header row itself has no column above it
    ("login ok user=root host=ws-2", "root"),
])
def test_no_name_place_where_there_is_none(text: str, span: str) -> None:
    start = text.index(span)
    found = set(features(text, start, start + len(span), lexicon()))
    assert not {f for f in found if f.startswith("key")} and "user" not in found


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


def test_a_dropped_person_costs_more_than_a_kept_thing_in_training() -> None:
    """With a person weighted above a thing, a feature both share leans towards keeping."""
    from bench.privacy_learned import train

    examples = [(("shared", "w=dana"), True), (("shared", "w=key"), False)] * 5
    even = json.loads(learned_names.to_json(train(examples, person_weight=1.0)))["weights"]
    leaning = json.loads(learned_names.to_json(train(examples, person_weight=5.0)))["weights"]
    assert leaning["shared"] > even["shared"]


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
