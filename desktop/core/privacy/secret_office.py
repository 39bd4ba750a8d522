"""Codes and passwords of an office's shared things, in the forms the other secret rules leave:

- a copier's, printer's or alarm's code after its word on the line that names the device
  ("Copier (Ricoh, 2nd floor): department code 40517", "Kopierer Konica: Abteilungscode 3377",
  "Alarmanlage: Scharf/unscharf mit Code 19 62", "Allarme: per disinserire digitare 5 0 4 7");
  an error's or a model's number after the device stays ("the printer shows error code 502");
- a password or code word given on the phone ("verified with the code word he set, he said
  \"marmalade kettle\" on the phone", "Kennwort am Telefon: Zitronenfalter", "mot de passe
  téléphonique : girafe bleue"): a code word is an ordinary word by design, the call names it;
- a password after its word and up to two words that qualify it, with no colon ("وكلمة المرور
  المؤقتة   Rwatib!4471", "mật khẩu tạm thời PhoBo@2026", "lösen Kanelbulle#88"), or several
  words on, after "is" or a colon ("the Wi-Fi key is not on the router but is Stroopwafel#5521");
  the value must look like a password (letters with digits and a symbol or both cases), so a
  word, a number, a version or a hash stays;
- a password typed out of a screenshot: its word alone on a line, the value alone on the next
  ("Password\\nMaple!Syrup!2020").
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.secret_forms import lookalike
from desktop.core.privacy.secret_words import value_kinds
from desktop.core.privacy.text_cache import keyword_windows

PASSWORD = "A password"
CODE = "A door, safe or alarm code"

# Copiers, printers and alarms in each language (the device a shared code works).
_DEVICE = (
    r"(?:photo)?cop(?:ier|ieur|y machine)|kopierer|kopierger[äa]t|fotocopi\w*|fotokopi\w*|ksero\w*|kopiark\w*|kopiork\w*|kopiator\w*|"
    r"kopimaskin\w*|kopiokone\w*|kop[íi]rk\w*|f[ée]nym[áa]sol[óo]\w*|copiator\w*|φωτοτυπικ\w*|ксерокс\w*|копир\w*|"
    r"printer\w*|drucker|imprimante|stampante|impresora|impressora|drukark\w*|skrivar\w*|tulostin\w*|tisk[áa]rn\w*|"
    r"nyomtat[óo]\w*|yaz[ıi]c[ıi]\w*|εκτυπωτ\w*|принтер\w*|mfp|multifunc\w*|multifunktions\w*|"
    r"alarm\w*|alarme|allarme|alarma|larm\w*|h[äa]lytys\w*|riaszt[óo]\w*|συναγερμ\w*|сигнализаци\w*|einbruchmelde\w*"
)
_DEVICE_KEYS = ("cop", "kopi", "kopí", "ksero", "fotocopi", "fotokopi", "fénym", "φωτοτυπ", "ксерокс", "копир", "print", "druck",
                "imprim", "stampant", "impres", "drukar", "skrivar", "tulost", "tiskár", "nyomtat", "yazıc", "εκτυπω", "принтер",
                "mfp", "multifun", "alarm", "allarme", "larm", "hälyt", "halyt", "riaszt", "συναγερμ", "сигнализ", "einbruch")
# The code's word (alone or closing a compound: "Abteilungscode", "Kostenstellencode") or a verb
# of disarming or keying in before it ("type" only as an order: "Printer type 2045" is a model, no code).
_CODE_WORD = (
    r"\w*code|\w*kode|\w*koodi\w*|kod\w*|k[óo]d\w*|codice|c[óo]digo|cod(?:ul)?|κωδικ\w*|код\w*|pin|passcode|"
    r"dept\.? id|department id|abteilungs-?id|"
    r"disarm\w*|unscharf|entsch[äa]rf\w*|d[ée]sactiv\w*|desactiv\w*|disinserir\w*|disattiv\w*|desarm\w*|rozbr\w*|"
    r"digitare|eingeben|tippen|saisir|taper|teclear|marcar|wpisa[ćc]|wpisz|enter|type in|(?:(?<=: )|(?<=please )|(?<=then )|(?<=just ))type|key in|punch in|sl[åa]|tast|indtast|ange|sy[öo]t[äa]|n[äa]pp[äa]ile"
)
# The compound's or the word's first part making it no secret: an error, a model, a post or a bar code.
_NOT_CODE = lazy_re(r"(?i)(?:error|fehler|erreur|errore|b[łl][ąa]d|status|zip|post|qr|bar|model|product|produkt|art|such|service)")
_LAST_WORD = lazy_re(r"(\w+)\W*\Z")
_VALUE = r"(?P<value>\d{3,8}|\d{1,2}(?: \d{1,2}){1,4})(?![\w]|[ \t]\d|[./,:]\d)"
_DEVICE_CODE = lazy_re(
    rf"(?i)(?<![\w])(?:{_DEVICE})(?![\w])[^\n]{{0,50}}?(?<![\w])(?P<word>{_CODE_WORD})(?![\w])"
    rf"[^\n\d]{{0,20}}?(?<![\d\w]){_VALUE}"
)

# A password or code word named with the phone it is given on.
_PHONE_KEY = (
    r"code ?word|codewort|kennwort|passwort|password|passphrase|pass phrase|mot de passe|mot-code|contrase[ñn]a|palabra clave|"
    r"clave|parola d['’]ordine|parola chiave|senha|palavra-passe|wachtwoord|codewoord|has[łl]o|l[öo]senord|kodeord|passord|salasana"
)
_PHONE = r"(?:tele)?phone|t[ée]l[ée]phon\w*|telefon\w*|tel[ée]fono|telefone|telefoon|puhelim\w*|puhelin"
_PHONE_KEYS = ("phone", "téléphon", "telephon", "telefon", "teléfono", "telefoon", "puhelin")
_PHONE_KEY_KEYS = ("code", "kennwort", "passwort", "password", "passphrase", "pass phrase", "mot de passe", "mot-code", "contrase", "clave",
                   "parola", "senha", "palavra", "wachtwoord", "codewoord", "hasło", "haslo", "lösenord", "losenord", "kodeord", "kodord",
                   "passord", "salasana")
_WORDS_VALUE = r"(?P<value>[^\W\d_][\w\-]*(?:[ \t][^\W\d_][\w\-]*){0,2})(?=[ \t]*(?:$|[,.;(]))"
_PHONE_COLON = lazy_re(
    rf"(?im)(?<![\w])\w*?(?:{_PHONE_KEY})(?![\w])[^\n]{{0,40}}?(?<![\w])(?:{_PHONE})(?![\w])[^\n:]{{0,40}}?[:：][ \t]*[\"„“«]?"
    + _WORDS_VALUE
)
_SAID = (r"said|says|gave|was|is|war|ist|lautet|était|est|era|es|è|sagte|nannte|a dit|a donné|dijo|dio|ha detto|disse|zei|gaf|powiedzia\w*|sade|sagde|sanoi")
_PHONE_QUOTED = lazy_re(
    rf"(?i)(?<![\w])\w*?(?:{_PHONE_KEY})(?![\w])[^\n\"“„«]{{0,60}}?(?<![\w])(?:{_SAID})[ \t]+[\"“„«'](?P<value>[^\"”“»'\n]{{3,40}})[\"”“»']"
)
# The code word, then the phone it is given on ("oppgi kodeordet Fjellrev på telefonen", "das
# Kennwort Seeadler am Telefon nennen").
_PHONE_AFTER = lazy_re(
    rf"(?i)(?<![\w])\w*?(?:{_PHONE_KEY}|kodeord|kodord)(?:et|en|a)?[ \t]+[\"„“«']?(?P<value>(?-i:[A-ZÄÖÜÅÆØ])[\w\-]{{2,30}})[\"”“»']?"
    rf"[ \t]+(?:on the|over the|by|am|per|au|par|al|por|en|på|i|puhelimessa|w|przez|pelo|ao|aan de|via)[ \t]+(?:{_PHONE})(?![\w])"
)
_PHONE_ON_LINE = lazy_re(rf"(?i)(?<![\w])(?:{_PHONE})(?![\w])")

# A password's word in each language (Arabic and Hebrew with a prefixed letter), and the words for
# a key, which name a password only on a line about a Wi-Fi network.
_PASSWORD_WORD = (
    r"passwor[dt]|kennwort|mot de passe|mdp|contrase[ñn]a|senha|palavra-passe|wachtwoord|has[łl]o|heslo|l[öo]senord|l[öo]sen|"
    r"adgangskode|passord|salasana|jelsz[óo]|parola|[şs]ifre|пароль|m[ậa]t kh[ẩa]u|kata sandi|kata laluan|nenosiri|lozinka|geslo|κωδικ[όο]ς|"
    r"[وبل]?كلمة (?:السر|المرور)|[وبل]?رمز (?:ال)?(?:دخول|مرور|سري)|[وبل]?(?:ال)?باسورد|[ובלה]?(?:ה)?סיסמ[הא]"
)
_KEY_WORD = r"key|sleutel|schl[üu]ssel|cl[ée]|clave|chiave|klucz|n[øo]gle|nyckel(?:n)?|avain|kulcs|n[øo]kkel"
_WIFI = lazy_re(r"(?i)wi-?fi|wlan|ssid|netwerk|network|r[ée]seau|\bred\b|\brete\b|sie[ćc]|netz")
_WORD_KEYS = ("pass", "kennwort", "mot de passe", "mdp", "contrase", "senha", "palavra", "wachtwoord", "hasło", "haslo", "heslo", "lösen",
              "losen", "adgangskode", "salasana", "jelsz", "parola", "şifre", "sifre", "пароль", "mật khẩu", "mat khau", "kata sandi",
              "lozinka", "geslo", "kata laluan", "nenosiri", "κωδικ", "كلمة", "رمز", "باسورد", "סיסמ")
_KEY_KEYS = ("key", "sleutel", "schlüssel", "clé", "clave", "chiave", "klucz", "nøgle", "nyckel", "avain", "kulcs", "nøkkel")
_WIFI_KEYS = ("wifi", "wi-fi", "wlan", "ssid", "netwerk", "network", "réseau", "reseau", " red ", " rete ", "sieć", "siec", "netz")
_CONNECTOR = r"(?:is|ist|est|es|è|é|er|är|on|jest|je|lautet|az|este|được|ni|ialah|adalah|yaitu)"
_GAP_VALUE = r"(?=[^\s\"'`,;]*\d)(?=[^\s\"'`,;]*[^\W\d_])(?P<value>[^\s\"'`,;(\[{<«„“][^\s\"'`,;]{5,63})"
_NEAR = lazy_re(
    rf"(?i)(?<![\w])(?P<word>{_PASSWORD_WORD}|{_KEY_WORD})(?![\w])"
    rf"(?:(?:[ \t]+[^\W\d_][\w\-]*){{0,3}}[ \t]+|[^\n]{{0,60}}?[ \t](?:{_CONNECTOR})[ \t]+|[^\n]{{0,60}}?[:=：][ \t]+)"
    + _GAP_VALUE
)
_ADDRESS = lazy_re(r".@[\w\-]+\.[A-Za-z]")  # an e-mail address, not "PhoBo@2026"
_HEX_PAIRS = lazy_re(r"(?i)[0-9a-f]{2}(?:[:\-][0-9a-f]{2}){3,}")  # a fingerprint or a MAC address
_VERSION = lazy_re(r"(?i)v?\d+(?:\.\d+)+(?:[\-+.][\w.]+)?")
# A screenshot's typed-out field: the password's word alone on its line, the value alone on the next.
_ALONE = lazy_re(
    r"(?im)^[ \t]*(?:password|passwort|kennwort|mot de passe|contrase[ñn]a|senha|wachtwoord|has[łl]o|l[öo]senord|adgangskode|"
    r"passord|salasana|jelsz[óo]|heslo|parola|[şs]ifre|пароль|パスワード|密码|密碼|비밀번호)[ \t]*\n[ \t]*(?P<value>[^\s]{6,64})[ \t]*$"
)
_ALONE_KEYS = ("pass", "kennwort", "mot de passe", "contrase", "senha", "wachtwoord", "hasło", "haslo", "lösen", "losen", "adgangskode",
               "salasana", "jelsz", "heslo", "parola", "şifre", "sifre", "пароль", "パスワード", "密码", "密碼", "비밀번호")


def _password_like(value: str) -> bool:
    """Letters with digits and a symbol or both cases, not a version, a link or an address."""
    has_alpha, has_digit, symbol, mixed = value_kinds(value)
    return (has_alpha and has_digit and (symbol or mixed) and "://" not in value and not _ADDRESS.search(value)
            and not _VERSION.fullmatch(value) and not _HEX_PAIRS.fullmatch(value))


def find_office_secrets(text: str, lower: str) -> list[Candidate]:
    """Every secret these rules find in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, _DEVICE_KEYS, 120, 12):
        for m in _DEVICE_CODE.finditer(text, a, b):
            word = m.group("word").lower()
            if word.endswith(("code", "kode")) and _NOT_CODE.match(word) and len(word) > 4:
                continue  # "Fehlercode", "barcode": a compound naming no secret
            before = _LAST_WORD.search(text, max(a, m.start("word") - 12), m.start("word"))
            if before and _NOT_CODE.fullmatch(before.group(1)):
                continue  # "error code 502", "model code 4410"
            out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", CODE))
    for a, b in keyword_windows(lower, _PHONE_KEYS, 110, 110):
        if not any(key in lower[a:b] for key in _PHONE_KEY_KEYS):
            continue  # (a phone with no password or code word near: a contact line)
        for m in _PHONE_COLON.finditer(text, a, b):
            out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
        for m in _PHONE_AFTER.finditer(text, a, b):
            out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
        for m in _PHONE_QUOTED.finditer(text, a, b):
            line = text[text.rfind("\n", 0, m.start()) + 1 : (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
            if _PHONE_ON_LINE.search(line):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    windows = keyword_windows(lower, _WORD_KEYS, 100, 4)
    # (a key's word names a password only beside a Wi-Fi network)
    windows += [(a, b) for a, b in keyword_windows(lower, _KEY_KEYS, 100, 4) if any(k in lower[max(0, a - 160) : b] for k in _WIFI_KEYS)]
    for a, b in windows:
        for m in _NEAR.finditer(text, a, b):
            value = m.group("value").rstrip(".)]}>»”!?،")
            if not _password_like(value):
                continue
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start("value")]
            if _KEY_WORD_ONLY.fullmatch(m.group("word")) and not _WIFI.search(line):
                continue  # a key named with no Wi-Fi network on its line: an API's key has its own rules
            start = m.start("value")
            if not lookalike(text, start, start + len(value)):
                out.append(Candidate(start, start + len(value), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _ALONE_KEYS, 100, 12):
        for m in _ALONE.finditer(text, a, b):
            if _password_like(m.group("value")):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    return out


_KEY_WORD_ONLY = lazy_re(rf"(?i){_KEY_WORD}")
