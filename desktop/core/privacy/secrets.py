"""Secrets: provider keys, private-key blocks, JWTs, ``password: ...`` values, random tokens.

Secrets are never sent, whatever the user un-marks, and the user is told which field held
one. Provider formats come from the providers' published key prefixes; anything else long and
random (Shannon entropy of a base64-like alphabet) is caught by the entropy rule.

The app's own keys are hidden whatever their format (``own_secrets``: ``find_secrets(text,
own=...)`` runs it first). The other ways a secret is said (forms, replies, spoken, sessions,
locks, twins, links, codes in prose) have their own ``secret_*`` modules; ``find_secrets`` runs
them all, so a reader sees here what never leaves.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, lru_cache

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import first_char_dispatch, lazy_skippable
from desktop.core.privacy.link_credentials import find_link_credentials, widen_to_links
from desktop.core.privacy.ocr_view import ocr_finds
from desktop.core.privacy.own_secrets import OWN_KEY, find_own_secrets
from desktop.core.privacy.secret_chat_view import chat_view_secrets
from desktop.core.privacy.secret_forms import find_secret_forms, lookalike
from desktop.core.privacy.secret_gaps import full_width_codes, gapped_codes
from desktop.core.privacy.secret_locks import find_lock_codes
from desktop.core.privacy.secret_note_keys import find_note_key_codes
from desktop.core.privacy.secret_office import find_office_secrets
from desktop.core.privacy.secret_positions import find_position_secrets
from desktop.core.privacy.secret_replies import find_secret_replies, network_name_asked
from desktop.core.privacy.secret_sessions import find_session_secrets
from desktop.core.privacy.secret_setting_words import find_setting_secrets
from desktop.core.privacy.secret_spoken import find_spoken_secrets
from desktop.core.privacy.secret_twins import find_secret_twins
from desktop.core.privacy.secret_words import (
    PASSWORD_WORDS,
    password_keys,
    password_words,
    present_keys,
    present_words,
    value_kinds,
)
from desktop.core.privacy.share_links import find_share_links
from desktop.core.privacy.text_cache import keyword_windows, lowered
from desktop.core.privacy.token_scan import token_finditer

API_KEY = "An API key"
PRIVATE_KEY = "A private key"
PASSWORD = "A password"
TOKEN = "An access token"
RANDOM = "A secret-looking code"

# (label, pattern) — overlaps are settled by length. Each pattern starts with one plain
# character or a class of them, so that the scan can skip to where a key could start.
_PROVIDER_PATTERNS: tuple[tuple[str, str], ...] = (
    (API_KEY, r"sk-ant-[a-z]{2,8}\d{0,3}-[A-Za-z0-9_\-]{20,}"),  # Anthropic
    (API_KEY, r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,}"),  # OpenAI
    (API_KEY, r"A(?:KIA|SIA|BIA|CCA|GPA|IDA|IPA|NPA|NVA|ROA|PKA)[A-Z0-9]{16}"),  # AWS: AKIA, ASIA, ...
    (TOKEN, r"gh[pousr]_[A-Za-z0-9]{30,255}"),  # GitHub
    (TOKEN, r"github_pat_[A-Za-z0-9_]{22,255}"),
    (TOKEN, r"glpat-[A-Za-z0-9_\-]{20,}"),  # GitLab
    (TOKEN, r"xox[abposr]-[A-Za-z0-9\-]{10,}"),  # Slack
    (TOKEN, r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]+"),
    (API_KEY, r"[srp]k_(?:live|test)_[A-Za-z0-9]{16,}"),  # Stripe: sk_, rk_, pk_
    (API_KEY, r"whsec_[A-Za-z0-9]{20,}"),
    (API_KEY, r"AIza[0-9A-Za-z_\-]{35}"),  # Google
    (TOKEN, r"ya29\.[0-9A-Za-z_\-]{20,}"),
    (API_KEY, r"GOCSPX-[0-9A-Za-z_\-]{20,}"),
    (API_KEY, r"SG\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{16,}"),  # SendGrid (the first part as people copy it may be cut short)
    (API_KEY, r"hf_[A-Za-z0-9]{30,}"),  # Hugging Face
    (TOKEN, r"npm_[A-Za-z0-9]{36}"),
    (TOKEN, r"dop_v1_[a-f0-9]{64}"),  # DigitalOcean
    (TOKEN, r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}"),  # Shopify
    (API_KEY, r"SK[0-9a-f]{32}"),  # Twilio
    (API_KEY, r"key-[0-9a-z]{32}"),  # Mailgun
    (API_KEY, r"xai-[A-Za-z0-9]{40,}"),
    (API_KEY, r"gsk_[A-Za-z0-9]{40,}"),  # Groq
    (TOKEN, r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"),  # JWT
    # more vendors' published key shapes, those the entropy rule cannot catch (hex, or too short)
    (API_KEY, r"AC[0-9a-f]{32}"),  # Twilio account SID (with its auth token, a login)
    (TOKEN, r"sq0(?:atp|csp)-[0-9A-Za-z_\-]{22,60}"),  # Square
    (TOKEN, r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}"),  # Airtable
    (API_KEY, r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),  # Postman
    (API_KEY, r"NRAK-[A-Z0-9]{27}"),  # New Relic
    (TOKEN, r"sbp_[a-f0-9]{40}"),  # Supabase
    (TOKEN, r"dapi[a-f0-9]{32}"),  # Databricks
)

# The password words of every language (secret_words.py), then this rule's own: the short forms
# and the names of keys and tokens.
_OWN_WORDS = (
    "passwd", "pwd", "passcode", "pass ?phrase", "pin",
    "parola d'ordine", "secret", r"client[_ \-]?secret", r"api[_ \-]?key", "apikey", r"access[_ \-]?key",
    r"secret[_ \-]?key", r"auth[_ \-]?token", r"access[_ \-]?token", "token", "aws_secret_access_key",
)


# Substrings that every word of _PASSWORD_WORDS contains (found with fast substring search):
# the shared ones (secret_words.present_keys) and these.
_PASSWORD_KEYS = ("pwd", "pin", "secret", "key", "token")


@cache
def _provider_re() -> re.Pattern[str]:
    patterns = [pattern for _, pattern in _PROVIDER_PATTERNS]
    names = [f"p{i}" for i in range(len(patterns))]
    return re.compile(first_char_dispatch(patterns, r"A-Za-z0-9_\-", names=names) + r"(?![A-Za-z0-9_\-])")


@cache
def _private_key_re() -> re.Pattern[str]:
    return re.compile(
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)",
        re.DOTALL,
    )


@lru_cache(maxsize=64)
def _password_re(shared: tuple[str, ...] = PASSWORD_WORDS) -> re.Pattern[str]:
    # "password: hunter2", "API_KEY=abc...", "Passwort ist Sommer2024!" (after "is"-words the
    # value must hold a digit or symbol, so "the password is stored safely" stays).
    # Case-free, not after a letter or a URL's "?&;#" (the letters with every form that
    # case-free matching gives them: "ſ", "K", "ı", "İ"); written so the scan skips to initials.
    # (``shared``: those of the shared words the text may hold; "password" first, as it always was)
    ordered = ["password", *_OWN_WORDS[:5], *(w for w in shared if w != "password"), *_OWN_WORDS[5:]]
    words = first_char_dispatch(ordered, r"A-Za-z?&;#_\-ſKıİ", ignore_case=True)
    return re.compile(
        # (the word may be a quoted key of a PHP or Ruby hash: "'password' => '...'")
        rf"{words}(?:\s*\([^)]{{0,20}}\))?[\"']?"
        r"(?:\s*(?::=|=>|[:=])\s*|\s+(?i:is|ist|est|es|és|è|is:)\s+)"
        r"(?P<q>[\"'`]?|«[ \t\u00a0\u202f]?)(?P<value>[^\s\"'`,;«»]{4,200})"
    )


@cache
def _token_re() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z0-9+/_\-](?<![A-Za-z0-9+/_\-].)[A-Za-z0-9+/_\-]{31,}={0,2}(?![A-Za-z0-9+/_\-])")


def shannon_entropy(text: str) -> float:
    """Bits per character; random base64 is near 6, English words near 4, hex at most 4."""
    counts = Counter(text)
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _looks_random(token: str) -> bool:
    has_digit = any(ch.isdigit() for ch in token)
    has_upper = any(ch.isupper() for ch in token)
    has_lower = any(ch.islower() for ch in token)
    if not has_digit or not (has_upper and has_lower):
        return False  # hex digests, UUIDs, long words and paths stay
    return shannon_entropy(token) >= 4.3



# A password said in a sentence: "the wifi password is ...", "db pass in that screenshot was ...",
# "la clave del wifi es ...", "das WLAN-Passwort lautet ...", a router's "admin / ..." pair; and
# one set through a variable ("POSTGRES_PASSWORD: ...", "DB_PASS=...").
_SAID_PASSWORD = lazy_skippable(
    r"(?i)(?<![\w/?&])" + password_words("passwd", "pass", "pwd", "pw", "ww") + r"(?![\w])"
    # (a remark in brackets may stand between: "la contraseña del certificado (la que pide al instalarlo) es ...")
    r"(?:[^\n.:=?&/()]{0,50}?(?:\([^()\n]{0,40}\)[^\n.:=?&/()]{0,12}?)?(?:\s(?:is still|is|was|es|era|est|c'est|c’est|ist|lautet|war|è|é|to|jest|är|er|is now|now|vale|fica|"
    # or stays what it was ("le mot de passe du wifi reste ...", "das Passwort bleibt ...")
    r"reste|remains|stays|bleibt|qued[óo](?: como)?|queda como|ficou|changed to|set to|reset to|updated to|"
    r"ge[äa]ndert (?:auf|in)|gesetzt auf|chang[ée] en|cambiata in|gewijzigd in|zmienione na|ändrat till|"
    r"blijft|resta|sigue siendo|sigue|permanece|zostaje|f[öo]rblir|forbliver|forblir|continua|contin[úu]a|rimane|je|"
    r"pysyy|kal[ıi]yor)(?!\w)|[:=：]|->|→|=>)\s*"
    # or straight after the word ("pass `b1ue-Heron`", "ww Tulp-66"): then only a password-shaped value
    # (a router's key as printed on it, in groups of four digits: "8834 1190 2265 4471 0382")
    # (a passphrase in quotes may hold spaces: 'the password is "blue monkey 77"')
    r"|(?P<bare>[ \t]+))"
    # (a reset said as "...: now it's X", "reimpostata: ora è X")
    r"(?:(?:now|ora|ahora|agora|jetzt|maintenant|nu|teraz|şimdi)[ \t]+(?:(?:it['’]?s|is|è|é|es|est|c['’]est|ist|jest|är|er)[ \t]+)?)?"
    r"(?P<q>[\"'`“‘]?|«[ \t\u00a0\u202f]?)(?P<value>\d{4}(?:[ \t]\d{4}){3,4}(?![\w])|(?<=[\"“])[^\"”\n]{6,64}(?=[\"”])|(?<=['‘])[^'’\n]{6,64}(?=['’])|\d{4,8}(?=[ \t]*(?:[.,;)]|\n|$))|[^\s\"'`,;«»]{6,64}(?<![:：]))"  # ("was reset: ..." is no value "reset:")
)
# (the password words of every language, "mot de passe" written "mot_de_passe" as a name)
_ENV_PASSWORD = re.compile(
    r"(?<![\w.])[A-Za-z][A-Za-z0-9_.\-]*[_.\-](?i:"
    + password_words("passwd", "pass", "pwd", "secret", "token", "api_key", "key").replace(" ", "_") + r")(?![\w])"
    r"[\"']?\s*(?::=|=>|[:=])\s*(?P<q>[\"'`]?)(?P<value>[^\s\"'`,;]{4,200})"  # ("'db_pass' => '...'" in PHP)
)
_LOGIN_PAIR = re.compile(r"(?i)(?<![\w])(?:admin|root|user|usuario|utente|benutzer|login)\s*/\s*(?P<value>[^\s\"'`,;]{6,64})")
# A password written straight after its word, without "is" or ":" ("pass `b1ue-Heron`", "ww
# Tulp-66", "password forklift-9"): only a value shaped like a password is taken (below).
# A "user / password" pair after a cue about logging in ("use the shared one, accounts@ / ...",
# "le credenziali sono magazzino3 / ..."): any user name, a password-shaped value.
_PAIR_USER = re.compile(r"(?<![\w/])[\w.\-]+(?:@[\w\-]+(?:\.[\w\-]+)+)?@?[ \t]+\Z")  # (a login may be an email address)
_PAIR_VALUE = re.compile(r"[ \t]+(?P<value>[^\s\"'`,;/]{6,64})")
_PAIR_CUE = re.compile(
    r"(?i)log ?in|log into|sign in|creds|credential|account|portal|user|zugang|anmeld|acceso|credenzial|accesso|\bid\b|"
    r"inlog|identifiant|connexion|acesso|credenciais|dost[eę]p|giriş|kullanıcı|"
    r"admin|beheer|verwalt|gestor|amministra"  # (a handover's "Kassensystem Admin: schichtleitung / ...")
)
# A .pgpass line: host:port:database:user:password (found from its port, the host checked behind)
_PGPASS = re.compile(r":(?<=[\w.\-]:)\d{2,5}:[\w*.\-]+:[\w*.\-]+:(?P<value>[^\s:]{4,200})$", re.MULTILINE)
_PGPASS_HOST = re.compile(r"[\w.\-]+")
# An alarm or safe code ("Alarm code for the side door: 4417#", "Alarmcode 2580"). A door code
# given for a delivery ("code porte 4471") is meant to be passed on and stays.
_ENTRY_CODE = re.compile(
    r"(?i)(?:alarm|safe|lockbox|key ?safe)[ \t-]?code|alarmcode|code (?:d'alarme|alarme)|c[óo]digo (?:de (?:la )?)?alarma|"
    r"codice (?:dell')?allarme|kod alarmu|alarm şifresi"
)
_ENTRY_KEYS = ("larm", "safe", "lockbox")  # "alarm", "allarme", "alarma"...
_ENTRY_VALUE = re.compile(r"[^\n\d]{0,45}?(?<![\w])(?P<value>[0-9*#]{4,10}|[A-Z0-9]{4,8}(?<=\d)[#*]?)(?![\w])")
# A PIN, an access or safe code, a lock combination or a recovery code said in a sentence, in
# a chat or a ticket: "der PIN ist 4711", "the gate padlock combo is 1-9-4-7", "le code d'accès
# du portail est 2580B", "Kod PIN do alarmu: 3391", "Recovery code given over the phone: ...".
# After "is"/":" (a door code merely mentioned, "the courier gets the door code 4471", stays);
# straight after the word only for a PIN or a recovery code ("PIN 4711"). The value holds at
# least three digits, so "the PIN is changed monthly" stays.
_CODE_SAID = re.compile(
    r"(?i)(?<![\w])(?:(?P<strong>pin(?:[ -]?code)?|pin-nummer|code pin|kod pin|passcode|kenncode|recovery code|backup code|"
    r"c[óo]digo de recupera[cç][ãa]o|wiederherstellungscode)|combo|combination|lock code|access code|gate code|entry code|"
    r"keypad code|code d['’]acc[èe]s|digicode|(?:sleutel)?kluis(?:code)?|toegangscode|zugangscode|t[üu]rcode|"
    r"codice (?:d['’]accesso|di accesso|del cancello)|c[óo]digo de acceso|kod dost[eę]pu|kod do drzwi|eri[şs]im kodu|kap[ıi] kodu)"
    # (the words before a verb hold no digit: "door pin 2468, fridge is self-serve" gives the PIN)
    r"(?![\w])(?:[^\n.:=?\d]{0,40}?(?:\s(?:is|was|es|est|ist|lautet|è|é|jest|är|er|now)(?!\w)|[:=])\s*|(?P<bare>[ \t]+))"
    # (the change said with "new code" after the colon: "... change lundi : nouveau code A3917")
    r"(?:(?:new|nouveau|neuer|neue|nuevo|nuovo|nieuwe|nowy|yeni|nya|nye|uusi)[ \t]+(?:code|kod|kode|koodi|c[óo]digo|codice|pin)?[ \t]*:?[ \t]*)?"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9#*\-]{2,24})(?![\w])"
)
# (specific keys: "pin" alone is inside "shipping", "code" inside every snippet of code)
_CODE_KEYS = ("pin ", "pin:", "pin-", "pincode", "passcode", "kenncode", "recovery code", "backup code", "recupera", "wiederherstellungscode",
              "combo", "combination", "lock code", "access code", "gate code", "entry code", "keypad code", "code d'acc", "code d’acc",
              "digicode", "kluis", "toegangscode", "zugangscode", "türcode", "turcode", "codice d", "digo de acceso", "kod ", "kodu")
# Substrings of the words above that _PASSWORD_KEYS does not already hold.
_SAID_KEYS = ("pw ", "pw:", "pw=", "pw：", "ww ", "ww:")  # (the shared password words open the windows of _PASSWORD_KEYS already)
_LOGIN_KEYS = ("admin", "root", "user", "usuario", "utente", "benutzer", "login")
_VARIABLE_KEYS = ("_pass", "_pwd", "_secret", "_token", "_key", ".pass", ".secret")  # (and "_" and each password key found)
_PATH = re.compile(r"[/~][\w.\-/]*")
_CMDLET = re.compile(r"(?:Get|Set|New|Read|Import|Export|ConvertTo|ConvertFrom|Invoke|Add|Remove)-[A-Z][A-Za-z]{2,40}")  # a PowerShell command ("Read-Host")
_MASKED = re.compile(r"(?i)x{6,}|\*{4,}|•{4,}")  # "pk_test_XXXXXXXX", "abc****": written out of a real value
# (also the bare name closing a call or a dict: '{"X-Key": key}')
_CLOSED_NAME = re.compile(r"[A-Za-z_]\w*[)}\]]+,?")  # a variable closing a call or a dict in code: "key}", "token)"
_VARIABLE_REF = re.compile(r"(?i)(?:[a-z_][\w.]*)?(?:pass|pwd|secret|token|key)[\w.]*[)}\]]*,?")
_PLACEHOLDER_VALUE = re.compile(r"(?i)(?:x{4,}|\*{4,}|\.{3,}|<[^>]*>|your[_\-]?\w*|changeme|example\w*|\$\{?\w+\}?)")


def _said_passwords(text: str, windows: list[tuple[int, int]]) -> list[Candidate]:
    out = []
    lower = lowered(text)
    # Each rule only around its own cue words ("mot de passe" starts before the "pass" found).
    said = windows + keyword_windows(lower, _SAID_KEYS, 130, 14)
    named = tuple(f"_{key}" for key in present_keys(lower) if key != "pass" and key.isascii() and " " not in key)
    env = keyword_windows(lower, _VARIABLE_KEYS + named, 210, 60)
    login = keyword_windows(lower, _LOGIN_KEYS, 80, 2) if "/" in text else []
    seen: set[int] = set()
    for rule, where in ((_SAID_PASSWORD, said), (_ENV_PASSWORD, env), (_LOGIN_PAIR, login)):
        for m in (m for a, b in where for m in rule.finditer(text, a, b)):
            if m.start("value") in seen:
                continue
            seen.add(m.start("value"))
            value = m.group("value").rstrip(".)")  # ("!" and "?" may end a password: hidden either way)
            # a spoken password has a digit or a symbol ("the password is in the vault" stays)
            if rule is not _ENV_PASSWORD and (value.isalpha() or "://" in value):
                continue
            if (_VARIABLE_REF.fullmatch(value) and rule is not _ENV_PASSWORD) or _CMDLET.fullmatch(value) or _CLOSED_NAME.fullmatch(value):
                continue
            if rule is _SAID_PASSWORD and m.group("bare") is not None and not password_shaped(value):
                continue
            if (_PLACEHOLDER_VALUE.fullmatch(value) or _MASKED.search(value) or _PATH.fullmatch(value)
                    or value.lower() in {"none", "null", "required", "redacted"}):
                continue
            start = m.start("value")
            out.append(Candidate(start, start + len(value), "SECRET", "secret", PASSWORD))
    return out + _pairs_and_codes(text, lower)


_ADDRESS_AT = re.compile(r".@[\w\-]+\.[A-Za-z]")  # an email address or a user@host, not "Gongzhonghao@2025"


def password_shaped(value: str) -> bool:
    """A value with letters and digits and a symbol or both cases, not a word or a number: what
    is taken without a verb or colon after the password word."""
    has_alpha, has_digit, symbol, mixed = value_kinds(value)
    return has_alpha and has_digit and (symbol or mixed) and "://" not in value and not _ADDRESS_AT.search(value)


def _pairs_and_codes(text: str, lower: str) -> list[Candidate]:
    """Login pairs, .pgpass lines and alarm codes."""
    out = _login_pairs(text)
    if ":" in text:
        for m in _PGPASS.finditer(text):
            if _PGPASS_HOST.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _ENTRY_KEYS, 40, 16):
        for m in _ENTRY_CODE.finditer(text, a, b):
            v = _ENTRY_VALUE.match(text, m.end())
            if v:
                out.append(Candidate(v.start("value"), v.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _CODE_KEYS, 100, 14):
        for m in _CODE_SAID.finditer(text, a, b):
            value = m.group("value").rstrip("-")
            # (a meeting's passcode after its word may hold one digit among letters: "Kenncode: Fk3Wq7")
            mixed = m.group("strong") is not None and len(value) >= 5 and value.isalnum() and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
            if (sum(c.isdigit() for c in value) < 3 and not mixed) or (m.group("bare") is not None and m.group("strong") is None):
                continue
            out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
    return out + _answered_in_chat(text, lower)


# A chat reply to a question about a password ("la contraseña del wifi?" / "es Jacaranda_77"):
# the answer on the next line, after the speaker, is the password when it looks like one. Looked
# for only after a line ending in "?" that holds a password word.
_QUESTION_END = re.compile(r"[?？][ \t]*\n")
_ANSWER = re.compile(
    r"(?:\[[\w:. ]{3,16}\][ \t]*)?[^\n:：]{0,40}[:：][ \t]*(?:(?:it['’]?s|es|is|ist|c['’]est|è|é|jest|är|er|tiene|é a|its)[ \t]+)?"
    r"(?P<q>[\"'`]?)(?P<value>[^\s\"'`,;]{6,64})"
)
_ASKED_KEYS = password_keys("pw ", "pwd", "wifi", "wi-fi", "wlan")


def _answered_in_chat(text: str, lower: str) -> list[Candidate]:
    out = []
    for q in _QUESTION_END.finditer(text):
        line = lower[max(text.rfind("\n", 0, q.start()) + 1, q.start() - 80) : q.start()]
        if not any(key in line for key in _ASKED_KEYS) or network_name_asked(line):
            continue
        m = _ANSWER.match(text, q.end())
        if m:
            value = m.group("value").rstrip(".,)")
            if password_shaped(value):
                out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
    return out


def _login_pairs(text: str) -> list[Candidate]:
    """ "user / password" after a login cue on the same or the line before: looked for only at
    each " / " of the text."""
    out: list[Candidate] = []
    at = text.find(" /")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        value = _PAIR_VALUE.match(text, at + 2)
        if value and _PAIR_USER.search(text, line_start, at + 1):
            word = value.group("value").rstrip(".)")
            cue_from = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            if password_shaped(word) and _PAIR_CUE.search(text, cue_from, at):
                out.append(Candidate(value.start("value"), value.start("value") + len(word), "SECRET", "secret", PASSWORD))
        at = text.find(" /", at + 2)
    return out


_HOST_TAIL = re.compile(r"[a-z]{2,6}/[\w\-]+/")


def _placeholder_key(key: str) -> bool:
    """A documentation key ("pk_test_XXXXXXXX", "sk_live_xxxx..."): the part after the prefix
    is one repeated character."""
    body = key.rsplit("_", 1)[-1] if "_" in key else key[3:]
    return len(set(body.lower())) <= 2


def find_secrets(text: str, own: tuple[str, ...] = ()) -> list[Candidate]:
    """Every secret in ``text``, each with the label used to tell the user about it; ``own``
    are the app's own credentials, found whatever their format."""
    found = _find_secrets(text, own)
    found += chat_view_secrets(text, _find_secrets)
    found += ocr_finds(text, _find_secrets)
    found = [c for c in found if not _CHAT_STAMP.fullmatch(text, c.start, c.end)]  # ("password is\n[10:01] Sam: ...")
    return found + find_secret_twins(text, found)


