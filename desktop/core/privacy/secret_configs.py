"""Secrets in the grammar of config files and connection strings, beside what ``secrets`` and
``secret_forms`` find from a password word:

- an XML element named like a secret ("<password>...</password>", "<db.secret>...</db.secret>"),
  as Maven, Tomcat, Spring and .NET files write them;
- a camelCase key ending in a secret's word ("adminPassword": "...", dbPassword: ..., clientSecret
  = ...), as JSON, JavaScript, YAML and Terraform settings name them;
- a PHP constant defined with a secret's name ("define('DB_PASSWORD', '...')");
- a setting whose name holds a secret's word anywhere ("secret_key_base", "jwt.secret.value")
  with a long generated value (hex, or letters of both cases and digits);
- the password in the user part of a URI whose link is not hidden whole already: the user left
  empty ("redis://:pw@host") or a scheme the link rule does not know ("smtps://", "imaps://",
  "sqlserver://", "ldap://", "mqtt://").

A value that only points at the secret (``${DB_PASSWORD}``, ``process.env.X``, ``<your-key>``) or
fills its place in documentation stays; ``not_secrets`` drops the rest of the placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.not_secrets import placeholder_or_public, sample_connection
from desktop.core.privacy.text_cache import keyword_windows

PASSWORD = "A password"

_SECRET_NAME = r"(?:password|passwd|pwd|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|passphrase|credentials?)"
# (the tag is matched again at its end: "<password>x</password>", not "<password>x</user>")
_XML_ELEMENT = lazy_re(
    rf"(?i)<(?P<tag>[\w.:\-]*{_SECRET_NAME}[\w.\-]*)(?:[ \t][^<>\n]*)?>[ \t]*(?P<value>[^<>\s]{{4,200}})[ \t]*</(?P=tag)>"
)
# (PascalCase too, as .NET settings write them: "SmtpPassword", "MailServerPassword")
_CAMEL_KEY = lazy_re(
    r"(?<![\w.$])[\"']?[A-Za-z][A-Za-z0-9]*?(?<=[a-z0-9A-Z])(?-i:Password|Passwd|Pwd|Pass|Secret|Token|ApiKey|AccessKey|PrivateKey|Passphrase)[\"']?"
    r"[ \t]*(?::=|=>|[:=])[ \t]*(?P<q>[\"'`]?)(?P<value>[^\s\"'`,;{}()\[\]]{4,200})"
)
# A PHP constant named like a secret ("define('DB_PASSWORD', '...')", WordPress's "AUTH_KEY" and salts).
_DEFINE = lazy_re(
    r"(?i)define\([ \t]*['\"][\w.\-]*(?:pass|pwd|secret|key|token|salt)[\w.\-]*['\"][ \t]*,[ \t]*(?P<q>['\"])(?P<value>[^'\"\n]{4,200})(?P=q)"
)
# A setting whose name holds a secret's word anywhere ("secret_key_base", "jwt.secret.value",
# "password-salt", an .npmrc's "_auth"), with a long generated value: hex, or letters and digits.
_SECRET_NAMED = lazy_re(
    r"(?i)(?<![\w.\-])(?P<name>[\w.\-]*(?:secret|password|passwd|private[_\-.]?key|signing[_\-.]?key|encryption[_\-.]?key|master[_\-.]?key|salt|_auth(?![a-z]))[\w.\-]*)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[A-Za-z0-9+/_\-]{16,400}={0,2})(?![\w+/=\-])"
)
# Names of what describes a secret, not the secret ("secret_id", "password_hash", "secret_arn").
_DESCRIBES = lazy_re(r"(?i)(?:[_.\-](?:id|name|hash|sha\d*|md5|digest|version|arn|ref|path|file|url|uri|length|len|policy|type|"
                     r"expiry|expires|ttl|rotation|count|enabled|required)|hash|digest|checksum|fingerprint)$")
_NAMED_KEYS = ("secret", "passw", "private", "signing", "encryption", "master", "salt", "_auth")  # (each word of _SECRET_NAMED's names)


def _name_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_.-"  # (the pattern's [\w.\-])


def secrets_named_in(text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """``_SECRET_NAMED.finditer(text, a, b)``, tried only at the start of the name before each
    ':' or '=': a match's name is a whole run of name characters (nothing of them before it, and
    only a quote, spaces and its sign after it), so it starts there and nowhere else (the caseless
    name words tried at every position of each window cost more than the rest of the rules)."""
    resume = a  # (matches do not overlap: where the scan would go on after the last one)
    for sign in _SIGN.finditer(text, a, b):
        at = sign.start()
        while at > resume and text[at - 1] in " \t":
            at -= 1
        if at > resume and text[at - 1] in "\"'":
            at -= 1
        end = at
        while at > resume and _name_char(text[at - 1]):
            at -= 1
        if at == end or at < resume or (at > 0 and _name_char(text[at - 1])):
            continue  # (no name there, or one that starts before where the scan goes on)
        m = _SECRET_NAMED.match(text, at, b)
        if m is not None:
            yield m
            resume = m.end()


_SIGN = re.compile(r"[:=]")
_CAMEL_KEYS = ("password", "passwd", "pwd", "pass", "secret", "token", "apikey", "accesskey", "privatekey", "passphrase")
# The user part of a URI: any scheme, a user (or none), a colon, the password, "@" and a host.
_URI_PASSWORD = lazy_re(
    r"(?i)(?<![\w+.\-])(?P<scheme>[a-z][a-z0-9+.\-]{1,24})://(?P<user>[^\s:/@\"'`<>]*):(?P<value>[^\s:/@\"'`<>]{4,200})@(?=[\w\[])"
)
# A name of a setting or a variable, not a value: "config.password", "process.env.DB_PASS",
# "this.secret", "getToken()" (an identifier without a digit).
_REFERENCE = lazy_re(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(\))?")
# The schemes whose links ``structured_links`` hides whole when they carry a user and a password (host
# and all): a password found inside one would only hide less of it.
_WHOLE_LINK = lazy_re(r"(?i)(?:https?|ftp|s3|(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle)(?:\+\w{2,12})?|mongodb(?:\+srv)?|rediss?|amqps?)")
_POINTER = ("$", "<", "{", "%", "[")


def _is_value(value: str, quoted: bool) -> bool:
    if value.startswith(_POINTER) or placeholder_or_public(value):
        return False
    if value.isdigit() and len(value) < 6:
        return False  # ("maxToken: 4096", "MinPassword": "8": a setting's number)
    if quoted:
        return True
    # (unquoted, an identifier names where the value is: "password: config.password")
    return not (_REFERENCE.fullmatch(value) and not any(c.isdigit() for c in value))


def _password(m: re.Match[str]) -> Candidate:
    return Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD)


def find_config_secrets(text: str, lower: str) -> list[Candidate]:
    """Every secret these rules find in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    if "</" in text:
        for a, b in keyword_windows(lower, ("pass", "pwd", "secret", "token", "key", "credential"), 240, 40):
            for m in _XML_ELEMENT.finditer(text, a, b):
                if _is_value(m.group("value"), quoted=True):
                    out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _CAMEL_KEYS, 220, 40):
        for m in _CAMEL_KEY.finditer(text, a, b):
            value = m.group("value").rstrip(".")
            if _is_value(value, quoted=bool(m.group("q"))):
                out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
    if "define" in lower:
        for a, b in keyword_windows(lower, ("define",), 260, 2):
            out += [_password(m) for m in _DEFINE.finditer(text, a, b) if _is_value(m.group("value"), quoted=True)]
    for a, b in keyword_windows(lower, _NAMED_KEYS, 240, 60):
        for m in secrets_named_in(text, a, b):
            value = m.group("value")
            hexed = len(value) >= 32 and all(c in "0123456789abcdefABCDEF" for c in value)
            mixed = any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)
            if (hexed or mixed) and not value.isdigit() and not _DESCRIBES.search(m.group("name")) and _is_value(value, quoted=True):
                out.append(_password(m))
    if "://" in text:
        for a, b in keyword_windows(lower, ("://",), 260, 30):
            for m in _URI_PASSWORD.finditer(text, a, b):
                line_end = text.find("\n", m.end())
                link = text[m.start() : len(text) if line_end < 0 else line_end].split()[0]
                if m.group("user") and _WHOLE_LINK.fullmatch(m.group("scheme")):
                    continue
                if _is_value(m.group("value"), quoted=True) and not sample_connection(link):
                    out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    return out
