"""The app's own keys, hidden whatever their format.

``configured_secrets`` reads every key the app would send with (keychain, memory, environment) and
the credentials in the base URLs it would send to, and ``find_own_secrets(text, own)`` (run first by
``secrets.find_secrets(text, own=...)``) finds them in a field even when a line break, spaces,
invisible characters, "%20" or "+" were pasted into the middle of one, and when they were pasted
URL-encoded, base64-encoded (alone or inside a longer blob such as HTTP basic auth) or hex-encoded.
Only the encodings of the configured values are looked for: a random string that merely looks
encoded is left to the generic rules of ``secrets``.
"""

from __future__ import annotations

import base64
import bisect
import re
from functools import lru_cache
from typing import Protocol

from desktop.core.privacy.candidates import Candidate

OWN_KEY = "One of Promptdesk's own API keys or passwords"


class _KeySource(Protocol):
    """What ``configured_secrets`` asks of the key store: a provider's key, or None."""

    def get(self, provider: str) -> str | None: ...


# What may sit between the characters of a pasted key: a wrapped line, spaces, invisible marks,
# and the same gaps as a URL or a JSON string writes them ("%20", "+", "%0A", a literal "\n").
# Taken out in two steps, spaces and line breaks first (``str.split`` is fast), then the rest.
_SPACES_RE = re.compile(r"\s+")
# Written to start with one character class, so the engine skips to where a gap could be.
_KEY_GAP_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad+%\\](?:(?<=%)(?:20|0[9aAdD])|(?<=\\)[nrt]|(?<![%\\]))"
                         r"(?:[\u200b-\u200d\u2060\ufeff\u00ad+]|%(?:20|0[9aAdD])|\\[nrt])*")
_GAP_OR_PERCENT = re.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad%\\]")
_B64_CHAR = re.compile(r"[A-Za-z0-9+/_\-=]")
_MIN_EMBEDDED = 8  # a key at least this long is also found inside a longer encoded blob
_MIN_OWN = 4  # shorter values would hide ordinary words; no provider issues keys that short
# URL query parameters that carry credentials in a base URL (``?api-key=...``).
_URL_SECRET_PARAMS = re.compile(r"(?:api[_-]?key|key|token|access[_-]?token|secret|sig|signature|code|password|auth)",
                                re.IGNORECASE)


def configured_secrets(keys: _KeySource, settings: object) -> tuple[str, ...]:
    """Every credential Promptdesk itself sends with: the API key of each provider (keychain,
    memory or environment), and user names, passwords and key parameters in the base URLs
    (``ANTHROPIC_BASE_URL``, ``OPENAI_BASE_URL``, the in-house server's address).

    ``keys`` is the ``KeyStore``, ``settings`` the ``UserSettings`` (typed loosely to keep this
    module free of the settings module's imports).
    """
    import os

    from desktop.core.settings import KEY_ENV, PROVIDERS

    values: list[str] = []
    for provider in PROVIDERS:
        values.append(keys.get(provider) or "")
        values.append(os.environ.get(KEY_ENV.get(provider, ""), ""))
    urls = [os.environ.get(name, "") for name in ("ANTHROPIC_BASE_URL", "OPENAI_BASE_URL")]
    urls.append(str(getattr(settings, "local_base_url", "") or ""))
    for url in urls:
        values += _url_credentials(url)
    return tuple(dict.fromkeys(v.strip() for v in values if len(v.strip()) >= _MIN_OWN))


def _url_credentials(url: str) -> list[str]:
    from urllib.parse import parse_qsl, unquote, urlsplit

    url = url.strip()
    if not url:
        return []
    try:
        parts = urlsplit(url)
        found = [unquote(v) for v in (parts.username, parts.password) if v]
        found += [value for name, value in parse_qsl(parts.query) if _URL_SECRET_PARAMS.fullmatch(name)]
    except ValueError:
        return []
    if parts.username and parts.password:
        found.append(f"{parts.username}:{parts.password}")
    return found