# A chat line's time stamp, never a value: "[10:01]", "[12.03.26, 09:14:02]".
_CHAT_STAMP = re.compile(r"\[[\d/.,:\- ]*\d:\d\d[\d/.,:\- APMapm]*\]")


def _find_secrets(text: str, own: tuple[str, ...] = ()) -> list[Candidate]:
    found: list[Candidate] = find_own_secrets(text, own)
    for m in _private_key_re().finditer(text):
        found.append(Candidate(m.start(), m.end(), "SECRET", "secret", PRIVATE_KEY))
    for m in token_finditer(_provider_re(), text):  # (vendor keys stand inside one token)
        if _placeholder_key(m.group(0)):
            continue
        index = int(m.lastgroup[1:]) if m.lastgroup else 0
        found.append(Candidate(m.start(), m.end(), "SECRET", "secret", _PROVIDER_PATTERNS[index][0]))
    windows = keyword_windows(lowered(text), present_keys(lowered(text), *_PASSWORD_KEYS), 260)
    rule = _password_re(present_words(lowered(text)))
    for m in (m for a, b in windows for m in rule.finditer(text, a, b)):
        value = m.group("value")
        sep = m.group(0)[: m.start("value") - m.start()]
        if (":" not in sep and "=" not in sep or "\n" in sep) and value.isalpha():
            continue  # (a word on the next line starts a sentence: "Reset your PIN:\nopen the app")
        if value.lower() in {"none", "null", "required", "unknown", "n/a", "****", "redacted"}:
            continue
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue  # "1Password: invite by email": the password manager, not a password
        if value.startswith("[") or value.startswith("<"):
            continue  # a placeholder or a template marker, not a value
        if _PATH.fullmatch(value):
            continue  # "PWD=/srv/app" in a log: the working directory
        if _VARIABLE_REF.fullmatch(value) or _CMDLET.fullmatch(value):
            continue  # "password=export_password)": the name of a variable holding it, in code; "$pass = Read-Host"
        found.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    found += _said_passwords(text, windows)
    from desktop.core.privacy.secret_codes import find_secret_codes

    found += find_secret_codes(text, lowered(text), password_shaped, windows)
    for m in token_finditer(_token_re(), text):
        if _HOST_TAIL.match(m.group(0)) and text[m.start() - 1 : m.start()] == ".":
            continue  # a link's domain ending and path ("api.example.com/2010-04-01/Accounts/..."), not a token
        if _looks_random(m.group(0).rstrip("=")):
            found.append(Candidate(m.start(), m.end(), "SECRET", "secret", RANDOM))
    from desktop.core.privacy.secret_prose import find_secret_prose

    found += find_secret_prose(text, lowered(text))
    found = [c for c in found if c.label == OWN_KEY or not lookalike(text, c.start, c.end)]  # placeholders
    found += find_secret_forms(text, lowered(text))
    found += find_secret_replies(text, lowered(text))
    found += find_spoken_secrets(text, lowered(text))
    found += find_session_secrets(text, lowered(text)) + find_lock_codes(text, lowered(text))
    found += find_note_key_codes(text, lowered(text)) + find_office_secrets(text, lowered(text))
    found += find_setting_secrets(text, lowered(text)) + find_share_links(text, lowered(text))
    found += find_position_secrets(text, lowered(text))
    found += find_link_credentials(text, lowered(text))
    found += widen_to_links(text, lowered(text), found)
    return found + gapped_codes(text, lowered(text), _code_rules) + full_width_codes(text, _code_rules)


def _code_rules(view: str) -> list[Candidate]:
    """The rules that find codes and passwords said in text, run on a view of it (the text with
    its spaced codes closed up, or its full-width digits made ASCII: ``secret_gaps``)."""
    from desktop.core.privacy.secret_codes import find_secret_codes
    from desktop.core.privacy.secret_prose import find_secret_prose
    lower = view.lower()
    windows = keyword_windows(lower, present_keys(lower, *_PASSWORD_KEYS), 260)
    return (_said_passwords(view, windows) + find_secret_codes(view, lower, password_shaped, windows)
            + find_secret_prose(view, lower) + find_secret_forms(view, lower) + find_secret_replies(view, lower)
            + find_lock_codes(view, lower))
