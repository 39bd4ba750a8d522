"""Session credentials as logs, request dumps and browser exports write them: whoever holds one
is signed in as its owner until it expires, with no password asked.

- a cookie's value in a ``Cookie`` or ``Set-Cookie`` header, a request dump or a HAR file
  ("cookie: PHPSESSID=k8v2...", "header=cookie=JSESSIONID=8F2C...; lang=en",
  ``{"name": "Cookie", "value": "tr_session=s%3A7Qm..."}``): every pair whose value is long and
  holds letters and digits; short settings ("lang=en", "theme=dark"), the cookie's own attributes
  (``Max-Age``, ``Path``) and analytics counters ("_ga=GA1.2.1234567.1700000000") stay;
- a session id named so outside a cookie line ("JSESSIONID=...", "session_id: 4f1c..."), hex
  or not;
- the value of a header that carries a login or an anti-forgery token ("X-CSRF-Token: ...",
  ``{"name": "X-Api-Key", "value": "..."}``).

Each rule runs only around its own cue words (``keyword_windows``).
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows

SESSION = "A session cookie or token"

# "Cookie:", "set-cookie:", "cookie=" in a dump, or a HAR entry's name then its value.
_COOKIE_START = lazy_re(
    r"(?i)(?<![\w\-])(?:set-)?cookies?[\"']?[ \t]*(?:[:=]|,[ \t]*[\"']value[\"'][ \t]*:)[ \t]*[\"']?"
)
_PAIR = lazy_re(r"(?<![\w.\-%])(?P<name>[A-Za-z_][\w.\-]{0,60})=(?P<value>[^\s;,\"'&]{8,600})")
# A cookie's attributes, and cookies that hold settings or analytics counters, never a login.
_NOT_CREDENTIAL = frozenset({
    "path", "domain", "expires", "max-age", "samesite", "secure", "httponly", "priority", "version", "comment",
    "lang", "language", "locale", "theme", "tz", "timezone", "currency", "consent", "cookieconsent", "_ga", "_gid",
    "_gat", "_fbp", "_gcl_au", "_hjid", "ajs_anonymous_id",
})
_ANALYTICS = lazy_re(r"(?i)(?:GA|GS|fb)\d\.\d")  # "GA1.2.1234.5678", "fb.1.1700000000.123"

# A session id named so, wherever it stands ("JSESSIONID=8F2C...", "session_id: 4f1c...").
_SESSION_NAMED = lazy_re(
    r"(?i)(?<![\w.\-])(?:jsessionid|phpsessid|asp\.net_sessionid|connect\.sid|laravel_session|ci_session|sessionid|"
    r"session(?:[_\-]?(?:id|token|key))?|sess_?id|sid|remember[_\-](?:me|token)|csrf_?token|xsrftoken|xsrf-token)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[^\s;,\"'&]{12,600})"
)
_SESSION_KEYS = ("sess", "sid", "remember", "csrf", "xsrf")
# A header that carries a login or an anti-forgery token, as a request dump or a HAR file writes it.
_HEADER = lazy_re(
    r"(?i)(?<![\w\-])(?:x-(?:csrf|xsrf)-token|x-api-key|x-auth-token|x-access-token|x-session-(?:id|token)|"
    r"x-amz-security-token|api-key)[\"']?(?:[ \t]*[:=][ \t]*|,[ \t]*[\"']value[\"'][ \t]*:[ \t]*)[\"']?"
    r"(?P<value>[A-Za-z0-9._~+/%\-]{12,600}={0,2})"
)
_HEADER_KEYS = ("x-csrf", "x-xsrf", "x-api-key", "x-auth-token", "x-access-token", "x-session", "x-amz-security", "api-key")


def credential_shaped(value: str) -> bool:
    """A value long enough and mixed enough to sign someone in: letters and digits, not a date,
    an amount or a word."""
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    return len(value) >= 12 and letters >= 3 and digits >= 3 and not _ANALYTICS.match(value)


def _cookie_pairs(text: str, start: int, end: int, out: list[Candidate]) -> None:
    for m in _PAIR.finditer(text, start, end):
        value = m.group("value").rstrip("=") or m.group("value")
        if m.group("name").lower() in _NOT_CREDENTIAL or len(value) < 16 or not credential_shaped(value):
            continue
        out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", SESSION))


def find_session_secrets(text: str, lower: str) -> list[Candidate]:
    """Every cookie value, named session id and login header value in ``text``."""
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, ("cookie",), 600, 10):
        for m in _COOKIE_START.finditer(text, a, b):
            line_end = text.find("\n", m.end())
            _cookie_pairs(text, m.end(), len(text) if line_end < 0 else line_end, out)
    for a, b in keyword_windows(lower, _SESSION_KEYS, 600, 30):
        for m in _SESSION_NAMED.finditer(text, a, b):
            if credential_shaped(m.group("value")):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", SESSION))
    for a, b in keyword_windows(lower, _HEADER_KEYS, 600, 30):
        for m in _HEADER.finditer(text, a, b):
            if credential_shaped(m.group("value")):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", SESSION))
    return out
