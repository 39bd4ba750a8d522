"""The app's own keys are hidden when pasted encoded: URL-encoded, base64 (standard, URL-safe,
wrapped, inside "Basic user:key"), hex, or split by "%20", "+", line breaks and literal "\\n";
a request sent through the real SDKs to the fake server carries none of these forms. Strings
that merely look encoded, and the encodings of other strings, are left alone."""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
import secrets as random_source
from urllib.parse import quote, quote_plus

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.privacy.own_secrets import OWN_KEY, encoded_forms
from desktop.core.privacy.secrets import find_secrets
from desktop.core.run import DONE
from desktop.core.send import pipeline
from desktop.core.settings import UserSettings, keystore
from tests.core.privacy.test_own_keys import ANTHROPIC_GATEWAY_KEY, OPENAI_GATEWAY_KEY, TEMPLATE, URL_PASSWORD
from tests.helpers.fake_llm import FakeLLMServer

# A gateway key with the characters URL-encoding changes (built at run time).
ODD_KEY = "/".join(["gw~key", "9981+alpha=", "x@y"])


def b64(value: str, *, prefix: str = "", urlsafe: bool = False) -> str:
    data = (prefix + value).encode()
    return (base64.urlsafe_b64encode(data) if urlsafe else base64.b64encode(data)).decode()


def pasted_forms(key: str) -> dict[str, str]:
    """How a person might paste ``key`` into a field, by name."""
    wrapped = b64("config: " + key)
    return {
        "url-encoded": quote(key, safe=""), "url-encoded lower": quote(key, safe="").lower(),
        "form-encoded": quote_plus(key, safe=""),
        "base64": b64(key), "base64 url-safe": b64(key, urlsafe=True), "base64 unpadded": b64(key).rstrip("="),
        "basic auth": "Basic " + b64(key, prefix="gwuser:"), "base64 in a blob": b64(key, prefix="id=7;k="),
        "base64 wrapped": "\n".join(wrapped[i:i + 12] for i in range(0, len(wrapped), 12)),
        "hex": key.encode().hex(), "hex upper": key.encode().hex().upper(),
        "hex spaced": " ".join(f"{byte:02x}" for byte in key.encode()),
        "split %20": key[:7] + "%20" + key[7:], "split +": key[:6] + "+" + key[6:14] + "+" + key[14:],
        "split line break": key[:9] + "\r\n" + key[9:], "split literal \\n": key[:8] + "\\n" + key[8:],
    }


def own_spans(text: str, own: tuple[str, ...]) -> list[str]:
    return [text[c.start:c.end] for c in find_secrets(text, own) if c.label == OWN_KEY]


def test_every_pasted_form_of_an_own_key_is_found_whole() -> None:
    own = (ANTHROPIC_GATEWAY_KEY, ODD_KEY)
    for key in own:
        for name, pasted in pasted_forms(key).items():
            text = f"Hi team, the setting is {pasted} - thanks"
            spans = own_spans(text, own)
            assert spans, (key, name)
            hidden = text
            for span in spans:
                hidden = hidden.replace(span, "[SECRET]")
            # What is left of the pasted form gives nothing of the key back.
            leftover = re.sub(r"\[SECRET\]", "", hidden)
            assert key not in leftover and _decoded_tokens(leftover).isdisjoint({key}), (key, name, hidden)
            assert "the setting is" in hidden and "thanks" in hidden, (name, hidden)


def test_strings_that_merely_look_encoded_are_not_taken_for_own_keys() -> None:
    own = (ANTHROPIC_GATEWAY_KEY, OPENAI_GATEWAY_KEY, URL_PASSWORD)
    lookalikes = [
        b64("quarterly-report-final-v2"), b64("corp-llm-proxy-7731-charlie"),  # a near miss of a real key
        "Basic " + b64("gwuser:another-password-1"), "deadbeef" * 6, random_source.token_hex(24),
        random_source.token_urlsafe(30), quote("team gateway anthropic 0042", safe=""),
        "team+gateway+anthropic+invoice", "see page 0042 of the alpha plan",
    ]
    for text in lookalikes:
        assert own_spans(f"Attached: {text} (from the archive)", own) == [], text


