"""Links that share a file or a folder with whoever holds them, on the hosts small teams send
files by: a OneDrive or SharePoint sharing link ("1drv.ms/f/s!Ak7...", "...sharepoint.com/:w:/g/
personal/.../EfQ7...?e=Kd3Fg0"), WeTransfer ("we.tl/t-Kq8vT2mXz7"), MEGA with its key after "#",
Yandex Disk, Baidu Pan and SwissTransfer. The link is the key, so it is hidden whole, with or
without "https://"; the host's own pages ("wetransfer.com/pricing") have no random part and stay.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows

SHARE_LINK = "A link that shares a file"

# (the random part: letters and digits, checked to hold both)
_SHARE = lazy_re(
    r"(?i)(?<![\w.@/-])(?:https?://)?(?:www\.)?"
    r"(?:1drv\.ms/[a-z]/s!(?P<a>[\w\-]{10,})|[\w\-]+\.sharepoint\.com/:[a-z]:/[gr]/[^\s?#<>\"']*?/(?=[\w\-]*\d)(?P<b>[\w\-]{16,}(?![\w\-]*/))|"
    r"we\.tl/t-(?P<c>[\w\-]{6,})|wetransfer\.com/downloads/(?P<d>[0-9a-f]{16,})|"
    r"mega\.nz/(?:file|folder)/(?P<e>[\w\-]{6,})#|disk\.yandex\.[a-z]{2,3}/[di]/(?P<f>[\w\-]{8,})|"
    r"pan\.baidu\.com/s/(?P<g>[\w\-]{8,})|swisstransfer\.com/d/(?P<h>[0-9a-f\-]{20,}))"
    r"[^\s<>\"'`)\]]*"
)
_KEYS = ("1drv.ms", "sharepoint.com/:", "we.tl/", "wetransfer.com/downloads", "mega.nz/", "disk.yandex.", "pan.baidu.com/s/",
         "swisstransfer.com/d/")


def find_share_links(text: str, lower: str) -> list[Candidate]:
    """Every link in ``text`` that shares a file with whoever holds it (``lower``: the text lowercased)."""
    out = []
    for a, b in keyword_windows(lower, _KEYS, 400, 40):
        for m in _SHARE.finditer(text, a, b):
            part = next(g for g in m.groups() if g is not None)
            if not (any(c.isdigit() for c in part) and any(c.isalpha() for c in part)):
                continue
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?":  # the sentence's full stop
                end -= 1
            out.append(Candidate(m.start(), end, "SECRET", "secret", SHARE_LINK))
    return out
