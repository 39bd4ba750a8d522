"""What makes a link carry a credential, beyond a token in its query (``structured``):

- a signed link: a signature and what it signs (an expiry, a key id, a policy) in its query
  ("...?X-Amz-Expires=604800&X-Amz-Signature=8e1c...", "...?GoogleAccessId=...&Expires=...
  &Signature=...", an Azure "?sv=...&se=...&sig=..."). Anyone holding it downloads the file
  until it expires, so the whole link is hidden as one secret, not only the signature in it;
- a link whose query holds a secret found by another rule ("/invite/accept?invitation_token=8Kq2...",
  "...?key=..."): the link is what a person clicks to sign in, so it is hidden whole, as the
  corpus's links with a token are;
- a webhook's secret path: the random part after "/hooks/" or "/webhooks/" ("POST
  /hooks/stripe/wh_9f2c7a41e0b83d56"), which is what lets anyone post to it;
- a link that names a mailbox in its path or query ("/owa/calendar/7f3a...@firm.de/bookings/",
  "ical/ana.iyer%40firm.in/private-..."): it is that person's page, so the whole link is personal;
- a published calendar feed (".ics", "webcal://") with a random id in its path, or a personal
  booking page ("calendar.app.google/Xq7L..."): whoever has it reads or books its owner's time;
- a token in the path after an account action ("/reset/7e2b...", "/verify-email/c81e2f4a9b07d4e5",
  "/restablecer/7KQ2MX91PLZ3ab"), which signs in as a query's token does.

A commit's, a file's or a build's link on a code host ("github.com/acme/app/commit/4e7b21c...")
holds a hash, not a token: it stays (``code_host_object``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows

SIGNED_LINK = "A signed link"
TOKEN_LINK = "A link that signs in"
WEBHOOK = "A webhook's secret address"

_LINK = lazy_re(r"(?i)(?<![\w.\-])(?:https?|webcal)://[^\s<>\"'`]+")
_SCHEME_LENGTHS = (6, 5, 4)  # "webcal", "https", "http": how far before its "://" a link can start


def links_in(text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """``_LINK.finditer(text, a, b)``, tried only where a "://" stands: every link holds one right
    after its scheme, so only the three places before each can start one (the caseless pattern
    tried at each of the window's thousands of positions cost more than everything after it)."""
    resume = a  # (where the scan would go on after the last link: links do not overlap)
    at = text.find("://", a, b)
    while at >= 0:
        for length in _SCHEME_LENGTHS:
            start = at - length
            if start >= resume:
                m = _LINK.match(text, start, b)
                if m is not None:
                    yield m
                    resume = m.end()
                    break
        at = text.find("://", max(at + 1, resume), b)
_PARAM = re.compile(r"[?&;]([\w.\-]{1,40})=([^&#\s]*)")
_SIGNATURES = frozenset({"x-amz-signature", "x-goog-signature", "signature", "sig"})
_SIGNED_WITH = frozenset({
    "x-amz-expires", "x-amz-credential", "x-amz-date", "x-goog-expires", "x-goog-credential", "expires", "se", "sv", "sp",
    "googleaccessid", "key-pair-id", "policy",
})
_WEBHOOK = lazy_re(r"(?i)/(?:webhooks?|hooks?|incoming|callbacks?)/(?P<rest>[\w.\-/]{12,400})")
_SEGMENT = re.compile(r"[A-Za-z0-9_\-]{12,120}")
_MAILBOX = lazy_re(r"(?i)[\w.+\-]{1,64}(?:@|%40)[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63})*\.[a-z]{2,24}")
_FEED_ID = lazy_re(r"/(?=[\w\-]*\d)(?=[\w\-]*[a-z])[\w\-]{10,}(?=/|$)", re.IGNORECASE)
_BOOKING_HOSTS = ("calendar.app.google/", "outlook.office.com/bookwithme/", "outlook.office365.com/owa/calendar/")
# An account action, then (maybe after one more part) a token of 12 characters or more with digits.
_ACTION_TOKEN = lazy_re(
    r"(?i)/(?:reset(?:-password|_password|password)?|password-reset|passwort[\w\-]*|verify(?:-email)?|verification|confirm(?:ation)?|"
    r"activate|activation|invite|invitation|magic(?:-link)?|login|signin|sign-in|auth|einladung|aktivier\w*|best[äa]tig\w*|"
    r"r[ée]initialis\w*|activer|invitation|restablecer|recuperar|activar|confirmar|invitaci[óo]n|reimposta\w*|attiva\w*|"
    r"conferma\w*|invito|herstel\w*|activeer\w*|bevestig\w*|uitnodiging|resetuj|aktywuj|potwierd\w*|zaproszenie|"
    r"sifirla|dogrula|davet)/(?:[\w\-]{1,12}/)?(?P<token>(?=[\w\-]*\d)(?=[\w\-]*[a-z])[\w\-]{12,128})(?=[/?#]|$)"
)
_CODE_HOST_OBJECT = lazy_re(
    r"(?i)(?:github\.com|gitlab\.[\w.]+|bitbucket\.org|codeberg\.org|dev\.azure\.com)/[^?#\s]*/(?:-/)?"
    r"(?:commit|commits|blob|tree|raw|blame|compare|pull|merge_requests|releases/tag)/[0-9a-f]{7,40}(?![\w])"
)


def _trimmed(url: str) -> str:
    return url.rstrip(".,;:!?)]}'\"")


def signed_link(url: str) -> bool:
    """Whether ``url``'s query holds a signature and what it signs."""
    names = {m.group(1).lower() for m in _PARAM.finditer(url) if len(m.group(2)) >= 1}
    return bool(names & _SIGNATURES) and bool(names & _SIGNED_WITH)


def personal_link(url: str) -> bool:
    """Whether ``url`` names a mailbox after its host, is a calendar feed with a random id or a
    booking page, or carries a token after an account action."""
    rest = url.split("://", 1)[-1]
    path = rest[rest.find("/") :] if "/" in rest else ""
    if path and _MAILBOX.search(path):
        return True
    bare = path.split("?", 1)[0].lower()
    if (url.lower().startswith("webcal") or bare.endswith(".ics")) and _FEED_ID.search(bare):
        return True
    lower = rest.lower()
    if any(lower.startswith(host) or lower.startswith("www." + host) for host in _BOOKING_HOSTS) and _FEED_ID.search(bare):
        return True
    return bool(_ACTION_TOKEN.search(bare)) and not code_host_object(url)


def code_host_object(url: str) -> bool:
    """Whether ``url`` is a commit's, a file's or a release's page on a code host."""
    return bool(_CODE_HOST_OBJECT.search(url))


def find_link_credentials(text: str, lower: str) -> list[Candidate]:
    """Every signed link and webhook secret in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    if "://" in lower and ("sig" in lower or "signature" in lower):
        for a, b in keyword_windows(lower, ("://",), 4096, 10):
            for m in links_in(text, a, b):
                url = _trimmed(m.group(0))
                if signed_link(url):
                    out.append(Candidate(m.start(), m.start() + len(url), "SECRET", "secret", SIGNED_LINK))
    for a, b in keyword_windows(lower, ("hook", "incoming", "callback"), 200, 8):
        for m in _WEBHOOK.finditer(text, a, b):
            start = m.start("rest")
            for part in m.group("rest").split("/")[:4]:
                if _SEGMENT.fullmatch(part) and sum(c.isdigit() for c in part) >= 3 and sum(c.isalpha() for c in part) >= 3:
                    out.append(Candidate(start, start + len(part), "SECRET", "secret", WEBHOOK))
                start += len(part) + 1
    return out


def widen_to_links(text: str, lower: str, found: list[Candidate]) -> list[Candidate]:
    """The whole link around each secret of ``found`` that lies in a link's query, or in a link
    that is personal as a whole (``personal_link``)."""
    secrets = sorted((c.start, c.end) for c in found if c.type == "SECRET")
    if not secrets or "://" not in lower:
        return []
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, ("://",), 4096, 10):
        for m in links_in(text, a, b):
            query = text.find("?", m.start(), m.end())
            if query < 0:  # (a token in the fragment: "/#access_token=...")
                query = text.find("#", m.start(), m.end())
            url = _trimmed(m.group(0))
            end = m.start() + len(url)
            inside = [(s, e) for s, e in secrets if m.start() < s and e <= end]
            if inside and (query >= 0 and any(query < e for _, e in inside) or personal_link(url)):
                out.append(Candidate(m.start(), end, "SECRET", "secret", TOKEN_LINK))
    return out
