"""Values in a credential's position, whatever the language or the syntax that puts them there,
beside what ``secrets`` and the other ``secret_*`` rules find from a fixed phrase:

- a code after a word for "code" in any of the team's languages and its case forms ("codul",
  "kodom", "kodu", "κωδικός", "šifra", "رمز", "קוד"), joined by any connector ("is", "ist",
  "est", "je", "este", "είναι", "adalah", "→", "=>", ":", "=", a dash) or, on a line naming
  what locks (a key box, a gate, an alarm), by nothing at all ("Caja de llaves ..., código
  8052", "rampa se otvara kodom 5550"); a second code listed after it with "and"
  ("... είναι 4481 και για τον συναγερμό 9065");
- a password after its word and an arrow or a spaced dash ("管理者パスワード → Fx3300adm!");
- a setting named with a word for "password" or "key" in another language than English
  ("api_sleutel = ...", "<contrasena>...</contrasena>", "<llaveTimbrado>...");
- a command line's password flag quoted as a list item ("--relay-pass", "...") and lftp's
  "-u user,password".

A code whose words say it is a business number ("código postal", "product code", "Kod
pocztowy") stays; a value that asks to be filled in stays (``not_secrets``).
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.not_secrets import placeholder_or_public
from desktop.core.privacy.secret_credentials import find_credential_blocks
from desktop.core.privacy.secret_prose import cells_under
from desktop.core.privacy.secret_words import (
    BUSINESS_CODES,
    CHANGED_TO,
    password_words,
    present_keys,
    value_kinds,
)
from desktop.core.privacy.text_cache import keyword_windows

CODE = "A door, safe or alarm code"
PASSWORD = "A password"

# A word for "code" in each language, with its case and article forms.
_CODE_WORDS = (
    r"codes?|codul|codu|codice|c[óo]digo|combinazione|combinaci[óo]n|combinaison|combinatie|kombination|combination|"
    r"kombinacij[aeu]|digicode|k[óo]d(?:u|a|om|em|y|ja|ot|un)?|koodi(?:n|a)?|koden?|κωδικ(?:ός|ό|ού|οί|ος|ο)|"
    r"[šs]ifr(?:a|u|om|e)|шифр\w{0,2}|код(?:ом|а|у)?|pin(?:-?code|-?kod)?|nip|कोड|"
    # Vietnamese "mã" (and "ma" typed without its accent, before a code's kind)
    r"mã|ma(?=[ \t]+(?:xac|otp|pin|so|bao|kich))"
)
_CODE_KEYS = ("mã", "ma ", "code", "codu", "codi", "códi", "combina", "kombina", "kod", "kód", "koodi", "κωδικ", "šifr", "sifr", "шифр", "код",
              "pin", "nip", "رمز", "קוד", "कोड")
# (the Arabic and Hebrew words take a glued "and" or "the": "ورمز", "והקוד")
_SCRIPT_CODE = r"(?:و|ف)?(?:ال)?رمز|[והש]?ה?קוד"
_CHANGED = CHANGED_TO
_CHANGE_KEYS = lazy_re(r"changed|updated|reset|set to|veranderd|gewijzigd|ge[äa]ndert|chang[ée]|modifi[ée]|cambiad|cambiat|alterad|mudad|"
                       r"zmienion|[äa]ndrad|endret|[æa]ndret|vaihd|vaihtui|schimbat|diganti|diubah")
# The verbs and signs that join a name to its value.
_CONNECT = (
    r"(?:[ \t]*(?:[:=→⇒➜»]|->|=>)|[ \t]+(?:is|ist|est|c['’]est|es|è|é|är|er|jest|je|este|είναι|ειναι|adalah|ialah|là|lautet|"
    # (Bulgarian and Macedonian "е"; Thai "คือ", written against the word before it)
    # (English "'s" glued to the word: "pw's Lemon-Curd-1977")
    r"on|olan|to|е|[-–—]|"
    # a verb saying the value stays or was changed to it ("reste 0925", "bleibt", "veranderd in",
    # "changed to", "zmienione na")
    r"(?:remains|stays|reste|bleibt|blijft|sigue siendo|sigue|queda|resta|rimane|continua|continua a ser|fica|zostaje|marad|"
    r"f[öo]rblir|forbliver|forblir|pysyy|kal[ıi]yor|остаётся|остается|залишається)|"
    + _CHANGED + r")|[ \t]*(?:คือ|เป็น)|['’]s)"
    # (a word saying "now" between the verb and the value: "is nu 4471", "ist jetzt", "est maintenant")
    r"(?:[ \t]+(?:now|nu|jetzt|nun|maintenant|d[ée]sormais|ahora|agora|ora|adesso|teraz|most|nyt|n[åa]|şimdi|sada|теперь|sekarang|kini))?"
    r"(?:[ \t]+(?:le|la|el|il|lo|o|a|the|ο|το|η)(?=[ \t]))?"
)
# A code: three to eight digits, or letters and at least three digits ("27B14", "C4691"), maybe
# closed by a keypad's "#" or "*".
_VALUE = r"(?<![\w\-/])(?P<value>(?=(?:[A-Z]*\d){3})[0-9A-Z]{4,8}[#*]?|\d{3}[ \t\-]\d{3})(?![\w]|[.,/:\-]\d|[ \t]\d|[ \t]*(?:%|€|\$|eur|usd|kg|mm|cm|km|m²))"
_CODE_VALUE = lazy_re(
    rf"(?i)(?<![\w])(?P<word>{_CODE_WORDS}|{_SCRIPT_CODE})(?![\w])(?P<gap>[^\n\d.!?;]{{0,45}}?)(?P<connect>{_CONNECT})?[ \t]*{_VALUE}"
)
# What a code locks or guards, in the team's languages (on the line before the code, or between).
_LOCKS = lazy_re(
    r"(?i)(?<![^\W\d_])(?:box|bo[îi]te|caja|cassett|kasten|kluis|safe|tresor|trezor|sejf|cofre|coffre|cassaforte|κλειδοθήκ|κουτί|kutij|"
    r"rampa|ramp|barrier|schranke|gate|portail|portal|portone|cancello|port[ãa]o|tor\b|door|porte|puerta|porta|t[üu]r|deur|"
    r"drzwi|dveř|ajt[óo]|kap[ıi]|vrata|uș|alarm|allarm|συναγερμ|riaszt|h[äa]lytys|larm|lock|cadenas|candado|lucchetto|"
    r"schloss|kłódk|garage|gara[žz]|brava|kapij|sef\b|sz[ée]f|sejf|seif|locker|spind|casier|taquilla|armadietto|"
    # (Indonesian and Malay doors, gates, safes and padlocks; a Romanian gate)
    r"pintu|gerbang|brankas|gembok|peti besi|poart|"
    r"двер|сейф|домофон|ворот|сигнализац|key|schlüssel|llave|chiave|chave|cl[ée]s?\b|sleutel|klucz|ključ|kulcs|anahtar)"
    # (Arabic and Hebrew glue "the" and "and" to the word: "الباب", "והדלת")
    r"|(?:باب|بوابة|خزنة|إنذار|דלת|כספת|שער|אזעקה|तिजोरी|दरवाज|ताला|अलार्म|गेट)"
)
_NOT_CODE = lazy_re(
    r"(?i)" + BUSINESS_CODES + r"|pocztow|postal|postleit|postnummer|\bcap\b|exit|return|http|response|iso\b|"
    r"station|airport|flug|flight|vuelo|volo|class|klasse|clase|discount|rabat|descuento|sconto|indirim|kupon|cup[óo]n|"
    r"meeting|sitzung|reuni[óo]n|riunione|spotkani|toplant|webinar|zoom|teams|komisyon|\bbank\b|\bbanco\b|\bbanque\b|swift|iban|"
    r"ekspert|numer|nummer|number|num[ée]ro|n[úu]mero|n[°º]|nr\b|no\b|guichet|ag[eê]nci|agence|clearing|bsb|routing|"
    # an order's code in more languages ("Kód objednávky", "kod zamówienia", "код заказа")
    r"objedn|zam[óo]wie|naro[čc]il|rendel[ée]s|comand|заказ|παραγγελ|tilaus|bestilling|best[äa]llning|ordre|pedido|encomenda|"
    r"ordine|commande|bestelling|"
    # (Indonesian and Malay products, orders, goods, vouchers and discounts)
    r"produk|pesanan|barang|voucher|diskon|promo"
)
# A code given for a delivery is meant to be passed on ("Le colis est à livrer ... (code porte 4471)").
_DELIVERY = lazy_re(
    r"(?i)livr|deliver|courier|parcel|package|colis|paket|liefer|paquete|entrega|consegn|pacco|corriere|bezorg|pakket|kurier|"
    r"przesyłk|kargo|teslimat|leverans|levering|bud\b|kuriren"
)
# "... and for the alarm 9065": a second code after a first, with "and" and what it opens.
# (or after a comma alone: "è 4471, quello dell'allarme 9920"; the gap must then name a lock)
_AND_NEXT = lazy_re(
    r"(?i)(?:[ \t]*[,;]?[ \t]*(?:and|und|et|y|e|i|και|и|ve|og|och|en|és|a|oraz|ja)[ \t]+|[ \t]*[,;][ \t]*)(?P<gap>[^\n\d.!?;]{0,40}?)"
    rf"(?:{_CONNECT})?[ \t]*{_VALUE}"
)

# A password word, then an arrow or a spaced dash, then the value.
_ARROW = lazy_re(
    # (a Japanese, Chinese or Korean word may follow another without a space: "管理者パスワード")
    r"(?i)(?:(?<![^\W\d_])|(?=[\u3040-\u9fff\uac00-\ud7af]))" + password_words() + r"[^\n→⇒➜]{0,12}?(?:[ \t]*(?:→|⇒|➜|->|=>)|[ \t]+[–—][ \t])[ \t]*"
    r"(?P<value>[^\s\"'`<>]{4,64})"
)

# A setting named with a word for a password or a key in another language than English, then
# its value (INI, YAML and JSON "name = value", "name: value"; an XML element).
_NAME_WORDS = (
    r"sleutel|schl[üu]ssel|schluessel|llave|clave|chiave|chave|klucz|n[øo]kkel|nyckel|avain|anahtar|kulcs|cheie|klju[čc]|ключ|"
    r"contrase[ñn]a|contrasenya|senha|wachtwoord|passwort|kennwort|parola|has[łl]o|heslo|jelsz[óo]|salasana|lozinka|geslo|"
    r"l[öo]senord|adgangskode|passord|mot_?de_?passe|mdp|segreto|secreto|geheim|[şs]ifre|пароль|密码|パスワード|비밀번호"
)
_NAME_KEYS = ("sleutel", "schl", "llave", "clave", "chiave", "chave", "klucz", "kkel", "nyckel", "avain", "anahtar", "kulcs", "cheie",
              "klju", "ключ", "contrase", "senha", "wachtwoord", "passwort", "kennwort", "parola", "hasł", "hasl", "heslo", "jelsz",
              "salasana", "lozinka", "geslo", "senord", "adgangskode", "passord", "passe", "mdp", "segreto", "secreto", "geheim",
              "şifre", "sifre", "пароль", "密码", "パスワード", "비밀번호")
_NAMED_SETTING = lazy_re(
    # (a word may follow the name in prose: "Ключ API:", "Clave API:")
    rf"(?i)(?<![\w.$])[\"']?(?P<name>[\w.\-]*(?:{_NAME_WORDS})[\w.\-]*(?:[ \t]+[^\W\d_]{{2,12}})?)[\"']?[ \t]*(?::=|=>|[:=])[ \t]*(?P<q>[\"'`]?)"
    r"(?P<value>[^\s\"'`,;{}()\[\]<>]{4,200})"
)
_NAMED_ELEMENT = lazy_re(
    rf"(?i)<(?P<tag>[\w.:\-]*(?:{_NAME_WORDS})[\w.\-]*)(?:[ \t][^<>\n]*)?>[ \t]*(?P<value>[^<>\s]{{4,200}})[ \t]*</(?P=tag)>"
)
# (the name says what describes the secret, not the secret: "clave_id", "passwort_hash", "schlüssel_länge")
_DESCRIBES = lazy_re(r"(?i)(?:id|name|hash|digest|len\w*|l[äa]nge|type|typ|tipo|file|datei|path|url|uri|policy|expiry|ttl|count|"
                     r"min|max|regel\w*|rule\w*|hint|hinweis|pista)$")

# A command line's flags quoted one by one in a list ("--relay-pass", "Mz7!..."), lftp's "-u user,password".
_QUOTED_FLAG = lazy_re(
    r"(?i)[\"']--?[\w\-]*(?:pass|password|passwd|pwd|token|secret|api-?key|access-?key)[\"'][ \t]*,[ \t]*[\"'](?P<value>[^\"'\s$<{]{4,200})[\"']"
)
# An archive's or a key's password after the flag its tool takes: "7z a x.7z -pS3cret", "zip -P pw",
# "ssh-keygen -N 'phrase'", "keytool -storepass pw".
_TOOL_FLAG = lazy_re(
    r"(?i)(?<![\w\-])(?:(?:7z|7za|rar|unrar|winrar)(?=[ \t])[^\n]*?[ \t]-p(?P<glued>[^\s'\"]{4,64})"
    r"|(?:zip|ssh-keygen|keytool|jarsigner)(?=[ \t])[^\n]*?[ \t](?:-P|-N|-storepass|-keypass|-srcstorepass|-deststorepass)[ \t]+"
    r"['\"]?(?P<value>[^\s'\"]{4,64}))"
)
_USER_COMMA = lazy_re(r"(?<=\s)-u[ \t]+[^\s,'\"]+,(?P<value>[^\s,'\"]{4,64})(?=\s|$)")


_YEAR = lazy_re(r"(?:19|20)\d\d")


# A password or code word, a few words saying which ("Mật khẩu mới là", "Kod dostępu do systemu:"),
# any connector, then a value shaped like a password (letters, digits and a symbol or both cases).
_SAID = lazy_re(
    # (a Thai word runs into the next one, and the one before: "รหัสผ่านใหม่คือ ...", "เปลี่ยนรหัสผ่านเป็น ...")
    r"(?i)(?:(?<![^\W\d_:/@=])|(?=[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af]))(?:" + password_words("pw", "pwd")[3:-1] + rf"|(?P<code>{_CODE_WORDS}))(?:(?![^\W\d_])|(?<=[\u0e00-\u0e7f]))"
    rf"(?P<gap>[^\n\d.!?;:=@/]{{0,30}}?){_CONNECT}[ \t]*[\"'`]?(?P<value>[^\s\"'`<>,;]{{6,64}})"
)
# The same with a verb of change, for a sentence whose first "is" is not the connector ("het
# wachtwoord is gisteren veranderd in ...").
_SAID_CHANGED = lazy_re(
    r"(?i)(?<![^\W\d_:/@=])(?:" + password_words("pw", "pwd")[3:-1] + rf"|(?P<code>{_CODE_WORDS}))(?![^\W\d_])"
    rf"(?P<gap>[^\n\d.!?;:=@/]{{0,40}}?)[ \t]+(?:{_CHANGED})[ \t]*[\"'`]?(?P<value>[^\s\"'`<>,;]{{6,64}})"
)


# A code word said on the phone to an alarm company or a bank: a word for "code word" or a code
# compound, "lautet"/"is", then one capitalised word closing the clause ("Der Notfallcode für die
# Leitstelle lautet Kranich (...)", "the code word is Heron."). Words that say something of the
# code, not the code ("lautet wie folgt", "is Required"), stay.
_CODE_WORD_SAID = lazy_re(
    r"(?<![^\W\d_])(?i:[^\W\d_]*(?:code|kode|wort|word)|code ?word|mot[ \-]de[ \-](?:code|passe)|palabra clave|parola d['’]ordine|"
    r"wachtwoord|kennwort|passwort|password)(?![^\W\d_])[^\n\d.!?;:=]{0,30}?[ \t](?:lautet|is|ist|est|es|è|é|är|er|je)[ \t]+"
    r"(?P<value>[A-ZÄÖÜÉ][a-zäöüßéèàç]{3,20})(?=[ \t]*(?:[.,;(]|\n|$))"
)
_NOT_WORD = frozenset({"required", "correct", "incorrect", "wrong", "invalid", "expired", "unknown", "ready", "missing", "changed",
                       "falsch", "richtig", "korrekt", "abgelaufen", "geändert", "ungültig", "bekannt", "unbekannt", "gesperrt",
                       "identical", "same", "different", "secret", "geheim", "confidential", "vertraulich", "below", "above",
                       "unten", "oben", "folgt", "folgendes", "attached", "anbei", "optional", "empty", "leer", "none", "null"})


# A setting or a JSON key named with what locks and a code word ("door_code", "gateCode",
# "codigo_alarma", "alarm-pin", "safe_combo"), then a code.
_LOCK_KEY = lazy_re(
    r"(?i)(?<![\w.$\-])[\"']?(?P<name>[A-Za-z][\w\-]{1,40})[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>\d{3,8}[#*]?)[\"']?(?![\w.\-])"
)
_KEY_CODE = lazy_re(r"(?i)code|codigo|codice|kod|koodi|pin|combo|combination")
# A one-time code written first, then what to do with it ("Use 773012 to verify your account",
# "Gib 551902 ein, um dich anzumelden", "Introduce 402211 para confirmar").
_CODE_FIRST = lazy_re(
    r"(?i)(?<![\w])(?:use|enter|type|utilisez|saisissez|entrez|introduce|ingresa|usa|gib|geben sie|nutze|inserisci|usa|digite|use o|"
    r"wpisz|u[żz]yj|voer|gebruik|kullan|gunakan|masukkan|nhập|dùng|ange|anna|skriv)[ \t]+(?:code[ \t]+|le code[ \t]+|el c[óo]digo[ \t]+|den code[ \t]+)?"
    r"(?P<value>\d{4,8}|[A-Z]-\d{4,8})(?![\w])[^\n.\d]{0,40}?"
    r"(?:verif|confirm|best[äa]tig|valid|authent|anmeld|anzumeld|sign[ \-]?in|log[ \-]?in|connect|weryfik|potwierd|zaloguj|do[ğg]rula|giri[şs]|"
    r"xác|bevestig|inloggen|masuk|logga|kirjaud|vahvist)"
)


def _shaped(value: str) -> bool:
    """Letters and digits, or a symbol, or both cases: not a word, a number or a name."""
    has_alpha, has_digit, symbol, mixed = value_kinds(value)
    return has_alpha and (has_digit or symbol and mixed) and "://" not in value


def _codes(text: str, lower: str, out: list[Candidate]) -> None:
    keys = (*_CODE_KEYS, "digicode")
    for a, b in keyword_windows(lower, keys, 90, 2):
        for m in _CODE_VALUE.finditer(text, a, b):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[max(line_start, m.start() - 60) : m.start()]
            if _NOT_CODE.search(m.group("gap")) or _NOT_CODE.search(before[-25:]):
                continue  # "código postal: 28001", "product code 4471"
            line_end = text.find("\n", m.end())
            if _DELIVERY.search(text, line_start, len(text) if line_end < 0 else line_end):
                continue  # a code for the courier is meant to be passed on
            if m.group("word").lower() == "code" and not m.group("gap") and text.startswith("=", m.end("word")):
                continue  # "code=E4012" in a log line: a status, not a secret
            if m.start() > 0 and text[m.start() - 1] in "?&/=_.-":
                continue  # a link's query ("acceso?codigo=..."): the link rules hide it whole
            said = m.group("connect") is not None
            if not said and _YEAR.fullmatch(m.group("value")):
                continue  # "the backup codes are in the safe since 2025"
            if not said and not (_LOCKS.search(m.group("gap")) or _LOCKS.search(before)):
                continue  # "code 4471" with nothing locked near it is only mentioned
            out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", CODE))
            nxt = _AND_NEXT.match(text, m.end())
            if nxt and _LOCKS.search(nxt.group("gap")) and not _NOT_CODE.search(nxt.group("gap")):
                out.append(Candidate(nxt.start("value"), nxt.end("value"), "SECRET", "secret", CODE))


def _arrows(text: str, lower: str, out: list[Candidate]) -> None:
    if not any(sign in text for sign in ("→", "⇒", "➜", "->", "=>", "–", "—")):
        return
    for a, b in keyword_windows(lower, present_keys(lower), 90, 2):
        for m in _ARROW.finditer(text, a, b):
            value = m.group("value").rstrip(".,;)")
            if _shaped(value) and not placeholder_or_public(value):
                out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))


def _settings(text: str, lower: str, out: list[Candidate]) -> None:
    for a, b in keyword_windows(lower, _NAME_KEYS, 240, 60):
        for m in _NAMED_SETTING.finditer(text, a, b):
            value = m.group("value").rstrip(".")
            if not _DESCRIBES.search(m.group("name")) and _shaped(value) and not placeholder_or_public(value):
                out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
        if "</" in text[a:b]:
            for m in _NAMED_ELEMENT.finditer(text, a, b):
                value = m.group("value")
                if not _DESCRIBES.search(m.group("tag")) and _shaped(value) and not placeholder_or_public(value):
                    out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))


def _flags(text: str, lower: str, out: list[Candidate]) -> None:
    if "--" in text:
        for a, b in keyword_windows(lower, ("pass", "pwd", "token", "secret", "key"), 200, 40):
            for m in _QUOTED_FLAG.finditer(text, a, b):
                if not placeholder_or_public(m.group("value")):
                    out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("7z", "rar", "zip", "ssh-keygen", "keytool", "jarsigner"), 200, 2):
        for m in _TOOL_FLAG.finditer(text, a, b):
            group = "glued" if m.group("glued") else "value"
            if not placeholder_or_public(m.group(group)) and not m.group(group).startswith(("$", "<", "%")):
                out.append(Candidate(m.start(group), m.end(group), "SECRET", "secret", PASSWORD))
    if " -u " in text:
        for a, b in keyword_windows(lower, (" -u ",), 80, 2):
            for m in _USER_COMMA.finditer(text, a, b):
                if not placeholder_or_public(m.group("value")):
                    out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))


# A table's column of codes headed by a code word and what it opens ("Türcode", "Door code",
# "Código portal", "Alarm PIN"): each cell of three to eight digits under it.
_CODE_CELL = lazy_re(r"[\"']?(?P<value>\d{3,8}[#*]?)[\"']?")


def _code_header(cell: str) -> bool:
    word = _CODE_VALUE_WORD.search(cell)
    return word is not None and _LOCKS.search(cell) is not None and not _NOT_CODE.search(cell)


_CODE_VALUE_WORD = lazy_re(rf"(?i)(?:{_CODE_WORDS}|{_SCRIPT_CODE})(?![\w])")


def _code_columns(text: str, lower: str, out: list[Candidate]) -> None:
    starts = {text.rfind("\n", 0, a) + 1 for a, _b in keyword_windows(lower, _CODE_KEYS, 1, 0)}
    for at, cell in cells_under(text, starts, _code_header):
        m = _CODE_CELL.fullmatch(cell.strip())
        if m:
            a = at + cell.index(m.group("value"))
            out.append(Candidate(a, a + len(m.group("value")), "SECRET", "secret", CODE))


# A reference's shape: capitals and digits in parts apart by dashes, slashes or dots.
_REFERENCE = lazy_re(r"[A-Z0-9]+(?:[\-/._][A-Z0-9]+)+")


def _said(text: str, lower: str, out: list[Candidate]) -> None:
    windows = keyword_windows(lower, (*present_keys(lower, "pw"), *_CODE_KEYS), 110, 2)
    changed = [(a, b) for a, b in windows if _CHANGE_KEYS.search(lower, a, b)]
    found = [m for a, b in windows for m in _SAID.finditer(text, a, b)]
    found += [m for a, b in changed for m in _SAID_CHANGED.finditer(text, a, b)]
    for m in found:
        value = m.group("value").rstrip(".)")
        strict = _shaped(value) and any(c.isdigit() for c in value) and (
            not value.isalnum() or (any(c.isupper() for c in value) and any(c.islower() for c in value)))
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 25) : m.start()]
        if m.group("code") and _REFERENCE.fullmatch(value):
            continue  # "Kod: KUND-2011", "İlan kodu: MUH-IZM-0925": a reference, not a secret
        if strict and not _NOT_CODE.search(m.group("gap")) and not _NOT_CODE.search(before) and not placeholder_or_public(value):
            out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))


def _code_words(text: str, lower: str, out: list[Candidate]) -> None:
    for a, b in keyword_windows(lower, ("lautet", " is ", " ist ", " est ", " es ", " è ", " é ", " är ", " er ", " je "), 30, 70):
        for m in _CODE_WORD_SAID.finditer(text, a, b):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if m.group("value").lower() not in _NOT_WORD and not _NOT_CODE.search(text, max(line_start, m.start() - 25), m.start("value")):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))


def _lock_keys(text: str, lower: str, out: list[Candidate]) -> None:
    for a, b in keyword_windows(lower, ("code", "codigo", "codice", "kod", "koodi", "pin", "combo", "combination"), 60, 40):
        for m in _LOCK_KEY.finditer(text, a, b):
            name = m.group("name")
            if _KEY_CODE.search(name) and _LOCKS.search(name.replace("_", " ").replace("-", " ")) and not _NOT_CODE.search(name):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", CODE))
    # (a window opens at the verifying word; "log" and "sign" alone are in too many words to open one)
    for a, b in keyword_windows(lower, ("verif", "confirm", "bestätig", "valid", "authent", "anmeld", "anzumeld", "sign in", "sign-in",
                                        "signin", "log in", "log-in", "login", "connect", "weryfik", "potwierd", "zaloguj",
                                        "doğrula", "giriş", "xác", "bevestig", "inloggen", "masuk", "logga", "kirjaud", "vahvist"),
                                20, 80):
        for m in _CODE_FIRST.finditer(text, a, b):
            if not _YEAR.fullmatch(m.group("value")):  # ("use 2026 to verify the plan")
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", CODE))


def find_position_secrets(text: str, lower: str) -> list[Candidate]:
    """Every value these rules find in a credential's position in ``text`` (``lower``: the text
    lowercased)."""
    out: list[Candidate] = []
    _codes(text, lower, out)
    _arrows(text, lower, out)
    _settings(text, lower, out)
    _flags(text, lower, out)
    _code_columns(text, lower, out)
    _lock_keys(text, lower, out)
    _said(text, lower, out)
    _code_words(text, lower, out)
    return out + find_credential_blocks(text, lower)
