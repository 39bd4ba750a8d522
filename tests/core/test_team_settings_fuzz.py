"""Random team.toml documents: reading never raises anything but the app's own errors, the
command line never prints a traceback, and every protective setting is in force or sending is
refused."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tomllib
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.errors import PromptdeskError
from desktop.core.send import pipeline
from desktop.core.settings import UserSettings
from desktop.core.team_settings import SETTING_KEYS, TeamSettings, parse_team_text
from tests.core.test_team_settings import NOTE

TERM = "Bluefin Harbour"
NEAR_MISSES = ("sensitive_term", "senstive_terms", "approval_treshold", "monthly_budjet", "personal_budget",
               "shared_audits")

scalars = st.one_of(
    st.text(max_size=12), st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.just(TERM), st.just(1e309),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(min_size=1, max_size=6), inner, max_size=4), max_leaves=12)
keys = st.sampled_from(SETTING_KEYS + NEAR_MISSES) | st.text(min_size=1, max_size=10)
documents = st.dictionaries(keys, values, max_size=8)
fragments = st.sampled_from(["monthly_budget = ", "nan", "1e309", "[", "]", "{", "}", '"', "=", "\n", "[tiers]",
                             "reasoning = ", f'"{TERM}"', "sensitive_terms = ", ",", "-3", "true", "#", "x"])
raw_texts = st.lists(fragments, max_size=30).map("".join)


def dump(document: dict[str, Any]) -> str | None:
    try:
        return tomli_w.dumps(document)
    except (TypeError, ValueError):  # not every random mapping is TOML (e.g. mixed key types)
        return None


def expected_in_force(team: TeamSettings, raw: dict[str, Any], user: str) -> list[str]:
    """Protective settings of ``raw`` that are *not* in force in ``team``."""
    missing = []
    for key in ("monthly_budget", "approval_threshold"):
        value = raw.get(key)
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) \
            and 0 <= value <= 1_000_000
        if key in raw and not (ok and getattr(team, key) == float(value)):
            missing.append(key)
    terms = raw.get("sensitive_terms")
    wanted = [terms] if isinstance(terms, str) else terms if isinstance(terms, list) else []
    for term in wanted:
        if isinstance(term, str) and term.strip() and not any(term.strip() in t or t in term for t in
                                                              team.sensitive_terms):
            missing.append("sensitive_terms")
    if "sensitive_terms" in raw and not isinstance(terms, str | list):
        missing.append("sensitive_terms")
    budgets = raw.get("personal_budgets")
    if "personal_budgets" in raw and (not isinstance(budgets, dict) or (user in budgets and
                                                                         user not in team.personal_budgets)):
        missing.append("personal_budgets")
    if "shared_audit" in raw and team.shared_audit is not raw["shared_audit"]:
        missing.append("shared_audit")
    missing += [near for near in NEAR_MISSES if near in raw]
    return missing


@settings(max_examples=400, deadline=None)
@given(documents)
def test_random_documents_keep_protection_in_force_or_stop_sending(document) -> None:
    text = dump(document)
    if text is None:
        return
    team = parse_team_text(text)  # never raises
    missing = expected_in_force(team, document, "sam")
    assert not missing or team.blocked_reason("sam"), (missing, text)
    for amount in (team.monthly_budget, team.approval_threshold, *team.personal_budgets.values()):
        assert math.isfinite(amount) and amount >= 0


@settings(max_examples=400, deadline=None)
@given(raw_texts)
@example('""=nan')  # an unknown setting with an empty name is not "the whole file could not be read"
def test_random_text_never_raises_and_unreadable_files_stop_sending(text) -> None:
    team = parse_team_text(text)
    if any(p.key == "" for p in team.problems):
        assert team.blocked_reason("sam")


@pytest.fixture
def note_context(team_dir) -> AppContext:
    (paths.personal_prompts_dir() / "status-note.md").write_text(NOTE, encoding="utf-8")
    user = UserSettings()
    user.set("name", "sam")
    return AppContext(user)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents.map(lambda d: {**d, "sensitive_terms": d.get("sensitive_terms", [TERM])}))
def test_a_team_term_never_reaches_the_outgoing_text_unless_sending_is_refused(note_context, document) -> None:
    text = dump(document)
    if text is None:
        return
    note_context.team = parse_team_text(text)
    template = note_context.library.get("status-note")
    try:
        prepared = pipeline.prepare(note_context, template, {"details": f"{TERM} ships on Monday"})
    except PromptdeskError:
        return  # refused, in plain words
    raw_terms = document["sensitive_terms"]
    if raw_terms == TERM or (isinstance(raw_terms, list) and TERM in raw_terms):
        assert TERM not in prepared.redaction.text


def _lists_the_term(text: str) -> bool:
    """Whether the team file names the term as a sensitive term (it may also stand elsewhere in
    the file, e.g. as the team's name, without being one)."""
    try:
        terms = tomllib.loads(text).get("sensitive_terms")
    except tomllib.TOMLDecodeError:
        return TERM in text  # unreadable: the term may be meant as one, so it must not show
    return terms == TERM or (isinstance(terms, list) and TERM in terms)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(documents.map(dump).filter(bool), raw_texts))
def test_the_command_line_never_prints_a_traceback(team_dir, text) -> None:
    (paths.personal_prompts_dir() / "status-note.md").write_text(NOTE, encoding="utf-8")
    (team_dir / "team.toml").write_text(text, encoding="utf-8")
    for command in (["run", "status-note", "-f", f"details={TERM}", "--dry-run"], ["spend", "--team", "--json"],
                    ["team", "show", "--json"]):
        out = subprocess.run([sys.executable, "-m", "desktop", *command], capture_output=True, text=True,
                             env=dict(os.environ), timeout=60)
        assert "Traceback" not in out.stderr + out.stdout and out.returncode in (0, 1, 2), (text, out.stderr)
        if command[0] == "run" and out.returncode == 0:
            assert TERM not in out.stdout or not _lists_the_term(text)
        if command[0] == "team":  # valid JSON (no NaN), and problems mean exit 1
            shown = json.loads(out.stdout, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
            assert out.returncode == (1 if shown["problems"] else 0)
