"""The garbage collector pauses while a text is checked and runs again afterwards, as before."""

from __future__ import annotations

import gc

import pytest

from desktop.core.errors import PrivacyError
from desktop.core.privacy import redact_text, structured

_TEXT = "Hi Anna Berg,\ncall me on +44 20 7946 0958 or write to anna.berg@example.com.\nThanks, Tom\n" * 40


def test_the_collector_runs_again_after_a_check_and_was_paused_during_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = structured.find_structured

    def watching(text: str, country: str = "US"):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(text, country)

    monkeypatch.setattr(structured, "find_structured", watching)
    assert gc.isenabled()
    assert redact_text(_TEXT).spans
    assert seen == [False] and gc.isenabled()


def test_a_paused_collector_stays_paused_and_a_failed_check_resumes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    gc.disable()
    try:
        redact_text(_TEXT)
        assert not gc.isenabled()  # (another check, on another thread, paused it: that one resumes it)
    finally:
        gc.enable()

    def broken(text: str, country: str = "US"):  # type: ignore[no-untyped-def]
        raise RuntimeError("a detector bug")

    monkeypatch.setattr(structured, "find_structured", broken)
    with pytest.raises(PrivacyError):
        redact_text(_TEXT)
    assert gc.isenabled()


def test_a_check_leaves_no_garbage_only_the_collector_could_free() -> None:
    # Why pausing costs nothing: what a check makes is freed as soon as it is no longer used.
    redact_text(_TEXT + "x")  # (the name lists and patterns loaded first)
    gc.collect()
    redact_text(_TEXT)
    assert gc.collect() == 0
