"""IP addresses, version numbers shaped like IPv4 addresses left ("version 1.2.0.4", "6.1.0.18
released"). Dispatched from ``structured``.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re, lazy_skippable
from desktop.core.privacy.structured_rules import compiled_rules
from desktop.core.privacy.text_cache import merged

_PATTERNS: dict[str, str] = {
    "ipv4": (
        r"\d(?<![\d.]\d)\d{0,2}(?<!25[6-9])(?<!2[6-9]\d)(?<![3-9]\d\d)(?<!(?<![1-9])0\d)"
        r"(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.]\d|\d)"
    ),
    "ipv6": r"[0-9a-fA-F](?<![\w:][0-9a-fA-F])[0-9a-fA-F]{0,3}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])",
}
_re = compiled_rules(_PATTERNS)

# (both searched before every address, in the form the engine skips through to the words' first letters)
_VERSION_BEFORE = lazy_skippable(
    r"(?:version|build|release|ver\.?|firmware|rev\.?|patch|update|app|sdk|v|deploy|deployed|crash in|bug in|fixed in|"
    r"hotfix|tag|tagged|upgrade to|upgraded to|rollout|rolled out|kernel|driver|bios|os|versi[oó]n|vers[ãa]o|versione|"
    r"wersja|s[üu]r[üu]m[üu]?|ファームウェア|バージョン|版本|버전)(?:は|:|：|は、)?\W{0,3}$"
)
# Four numbers with small parts ("1.0.0.12", "6.1.0.18") are a version, not an address, unless a
# network word stands before them ("dns 8.8.8.8"): an address's parts are near random.
_IP_WORD_BEFORE = lazy_skippable(
    r"(?i)(?:ip|addr|address|adresse|dirección|indirizzo|host|server|dns|gateway|gw|from|router|vpn|subnet|mask|lan|wan|"
    r"proxy|client|peer|src|dst|source|remote|ping|connect(?:ed|ing)?(?: to)?|von|de|da|z|den)\W{0,3}$"
)


def _version_shaped(ip: str, before: str) -> bool:
    parts = ip.split(".")
    small = sum(len(part) == 1 for part in parts[1:])
    return len(parts[0]) == 1 and small >= 2 and not _IP_WORD_BEFORE.search(before)
_VERSION_AFTER = lazy_re(r"\s+(?:released|ships|is out|build|release)\b", re.IGNORECASE)
_IPV6_HINT = re.compile(r":[0-9a-fA-F]{0,4}:")


# A dot between two digits: an IPv4 address's first dot is one. Such dots are few (dates, prices,
# versions): the address rule, which was tried at the start of every number, is tried only
# around them.
_DIGIT_DOT = re.compile(r"\.(?<=\d\.)\d")
# From a dot, an address starts at most three characters before it, ends at most twelve after it
# and looks two characters past its end; the stretch is wider than that.
_BEFORE_DOT, _AFTER_DOT = 4, 16


def _ipv4_matches(text: str) -> Iterator[re.Match[str]]:
    """``finditer`` of the IPv4 rule over ``text``, run over the stretches around its digit dots
    (merged: a match and the matches before it in its stretch are those of the whole text)."""
    windows = merged((max(0, m.start() - _BEFORE_DOT), m.start() + _AFTER_DOT) for m in _DIGIT_DOT.finditer(text))
    rule = _re("ipv4")
    for begin, end in windows:
        yield from rule.finditer(text, begin, min(end, len(text)))


def find_ips(text: str, add: Callable[[Candidate], None]) -> None:
    """Add every IPv4 address that is no version number, and every IPv6 address."""
    for m in _ipv4_matches(text):
        before = text[max(0, m.start() - 16) : m.start()].lower()
        if _VERSION_BEFORE.search(before) or before.rstrip().endswith("v") or _VERSION_AFTER.match(text, m.end()):
            continue
        if _version_shaped(m.group(0), before):
            continue
        add(Candidate(m.start(), m.end(), "IP"))
    if _IPV6_HINT.search(text):  # every IPv6 address has two colons at most four hex digits apart
        for m in _re("ipv6").finditer(text):
            try:
                ipaddress.IPv6Address(m.group(0))
            except ValueError:
                continue
            add(Candidate(m.start(), m.end(), "IP"))
