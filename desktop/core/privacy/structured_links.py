"""Emails, and links that carry credentials: a user and password, a key as the user, a secret
or a random one-time token in the query or the path (a link without its host too), and links
personal by what they name (``link_credentials``: a mailbox, a calendar feed, a booking page).
Dispatched from ``structured``; emails without a plain "@" are in ``unlabelled``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.at_sign import email_matches
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.link_credentials import code_host_object, personal_link
from desktop.core.privacy.structured_rules import compiled_rules
from desktop.core.privacy.text_cache import keyword_windows

_PATTERNS: dict[str, str] = {
    "email": r"(?<![\w.+\-])[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}(?![\w\-])",
    # (a database URL may name its driver: "postgresql+psycopg2://", "mysql+pymysql://")
    "url": r"\b(?:https?|webcals?|ftp|s3|(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle)(?:\+\w{2,12})?|mongodb(?:\+srv)?|rediss?|amqps?)://[^\s<>\"'`]+",
}
_re = compiled_rules(_PATTERNS, caseless=frozenset({"email", "url"}))

_URL_SECRET_PARAMS = re.compile(
    r"[?&#;](?:[\w\-]*(?:token|key|secret|password|passwd|pwd|auth|sig|signature|session|sessionid|sid|"
    r"credential|code|otp|jwt|hash)[\w\-]*)=([^&#\s]{6,})",
    re.IGNORECASE,
)
# Any query value long and random enough to be a one-time token, whatever its parameter's name
# ("recover?t=2b7e15...", "passwort-neu?k=..."): hex or mixed letters and digits.
_URL_RANDOM_PARAM = re.compile(r"[?&#;][\w\-]{1,20}=([A-Za-z0-9_\-]{24,})(?=[&#\s]|$)")
# A parameter named "key", "code" or "token" in another language, or by one letter ("?t=",
# "?k="), carrying a value with letters and digits ("passwort-neu?t=a81bf3...", "?clave=7KQ2MX...").
_URL_SHORT_SECRET = re.compile(
    r"[?&#;](?i:t|k|c|tk|tok|h|clave|cl[eé]|codice|c[oó]digo|jeton|jet[oó]n|chave|c[oó]d|schl[uü]e?ssel|sleutel|klucz|kod|"
    r"kode|koodi|nyckel|n[øo]gle|anahtar|acceso|accesso|acesso|zugang|toegang|senha|clau|codigo_acesso|"
    # (an invitation's or a share's code lets whoever holds the link in: "join?invite=Kq8vT2mX...")
    r"invite|invitation|inv|join|share|access|ticket|magic|einladung|invitaci[oó]n|invito|convite|uitnodiging)=([A-Za-z0-9_\-]{8,})(?=[&#\s]|$)"
)
# A link without its host ("/account/reset-password?token=...", "/cuenta/recuperar?codigo=..."):
# a path, a query, not inside a longer URL or a word.
_RELATIVE_LINK = re.compile(r"/(?<![\w:/.\-]/)[\w\-.~%/]*\?[^\s<>\"'`]+")
_URL_USERINFO = re.compile(r"://[^/\s:@]+:[^/\s@]+@")
# A key as the whole user part ("https://3fa9c81e...@o44812.ingest.sentry.io/5512"): a random one
_URL_KEY_USER = re.compile(r"://([A-Za-z0-9_\-]{16,})@")
_URL_RANDOM_SEGMENT = re.compile(r"/([A-Za-z0-9_\-]{20,})(?=[/?#]|$)")


def find_emails(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every email address (the "@" windows only)."""
    for a, b in keyword_windows(lower, ("@",), 256, 128):
        for m in email_matches(_re("email"), text, a, b):  # (what finditer finds there)
            if text.endswith("://", 0, m.start()) and m.group(0).split("@", 1)[0].isalpha():
                continue  # "https://public@sentry.example.com/12": a link's key word, the link decides
            add(Candidate(m.start(), m.end(), "EMAIL"))


def find_links(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every link that carries a password, a key or a one-time token."""
    for m in _links(text, lower):
        url = m.group(0).rstrip(".,;:!?)]}'\"")
        credential = _URL_USERINFO.search(url) or _key_user(url) or _secret_query(url) or personal_link(url)
        # (a random part of a commit's or a file's link on a code host is its hash, no token)
        if credential or (_random_segment(url) or _random_param(url)) and not code_host_object(url):
            add(Candidate(m.start(), m.start() + len(url), "URL"))
    if "?" in text:
        for m in _RELATIVE_LINK.finditer(text):
            url = m.group(0).rstrip(".,;:!?)]}'\"")
            if _secret_query(url) or _random_param(url):
                add(Candidate(m.start(), m.start() + len(url), "URL"))


def _links(text: str, lower: str):
    """The url rule's matches in the stretches around each "://" (16 characters before, 4096
    after), as scanning those stretches finds them, but tried only where a scheme ("https",
    "postgresql+psycopg2": at most 24 characters) can start: the 24 characters before each "://"."""
    rule = _re("url")
    windows = keyword_windows(lower, ("://",), 4096, 24)
    w = 0
    last_end = 0
    at = lower.find("://")
    while at >= 0:
        while windows[w][1] <= at:
            w += 1
        begin, end = windows[w]
        for start in range(max(last_end, begin, at - 24), at):
            m = rule.match(text, start, end)
            if m:
                last_end = m.end()
                yield m
                break
        at = lower.find("://", at + 1)


def _key_user(url: str) -> bool:
    m = _URL_KEY_USER.search(url)
    return bool(m) and sum(c.isdigit() for c in m.group(1)) >= 4 and sum(c.isalpha() for c in m.group(1)) >= 4  # type: ignore[union-attr]


def _secret_query(url: str) -> bool:
    if _URL_SECRET_PARAMS.search(url):
        return True
    for m in _URL_SHORT_SECRET.finditer(url):
        value = m.group(1)
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return True
    return False


def _random_param(url: str) -> bool:
    for m in _URL_RANDOM_PARAM.finditer(url):
        value = m.group(1)
        digits = sum(c.isdigit() for c in value)
        if digits >= 6 and len(value) - digits >= 6:
            return True
    return False


def _random_segment(url: str) -> bool:
    for m in _URL_RANDOM_SEGMENT.finditer(url.split("?", 1)[0]):
        seg = m.group(1)
        if any(c.isdigit() for c in seg) and any(c.isalpha() for c in seg) and not seg.islower() | seg.isupper():
            return True
        if sum(c.isdigit() for c in seg) >= 6 and sum(c.isalpha() for c in seg) >= 6:
            return True
    return False
