"""Error kinds are a StrEnum that stores, compares and prints as the same words as before."""

from __future__ import annotations

import json
import sqlite3

from desktop.core.errors import CancelledError, DocumentError, ErrorKind, ProviderError
from desktop.core.send.providers import translate


def test_a_kind_is_its_word_everywhere_it_goes() -> None:
    error = ProviderError("Anthropic refused the API key.", kind=ErrorKind.AUTH)
    assert error.kind == "auth" and f"{error.kind}" == "auth" and json.dumps(error.kind) == '"auth"'
    with sqlite3.connect(":memory:") as db:
        assert db.execute("SELECT ?", (error.kind,)).fetchone() == ("auth",)
    assert CancelledError().kind == "cancelled" and DocumentError("x").kind is ErrorKind.DOCUMENT


def test_a_word_no_member_has_is_kept_as_it_is() -> None:
    kind = ErrorKind("from_a_newer_store")
    assert kind == "from_a_newer_store" and isinstance(kind, ErrorKind)


def test_translated_failures_carry_kinds_and_retry_only_where_it_can_help() -> None:
    overloaded = type("InternalServerError", (Exception,), {"status_code": 529})()
    refused = type("AuthenticationError", (Exception,), {"status_code": 401})()
    assert translate(overloaded, "anthropic", "m").kind is ErrorKind.OVERLOADED
    assert translate(overloaded, "anthropic", "m").retryable
    assert translate(refused, "openai", "m").kind is ErrorKind.AUTH and not translate(refused, "openai", "m").retryable
