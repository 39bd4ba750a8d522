"""People's logins in server logs: the user field of a web server's access log
("91.64.203.7 - kschmidt [13/Mar/2025:10:02:15 +0100] ...") and an OpenVPN client's common name
before its address ("jmorales/73.162.88.14:51022"). Service accounts are left."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re

# Common and combined log format: host, ident, user, then the bracketed time.
_ACCESS = lazy_re(r"(?m)^[0-9a-fA-F.:]{3,45} \S+ ([A-Za-z][\w.\-]{1,30}) \[\d{1,2}/\w{3}/\d{4}:")
# OpenVPN: "user/1.2.3.4:port" after the daemon's prefix.
_VPN = lazy_re(r"(?<![\w/])([A-Za-z][\w.\-]{1,30})/\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}\b")
_SLASH_ADDRESS = lazy_re(r"/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d")
_SERVICE = frozenset({
    "root", "admin", "administrator", "www-data", "nginx", "apache", "deploy", "backup", "nobody", "daemon", "system",
    "guest", "test", "user", "postgres", "mysql", "jenkins", "git", "ubuntu", "ec2-user", "service", "monitor", "api",
    "bot", "anonymous", "client", "server", "unknown", "undef",
})


def log_users(text: str, add: Callable[[Candidate], None]) -> set[str]:
    """Add the logins found; return them (casefolded) so that their other mentions are hidden too."""
    found: set[str] = set()
    # (each rule only where its mark is: most texts hold no log at all)
    rules = ([_ACCESS] if " [" in text else []) + ([_VPN] if "/" in text and _SLASH_ADDRESS.search(text) else [])
    for rule in rules:
        for m in rule.finditer(text):
            name = m.group(1)
            if name.casefold() in _SERVICE or name[-1] in ".-" or sum(ch.isdigit() for ch in name) > 2:
                continue
            add(Candidate(m.start(1), m.end(1), "PERSON"))
            found.add(name.casefold())
    return found
