"""Passwords given to command-line tools by their own flags, beside the ones ``secret_codes`` and
``secret_forms`` know (mysql, sshpass, curl, docker login, "--password"): Java's keytool
("-storepass"), SQL Server's sqlcmd ("-P"), PsExec ("-p"), the LDAP tools ("-w"), Samba's
clients ("-U user%password"), Windows' "net use ... /user:NAME password" and "net user NAME
password /add", redis-cli ("-a"), htpasswd in batch mode ("-b file user password"), and a
password piped into a tool that reads it ("echo 'pass' | sudo -S", "echo 'user:pass' | chpasswd",
"... | passwd --stdin user", "echo 'pass' | docker login -u ci --password-stdin").

Each flag is read only on the line of its own tool, so that "-P" or "-w" of another command (a
port, a width) stays. A variable or a placeholder given instead of the value stays too.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.not_secrets import placeholder_or_public
from desktop.core.privacy.text_cache import keyword_windows

PASSWORD = "A password"

_TOOL_FLAG = lazy_re(
    r"(?<![\w\-])(?:-(?:store|key|srcstore|deststore|srckey|destkey)pass[ \t]+"
    r"|(?:sqlcmd|bcp|osql)(?:\.exe)?[ \t][^\n|;&]*?(?<=[ \t])-P[ \t]*"
    r"|(?:psexec|paexec)(?:64)?(?:\.exe)?[ \t][^\n|;&]*?(?<=[ \t])-p[ \t]+"
    r"|ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn)[ \t][^\n|;&]*?(?<=[ \t])-w[ \t]+"
    r"|(?:smbclient|rpcclient|smbmap|smbget|winexe)[ \t][^\n|;&]*?(?<=[ \t])-U[ \t]*[\"']?[^\s%\"']+%"
    r"|net[ \t]+use[ \t][^\n|;&]*?/user:[^\s\"']+[ \t]+"
    r"|net[ \t]+user[ \t]+(?:\"[^\"\n]{1,40}\"|[^\s\"'/]{1,40})[ \t]+(?=[^\s/*])"
    r"|redis-cli[ \t][^\n|;&]*?(?<=[ \t])-a[ \t]+"
    r"|htpasswd[ \t]+-\w*b\w*[ \t]+(?:[^\s|;&]+[ \t]+){1,2}?(?=[^\s|;&>]+[ \t]*(?:$|\n|[|;&>])))"
    r"[\"']?(?P<value>[^\s\"'`|;&]{4,128})"
)
# A password echoed into a tool that reads it from its input.
# (or printed: "printf '%s' 'pass' | ..."; a registry login reads it with "--password-stdin")
_PIPED = lazy_re(
    r"(?i)(?<![\w\-])(?:echo[ \t]+(?:-[ne][ \t]+)?|printf[ \t]+(?:[\"']%s(?:\\n)?[\"'][ \t]+)?)(?P<q>[\"']?)(?:[\w.\-]{1,32}:)?(?P<value>[^\s\"'`|;&]{4,128})(?P=q)[ \t]*\|[ \t]*"
    r"(?:sudo[ \t]+(?:-\w+[ \t]+)*-S\b|chpasswd\b|passwd[ \t]+--stdin\b|sudo[ \t]+chpasswd\b|[^\n|;&]{1,120}?[ \t]--password-stdin\b)"
)
_TOOL_KEYS = ("pass ", "sqlcmd", "bcp", "osql", "psexec", "paexec", "ldap", "smbclient", "rpcclient", "smbmap", "smbget",
              "winexe", "net use", "net user", "redis-cli", "htpasswd")
_POINTER = ("$", "%", "<", "{", "*")


def find_command_passwords(text: str, lower: str) -> list[Candidate]:
    """Every password these flags give in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    if "-" not in text and "/user:" not in lower and "net user" not in lower and "chpasswd" not in lower:  # ("--password-stdin" has a dash)
        return out
    for a, b in keyword_windows(lower, _TOOL_KEYS, 300, 24):
        for m in _TOOL_FLAG.finditer(text, a, b):
            value = m.group("value")
            if not value.startswith(_POINTER) and not placeholder_or_public(value):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("echo", "printf"), 200, 2):
        for m in _PIPED.finditer(text, a, b):
            value = m.group("value")
            if not value.startswith(_POINTER) and not placeholder_or_public(value):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    return out
