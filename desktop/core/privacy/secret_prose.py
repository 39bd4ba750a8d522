"""Secrets in the sentences and tables people write, beside ``secrets`` and ``secret_codes``:

- a code or PIN said with words, even digits, between its word and its verb ("die PIN für den
  Kopierer im 2. Stock ist 3840", "la clave de la alarma de la bodega es 5517", "il codice del
  cancello è sempre 1948"), a compound code word ("beheerderspincode", "portkoden 2219"), an
  alarm switched off "with" its code, a lock's combination ("combinaison 27-14-39");
- a password word inside a compound ("Startpasswort lautet ..."), or a few words before a value
  shaped like a password ("Password del PC della reception ...");
- a wifi key a few words after its word, or made of words ("clé croissant-velo-marine");
- a passphrase under its name in several languages; a password given as the answer in a chat;
- the column of a password-manager export or table named "password", "secret", "token"...;
- vendor and device formats the generic rules miss (a BitLocker recovery key, a Mailchimp or
  HubSpot key, a TOTP seed in an ``otpauth://`` link or written in groups after its cue, a key
  said with "key ... is" and a random value).

Each rule runs only around its own cue words (``keyword_windows``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re, lazy_skippable
from desktop.core.privacy.secret_words import password_words, present_keys
from desktop.core.privacy.text_cache import keyword_windows

PASSWORD = "A password"
API_KEY = "An API key"

_VERB = (r"(?:is|was|es|és|era|est|c['’]est|était|ist|lautet|war|è|é|er|är|var|jest|to|wynosi|blijft|reste|resta|bleibt|"
         # (Italian "stays", Finnish "is", Czech, Slovak and South Slavic "is", Russian "is")
         r"rimane|remains|stays|on|je|jsou|—|"
         # (a code changed to a new one: "zmieniony na 5517", "changed to", "geändert auf")
         r"changed to|set to|zmieniony na|zmienione na|zmieniłem na|ge[äa]ndert (?:auf|in)|chang[ée] en|cambiato in|cambiado a|cambi[óo] a|"
         r"mudou para|mudado para|gewijzigd in|ändrad till|[äa]ndrat till|ændret til|endret til|vaihdettu|"
         r"now|nu|ora|ahora|agora|teraz|теперь|jetzt|maintenant|adesso|şimdi|nyt)")
_STILL = (r"(?:(?:still|sempre|immer|noch|toujours|siempre|nog|steeds|altijd|fortfarande|alltid|zawsze|nadal|ainda|hâlâ|now|nu|jetzt|"
          r"maintenant|ahora|agora|adesso|teraz|şimdi|nyt)[ \t]+){0,2}")
# What a code opens or guards: "the code of the fridge" is not a secret, that of the intercom is.
_GUARDS = (
    r"door|gate|garage|alarm|safe|lock|box|keypad|entrance|building|intercom|porte|portail|immeuble|coffre|alarme|interphone|"
    r"portone|cancello|porta|allarme|cassaforte|citofono|puerta|port[óo]n|alarma|caja|garaje|bodega|portero|deur|poort|kluis|"
    r"t[üu]r|tor|tiefgarage|tresor|schl[üu]ssel|gegensprech|drzwi|bram|domofon|sejf|gara[żz]|kap[ıi]|kasa|garaj|alarm|"
    r"d[öo]rr|port|larm|n[øo]gle|portão|portao|cofre|porteiro|hek|locker|spind|taquilla|casier|armadietto|vault|cabinet|"
    # rooms kept locked
    r"f[öo]rr[åa]d|lager|storage|storeroom|shed|schuppen|keller|magazzino|almac[ée]n|trastero|schuur|berging|magazyn|depo|cave|cantina|"
    # safes and alarm panels in more languages (Finnish, Swedish, Danish, Czech, Slovak, Russian, Hungarian)
    r"kassakaap|kassaskåp|pengeskab|h[äa]lyty|trezor|zabezpe[čc]ova|alarmu|сейф|сигнализац|двер|домофон|riaszt|sz[ée]f"
)
# Codes that are not secret, kept out even when a guarded thing is near.
_NOT_SECRET = lazy_re(
    r"(?i)(?<!\w)(?:error|status|exit|return|http|zip|postal|post|postleit|promo|discount|voucher|coupon|gift|rabatt|gutschein|"
    r"fehler|tracking|order|product|area|country|tax|sort|swift|bic|referral|reference|booking|article|item|part|cap|pocztow)"
)
_PIN_WORD = (r"(?:\w*pin-?code|\w*pinkod(?:en)?|\w*pinkode(?:n)?|pin(?:-nummer|nummer)?|code pin|kod pin|c[óo]digo pin|puk|"
             r"geheimnummer|geheimzahl|code secret|c[óo]digo secreto|codice segreto)")
_CODE_WORDS = (r"(?:code|codice|c[óo]digo|clave|kod|kodu|koden|kode|koodi|k[óo]d|код|kódja|şifre(?:si)?|combinaison|combinaci[óo]n|combinazione|"
               r"kombination|combinatie|kombinacja|combination|combo)")
# "PIN ... ist 3840": a PIN word, or a code word with what it guards in between, then a verb.
_CODE_VERB = lazy_re(
    rf"(?i)(?<![\w])(?:(?P<pin>{_PIN_WORD})|{_CODE_WORDS})(?![\w])(?P<gap>[^\n!?;:]{{0,50}}?)(?:[ \t]+{_VERB}[ \t]+{_STILL}|[ \t]*[:=][ \t]*)"
    # (not the first group of a longer number: "NIP firmy: 527-10-..." is a tax number)
    r"(?P<value>[A-Z]?\d{3,8}[A-Z]?[#*]?|\d{1,2}(?:[-–]\d{1,2}){2,5})(?![\w]|[./,\-–]\d)"
)
_CODE_VERB_KEYS = ("pin", "puk", "geheim", "secret", "secreto", "segreto", "code", "codice", "digo", "clave", "kod", "kód", "код", "koodi", "şifre", "combin",
                   "kombin", "combo")
# A compound word naming a door's, alarm's or PIN's code, then the digits with no verb ("och portkoden 2219").
_COMPOUND_CODE = lazy_re(
    r"(?i)(?<![\w])\w*(?:pincode|pinkod(?:en)?|pinkode(?:n)?|portkod(?:en)?|d[öø]rkod(?:en)?|t[üu]rcode|deurcode|poortcode|"
    r"larmkod(?:en)?|alarmcode|alarmkode(?:n)?|kluiscode|tresorcode|torcode)(?![\w])[ \t]*(?:[:=][ \t]*)?(?P<value>\d{4,8}[#*]?)(?![\w]|[./,]\d)"
)
# An alarm, then on its line a word for "code" and the code ("Activer l'alarme : code 8413"), or
# the code it is switched off "with" ("Het alarm zet je uit met 2580").
_ALARM_LINE = lazy_re(
    r"(?i)(?<![\w])(?:alarm\w*|allarme|alarme|alarma|larm\w*|alarmu|tresor|safe|coffre(?:-fort)?|kluis|sejf|cassaforte|cofre|kassask[åa]p\w*)(?![\w])[^\n.]{0,40}?(?:(?<![\w])(?:code|codice|c[óo]digo|kod|kode|koden|pin)"
    r"[ \t]*[:=]?|[ \t](?:met|with|mit|avec|con|com|med|ile|z|using|digitando|tippen|intoetsen)"
    # (or a new code said with "now": "the alarm panel is now 2660", "Alarm ist jetzt 4471")
    r"|[ \t](?:is|ist|est|es|è|é|är|er|jest)[ \t]+(?:now|jetzt|maintenant|ahora|agora|ora|adesso|nu|teraz))[ \t]+(?P<value>\d{4,8}[#*]?)(?![\w]|[./,]\d)"
)
# An alarm and its code after a colon, then what to press or do ("alarm: 9911 to disarm",
# "Alarmanlage: 4471 und dann AUS"): "Alarm: 06:30" has no such code.
_ALARM_COLON = lazy_re(
    r"(?i)(?<![\w])(?:alarm\w*|allarme|alarme|alarma|larm\w*)[ \t]*[:=][ \t]*(?P<value>\d{4,8}[#*]?)(?![\w:.]|[ \t]*(?:h|uhr|am|pm|hrs?)\b)"
    # (what follows switches the alarm off: a time is followed by anything else, "0630 then coffee")
    r"(?=[ \t,]+(?:to (?:dis)?arm|(?:[^\W\d]+[ \t]+){0,2}[\"'«“„]?(?:off|aus|uit|disarm|d[ée]sarmer|d[ée]sactiver|desactivar|disattivare|"
    r"unscharf|entsch[äa]rfen|uitschakelen|avaktivera|deaktiver)\b))"
)
_ALARM_KEYS = ("alarm", "allarme", "larm", "tresor", "safe", "coffre", "kluis", "sejf", "cassaforte", "cofre", "kassaskåp")  # (and what opens "with" a code)
# A lock's combination written as one ("combinaison 27-14-39", "Kombination: 12-34-56").
_COMBINATION = lazy_re(
    r"(?i)(?<![\w])(?:combinaison|combinaci[óo]n|combinazione|kombination|combinatie|kombinacja|combination|combo|şifre)(?![\w])"
    r"[ \t]*(?:[:=]|\w{2,6}[ \t])?[ \t]*(?P<value>\d{1,2}(?:[-–]\d{1,2}){2,5})(?![\w\-])"
)


def _codes(text: str, lower: str) -> list[Candidate]:
    out: list[Candidate] = []
    # (one set of windows for the rules on a word for "code": every compound and combination word holds one)
    windows = keyword_windows(lower, _CODE_VERB_KEYS, 110, 30)
    for a, b in windows:
        for m in _CODE_VERB.finditer(text, a, b):
            gap = m.group("gap")
            if m.group("pin") is None and not re.search(rf"(?i){_GUARDS}", gap + text[max(0, m.start() - 30) : m.start()]):
                continue
            if _NOT_SECRET.search(text, max(0, m.start() - 20), m.start("value")):
                continue
            out.append(_found(m.start("value"), m.group("value")))
    alarms = keyword_windows(lower, _ALARM_KEYS, 80, 20)
    for rule, where in ((_COMPOUND_CODE, windows), (_ALARM_LINE, alarms), (_ALARM_COLON, alarms), (_COMBINATION, windows)):
        for a, b in where:
            out += [_found(m.start("value"), m.group("value")) for m in rule.finditer(text, a, b)]
    return out


_PASSWORD_WORD = password_words()  # (secret_words.py: every language's)
# A password word at the end of a compound ("Startpasswort", "beheerwachtwoord"), a verb or colon, the value.
_COMPOUND_PASSWORD = lazy_re(
    r"(?i)(?<![\w])[^\W\d_]{3,}(?:passwort|kennwort|wachtwoord|l[öo]senord(?:et)?|passord(?:et)?|password)(?![\w])"
    rf"(?:[ \t]+{_VERB}[ \t]+|[ \t]*[:=][ \t]*)(?P<value>[^\s\"'`,;]{{6,64}})"
)
# The same compound with nothing between it and a value shaped like a password ("das
# Initialkennwort Tanne-Eiche-58", "Startkennwort Lehrjahr1!Start").
_COMPOUND_BARE = lazy_re(
    r"(?i)(?<![\w])[^\W\d_]{3,}(?:passwort|kennwort|wachtwoord|l[öo]senord(?:et)?|passord(?:et)?|password)(?![\w])"
    r"[ \t]+(?P<value>[^\s\"'`,;]{6,64})"
)
# A password word, a few words ("del PC della reception"), then a value shaped like a password.
_GAPPED_PASSWORD = lazy_skippable(rf"(?i)(?<![\w/?&]){_PASSWORD_WORD}(?![\w])")  # (the engine skips to the words' first letters)
# the words after a cue on its line, up to a clause's end (each tried in turn as the value)
_NEXT_WORDS = lazy_re(r"[ \t]+[(\"'«“‘]?(?P<value>[^\s,;:]+?)[)\"'»”’.,!]*(?=\s|[,;:]|$)")


def _named(text: str, m: re.Match[str]) -> bool:
    """Whether a word after a cue is a name in quotes or a label before a colon (the network in
    "Wi-Fi \"Biuro-5G\": ..."), not the value."""
    return text.startswith(":", m.end()) or m.group(0).lstrip(" \t")[:1] in "\"'«“‘"


def _after(text: str, end: int, words: int) -> list[re.Match[str]]:
    out = []
    for _ in range(words):
        m = _NEXT_WORDS.match(text, end)
        if not m:
            break
        out.append(m)
        end = m.end()
    return out



def strong_password(value: str) -> bool:
    """Letters of both cases, a digit and eight characters or more: a value that is a password
    even with words between it and its word (a host name or a product code is one case)."""
    return (len(value) >= 8 and any(c.isdigit() for c in value) and any(c.isupper() for c in value)
            and any(c.islower() for c in value) and "://" not in value and "@" not in value)


def passphrase_shaped(value: str) -> bool:
    """Three parts or more joined by "-", "." or "_", two of them words ("croissant-velo-marine",
    "matcha-latte-77"): a passphrase as password managers and wifi boxes make them."""
    if re.fullmatch(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}", value):
        return False  # a host name ("ftp.example.de")
    parts = re.split(r"[-._]", value)
    words = [p for p in parts if len(p) >= 3 and p.isalpha()]
    return len(parts) >= 3 and len(words) >= 2 and all(p.isalnum() for p in parts)


def _passwords(text: str, lower: str) -> list[Candidate]:
    out: list[Candidate] = []
    windows = keyword_windows(lower, present_keys(lower), 130, 20)
    for a, b in windows:
        for m in _COMPOUND_PASSWORD.finditer(text, a, b):
            value = m.group("value").rstrip(".,)")
            if not value.isalpha():
                out.append(_found(m.start("value"), value))
        for m in _COMPOUND_BARE.finditer(text, a, b):
            value = m.group("value").rstrip(".,)")
            if strong_password(value) or (passphrase_shaped(value) and any(c.isdigit() for c in value)):
                out.append(_found(m.start("value"), value))
        for cue in _GAPPED_PASSWORD.finditer(text, a, b):
            for m in _after(text, cue.end(), 8)[1:]:
                value = m.group("value")
                if _named(text, m):
                    continue
                if strong_password(value):
                    out.append(_found(m.start("value"), value))
                    break
    return out + _answers(text, lower, windows) + _wifi(text, lower)


# A wifi key a few words after its word ("Chiave wifi ospiti spritz-aperol-2025").
_WIFI_GAPPED = lazy_re(
    r"(?i)(?<![\w])(?:key|schl[üu]ssel|cl[ée]|clau|chiave|sleutel|klucz|nyckel|n[øo]kkel|n[øo]gle|kulcs|avain|ключ|anahtar|chave|" + password_words() + r")(?![\w])(?:[ \t]*[:=])?"
)


# A notes line giving a network and its key apart by a dash or a slash, with no word for key
# ('Wifi "Kontoret_Gäst" – kanelbulle2026', "WLAN: Praxis-5G / Zahnrad7Blau").
_WIFI_PAIR = lazy_re(
    r"(?im)^[ \t]*(?:>[ \t]?)*(?:[-•*·][ \t]*)?(?:wi-?fi|wlan|wireless)[ \t]*[:：]?[ \t]*(?:\"[^\"\n]{2,40}\"|[^\s\"]{2,40})[ \t]+(?:[–—\-/|]|→)[ \t]+"
    r"(?P<value>[^\s\"'`,;]{6,64})[ \t]*$"
)


def _wifi(text: str, lower: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _WIFI_PAIR.finditer(text) if ("wi" in lower or "wlan" in lower or "wireless" in lower) else ():
        value = m.group("value")
        if (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)) or passphrase_shaped(value):
            out.append(_found(m.start("value"), value))
    for a, b in keyword_windows(lower, ("wifi", "wi-fi", "wlan"), 100, 60):
        for cue in _WIFI_GAPPED.finditer(text, a, b):
            for m in _after(text, cue.end(), 4):
                value = m.group("value")
                if _named(text, m):
                    continue
                if len(value) >= 6 and (passphrase_shaped(value) or (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
                                                                     and not value.isalnum() and "://" not in value)):
                    out.append(_found(m.start("value"), value))
                    break
    return out


# A chat line, then its message: "[14:03] paolo: è Ravioli.Burro.33", "bia: cafezinho2025 tudo minúsculo".
_CHAT_ANSWER = lazy_re(
    r"(?:\[[\d:. ]{3,12}\][ \t]*)?[^\n:]{1,40}:[ \t]*(?:(?:it['’]?s|es|is|ist|c['’]est|è|é|jest|är|er|to|its)[ \t]+)?"
    r"(?P<value>[^\s\"'`,;]{6,64})(?P<rest>[^\n]*)"
)


def _answers(text: str, lower: str, windows: list[tuple[int, int]]) -> list[Candidate]:
    """The reply on the next line to a chat line that asks for a password (with or without "?"):
    a value with letters and digits, or a passphrase; alone on its line unless the asking line
    had a question mark."""
    out: list[Candidate] = []
    ends: set[int] = set()
    for a, b in windows:
        line_end = text.find("\n", a + 20)
        if 0 <= line_end < b + 120:
            ends.add(line_end)
    for line_end in sorted(ends):
        line = lower[text.rfind("\n", 0, line_end) + 1 : line_end]
        if not re.search(rf"(?<![\w]){_PASSWORD_WORD}|wifi|wi-fi|wlan", line):
            continue
        m = _CHAT_ANSWER.match(text, line_end + 1)
        if not m:
            continue
        value = m.group("value").rstrip(".,)")
        alone = not m.group("rest").strip(" .!")
        shaped = (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)) or passphrase_shaped(value)
        stamped = text.startswith("[", m.start())  # a chat line, not a "Host: ..." line of a form
        if (shaped and "://" not in value and "@" not in value and not value.startswith("/")
                and (("?" in line and (stamped or alone)) or (stamped and alone))):
            out.append(_found(m.start("value"), value))
    return out


# A passphrase under its name: several words to the end of the line.
_PASSPHRASE = lazy_re(
    r"(?i)(?<![\w])(?:pass ?phrase|l[öo]senfras(?:en)?|passordfrase|wachtzin|phrase secr[èe]te|phrase de passe|frase (?:de )?contrase[ñn]a|"
    r"frase segreta|frase-passe|frase secreta|passsatz|kennsatz|salalause|parola d'ordine)(?![\w])[^\n:]{0,40}:[ \t]*(?P<value>[^\n]{6,64}?)[ \t]*(?:\n|$)"
)
_PASSPHRASE_KEYS = ("phrase", "fras", "wachtzin", "frase", "satz", "salalause", "parola d")


def _passphrases(text: str, lower: str) -> list[Candidate]:
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, _PASSPHRASE_KEYS, 140, 20):
        out += [_found(m.start("value"), m.group("value")) for m in _PASSPHRASE.finditer(text, a, b)]
    return out


_SECRET_HEADER = re.compile(
    r"(?i)[\"']?(?:[\w]+[ _\-])?"
    # (or the code first: "Code/pw", "PIN / Passwort")
    r"(?:(?:codes?|pin|kod|kód|koden?|c[óo]digo|codice|koodi)[ \t]*(?:/|or|oder|ou|o|of|lub|eller)[ \t]*)?"
    + password_words("pwd", "passwd", "pass", "pw", "secret", "token", r"api[ _\-]?key", "apikey", "pin", "totp", "otp", "2fa", "mfa")
    # (a handover table's one column for both: "Password / code", "Wachtwoord/code", "Passwort oder PIN")
    + r"(?:[ \t]*(?:/|or|oder|ou|o|of|lub|eller)[ \t]*(?:codes?|pin|pins|kod|koden?|code|c[óo]digo|codice|koodi))?[\"']?"
)
_COLUMN_KEYS = ("pw", "secret", "token", "api", "totp", "otp", "2fa", "mfa")  # (a password manager's export: "login_totp")  # (and the shared password keys: each header word but "pin" holds one)


# A remark in words in the column ("public, fine to share", "see note, in the safe"), not a value.
_REMARK = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*,[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)+")


def _columns(text: str, lower: str) -> list[Candidate]:
    """Cells under a password, secret or token header of a CSV, TSV or markdown table."""
    out: list[Candidate] = []
    starts = {text.rfind("\n", 0, a) + 1 for a, _b in keyword_windows(lower, present_keys(lower, *_COLUMN_KEYS), 1, 0)}
    for at, cell in cells_under(text, starts, lambda c: _SECRET_HEADER.fullmatch(c.strip()) is not None):
        value = cell.strip().strip("\"'")
        if len(value) >= 4 and not value.isalpha() and not re.fullmatch(r"[-*•.x ]+|n/?a|none|null|\(.*\)|\[.*\]", value, re.I) and not _REMARK.fullmatch(value):
            out.append(_found(at + cell.index(value), value))
    return out


def cells_under(text: str, line_starts: Iterable[int], is_header: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """The cells, with their offsets, under the headers ``is_header`` accepts, of each delimited
    table (tabs, pipes, semicolons or commas) whose header line starts at one of ``line_starts``,
    for as long as its rows hold as many cells as its header."""
    for start in sorted(line_starts):
        end = text.find("\n", start)
        if end < 0:
            continue
        header = text[start:end]
        mark = next((m for m in ("\t", "|", ";", ",") if m in header), None)
        if mark is None:
            continue
        cells = header.split(mark)
        columns = [n for n, c in enumerate(cells) if is_header(c)]
        pos = end + 1
        while columns and pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            row = text[pos:line_end].split(mark)
            if len(row) != len(cells):
                break
            for index in columns:
                yield pos + sum(len(c) + 1 for c in row[:index]), row[index]
            pos = line_end + 1


_VENDOR = lazy_re(
    r"(?<![\w\-])(?:(?P<bitlocker>\d{6}(?:-\d{6}){7})|(?P<mailchimp>[0-9a-f]{32}-us\d{1,2})|"
    r"(?P<hubspot>pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))(?![\w\-])"
)
_RECOVERY_KEYS = ("bitlocker", "recover", "recupera", "wiederherstell", "herstel", "cupération", "odzyskiw", "kurtarma",
                  "återställ", "復元", "恢复", "복구")
_OTPAUTH = lazy_re(r"(?i)otpauth://[^\s]*?[?&]secret=(?P<value>[A-Z2-7]{16,128})")
# A TOTP seed in groups after its cue ("setup key JBSW Y3DP EHPK 3PXP").
_SEED = lazy_re(
    r"(?i)(?:key|secret|seed|schl[üu]ssel|cl[ée]|clave|chiave|sleutel|klucz|nyckel|anahtar|chave|2fa|totp|otp|authenticator)"
    # (as apps show it, in capitals, or in lower case with a digit in it: "mzxw 6ytb oi4d ...")
    r"[^\n]{0,30}?(?<![\w])(?P<value>(?-i:[A-Z2-7]{4}(?: [A-Z2-7]{4}){3,7}|(?=[a-z ]*[2-7])[a-z2-7]{4}(?: [a-z2-7]{4}){3,7}))(?![\w])"
)
# A key said with "key ... is" or straight after "key secret", the value random-looking.
_SAID_KEY = lazy_re(
    r"(?i)(?<![\w?&/.])(?:key|token|secret)(?![\w])(?P<gap>[^\n.:=]{0,40}?)(?:[ \t]+(?:is|was|ist|est|es|è|é|är|er|jest|to)[ \t]+|[ \t]*[:=][ \t]*|[ \t]+)"
    r"(?P<value>[A-Za-z0-9+/_\-]{16,100})(?![\w+/\-])"
)


def _random_enough(value: str) -> bool:
    classes = sum((any(c.isdigit() for c in value), any(c.isupper() for c in value), any(c.islower() for c in value)))
    return classes == 3 and len(set(value)) >= 10


def _vendor(text: str, lower: str) -> list[Candidate]:
    # (each shape looked for only around a piece it must hold, "-us", "pat-", or the words that
    # name a recovery key: a pass of its own over the whole text would cost as much as a detector)
    windows = keyword_windows(lower, ("-us", "pat-"), 60, 70) + keyword_windows(lower, _RECOVERY_KEYS, 260, 2)
    out = [Candidate(m.start(), m.end(), "SECRET", "secret", API_KEY) for a, b in windows for m in _VENDOR.finditer(text, a, b)]
    for a, b in keyword_windows(lower, ("otpauth",), 300, 2):
        out += [_found(m.start("value"), m.group("value")) for m in _OTPAUTH.finditer(text, a, b)]
    for a, b in keyword_windows(lower, ("key", "secret", "seed", "schlüssel", "clé", "clave", "chiave", "sleutel", "klucz",
                                        "nyckel", "anahtar", "chave", "2fa", "otp"), 60, 2):
        for m in _SEED.finditer(text, a, b):
            if any(c.isdigit() for c in m.group("value")):
                out.append(_found(m.start("value"), m.group("value")))
    for a, b in keyword_windows(lower, ("key", "token", "secret"), 100, 2):
        for m in _SAID_KEY.finditer(text, a, b):
            if re.search(r"(?i)(?<![\w])(?:id|public|publishable)(?![\w])", m.group("gap")) or m.group("value").startswith("pk_"):
                continue
            value = m.group("value")  # (or 32 hex digits and more: "routing key for pagerduty: 5f2c...")
            if _random_enough(value) or (len(value) >= 32 and re.fullmatch(r"[0-9a-f]+", value) and not value.isdigit()):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", API_KEY))
    return out


def _found(start: int, value: str) -> Candidate:
    return Candidate(start, start + len(value), "SECRET", "secret", PASSWORD)


def find_secret_prose(text: str, lower: str) -> list[Candidate]:
    """Every secret these rules find in ``text`` (``lower``: the text lowercased)."""
    return (_codes(text, lower) + _passwords(text, lower) + _passphrases(text, lower) + _columns(text, lower)
            + _vendor(text, lower))