def test_short_values_are_not_encoded_inside_longer_blobs() -> None:
    """A short password's forms are whole words only: its base64 is not looked for mid-blob."""
    forms = encoded_forms("gw12")
    assert "gw12" in forms and base64.b64encode(b"gw12").decode().rstrip("=") in forms
    assert len(forms) <= 7
    assert own_spans(f"ref {b64('gw12')} and Zw12abc", ("gw12",)) == [b64("gw12")]


def _decoded_tokens(text: str) -> set[str]:
    """Every base64 and hex token of ``text`` decoded (whitespace and "%20"/"+" joins removed),
    so a key that left in any of these forms shows up as itself."""
    joined = re.sub(r"%20|\\n|\s", "", text)
    found: set[str] = set()
    for token in re.findall(r"[A-Za-z0-9+/_\-=]{8,}", joined):
        candidates = [token.replace("+", "")]
        for variant in (token, token.replace("-", "+").replace("_", "/")):
            for offset in range(4):
                piece = variant[offset:].rstrip("=")
                with contextlib.suppress(binascii.Error, ValueError):
                    candidates.append(base64.b64decode(piece + "=" * (-len(piece) % 4)).decode("latin-1"))
        if re.fullmatch(r"(?:[0-9a-fA-F]{2})+", token):
            candidates.append(bytes.fromhex(token).decode("latin-1"))
        found.update(candidates)
    return found


def _leaks(sent: str, key: str) -> list[str]:
    forms = [form for form in encoded_forms(key) if len(form) >= 8]
    plain = [form for form in forms if form in re.sub(r"%20|\\n|\s|\+", "", sent)]
    decoded = [text for text in _decoded_tokens(sent) if key in text]
    return plain + decoded


def test_no_form_of_an_own_key_crosses_the_wire_with_the_real_sdk(fake_llm: FakeLLMServer, monkeypatch) -> None:
    host = fake_llm.url.split("://", 1)[1]
    monkeypatch.setenv("ANTHROPIC_BASE_URL", f"http://gwuser:{URL_PASSWORD}@{host}")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://gwuser:{URL_PASSWORD}@{host}/v1")
    keystore().set("anthropic", ANTHROPIC_GATEWAY_KEY)
    keystore().set("openai", OPENAI_GATEWAY_KEY)
    monkeypatch.setenv("PROMPTDESK_LOCAL_API_KEY", ODD_KEY)
    (paths.personal_prompts_dir() / "tidy.md").write_text(TEMPLATE, encoding="utf-8")
    context = AppContext(UserSettings())
    keys = (ANTHROPIC_GATEWAY_KEY, OPENAI_GATEWAY_KEY, URL_PASSWORD, ODD_KEY)
    lines = [f"{key[:4]}… as {name}: {pasted}" for key in keys for name, pasted in pasted_forms(key).items()]
    notes = "Setup notes from the old wiki page.\n" + "\n".join(lines)
    prepared = pipeline.prepare(context, context.library.get("tidy"), {"notes": notes})
    run = pipeline.execute(context, prepared, sleep=lambda s: None)

    assert run.status == DONE and fake_llm.requests
    body = "\n".join(request.raw.decode("utf-8") for request in fake_llm.requests)
    sent = body.encode().decode("unicode_escape", "replace")  # JSON escapes ("\u2026", "\n") read back
    assert "Setup notes from the old wiki page" in sent and "as hex upper" in sent  # the rest was sent
    for key in keys:
        assert _leaks(sent, key) == [], key
    # Each pasted form was hidden as one secret, and the person is told.
    assert [f.message for f in prepared.redaction.findings if f.kind == "secret"] == [
        f"{len(lines)} secrets were found in notes and removed"]


def test_only_an_encoded_blob_is_hidden_whole_a_plain_key_in_a_path_alone() -> None:
    own = (ANTHROPIC_GATEWAY_KEY,)
    assert own_spans(f"see config/{ANTHROPIC_GATEWAY_KEY}/x ok", own) == [ANTHROPIC_GATEWAY_KEY]
    blob = b64(ANTHROPIC_GATEWAY_KEY, prefix="u:")
    assert own_spans(f"Authorization: Basic {blob} ok", own) == [blob]
