"""Key-shaped values that are not secrets: a documentation placeholder and a publishable key.

Documentation and config templates write ``sk_test_xxxxxxxxxxxxxxxx`` where the real key goes; a payment provider's publishable key (``pk_test_...``, ``pk_live_...``)
is made to be embedded in a web page. Config templates and wikis write ``SMTP_PASSWORD=your-smtp-password``
and ``postgres://postgres:password@localhost:5432/app_dev``: a password that says it is to be
filled in, at a connection string to the writer's own machine. Hiding them makes the answer talk about "[SECRET_1]" in a
text that holds none. The app's own credentials are never let through here, whatever they look
like (the caller keeps them).
"""

from __future__ import annotations

import base64
import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.not_network_names import network_name_not_secret
from desktop.core.privacy.not_secret_instructions import instruction_not_secret
from desktop.core.privacy.secret_words import BUSINESS_CODES, password_words

_PUBLISHABLE = re.compile(r"pk_(?:test|live)_[A-Za-z0-9]{8,}")
# A documentation placeholder: a payment provider's test or live prefix, then only x's or zeros
# ("sk_test_xxxxxxxx"). A vendor key of full length filled with x's ("sk-ant-api03-xxx...") is
# still hidden: it has a real key's shape, and when in doubt the app fails closed.
_PLACEHOLDER = re.compile(r"(?:sk|rk)_(?:test|live)_(?:x{8,}|X{8,}|0{8,})")


# A value that asks to be filled in: "your-smtp-password", "<api-key>", "${DB_PASSWORD}",
# "changeme", "xxxxxxxx", "replace-with-your-key".
_FILL_IN = re.compile(
    r"(?i)(?:your[-_ ][\w\-]*|<[\w\- ]+>|\$\{\w+\}|\{\{\s*\w+\s*\}\}|change[-_]?me|x{6,}|\*{6,}|"
    r"replace[-_](?:me|with[\w\-]*)|[\w\-]*[-_]here|test|demo|dummy|sample|example|foo|bar|foobar|"
    # a value already taken out by a log or an export ("[REDACTED]", "[hidden]"), a yes/no flag
    # ("(using password: YES)" in a database error)
    r"\[(?:redacted|hidden|removed|masked|filtered|secret|password)\]|(?:yes|no|true|false)\)?)"
)
# A certificate or a public key in base64 ("certificate-authority-data: LS0tLS1CRUdJTiBDRVJU..."):
# what a kubeconfig or a CI variable carries beside its secrets, made to be shared.
_PUBLIC_PEM = (b"-----BEGIN CERTIFICATE", b"-----BEGIN PUBLIC KEY", b"-----BEGIN RSA PUBLIC KEY", b"-----BEGIN OPENSSH PUBLIC")
# A key a web page is meant to carry: set in a variable its framework ships to the browser
# ("NEXT_PUBLIC_SUPABASE_ANON_KEY=", "VITE_PUBLIC_...") or called public in its own label ("api
# key (public, safe to embed): ...", "Publishable key:", "API key (openbaar)"). A password in
# such a label ("public wifi password:") is still a password.
# A documentation sample is labelled so as well ("Docs example key:", "Example token for the docs:").
_PUBLIC_LABEL = re.compile(
    r"(?i)(?:\b(?:next|expo|vite|nuxt|gatsby)_public_\w*|\bpublishable\b[^\n:=]{0,30}|\b(?:public|openbaar|öffentlich|publique|p[úu]blica|pubblica)\b[^\n:=]{0,30}"
    # (a word of the label, not of a link's host or query: "it@corp.example?secret=...")
    r"|(?<![\w.@/%\-])(?:docs?|documentation|example|sample|beispiel|exemple|ejemplo|esempio|exemplo|voorbeeld|przyk[łl]ad)(?![\w.@/?&%])[^\n:=?&/@]{0,30})"
    r"[ \t]*[:=][ \t\"']*$"
)
_PASSWORD_LABEL = re.compile(r"(?i)pass|kennwort|mot de passe|contrase|senha|wachtwoord|has[łl]|[şs]ifre|l[öo]senord|salasana|heslo|pin\b")
# A value cut short to show its shape: "OPENAI_API_KEY=sk-..." (the dots are the rest of it).
_CUT_SHORT = ("...", "…")
# A connection string to the writer's own machine with a sample password ("app:changeme@localhost").
_SAMPLE_PASSWORDS = r"password|passwd|pass|secret|changeme|change_me|example|postgres|root|admin|test|xxx+|\*+"
_LOCAL_DSN = re.compile(
    rf"(?i)[a-z][\w+.\-]*://[\w.\-]*:(?:{_SAMPLE_PASSWORDS}|your[\w\-]*|<[\w\-]+>)@(?:localhost|127\.0\.0\.1|\[::1\]|db|database)"
    r"(?=[:/?\s]|$)\S*"
)


# A documentation sample address: a placeholder's local part at a domain reserved for examples
# (RFC 2606: example.com/.net/.org, and the .example, .test and .invalid names), which no one can
# be written to ("sample email name@example.com", "you@example.org"). Any other address at an
# example domain is a stand-in for a real mailbox and stays hidden ("helpdesk@example.com").
_SAMPLE_EMAIL = re.compile(
    r"(?i)(?:name|your[._\-]?name|you|your[._\-]?email|user|user[._\-]?name|someone|somebody|email|e-mail|"
    r"first[._\-]?name[._\-]?last[._\-]?name|firstname|vorname[._\-]nachname|prenom[._\-]nom|pr[ée]nom[._\-]nom|"
    r"nome[._\-]cognome|nombre[._\-]apellido|voornaam[._\-]achternaam|imie[._\-]nazwisko|ad[._\-]soyad)"
    r"@(?:[\w\-]+\.)*(?:example\.(?:com|net|org)|[\w\-]+\.(?:example|test|invalid))"
)


