"""Links to one person's profile ("linkedin.com/in/ana-souza-4b1", "github.com/jdoe").

The last part of such a link is the person's name or handle, so the whole link is personal,
with or without "https://" in front. A company page ("linkedin.com/company/acme"), a
repository ("github.com/acme/widgets") or a site's own pages ("x.com/home") are not hidden.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate

# Sites where the first path part after these is always a person.
_PERSON_PATHS = (
    r"linkedin\.com/(?:in|pub)/|xing\.com/profile/|facebook\.com/profile\.php\?id=|"
    r"stackoverflow\.com/users/\d+/|medium\.com/@|tiktok\.com/@|threads\.net/@|youtube\.com/@|"
    r"mastodon\.social/@|t\.me/|wa\.me/"
)
# Sites whose one-part paths are accounts (a person or sometimes a firm): only a link that stops
# after that one part is a profile.
_ACCOUNT_SITES = r"github\.com|gitlab\.com|x\.com|twitter\.com|instagram\.com|facebook\.com|behance\.net|dribbble\.com"
_PROFILE = re.compile(
    rf"(?<![\w.@/-])(?:https?://)?(?:[a-z]{{2,3}}\.|www\.|m\.)?"
    rf"(?:(?:{_PERSON_PATHS})[\w.%+-]+|(?:{_ACCOUNT_SITES})/(?P<account>[\w.-]+)(?![\w./-]))/?",
    re.IGNORECASE,
)
# One-part paths that are the site's own pages, not an account.
_SITE_PAGES = frozenset(
    ["about", "home", "login", "signup", "settings", "explore", "search", "features", "pricing", "orgs", "topics", "marketplace", "notifications", "messages", "help", "privacy", "terms", "legal", "jobs", "careers", "share", "intent", "hashtag", "i"]
)
_SITES = ("linkedin.", "github.", "gitlab.", "xing.", "facebook.", "twitter.", "x.com/", "instagram.",
          "stackoverflow.", "medium.", "tiktok.", "threads.", "youtube.", "mastodon.", "t.me/", "wa.me/",
          "behance.", "dribbble.")


def find_profile_links(text: str, lower: str) -> list[Candidate]:
    """Every link to a person's profile page in ``text`` (``lower`` is its lower-cased copy)."""
    if not any(site in lower for site in _SITES):
        return []
    out = []
    for m in _PROFILE.finditer(text):
        account = m.group("account")
        if account is not None and account.lower().rstrip(".") in _SITE_PAGES:
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:":  # the sentence's full stop
            end -= 1
        out.append(Candidate(m.start(), end, "URL"))
    return out