def _inner_base64(data: bytes, offset: int, alphabet: bytes | None) -> str:
    """The base64 characters that depend on ``data`` alone when it sits ``offset`` bytes (0-2)
    into a longer encoded text, as in "Basic " + base64("user:" + key)."""
    encoded = base64.b64encode(b"\0" * offset + data, altchars=alphabet).decode("ascii").rstrip("=")
    first = -(-8 * offset // 6)  # the first character whose six bits all come from ``data``
    last = (8 * (offset + len(data)) - 6) // 6
    return encoded[first:last + 1]


def encoded_forms(value: str) -> list[str]:
    """``value`` as a field could carry it: as is, URL-encoded, base64 (standard or URL-safe,
    alone or inside a longer encoded text) and hex (either case). Only these: a random string
    that merely looks encoded is never one of the app's own keys."""
    from urllib.parse import quote, quote_plus

    data = value.encode("utf-8")
    forms = [value, quote(value, safe=""), quote_plus(value, safe=""), data.hex(), data.hex().upper()]
    forms += [form.lower() for form in forms[1:3]]  # "%2f" as well as "%2F"
    return list(dict.fromkeys(form for form in (*forms, *_base64_forms(value)) if form))


def _base64_forms(value: str) -> list[str]:
    data = value.encode("utf-8")
    forms = []
    for alphabet in (None, b"-_"):
        forms.append(base64.b64encode(data, altchars=alphabet).decode("ascii").rstrip("="))
        if len(data) >= _MIN_EMBEDDED:
            forms += [_inner_base64(data, offset, alphabet) for offset in (1, 2)]
    return forms


def _without_gaps(text: str) -> str:
    return _KEY_GAP_RE.sub("", "".join(text.split()))


@lru_cache(maxsize=8)
def _own_forms(values: tuple[str, ...]) -> tuple[tuple[str, bool, bool], ...]:
    """Every form of every value without its gaps, longest first, each with whether it is short
    (found only as a whole word: "Pa55" must not hide "Pa55word") and whether it is base64 (the
    blob around it is hidden too)."""
    forms = {_without_gaps(form) for value in values for form in encoded_forms(value)}
    encoded = {_without_gaps(form) for value in values for form in _base64_forms(value)} - set(values)
    return tuple((form, len(form) < 8, form in encoded) for form in sorted(forms, key=len, reverse=True) if form)


class _Removed:
    """The gaps ``pattern`` took out of ``text``: maps a position in what is left back to ``text``."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.starts: list[int] = []  # where each gap sat in what is left
        self.removed: list[int] = []  # characters removed up to and including it
        total = 0
        for m in pattern.finditer(text):
            self.starts.append(m.start() - total)
            total += m.end() - m.start()
            self.removed.append(total)

    def back(self, position: int) -> int:
        index = bisect.bisect_right(self.starts, position)
        return position + (self.removed[index - 1] if index else 0)


def find_own_secrets(text: str, own: tuple[str, ...]) -> list[Candidate]:
    """Where the app's own credentials (``configured_secrets``) appear in ``text``, in any form
    ``encoded_forms`` gives, with gaps pasted anywhere inside. The gaps are taken out of the text
    once and the forms looked for as plain strings; offsets are mapped back only on a find."""
    forms = _own_forms(own) if own else ()
    if not forms:
        return []
    compact = _without_gaps(text)
    spans: list[tuple[int, int]] = []
    for form, _short, _blob in forms:
        at = compact.find(form)
        while at >= 0:
            spans.append((at, at + len(form)))
            at = compact.find(form, at + 1)
    if not spans:
        return []
    spaces = _Removed(_SPACES_RE, text)
    rest = _Removed(_KEY_GAP_RE, "".join(text.split()))

    def original(position: int) -> int:
        return spaces.back(rest.back(position))

    short = {form for form, is_short, _blob in forms if is_short}
    blobs = {form for form, _short, is_blob in forms if is_blob}
    found: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda span: (span[0], -span[1])):
        start, end = original(a), original(b - 1) + 1
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if compact[a:b] in short and (_word_at(text, start - 1) or _word_at(text, end)):
            continue
        if compact[a:b] in blobs and not _GAP_OR_PERCENT.search(text, start, end):
            # Inside an encoded blob ("Basic dXNlcjp..."), the whole blob goes: its edges
            # carry bits of the key too.
            while start > 0 and _B64_CHAR.match(text, start - 1):
                start -= 1
            while end < len(text) and _B64_CHAR.match(text, end):
                end += 1
        taken.append((start, end))
        found.append(Candidate(start, end, "SECRET", "secret", OWN_KEY))
    return found


def _word_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")