def sample_email(value: str) -> bool:
    """Whether an address found is a documentation sample (see ``_SAMPLE_EMAIL``)."""
    return _SAMPLE_EMAIL.fullmatch(value) is not None


# A documentation key that says so inside itself, as vendors' guides write them (an access key
# id of sixteen capitals and digits ending in "EXAMPLE", a secret ending in "EXAMPLEKEY"): long,
# the word in capitals at its end.
_MARKED_SAMPLE = re.compile(r"(?:EXAMPLE|SAMPLE|DUMMY|PLACEHOLDER)(?:KEY)?$")


def placeholder_or_public(value: str) -> bool:
    """Whether a value found as a secret is a placeholder, a publishable key or a variable's name."""
    return bool(_PUBLISHABLE.fullmatch(value) or _PLACEHOLDER.fullmatch(value) or _FILL_IN.fullmatch(value)
                or _public_pem(value) or _variable_name(value) or len(value) >= 16 and _MARKED_SAMPLE.search(value))


# A config variable's name in a README, a wiki table or a ticket ("set DB_PASS in the vault",
# "| SMTP_USER | sender |"): capitals and underscores only, one part a config word. It names
# where a secret goes, not the secret ("SUMMER_2025" has digits and stays hidden).
_VARIABLE = re.compile(r"[A-Z]{2,}(?:_[A-Z]{2,}){1,4}")
_CONFIG_PARTS = frozenset({
    "USER", "USERNAME", "PASS", "PASSWORD", "PASSWD", "PWD", "HOST", "URL", "URI", "DSN", "KEY", "TOKEN", "SECRET",
    "NAME", "PORT", "DB", "API", "ID", "FROM", "REGION", "LEVEL", "PATH", "DIR", "BUCKET", "SMTP", "MAIL", "REDIS",
    "AWS", "APP", "ENV", "CLIENT", "AUTH", "BASE", "ENDPOINT", "SERVER", "DATABASE", "MAX", "TIMEOUT", "FLAGS",
})


def _variable_name(value: str) -> bool:
    return _VARIABLE.fullmatch(value) is not None and any(part in _CONFIG_PARTS for part in value.split("_"))


def _public_pem(value: str) -> bool:
    if not value.startswith("LS0tLS1CRUdJTi"):  # "-----BEGIN" in base64
        return False
    try:
        head = base64.b64decode(value[:48])
    except ValueError:
        return False
    return head.startswith(_PUBLIC_PEM)


def sample_connection(value: str) -> bool:
    """Whether a URL find is a connection string to the local machine with a sample password."""
    return _LOCAL_DSN.fullmatch(value) is not None


def drop_placeholders(text: str, found: list[Candidate], own: tuple[str, ...]) -> list[Candidate]:
    """``found`` without the secrets that are placeholders, publishable keys or business numbers
    under their own label (own keys kept)."""
    return [
        c for c in found
        if c.type != "SECRET" or text[c.start : c.end] in own
        or not (placeholder_or_public(text[c.start : c.end]) or _public_or_cut(text, c) or _business_number(text, c)
                or instruction_not_secret(text, c) or network_name_not_secret(text, c))
    ]


# A business number's label right before the value, on its line ("Numéro de commande : CMD-2026-55810",
# "Nº de serie del posnet: PN-88172-AR", "code postal de livraison : 69003"): an order, a serial, a
# postcode is written where a password rule looks for a value after a colon.
_BUSINESS_LABEL = re.compile(
    r"(?i)(?<!\w)(?:" + BUSINESS_CODES + r"|commande|pedido|ordine|bestelling|zam[óo]wieni\w*|seri(?:al|e|en)\w*|s[ée]rie|inventar\w*|inventur\w*)"
    r"[^\n:=#]{0,25}?[ \t]*[:#][ \t]*\Z"  # (a label's colon: not code, "Client(sid, ...")
)
# ...unless a word for a secret stands on the line before the value ("client secret:", "order portal
# password:", "Passord til bookingsystemet:").
_SECRET_AFTER = re.compile(r"(?i)" + password_words("secret", "token", "key", "api", "auth", "pin", "otp", "2fa", "pwd", "pw", "passcode", "clé", "clave", "chiave", "schlüssel",
                                                    "code ?word", "codewort", "losungswort", "mot de code", "mot-code"))


def _business_number(text: str, c: Candidate) -> bool:
    line_start = text.rfind("\n", 0, c.start) + 1
    before = text[max(line_start, c.start - 60) : c.start]
    label = _BUSINESS_LABEL.search(before)
    return label is not None and _SECRET_AFTER.search(before) is None


def _public_or_cut(text: str, c: Candidate) -> bool:
    """Whether a key is labelled public where it is given, or is only a vendor's prefix cut short
    with dots ("sk-...", "ghp_..."; a password before dots, "Summer2025...", stays hidden)."""
    value = text[c.start : c.end].rstrip(".…")
    if len(value) <= 12 and value.endswith(("-", "_")) and text[c.start : c.start + len(value) + 3].endswith(_CUT_SHORT):
        return True
    start = c.start  # (the label stands before the whole token: a JWT's last part is found alone)
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "=:\"'":
        start -= 1
    # (on the key's own line: "Clé publique : pk_..." above does not make "Clé secrète : sk_..." public)
    label = _PUBLIC_LABEL.search(text, max(0, start - 60, text.rfind("\n", 0, start) + 1), start)
    return label is not None and not _PASSWORD_LABEL.search(label.group(0))
