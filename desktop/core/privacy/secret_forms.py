"""Secrets in the forms people write them, beside what ``secrets`` finds:

- a card's security code next to the card ("CVV 482", "Prüfnummer 913", "cryptogramme 228",
  "código de seguridad 705", "セキュリティコード：293", a ``cvv`` column);
- a PIN with words between it and its digits ("el PIN de la impresora 6071", "PIN do karty
  paliwowej 8392");
- the code of a door, gate, garage, alarm or key box said with a verb or a colon ("der Code für
  die Tiefgarage ist 3308", "il codice del portone è 1945", "Koden til nøgleboksen er 7204",
  "dörrkod serverrummet: 4470");
- a one-time or verification code given in a sentence ("the one-time code it sent was 739104",
  "ワンタイムパスワードは 402913", "验证码 736402");
- a password word in its definite form ("Adgangskoden ... er", "lösenordet är");
- a ``curl -u user:password`` login.

Each rule runs only around its own cue words (``keyword_windows``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.secret_codewords import find_code_words
from desktop.core.privacy.secret_commands import find_command_passwords
from desktop.core.privacy.secret_configs import find_config_secrets
from desktop.core.privacy.secret_vendors import find_licence_keys, find_vendor_tokens
from desktop.core.privacy.secret_words import password_words
from desktop.core.privacy.text_cache import keyword_windows

PASSWORD = "A password"
CARD_CODE = "A card security code"

_VERB = r"(?:is|was|es|era|est|c['’]est|était|ist|lautet|war|è|é|er|är|jest|to|blir|wordt|:|=|：|は|是|为|為)"

# A card's security code: its name in the team's languages, then three or four digits.
_CARD_CODE = lazy_re(
    r"(?i)(?<!\w)(?:cvv2?|cvc2?|cid|csc|card security code|security code|sec\.? code|(?:karten)?pr[üu]f(?:nummer|ziffer|code)|sicherheits(?:code|nummer)|"
    r"cryptogramme(?: visuel)?|code de s[ée]curit[ée]|code au dos|chiffres au dos|c[óo]digo de seguridad|c[óo]digo de tr[áa]s|codice sul retro|c[óo]digo de seguran[çc]a|codice di sicurezza|"
    r"beveiligingscode|veiligheidscode|kod (?:cvc|cvv|zabezpieczaj[ąa]cy)|g[üu]venlik kodu|s[äa]kerhetskod|"
    r"sikkerhetskode|sikkerhedskode)(?:[ \-]?(?:code|nummer|number|no\.?|kodu|kod))?(?!\w)"
    r"|セキュリティコード|セキュリティーコード|安全码|安全碼|보안코드"
)
_CARD_CODE_KEYS = ("cvv", "cvc", "cid", "csc", "secur", "prüf", "crypto", "curit", "segur", "sicur", "sicherheit", "veilig", "kod", "venlik",
                   "au dos", "de trás", "de tras", "sul retro", "sec code", "sec. code",
                   "kerhet", "sikker", "セキュリティ", "安全", "보안")
_CODE_VALUE = lazy_re(
    r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*(?:[^\n\d.;:]{0,25}?[ \t](?:is|ist|est|es|è|é|är|er|jest|to|wynosi)[ \t]|[^\n\d.;:=]{0,25}?[:=：#]|is|ist|est|es|è|é"
    # or after the card it belongs to ("cryptogramme de la carte affaires 482")
    r"|(?:of|de|du|der|des|del|della|do|da|van|för|på)[ \t][^\n\d.;:]{0,30}?(?:card|karte|carte|tarjeta|carta|kaart|karty|kort|cart[ãa]o)\w*[^\n\d.;:]{0,20}?[ \t])?"
    r"[ \t]*(?:n[°º.]?[ \t]*)?(?P<value>\d{3,4})(?!\d|[./:]\d)"
)
# What says a card is near: its number (13 to 19 digits, grouped or not), or a card word.
_CARD_NEAR = lazy_re(
    r"(?i)(?<!\d)\d{4}[ \-]?\d{4,6}[ \-]?\d{4,5}(?:[ \-]?\d{1,4})?(?!\d)|card|karte|carte|tarjeta|carta|kaart|karty|kart[ıi]|kort|"
    r"visa|mastercard|amex|maestro|cart[ãa]o|カード|卡|카드"
)


# A card's code written with no name after the card and its expiry, as a card is pasted in a
# chat or a sheet ("5248-7110-9833-5626 11/26 219", "4197836163192299,10/28,071"): the expiry
# first (rare in text), then a card number (its checksum) right before it.
_EXPIRY_THEN_CODE = lazy_re(
    r"/(?<=[^\d/](?:0[1-9]|1[0-2])/)(?:\d{2}|20\d{2})(?![\d/])[ \t]*[,;/|]?[ \t]*(?P<value>\d{3,4})(?!\d|[./:\-]\d)"
)
_CARD_BEFORE_EXPIRY = lazy_re(
    r"(?<![\d\-])(?P<card>\d(?:[ \-]?\d){11,18})[ \t]*[,;/|]?[ \t]*"
    r"(?i:(?:exp\w*|valid\w*|g[üu]ltig bis|vence|venc\w*|scad\w*|expire|ważna do|son kullanma)\.?[ \t:]*)?(?:0[1-9]|1[0-2])$"
)


def _bare_card_codes(text: str, add: Callable[[Candidate], None]) -> None:
    from desktop.core.privacy.structured_cards import _luhn

    for m in _EXPIRY_THEN_CODE.finditer(text):
        card = _CARD_BEFORE_EXPIRY.search(text, max(0, m.start() - 48), m.start())
        if card and _luhn(re.sub(r"\D", "", card.group("card"))):
            add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", CARD_CODE))


def _card_codes(text: str, lower: str, add: Callable[[Candidate], None]) -> None:
    if "/" in text:
        _bare_card_codes(text, add)
    headers: set[int] = set()
    for a, b in keyword_windows(lower, _CARD_CODE_KEYS, 40, 24):
        for cue in _CARD_CODE.finditer(text, a, b):
            m = _CODE_VALUE.match(text, cue.end())
            if m and _CARD_NEAR.search(text, max(0, cue.start() - 200), min(len(text), cue.end() + 80)):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", CARD_CODE))
            headers.add(text.rfind("\n", 0, cue.start()) + 1)  # (a "cvv" column's header row?)
    for start in sorted(headers):
        _code_column(text, start, add)


_CODE_HEADER = re.compile(r"(?i)[\"']?(?:cvv2?|cvc2?|csc|cid|security[ _\-]?code|card[ _\-]?code)[\"']?")


def _code_column(text: str, start: int, add: Callable[[Candidate], None]) -> None:
    """Cells under a ``cvv`` or ``cvc`` header of a CSV, TSV or markdown table whose header row
    starts at ``start``."""
    end = text.find("\n", start)
    if end < 0:
        return
    header = text[start:end]
    mark = next((m for m in ("\t", "|", ";", ",") if m in header), None)
    if mark is None:
        return
    cells = header.split(mark)
    index = next((n for n, c in enumerate(cells) if _CODE_HEADER.fullmatch(c.strip())), None)
    if index is None:
        return
    pos = end + 1
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        row = text[pos:line_end].split(mark)
        if len(row) != len(cells):
            return
        value = row[index].strip().strip("\"'")
        if re.fullmatch(r"\d{3,4}", value):
            at = pos + sum(len(c) + 1 for c in row[:index]) + row[index].index(value)
            add(Candidate(at, at + len(value), "SECRET", "secret", CARD_CODE))
        pos = line_end + 1


# "PIN" then a few words, then the digits ("el PIN de la impresora 6071"); a "PIN code" with six
# digits is an Indian postcode and stays.
_PIN_GAP = lazy_re(r"(?<![\w])PIN(?:-?Code|-?code|s)?(?![\w])(?P<gap>[^\n\d.!?;]{1,32}?)(?<![\w])(?P<value>\d{4,8})(?![\w]|[./,]\d)")

# An access code: a word for "code" and, in the same clause, what it opens; then a verb or a
# colon and the code. The thing opened keeps "status code", "zip code", "promo code" out.
_CODE_WORD = r"(?:code|codice|c[óo]digo|kod|kodu|koden|kode|koodi|şifresi|sifresi|combo|combination|pin)"
# (joined to the thing opened, only a word for "code": "Tiefgaragencode", "dörrkod"; "Turpin" is a street)
_JOINED = r"(?:code|codice|kod|kodu|koden|kode|koodi)"
_OPENS = (
    r"door|gate|garage|alarm|safe|lock|key ?box|keypad|entrance|building|front|porte|portail|immeuble|garage|coffre|alarme|"
    r"portone|cancello|porta|allarme|cassaforte|puerta|port[óo]n|alarma|caja|garaje|deur|poort|kluis|sleutel|t[üu]r|tor|"
    r"tiefgarage|tresor|schl[üu]ssel|drzwi|bram|alarm|sejf|gara[żz]|kap[ıi]|kasa|garaj|d[öo]rr|port|larm|n[øo]gle|n[øo]kkel|"
    r"serverr|server room|skåp|boks|box|portão|portao|cofre|hek|slagboom|kast"
)
# (a change said with "from now on" between the verb and the code: "c'est désormais 6153")
_FROM_NOW = r"(?:(?:désormais|maintenant|dorénavant|ab sofort|nun|jetzt|ahora|agora|adesso|ora|nu|teraz|şimdi|now)[ \t]+)?"
_ACCESS_CODE = lazy_re(
    rf"(?i)(?<![\w])(?:(?P<box>safe|tresor|kasa|sejf|kluis|kap[ıi])?(?(box)|(?:{_OPENS}))\w*?(?:{_JOINED}|,?[ \t\-]+{_CODE_WORD})\w*|{_CODE_WORD}(?P<gap>[^\n\d.!?;:]{{1,40}}?)(?:{_OPENS})\w*)"
    rf"(?:(?(box)[ \t]|(?!))|[^\n\d.!?;]{{0,25}}?(?:[ \t]+{_VERB}|[ \t]*[:=：]|,))[ \t]*{_FROM_NOW}(?P<value>[A-Z0-9]{{0,2}}\d[\d\-#*]{{2,9}}[A-Z]?)(?![\w]|[./,]\d)"
)
_ACCESS_KEYS = ("code", "codice", "digo", "kod", "koodi", "ifresi", "combo", "pin ", " pin")

# A one-time or verification code given in a sentence.
_ONE_TIME = lazy_re(
    r"(?i)(?<![\w])(?:one[ \-]?time (?:code|password|passcode|pin)|otp|verification code|2fa code|mfa code|sms code|login code|"
    r"confirmation code|sms-code|bestätigungscode|best[äa]tigungs-?code|verifizierungscode|einmal(?:code|passwort)|code de (?:v[ée]rification|confirmation)|"
    r"c[óo]digo de (?:verificaci[óo]n|verifica[çc][ãa]o|confirmaci[óo]n|confirma[çc][ãa]o)|codice (?:di verifica|otp)|verificatiecode|"
    r"kod (?:weryfikacyjny|sms)|do[ğg]rulama kodu|"
    # (Nordic words in their definite form too: "engångskoden från BankID var ...")
    r"engångskod(?:en)?|verifieringskod(?:en)?|engangskode(?:n)?|bekræftelseskode(?:n)?|"
    # a code that validates a payment or a login, or collects a parcel, as banks and carriers text it
    r"validation code|authori[sz]ation code|pick-?up code|(?:account|login|sign-in) security code|collection code|code de (?:validation|s[ée]curit[ée]|retrait)|"
    r"c[óo]digo de (?:validaci[óo]n|autorizaci[óo]n|recogida|retirada|seguridad)|codice (?:di (?:convalida|autorizzazione|ritiro)|dispositivo)|"
    r"(?:validierungs|autorisierungs|freigabe|abhol|sicherheits)code|(?-i:TAN|mTAN|smsTAN)|kod (?:autoryzacyjny|odbioru)|kod do autoryzacji|"
    r"ophaalcode|afhaalcode|hämtningskod|noutokoodi|"
    # login and one-time codes in the languages banks and apps text them in
    r"inlogcode|bevestigingscode|eenmalige code|anmeldecode|login-code|code de connexion|code (?:[àa] )?usage unique|"
    r"c[óo]digo de (?:acesso|seguran[çc]a|un solo uso|uso [úu]nico)|clave de un solo uso|codice (?:monouso|di sicurezza)|"
    r"ov[ěe][řr]ovac[íi] k[óo]d|potvrzovac[íi] k[óo]d|jednor[áa]zov[ýy] k[óo]d|autoriza[čc]n[íi] k[óo]d|"
    r"kod (?:blik|jednorazowy|potwierdzaj[ąa]cy)|vahvistuskoodi\w*|kertak[äa]ytt[öo](?:koodi|salasana)\w*|"
    r"ellen[őo]rz[őo] k[óo]d|meger[őo]s[íi]t[őo] k[óo]d|cod(?:ul)? (?:de verificare|de confirmare|unic)|onay kodu|giri[şs] kod(?:u|unuz)|"
    # (Vietnamese as texts type it, with or without its accents: "Ma xac nhan Zalo cua ban la ...")
    r"m[ãa] (?:x[áa]c (?:nh[ậa]n|th[ựu]c|minh)|otp)|"
    r"код (?:подтверждения|підтвердження|для входа|из смс|з смс)|одноразов\w+ (?:код|пароль)|проверочный код|"
    r"κωδικ[όο]ς (?:επαλ[ήη]θευσης|μιας χρ[ήη]σης)|رمز التحقق|קוד ה?אימות)(?![\w])"
    r"|ワンタイムパスワード|認証コード|確認コード|验证码|驗證碼|인증번호|校验码|校驗碼|動態密碼|动态码"
)
_ONE_TIME_KEYS = ("one-time", "one time", "onetime", "otp", "verif", "2fa", "mfa", "confirm", "tigung", "einmal", "weryfik", "security code",
                  "validat", "validier", "authori", "autoris", "autoriz", "pick", "collection", "recogida", "retirada", "retrait",
                  "seguridad", "sécurité", "securite", "convalida", "ritiro", "dispositivo", "freigabe", "abhol", "sicherheitscode",
                  "tan:", "tan ", "tan-", "tan.", "autoryz", "odbioru", "haalcode", "hämtning", "nouto", "inlogcode", "bevestig", "eenmalig", "anmeldecode",
                  "login-code", "connexion", "usage unique", "acesso", "segurança", "seguranca", "solo uso", "uso único", "uso unico",
                  "monouso", "sicurezza", "ověř", "overov", "potvrz", "jednoráz", "jednoraz", "autorizač", "autorizac", "blik",
                  "jednorazow", "potwierdz", "vahvistus", "kertakäyt", "kertakayt", "ellenőr", "ellenor", "megerős", "megeros",
                  "verificare", "confirmare", "cod unic", "codul unic", "onay kodu", "код ", "одноразов", "проверочн", "κωδικ",
                  "رمز", "קוד", "校验码", "動態密碼", "动态码",
                  "rulama", "engång", "engangs", "bekræft", "sms-code", "giriş kod", "giris kod", "xác", "xac", "ma otp", "mã otp", "ワンタイム", "認証", "確認コード", "验证码", "驗證碼", "인증번호")
_ONE_TIME_VALUE = lazy_re(
    # (a code of six to eight digits may come in two groups: "123 456", "7741-02")
    # (or in three pairs, as some German banks text it: "71 44 09")
    # (in brackets, as Korean and Chinese texts write it: "인증번호 [482913]", "验证码【736402】")
    rf"[^\n\d.!?;]{{0,40}}?(?:[ \t]+{_VERB}|[ \t]*[:=：]|[ \t]*(?:は|是|为|為)|[ \t])[ \t]*[\[【「(]?"
    rf"(?P<value>(?:\d{{3}}[ \-]\d{{3,4}}|\d{{4}}[ \-]\d{{2,4}}|\d{{2}}[ \-]\d{{4}}|\d{{2}}[ \-]\d{{2}}[ \-]\d{{2}})(?![\w\-]|[./,]\d|[ \-]\d)|\d{{4,8}}|[A-Z0-9]{{6,8}}(?<=\d))(?![\w]|[./,]\d)"
)
# A bank's text naming the payment before the verb, amounts and names between ("Ihre TAN für die
# Überweisung an K. Hoffmann über 1.250,00 EUR lautet 739215"): the value after the sentence's verb.
_ONE_TIME_SAID = lazy_re(
    # (within its sentence: a dot only in a number or after an initial)
    r"(?:[^\n.!?]|(?<=\d)\.|(?<=(?<![\w])[A-Z])\.){0,90}?[ \t](?:lautet|lauten|is|ist|est|es|è|é|je|jest|este|är|er|on)[ \t]*:?[ \t]+"
    r"(?P<value>\d{4,8})(?![\w]|[./,]\d|[ \t]*(?i:eur|usd|chf|gbp|pln|ron|huf|czk|sek|nok|dkk|kr|zł|€|\$|£))"
)
# A code said to have come by text message ("o código que chegou por SMS foi 448127", "the code
# in the text message was ..."): the value then as after a one-time code's word.
_CODE_BY_TEXT = lazy_re(r"(?i)(?<![\w])(?:code|c[óo]digo|codice|kod|koodi|kode|k[óo]d)[^\n\d.!?;:]{1,25}?"
                        r"(?:sms|text message|mensagem|mensaje|messaggio|tekstbericht)(?![\w])")
_BY_TEXT_KEYS = ("sms", "text message", "mensagem", "mensaje", "messaggio", "tekstbericht")

# A password word in its definite form (Danish, Swedish, Norwegian), then a verb and the value.
_DEFINITE_PASSWORD = lazy_re(
    r"(?i)(?<![\w])(?:adgangskoden|kodeordet|passordet|lösenordet|losenordet|salasanasi|salasana|wifi-koden|wifikoden)"
    r"(?![\w])[^\n.:=?]{0,40}?(?:\s(?:er|är|on|is)(?![\w])|[:=])\s*(?P<value>[^\s\"'`,;]{6,64})"
)
_DEFINITE_KEYS = ("adgangskoden", "kodeordet", "passordet", "senordet", "salasana", "koden")

# A recovery code where the word for "code" comes first ("Kod odzyskiwania: RK7P-4QX2-M9TD",
# "código de recuperación: ..."), codes on the same line after the colon.
_RECOVERY_FIRST = lazy_re(
    r"(?i)(?<![\w])(?:kod(?:y)? (?:odzyskiwania|zapasow\w*)|c[óo]digos? de (?:recuperaci[óo]n|respaldo)|codes? de (?:r[ée]cup[ée]ration|secours)|"
    r"codic[ei] di (?:recupero|backup)|kurtarma kod(?:u|lar[ıi])|herstelcodes?|återställningskod(?:er)?)(?![\w])"
    r"(?:[^\n:：]{0,20}[:：=]|[^\n:：.]{0,30}?[ \t](?:es|era|est|était|è|era|is|was|ist|war|é|jest|by[łl]|är|var|er))[ \t]*"
    r"(?P<value>[A-Za-z0-9]{3,6}(?:[ \-][A-Za-z0-9]{3,6}){0,3})(?![\w])"
)
_RECOVERY_FIRST_KEYS = ("kod", "digo", "code", "codic", "kurtarma", "herstel", "terställning")
# A wifi key word, the network's word, then the key ("la chiave wifi Trastevere_2025!").
_WIFI_FIRST = lazy_re(
    r"(?i)(?<![\w])(?:key|chiave|cl[ée]|schl[üu]ssel|sleutel|klucz|chave|nyckel|n[øo]gle|" + password_words() + r")[ \t]+(?:del |de la |du |do |da |des |of the |for the |for |per il |per |voor de |für das |f[öo]r )?(?:wifi|wi-fi|wlan|wifi-?netz)"
    r"(?![\w])[ \t]*(?P<value>[^\s\"'`,;]{6,64})"
)
# A chat reply to a question about a password that says the value with a verb after other words
# ("mudou sim, agora é Pao-de-Queijo-88", "changed, now it's ..."): the line after the question.
_ASKED = lazy_re(r"(?i)(?:" + password_words() + r"|wifi|wi-fi|wlan)")
_REPLY_VERB = lazy_re(r"(?i)(?<![\w])(?:agora|ahora|now|nu|ora|maintenant|jetzt|teraz|şimdi|nu er|ny)[ \t]+(?:it['’]?s[ \t]+|is[ \t]+|é[ \t]+|es[ \t]+|è[ \t]+|est[ \t]+|c['’]est[ \t]+|ist[ \t]+|jest[ \t]+|är[ \t]+|er[ \t]+)?"
                      r"(?P<value>[^\s\"'`,;]{6,64})")

# A login sent in a request header ("Authorization: Basic dXNlcjpwYXNz", "Bearer abc..."): short
# tokens the entropy rule leaves.
_AUTH_HEADER = lazy_re(r"(?i)(?<![\w])(?:basic|bearer|token)[ \t]+(?P<value>[A-Za-z0-9._~+/\-]{12,}={0,2})(?![\w=])")
_AUTH_KEYS = ("authorization", "basic ", "bearer ")
# A password on a command line: "mysql -u root -pS3cret", "sshpass -p 'S3cret' ssh ...".
_CLI_PASSWORD = lazy_re(
    r"(?i)(?<![\w])(?:mysql|mysqldump|mariadb|mysqladmin)\b[^\n|;&]*?[ \t]-p(?P<value>[^\s\"'`]{4,64})"
    r"|(?<![\w])sshpass[ \t]+-p[ \t]*[\"']?(?P<value2>[^\s\"'`]{4,64})"
)
# PowerShell's plain-text password: ConvertTo-SecureString "..." -AsPlainText -Force.
_SECURE_STRING = lazy_re(r"(?i)ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?P<q>[\"'])(?P<value>[^\"'\n$]{4,128})(?P=q)")
# A variable given as a name and a value, as Kubernetes, ECS and CI files list them ("- name:
# DB_PASS\n  value: ..." or {"name": "API_TOKEN", "value": "..."}): the value of a secret's name.
_NAME_VALUE = lazy_re(
    r"(?i)[\"']?name[\"']?[ \t]*[:=][ \t]*[\"']?[\w.\-]*(?:pass|passwd|password|pwd|secret|token|api[_\-]?key|private[_\-]?key)[\w.\-]*[\"']?"
    r"[ \t]*,?[ \t]*\n?[ \t]*[\"']?value[\"']?[ \t]*[:=][ \t]*(?P<q>[\"']?)(?P<value>[^\s\"'{}$<][^\s\"']{3,199})(?P=q)"
)
# A database user's password in SQL: "IDENTIFIED BY 'x'" (MySQL, MariaDB, Oracle).
_IDENTIFIED_BY = lazy_re(r"(?i)identified[ \t]+by[ \t]+(?:password[ \t]+)?(?:(?P<q>['\"])(?P<value>[^'\"\n]{4,128})(?P=q)|(?P<bare>[^\s'\";]{4,128}))")
# A product's licence key or an account's recovery key in groups ("license key: 4F9K2-M8X7Q-P3Z6W-T1R5V",
# "recovery key: 4F2K-9XQ7-MZ8L-2PW5-R6TN-C3HB").
_LICENSE_KEY = lazy_re(r"(?i)(?:licen[cs]e|lizenz|licencia|licenza|licence|produkt|product|serial|recovery|wiederherstellung\w*|r[ée]cup[ée]ration|"
                       r"recuperaci[óo]n|recupero|backup|emergency|notfall|secret)[\w \-]{0,20}?(?:key|schl[üu]ssel|cl[ée]|clave|chiave)"
                       r"[^\n\w]{0,4}(?P<value>(?-i:[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,9}))(?![\w\-])")
# A one-time code said before its cue, as text messages write it ("G-582013 is your Google
# verification code", "482913 ist dein Bestätigungscode").
# (a bank's "clave", "senha" or "kode" as much as a code: "509218 es tu clave de operación")
_CODE_FIRST = lazy_re(r"(?<![\w\-])(?:[A-Z]-)?(?P<value>\d{4,8})[ \t]+(?:is your|is the|ist (?:Ihr|dein)|est votre|es tu|è il tuo|[ée] o seu|jest twoim|är din)"
                      r"[^\n\d,.;:!?]{0,30}?(?i:code|c[óo]digo|codice|kod|otp|pin|passcode|password|clave|senha|contrase[ñn]a|kode|koodi)(?![\w])")
# Bot tokens of chat services, whose dots or colon break the generic rule into pieces.
_BOT_TOKEN = lazy_re(r"(?<![\w\-.])(?:[MNO][A-Za-z\d]{23,27}\.[\w\-]{6}\.[\w\-]{27,40}|\d{8,10}:AA[\w\-]{30,40})(?![\w\-])")

# A key said with words between its name and its value ("the api key for mailgun is ...",
# "la clé API de production : ..."): only a value shaped like a key (long, letters and digits).
_SAID_KEY = lazy_re(
    r"(?i)(?<![\w])(?:api[ _\-]?key|access[ _\-]?key|secret[ _\-]?key|api[ _\-]?token|access[ _\-]?token|cl[ée] (?:d['’])?api|"
    r"clave (?:de )?api|chiave api|api-schl[üu]ssel|api-sleutel|klucz api|api anahtar[ıi]|apiキー|api密钥|api 密钥)"
    # (or straight after a colon: an HTTP header "X-API-Key: ...", "api-key: ...")
    r"(?![\w])(?:[^\n.:=?]{1,40}?(?:\s(?:is|was|es|est|ist|lautet|è|é|är|er|jest|to)(?!\w)|[:=：])|[\"']?[ \t]*:)\s*[\"']?(?P<value>[A-Za-z0-9_\-]{16,200})(?![\w\-])"
)
_SAID_KEY_KEYS = ("api", "access", "secret", "clé", "klucz", "キー", "密钥")  # ("clave api", "chiave api": "api")
# A key written straight after its name, with no "is" or colon ("api key 3f1c9e7a...", "token
# Xk2Lm9..."): only a value no word has, 32 hex digits or more, or 24 characters or more with
# letters of both cases and digits.
_BARE_KEY = lazy_re(
    r"(?i)(?<![\w\-])(?:api[ _\-]?key|apikey|app[ _\-]?key|application[ _\-]?key|access[ _\-]?key|secret[ _\-]?key|auth[ _\-]?token|access[ _\-]?token|api[ _\-]?token|token)"
    r"[ \t]+(?P<value>[A-Za-z0-9_\-]{24,200})(?![\w\-])"
)
_BARE_KEY_KEYS = ("key", "token")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# A setting of a .NET or Java XML config ('<add key="SmtpPassword" value="..." />').
_XML_SETTING = lazy_re(
    r"(?i)(?:key|name)=\"[\w.:\-]*(?:password|passwd|pwd|secret|token|api[_\-]?key|apikey)[\w.:\-]*\"[ \t]+value=\"(?P<value>[^\"\s]{4,200})\""
)
# A variable named like a password without a separator ("PGPASSWORD=...", "REDISPASS=...").
# (the value may be quoted, as a shell's "export PGPASSWORD='...'" writes it)
_JOINED_VARIABLE = lazy_re(r"(?<![\w])[A-Z][A-Z0-9]{1,20}(?:PASSWORD|PASSWD|PASS|PWD|TOKEN|SECRET)=(?P<q>[\"']?)(?P<value>[^\s\"'`;]{4,200})")

# curl's login: "-u user:password" (the user may be an account id), and HTTPie's "--auth" or,
# on an "http"/"https" command line, "-a user:password".
_CURL_USER = lazy_re(r"(?<![\w\-])(?P<flag>-u|--user|--auth|-a)(?:[ \t]+|=)[\"']?[^\s:\"']{1,80}:(?P<value>[^\s\"'@]{6,200})[\"']?")

_HTTPIE_LINE = lazy_re(r"(?:^|[\s$>])https?[ \t]")


def random_shaped(value: str) -> bool:
    """Letters of both cases and digits: a generated key, not a word or a name."""
    return (any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value))


def password_like(value: str) -> bool:
    """Letters and digits, and a symbol or both cases: what a password written without "is"
    or ":" must look like (an everyday word or a plain number is no password)."""
    has_alpha = any(c.isalpha() for c in value)
    has_digit = any(c.isdigit() for c in value)
    mixed = any(c.isupper() for c in value) and any(c.islower() for c in value)
    return has_alpha and has_digit and (mixed or not value.isalnum()) and "://" not in value


def _replies(text: str) -> list[Candidate]:
    """Looked for only after each line that ends in a question mark."""
    out = []
    at = text.find("?")
    while at >= 0:
        line_end = text.find("\n", at)
        if line_end < 0:
            break
        if not text[at + 1 : line_end].strip(" \t"):
            line_start = max(text.rfind("\n", 0, at) + 1, at - 80)
            if _ASKED.search(text, line_start, at):
                next_end = text.find("\n", line_end + 1)
                m = _REPLY_VERB.search(text, line_end + 1, len(text) if next_end < 0 else next_end)
                if m and password_like(value := m.group("value").rstrip(".,)")):
                    out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
        at = text.find("?", at + 1)
    return out


# Values found as secrets that are a placeholder written where the key goes ("sk-ant-xxxx...",
# "sk-...your key...", "<your-key>") or a URL's port and path after "password@host:".
_FILLER = re.compile(r"(x|X|0|\*|•|\.)\1{7,}")
# (or in groups, as a key's or a licence's shape is shown: "xxxx-xxxx-xxxx-xxxx", "****_****")
_GROUPED_FILLER = re.compile(r"(?:([xX*•])\1{2,})(?:[\-_ .:/](?:([xX*•])\2{2,}))+")
_PLACEHOLDER = re.compile(
    r"(?i).*(?:\.\.\.|…|<[^>]*>|your[_\- ]?(?:key|token|secret|api)|changeme).*"
    # a variable that holds the value ("$DB_PASSWORD", "${TOKEN}", "%API_KEY%", "{{ secret }}")
    r"|\$\{?[A-Za-z_][\w.]*\}?|%[A-Za-z_]\w*%|\{\{\s*[\w.]+\s*\}\}"
)
_AFTER_HOST = re.compile(r"@[\w.\-]+:$")
# A public key is made to be shared ("ssh-ed25519 AAAA... deploy@ci").
# A key's fingerprint or a file's digest, named by its algorithm ("SHA256:Qm4v...", "sha512-9b1e..."
# in a lock file): made to be compared in public.
_DIGEST_BEFORE = re.compile(r"(?i)(?<![\w])(?:sha(?:1|224|256|384|512)|md5)[:\-]$")
_DIGEST_PREFIX = re.compile(r"(?i)(?:sha(?:1|224|256|384|512)|md5)-")
_PUBLIC_KEY_BEFORE = re.compile(r"(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)[ \t]+$")


def lookalike(text: str, start: int, end: int) -> bool:
    """Whether the value found as a secret at ``start:end`` is a placeholder, not a secret."""
    value = text[start:end]
    filler = _FILLER.search(value)
    # (a key of a vendor's full length filled with x's keeps a real key's shape: when in doubt,
    # hidden; documentation writes a short run where the key goes)
    if filler and len(filler.group(0)) >= 0.5 * len(value) and len(value) < 48:
        return True
    if _PLACEHOLDER.fullmatch(value) or _GROUPED_FILLER.fullmatch(value):
        return True
    if value.startswith("AAAA") and _PUBLIC_KEY_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _DIGEST_BEFORE.search(text, max(0, start - 8), start) or _DIGEST_PREFIX.match(value):
        return True
    return value[:1].isdigit() and bool(_AFTER_HOST.search(text, max(0, start - 80), start))


def find_secret_forms(text: str, lower: str) -> list[Candidate]:
    """Every secret these rules find in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    add = out.append
    _card_codes(text, lower, add)
    for a, b in keyword_windows(text, ("PIN",), 60, 2):
        for m in _PIN_GAP.finditer(text, a, b):
            if not re.search(r"(?i)code\b", m.group(0)[:9]) or len(m.group("value")) != 6:
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _ACCESS_KEYS, 90, 40):
        for m in _ACCESS_CODE.finditer(text, a, b):
            if sum(c.isdigit() for c in m.group("value")) >= 3:
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _ONE_TIME_KEYS, 60, 14):
        for cue in _ONE_TIME.finditer(text, a, b):
            v = _ONE_TIME_VALUE.match(text, cue.end()) or _ONE_TIME_SAID.match(text, cue.end())
            if v:
                add(Candidate(v.start("value"), v.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _BY_TEXT_KEYS, 40, 40):
        for cue in _CODE_BY_TEXT.finditer(text, a, b):
            v = _ONE_TIME_VALUE.match(text, cue.end())
            if v:
                add(Candidate(v.start("value"), v.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _DEFINITE_KEYS, 80, 14):
        for m in _DEFINITE_PASSWORD.finditer(text, a, b):
            value = m.group("value").rstrip(".,)")
            if not value.isalpha():
                add(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _RECOVERY_FIRST_KEYS, 120, 2):
        for m in _RECOVERY_FIRST.finditer(text, a, b):
            if any(c.isdigit() for c in m.group("value")):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("wifi", "wi-fi", "wlan"), 80, 30):
        for m in _WIFI_FIRST.finditer(text, a, b):
            if password_like(m.group("value").rstrip(".,)")):
                add(Candidate(m.start("value"), m.start("value") + len(m.group("value").rstrip(".,)")), "SECRET", "secret", PASSWORD))
    if "?" in text:
        out += _replies(text)
    for a, b in keyword_windows(lower, _AUTH_KEYS, 220, 2):
        for m in _AUTH_HEADER.finditer(text, a, b):
            value = m.group("value")
            if any(c.isdigit() for c in value) and not lookalike(text, m.start("value"), m.end("value")):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("mysql", "mariadb", "sshpass"), 200, 2):
        for m in _CLI_PASSWORD.finditer(text, a, b):
            group = "value" if m.group("value") else "value2"
            if not m.group(group).startswith(("$", "<", "{")):
                add(Candidate(m.start(group), m.end(group), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("name",), 160, 2):
        for m in _NAME_VALUE.finditer(text, a, b):
            if not lookalike(text, m.start("value"), m.end("value")):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("identified",), 160, 2):
        for m in _IDENTIFIED_BY.finditer(text, a, b):
            group = "value" if m.group("value") else "bare"
            if not m.group(group).startswith(("$", "<", "{", ":")):
                add(Candidate(m.start(group), m.end(group), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("key", "schlüssel", "clé", "clave", "chiave"), 40, 40):
        for m in _LICENSE_KEY.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", "A licence key"))
    for a, b in keyword_windows(lower, (" is your", " is the", " ist ", " est votre", " es tu", " il tuo", " o seu", " twoim", " är din"), 60, 14):
        for m in _CODE_FIRST.finditer(text, a, b):
            add(Candidate(m.start(), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("securestring",), 160, 16):
        for m in _SECURE_STRING.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    windows = keyword_windows(text, (":AA",), 40, 12) + keyword_windows(lower, ("discord",), 300, 2)
    for m in (m for a, b in windows for m in _BOT_TOKEN.finditer(text, a, b)):
        add(Candidate(m.start(), m.end(), "SECRET", "secret", "An access token"))
    for a, b in keyword_windows(lower, _SAID_KEY_KEYS, 80, 24):
        for m in _SAID_KEY.finditer(text, a, b):
            value = m.group("value")
            if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and not lookalike(text, m.start("value"), m.end("value")):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", "An API key"))
    for a, b in keyword_windows(lower, _BARE_KEY_KEYS, 220, 14):
        for m in _BARE_KEY.finditer(text, a, b):
            value = m.group("value")
            hexed = len(value) >= 32 and all(c in "0123456789abcdefABCDEF" for c in value) and not value.isdigit()
            hexed = hexed or _UUID.fullmatch(value) is not None  # (Heroku's API keys and Postmark's tokens are UUIDs)
            if (hexed or random_shaped(value)) and not lookalike(text, m.start("value"), m.end("value")):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", "An API key"))
    for a, b in keyword_windows(lower, ('value="',), 220, 120):
        for m in _XML_SETTING.finditer(text, a, b):
            if not lookalike(text, m.start("value"), m.end("value")) and not m.group("value").startswith(("$", "{", "%")):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("pass=", "password=", "passwd=", "pwd=", "token=", "secret="), 210, 22):
        for m in _JOINED_VARIABLE.finditer(text, a, b):
            if not lookalike(text, m.start("value"), m.end("value")):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, ("-u ", "--user", "--auth", "-a "), 300, 2):
        for m in _CURL_USER.finditer(text, a, b):
            if m.group("flag") == "-a" and not _HTTPIE_LINE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # (another tool's "-a": redis-cli's password has no user, ls's is no login)
            if not m.group("value").startswith(("$", "<", "{")):
                add(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    vendor = [c for c in find_vendor_tokens(text, lower) + find_licence_keys(text, lower) if not lookalike(text, c.start, c.end)]
    return out + find_config_secrets(text, lower) + vendor + find_code_words(text, lower) + find_command_passwords(text, lower)
