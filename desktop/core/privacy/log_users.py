"""People's logins in server logs: the user field of a web server's access log
("91.64.203.7 - kschmidt [13/Mar/2025:10:02:15 +0100] ...") and an OpenVPN client's common name
before its address ("jmorales/73.162.88.14:51022"), the home folder in a path ("/home/jdoe/",
"C:\\Users\\Renata.Oliveira\\"), the owner of a listed file ("-rw-r--r-- 1 jdoe staff") and the user
before a host that is no mail domain ("scp report.pdf mkaplan@build-02:"). Service accounts are left."""

from __future__ import annotations

import re
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
    # (and the shared folders and build machines' accounts a home path or a listing names)
    "shared", "public", "default", "all users", "runner", "runneradmin", "vagrant", "pi", "circleci", "travis", "app",
    "docker", "ansible", "centos", "debian", "fedora", "azureuser", "opc", "staff", "wheel", "users", "build", "ci",
})
# sshd and PAM name the account tried or opened: "Failed password for mschulte from 185.22.174.9".
_SSHD = lazy_re(
    r"(?:(?:Failed|Accepted) (?:password|publickey|keyboard-interactive/pam) for (?:invalid user )?|Invalid user |"
    r"session opened for user )([A-Za-z][\w.\-]{1,30})(?= from | by |\(|$)", re.MULTILINE
)
# A home folder: the account's name is the folder's.
_HOME = lazy_re(r"(?:/home/|/Users/|\\Users\\)([A-Za-z][\w.\-]{1,30})(?=[/\\\s:]|$)")
# "ls -l": the mode, the link count, then the owner.
_LISTED_OWNER = lazy_re(r"(?m)^[-dlcbps][rwxsStT\-]{9}[@+.]?[ \t]+\d+[ \t]+([A-Za-z_][\w.\-]{1,30})[ \t]+[A-Za-z_][\w.\-]{0,30}[ \t]+\d")
# "mkaplan@build-02:" or "jdoe@10.0.4.17": a login on a machine, not a mail address (no dotted domain).
# (only after a remote-shell command: "actions/checkout@v4" and "orders@greenleaf" are none)
_ON_HOST = lazy_re(r"(?m)\b(?:ssh|scp|sftp|rsync)\b[^\n]*?(?<![\w.\-@:/])([A-Za-z][\w.\-]{1,30})@(?:[A-Za-z][\w\-]*|\d{1,3}(?:\.\d{1,3}){3})(?=[:\s]|$)")


def log_users(text: str, add: Callable[[Candidate], None]) -> set[str]:
    """Add the logins found; return them (casefolded) so that their other mentions are hidden too."""
    found: set[str] = set()
    # (each rule only where its mark is: most texts hold no log at all)
    rules = ([_ACCESS] if " [" in text else []) + ([_VPN] if "/" in text and _SLASH_ADDRESS.search(text) else [])
    rules += ([_HOME] if "sers" in text or "/home/" in text else []) + ([_LISTED_OWNER] if "rw" in text else [])
    rules += [_SSHD] if "sshd" in text or "pam_unix" in text else []
    rules += [_ON_HOST] if "@" in text and ("ssh" in text or "scp" in text or "sftp" in text or "rsync" in text) else []
    for rule in rules:
        for m in rule.finditer(text):
            name = m.group(1)
            if name.casefold() in _SERVICE or name[-1] in ".-" or sum(ch.isdigit() for ch in name) > 2:
                continue
            add(Candidate(m.start(1), m.end(1), "PERSON"))
            found.add(name.casefold())
    return found
