"""Short secrets said in everyday text, beside what ``secrets`` finds: the code of an alarm panel
or a safe ("alarm panel code 5160", "Tresor Büro: 7391"), a wifi key ("SSID Lager, Schlüssel
..."), a password in a CJK sentence ("パスワードは ..."), a PIN given as the answer to a chat
question, and a list of recovery codes under their heading.

Each rule is tried only around its own cue words (``keyword_windows``), so text without them
costs a few substring searches.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import first_char_dispatch, lazy_re
from desktop.core.privacy.secret_words import BUSINESS_CODES, CHANGED_TO, PASSWORD_WORDS, password_words
from desktop.core.privacy.text_cache import keyword_windows

PASSWORD = "A password"

# A word for an alarm or a safe, at most a few words, then "code" and a code of digits (a letter
# may lead or end it: "B4729"); a word that names only a safe ("Tresor", "coffre-fort") may take
# the code after a colon or "is" too. "keep it in the safe" with no code after it stays, and so
# does "Alarm: 06:30".
_BOX_CODE = lazy_re(
    r"(?i)(?<!\w)(?:(?P<compound>a?larm(?:kod|kode|koden|code|koodi)|h[äa]lytyskoodi|tresorcode|safecode|kluiscode)|"
    r"(?P<strong>(?:schl[üu]ssel|wand|waffen|b[üu]ro|haus)?tresor\w*|trezor\w*|coffre-fort|cassaforte|caja fuerte|cofre|sejf\w*|kassask[åa]p\w*|pengeskab\w*|lockbox|"
    r"key ?box|schl[üu]sselkasten|kluis\w*|schlie(?:ß|ss)fach\w*|spind|locker|casier|taquilla|armadietto)|alarm\w*|safe|allarme|alarme|alarma)"
    # a compound that ends in "code" ("larmkoden", "Alarmcode") takes the code straight after it
    # (or a word or two naming the place first, "Kluiscode personeelsruimte 6039", but then not a year)
    r"(?(compound)(?:(?:[ \t]+[^\W\d][\w\-]{0,20}){1,2}[ \t]*[:=]?(?=[ \t]*(?!(?:19|20)\d\d(?!\d))[0-9A-Z]{4,8}[#*]?(?:[ \t]*[\n.,;)]|$)))?"
    r"[ \t]*(?:is|ist|est|es|è|är|er|jest|:|=)?|(?:[ \t\-]+[^\W\d][\w\-]{0,15}){0,2}?"
    r"(?:[ \t\-]?(?:code|kod|kode|koden|koodi|pin|combo|combination|c[óo]digo|codice)(?!\w)[ \t]*(?:is|ist|est|es|è|är|er|jest|:|=)?"
    # (a locker's number may stand between: "Schließfach 3: 0815")
    r"|(?(strong)(?:[ \t]+(?:nr\.?|no\.?|n[°º])?[ \t]*\d{1,3})?(?:[ \t]*[:=]|[ \t]+(?:is|ist|est|es|è|är|er|jest|je))|(?!))))[ \t]*"
    r"(?P<value>[0-9A-Z]{4,8}[#*]?)(?![\w])"
)
# Things that lock, PINs and combinations ("larm" is in "alarm", "allarme", "larmkod"; "box" in
# "lockbox"; "comb" in "combo", "combination"): the windows of the rules anchored on them.
_THING_KEYS = ("larm", "safe", "tresor", "coffre", "forte", "fuerte", "lockbox", "keybox", "comb", "kombi", "nip",
               "passcode", "lock", "schloss", "pin?", "pin:", "pincode", "hälytys", "halytys", "trezor", "cofre", "kluis",
               "schließfach", "schliessfach", "spind", "casier", "taquilla", "armadietto", "candado", "cadenas", "lucchetto",
               "hangslot", "kłódk", "klodk", "kilit", "hänglås", "slot", "kodlås", "kodelås")

# A door code said with a verb or a colon ("le code de la porte ... c'est B4729", "Portkoden är
# 1847"): a door code merely mentioned ("the courier gets the door code") has no value after it.
_DOOR_CODE = lazy_re(
    r"(?i)(?<!\w)(?:door ?code|code (?:de (?:la )?)?porte|code d['’]entr[ée]e|portkod(?:en)?|d[øo]rkode(?:n)?|"
    r"ovikoodi|deurcode|c[óo]digo de (?:la )?(?:puerta|porta)|codice (?:della )?porta|kod (?:do )?(?:drzwi|bramy)|"
    r"t[üu]rcode|haust[üu]rcode|kap[ıi] (?:kodu|şifresi)|(?:door )?keypad(?: code)?|"
    r"(?:garage|gate|door|locker|padlock|opener)(?:[ \-][\w\-]{2,15}){0,2}?[ \-]code|"
    # a card's PIN as banks write it
    r"code confidentiel|code secret|c[óo]digo secreto|codice segreto|geheimcode|geheimzahl|pincode)"
    # (Finnish "on"; a keypad "takes" its code; a code that "stays", "reste", "bleibt")
    r"[^\n.:=?]{0,40}?(?:\s(?:is|was|est|c['’]est|es|ist|lautet|è|é|är|er|on|jest|je|to|now|takes|reste|remains|stays|bleibt|blijft|"
    r"queda|resta|rimane|fica|zostaje|pysyy|" + CHANGED_TO + r")(?!\w)|[:=]"
    # or no verb: the code typed with its keypad's "#" or "*" ("kod do drzwi magazynu 5940#"), or
    # said before the verb at the end ("kapı şifresi de 7303 olarak güncellendi")
    r"|\s(?=[0-9A-Z]{3,8}(?:[#*]|[ \t]+(?:olarak|oldu)(?!\w))))\s*"
    r"(?P<value>[0-9A-Z]{3,8}[#*]?)(?![\w])"
)
# (the cue phrases themselves, lowercased: a window starts at its cue)
# (the code words, found anywhere in a cue: "door code", "portkod", "código de la puerta")

# "digicode" is always an entry code: its value may follow without a verb ("digicode de
# l'immeuble 47A19").
_DIGICODE = lazy_re(r"(?i)digicode[^\n\d]{0,30}?(?<!\w)(?P<value>(?=[A-Z]*\d)[0-9A-Z]{4,6})(?!\w)")  # (a code has a digit: not "cour")

# A wifi key: on a line about a wifi network, a key word then a value shaped like a password.
_WIFI_KEY = lazy_re(
    r"(?i)(?<!\w)(?:key|schl[üu]ssel|netzwerkschl[üu]ssel|cl[ée]|chiave|sleutel|klucz|n[øo]kkel|nyckel|avain|anahtar|"
    r"chave|wpa[23]?(?:[ \-]?(?:key|schl[üu]ssel|cl[ée]|chiave|sleutel|nyckel|n[øo]kkel|klucz))?|psk|" + password_words() + r")(?!\w)[ \t]*(?:is|ist|est|c['’]est|es|è|é|är|er|jest|:|=)?[ \t]*"
    # (a router's key as printed on it, in groups of four digits: "WPA2-Schlüssel 4471 2290 8836 1057 3321")
    r"(?P<value>\d{4}(?:[ \t]\d{4}){3,4}(?![\w])|[^\s\"'`,;]{6,64})"
)
_WIFI_KEYS = ("wifi", "wi-fi", "wlan", "ssid", "wpa", "psk")

_CJK_WORDS = tuple(word for word in PASSWORD_WORDS if word[0] >= "\u3000")  # (the shared list's kana, han and hangul words)
# A password in a Japanese, Chinese or Korean sentence: the particle after the word ("は",
# "是", "는") is a word character, which the general rule's word boundary refuses.
_CJK_PASSWORD = lazy_re(
    # (and a Korean lock's number: "도어락 번호는", "금고 비밀번호")
    r"(?:" + "|".join(_CJK_WORDS) + r"|(?:도어락|현관문?|출입문|금고|사물함)[ \t]?번호|(?:金庫|ロッカー|ドア|玄関|保险柜|保險箱|门禁|門禁)の?番号)(?:\s*(?:(?:已经|已經|已)?(?:改为|改成|更改为|修改为|变更为|改為|更改為|修改為|設為|设为)|は|是|为|為|는|은|를|을|を|：|:|=)|(?=[ \t]))\s*"
    r"(?P<value>[^\s、。，,」』）)]{4,64})"
)
_ASCII_RUN = lazy_re(r"[!-~]{4,64}")
_CJK_KEYS = ("パスワード", "暗証番号", "密", "口令", "비밀번호", "비번", "암호", "번호", "金庫", "ロッカー", "ドア", "玄関", "保险柜", "保險箱", "门禁", "門禁")

# A password on a command line: "mysql -u admin -pS3cret", "docker login -u ci -p ...", "sshpass
# -p ...", "redis-cli -a ...", "--password=...", "curl -u user:pass". Looked for on lines that run
# one of these commands.
_CLI_PASSWORD = lazy_re(
    r"(?<=\s)(?:-p(?P<glued>[^\s'\"`\-][^\s'\"`]{3,63})|(?:-p|-a|-P|--password|--pass|--passwd)[ =]['\"]?(?P<value>[^\s'\"`\-][^\s'\"`]{3,63})"
    r"|(?:-u|--user)[ =]['\"]?[^\s:'\"`]+:(?P<userpass>[^\s'\"`@]{4,64}))"
)
_CLI_KEYS = ("mysql", " login ", "sshpass", "curl")
# A code for something that locks ("der Code für die Schlüsselbox am Ferienhaus lautet 2207",
# "the code for the bike locker is 5521"), said with a verb or a colon.
_CODE_FOR = lazy_re(
    r"(?i)(?<!\w)(?:code|koden|k[óo]d|koodi|c[óo]digo|codice|pin)[ \t]+(?:f[üu]r|for|of|de|du|des|del|della|dello|pour|voor|van|von|do|till|til|av|zum|zur|vom|k|ke|na|od|para|pro)[ \t]+"
    r"(?:(?:die|das|den|dem|der|the|la|le|el|il|de|het|l['’])[ \t]?)?(?:[\w\-]{1,20}[ \t]){0,2}?[\w\-]{0,20}?"
    r"(?:box|bo[îi]te|kasten|safe|tresor|trezor|sejf|cofre|coffre|cassaforte|kluis|t[üu]r|door|porte|puerta|porta|portone|port[óo]n|port[ãa]o|portail|cancello|citofono|"
    r"gate|tor|schloss|lock|cadenas|lucchetto|candado|hangslot|"
    r"k[łl][óo]dk|garage|garaje|garagem|locker|spind|casier|armadietto|taquilla|porten|grind|d[öø]rr?|ovi|portti|poort|hek|brama)"
    r"\w*[^\n.:=?]{0,30}?"
    # (an article may follow the verb: "est le 48051", "es el 4471")
    r"(?:\s(?:is|ist|lautet|est|es|è|é|är|er|jest|je)(?:[ \t]+(?:le|la|el|il|o|a))?(?!\w)|[:=])\s*(?P<value>[0-9A-Z]{3,8}[#*]?)(?![\w])"
)
# Every word for "code" holds one of these ("door code", "portkod", "código", "codice", "koodi", "kód").
_CODE_KEYS = ("cod", "cód", "kod", "kód", "kood", "keypad", "pin ", "geheimzahl", "şifre", "sifre",  # (a door's "kapı şifresi")
              "コード", "暗証番号", "门禁", "門禁", "备用码", "恢复码", "備用碼", "恢復碼", "코드")
_LOCK_THEN_CODE = lazy_re(
    r"(?i)(?:box|kasten|safe|tresor|kluis|locker|spind|garage|gate|door|porte|puerta|porta|tor|lock|porten|d[öø]rr|sk[åa]p|"
    r"schrank|cabinet|armario|armoire|armadio|lås|cerradura|serrure|serratura|alarm|allarme|alarme|h[äa]lytys|larm)\w*"
    # (after a comma: "the courier gets the door code 4471" only mentions a code to pass on)
    # ("Cerradura de la puerta trasera: código 1937", "Alarma: clave 5520")
    r"[^\n.\d]{0,30}?[,;(:][ \t]*(?:code|koden|kod|kode|koodi|pin|c[óo]digo|codice|clave|chiave|cl[ée]|combinaci[óo]n|combinaison|combinazione)"
    r"[ \t]*:?[ \t]+(?P<value>[0-9A-Z]{4,8})(?![\w])"
)
_LOCK_IS = lazy_re(
    r"(?i)(?<!\w)(?:lock|padlock|combination|combo|schloss|zahlenschloss|cadenas|candado|lucchetto|hangslot|k[łl][óo]dka)"
    r"[ \t]+(?:is|ist|est|es|è|är|er|jest|:)[ \t]+(?P<value>\d{1,2}(?:[-–]\d{1,2}){2,5}|\d{4,8})(?![\w\-])"
    # a word that names only a lock opened by a number takes its number straight after it ("Zahlenschloss 7316")
    r"|(?<!\w)(?:zahlenschloss|kombinationsschloss|combination lock|cijferslot|kodl[åa]s|kodel[åa]s|cadenas [àa] code|"
    r"candado de combinaci[óo]n|lucchetto a combinazione|zamek szyfrowy|[şs]ifreli kilit)[ \t]*(?:[:=][ \t]*)?"
    r"(?P<bare>\d{1,2}(?:[-–]\d{1,2}){2,5}|\d{3,8})(?![\w\-])"
)
# A Twilio auth token: 32 hex digits near the word "twilio" or "auth_token", not the account SID.
_HEX32 = lazy_re(r"(?<![0-9a-zA-Z])(?P<value>[0-9a-f]{32})(?![0-9a-zA-Z])")
# A password in brackets later in its sentence ("Passwort steht am Router (Moewe!Strand12)").
_BRACKETED = lazy_re(r"\((?P<value>[^\s()]{6,64})\)")
_WORD_BEFORE_BRACKET = lazy_re(
    r"(?i)(?<![\w/?&])" + password_words("pw", "pwd") + r"(?!\w)[^\n.()]{0,40}\Z"
)
# A passphrase: several words up to the end of its line ("Passphrase: longhorn tacos 2025").
# (and a wallet's seed or recovery phrase: twelve or twenty-four words)
_PASSPHRASE = lazy_re(
    r"(?i)(?<![^\W_])(?:pass ?phrase|seed ?phrase|(?:secret )?recovery phrase|mnemonic(?: phrase)?|"
    # (other languages' words for a key's passphrase, as settings and prose name it: "phrase_secrete = ...")
    r"phrase[ _\-]?(?:secr[eè]te|de passe)|frase[ _\-]?(?:secreta|segreta|de contrase[ñn]a|(?:de )?senha)|passwortsatz|kennsatz|"
    r"wachtwoordzin|l[öo]senfras|salasanalause|fraza[ _\-]?(?:has[łl]a|kluczowa)|парольн\w+ фраз\w+|パスフレーズ|密码短语)"
    r"[ \t]*(?::|=|[ \t]is[ \t])[ \t]*"
    r"(?P<value>[^\n]{6,64}?|(?:[a-z]{3,8} ){11,23}[a-z]{3,8})[ \t]*(?:\n|$)"
)
_PASSPHRASE_KEYS = ("phrase", "mnemonic", "frase", "passwortsatz", "kennsatz", "wachtwoordzin", "senfras", "salasanalause", "fraza",
                    "фраз", "パスフレーズ", "密码短语")
# A wallet's seed or recovery phrase in any language's words for it, with an aside before the
# colon ("Recovery phrase (24 words, in order):") and its twelve to twenty-four words wrapped over
# lines or numbered ("1. orbit 2. wagon ..."): the words are the wallet's list, lowercase, 3 to 8 letters.
_SEED_WORDS = lazy_re(
    r"(?i)(?<![^\W_])(?:seed[ \-]?phrase|seed words|(?:secret )?recovery (?:phrase|words)|mnemonic(?: phrase)?|wallet words|"
    r"wiederherstellungs(?:phrase|satz|w[öo]rter)|phrase de (?:r[ée]cup[ée]ration|secours)|mots de r[ée]cup[ée]ration|"
    r"frase (?:de recuperaci[óo]n|semilla|di recupero|de recupera[çc][ãa]o)|palabras semilla|herstel(?:zin|frase|woorden)|"
    r"fraza (?:odzyskiwania|seed)|kurtarma (?:ifadesi|kelimeleri)|[åa]terst[äa]llningsfras|gjenopprettingsfrase|"
    r"palautuslause|助记词|助記詞|リカバリーフレーズ|シードフレーズ|복구 ?구문|시드 ?구문)"
    r"[^\n:：=]{0,40}[:：=][ \t]*\n?[ \t]*"
    r"(?P<value>(?:\d{1,2}[.)][ \t]*)?(?-i:[a-z]{3,8})(?:[ \t,]*\n?[ \t]*(?:\d{1,2}[.)][ \t]*)?(?-i:[a-z]{3,8})){11,23})(?![\w])"
)
_SEED_KEYS = ("seed", "recovery", "mnemonic", "wallet", "wiederherstellung", "phrase", "frase", "palabras", "herstel", "fraza",
              "kurtarma", "terställning", "terstallning", "gjenoppretting", "palautus", "助记词", "助記詞", "フレーズ", "구문")
# A Mexican NIP (a card's PIN: "el NIP de la tarjeta es 5306"); a Polish NIP, ten digits, stays.
_NIP = lazy_re(r"(?<!\w)NIP(?!\w)[^\n\d]{0,30}?(?:\s(?:es|era|is|est|était)|:)\s*(?P<value>\d{4,6})(?![\d\-])")
# Any command-line flag that carries a password or token ("redis-server --requirepass ...").
_SECRET_FLAG = lazy_re(
    r"--[\w\-]*(?:pass(?:word|wd)?|secret|token|api-?key)[\w\-]*[ =]['\"]?(?P<value>[^\s'\"`\-][^\s'\"`]{3,63})"
)
# On a wifi line, "network / password" with letters and digits ("Guest: ATX-Guest / bbq4everyone").
# (the key may be a passphrase of lowercase words up to the line's end: "Staff-5G / maple syrup canoe")
_WIFI_PAIR = lazy_re(r"[\w\-]{3,32}[ \t]+/[ \t]+(?:(?P<phrase>[a-z]{3,12}(?: [a-z]{3,12}){2,5})[ \t]*(?=\n|$)|(?P<value>[^\s/,;]{6,64}))")
# A wifi QR code's text ("WIFI:T:WPA;S:Office;P:<key>;;"): the key after "P:".
_WIFI_QR = lazy_re(r"WIFI:(?:[A-Z]:(?:\\.|[^;\\\n])*;)*?P:(?P<value>(?:\\.|[^;\\\n]){4,64});")
# A line that asks for a password, with or without "?" ("was ist nochmal das passwort fürs wlan"),
# and a next line whose whole message is one word with letters and digits ("Lea: kaffeepause42").
# (written to start with one character class, so that the engine skips to where a word can start)
_PASSWORD_ASKED = lazy_re(
    first_char_dispatch([*PASSWORD_WORDS, "pwd", "pw"], r"\w/?&", ignore_case=True) + r"(?!\w)[^\n]{0,80}\n"
    # (a Japanese, Chinese or Korean word runs into the words around it: "root密码发我一下")
    + r"|(?:" + "|".join(_CJK_WORDS) + r")[^\n]{0,80}\n"
)
# (a CJK comma or stop ends the value: "Qw8#zL2mTp，用完记得改")
_USING_PASSWORD = lazy_re(r"(?i)using password:[ \t]*(?:yes|no)\b")
_SETTING = lazy_re(r"[A-Za-z_][\w.\-]*=")  # a setting written "name=value"
_TOKEN_ANSWER = lazy_re(r"(?:\[[\w:. ]{3,16}\][ \t]*)?[^\n:：.]{1,40}[:：][ \t]*(?P<value>[^\s\"'`:，。、！]{6,64})(?P<more>[，。、！ \t]+[^\n]*)?(?:\n|$)")
# A chat question about a PIN or a code, then its answer on the next line after the speaker.
_CODE_QUESTION = lazy_re(
    r"(?i)(?<!\w)(?:pin|\w*pin-?code|\w*pinkod(?:en)?|\w*pinkode(?:n)?|code|c[óo]digo|codice|k[óo]d|kode|koden|koodi|combo|digicode|alarm\w*|tresor|"
    r"padlock|candado|cadenas|lucchetto|hangslot|k[łl][óo]dk\w*|\w*schloss|h[äa]ngl[åa]s|kilit|"
    # a compound that ends in a word for "code" ("Tresorcode", "hälytyskoodi", "dørkoden", "larmkod")
    r"\w+(?:code|kod|koden|kode|koodi|kodu))"
    r"(?!\w)[^\n]{0,60}[?？][ \t]*\n"
    # a code asked for in Japanese, Chinese or Korean, where a question may end without a mark
    # ("入室コードって何でしたっけ", "门禁密码是多少", "현관 비밀번호 뭐예요")
    r"|(?:コード|暗証番号|番号|密码|密碼|门禁码|門禁碼|비밀번호|비번|번호)[^\n]{0,20}?"
    r"(?:何|なん|教えて|いくつ|多少|什么|什麼|几|幾|发我|發我|뭐|뭔|알려)[^\n]{0,20}\n"
)
_SHORT_ANSWER = lazy_re(
    r"(?:\[[\w:. ]{3,16}\][ \t]*)?[^\n:：]{0,40}[:：][ \t]*(?:(?:it['’]?s|es|is|ist|c['’]est|è|é|jest|är|er|its)[ \t]+)?"
    r"(?P<value>[#*]?[A-Z]?\d{4,8}[A-Z#*]?|\d{1,3}(?:[-–]\d{1,3}){2,3})(?:[ \t.!]*(?:\n|$)|[,;]?[ \t])"
)
# Words for which a line need not end in "?" to ask ("wat was de pincode van de kluis ook alweer")
_ASKING = lazy_re(
    r"(?i)(?<!\w)(?:pin|pincode|pin-code|passcode|combo|combination|kombination|nip|code (?:to (?:get in(?:to)?|open|unlock)|for (?:the|my|our))|"
    # a question word, then the code ("whats the alarm code now", "c'est quoi le code du portail")
    r"(?:what['’]?s|what is|wie (?:ist|lautet|war)|c['’]est quoi|quel est|cu[áa]l es|qual [ée]|qual è|wat is|jaki jest|vad är|hva er)"
    r"[^\n?]{0,40}?(?:code|kod|koden|kode|koodi|c[óo]digo|codice|pin))(?!\w)"
    r"[^\n?]{0,80}\n"
)

_NOT_ASKED = lazy_re(r"(?i)" + BUSINESS_CODES + r"|referral")

# Recovery or backup codes listed under their heading, one a line ("4827 1930", "k3jd-8f2a") or
# after a colon on the heading's own line, separated by commas.
_RECOVERY_HEAD = lazy_re(
    r"(?i)(?:recovery|backup|back-up|one-time|2fa|mfa|wiederherstellungs|backup-|sicherungs|secours|r[ée]cup[ée]ration|"
    r"recupera[cç][ãa]o|recuperaci[óo]n|recupero|herstel|zapasow\w*|odzyskiwania|reserv|yedek|kurtarma|vara|notfall|n[øo]d)"
    r"[\w\-]*[ \t]*(?:codes?|kodes?|c[óo]digos|codici|kody|koder|koodit|kodlar[ıi])(?!\w)[^\n]*"
    # or the word for "codes" first ("códigos de recuperação", "codes de secours", "codici di backup")
    r"|(?i:(?:c[óo]digos?|codici|codes?|kody)[ \t]+(?:de[ \t]+|di[ \t]+|of[ \t]+)?(?:recupera\w*|secours|r[ée]cup[ée]ration|backup|"
    r"respaldo|ripristino|recupero|odzyskiwania|zapasowe))(?!\w)[^\n]*"
    # (Japanese, Chinese and Korean: "バックアップコード：...", "备用码：", "백업 코드:")
    r"|(?:バックアップ|リカバリー?|復旧用?|予備)コード[^\n]*|(?:备用|恢复|備用|恢復)(?:码|碼|代码|代碼)[^\n]*|(?:백업|복구)[ \t]?코드[^\n]*"
)
# (or seven to ten digits in one run: "58219034")
_CODE = r"(?:[A-Za-z0-9]{3,6}(?:[ \-][A-Za-z0-9]{3,6}){0,2}|\d{7,10})(?![A-Za-z0-9])"
# a line of one to six codes, apart by two spaces, a tab or a comma ("7492-1083  5521-9047")
_CODE_LINE = lazy_re(rf"[ \t]*(?:[-*•][ \t]*|\d{{1,2}}[.)][ \t]+)?(?P<value>{_CODE}(?:(?: {{2,}}|[ \t]*\t[ \t]*|[ \t]*,[ \t]*){_CODE}){{0,5}})[ \t]*(?:\n|$)")
_CODE_SPLIT = lazy_re(r" {2,}|[ \t]*[\t,][ \t]*")
_CODE_ITEM = lazy_re(r"(?P<value>[A-Za-z0-9]{3,6}(?:[ \-][A-Za-z0-9]{3,6}){0,2}|\d{7,10})(?![A-Za-z0-9])")


# Codes said in a sentence after their heading: a verb, then codes apart by commas or "and".
_CODES_ARE = lazy_re(r"(?i)(?<!\w)(?:are|were|is|sind|lauten|sont|son|s[ãa]o|sono|zijn|to|s[ąa]|är|er|ovat|şunlar)(?!\w)[ \t:]*")
_LISTED_CODE = lazy_re(
    r"(?<![\w\-])(?P<value>[A-Za-z0-9]{3,6}(?:[ \-][A-Za-z0-9]{3,6}){1,2}|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{8,12})(?![\w\-])"
    r"[ \t]*(?:,|;|and|und|et|y|e|en|i|ve|och|og|ja|\(|\.|$)"
)


def _listed_codes(text: str, start: int, end: int) -> list[Candidate]:
    """The codes of a list said in a sentence: each grouped ("4f7k-2m9q", "4821 7730") or of
    letters and digits, with a digit; the list ends at the first other word."""
    out = []
    pos = start
    while (m := _LISTED_CODE.match(text, pos, end)) is not None or text[pos : pos + 1] in ("\n", " "):
        if m is None:
            pos += 1
            continue
        if any(c.isdigit() for c in m.group("value")):
            out.append(_said(m.start("value"), m.group("value")))
        pos = m.end()
        while text[pos : pos + 1] in (" ", "\t"):
            pos += 1
    return out


_SOURCE_LINE = lazy_re(r"[\w$.\-]+\.[A-Za-z]{1,6}:\d+")  # "(SQLError.java:129)" in a stack trace


def _strong(value: str) -> bool:
    """Both cases, a digit and eight characters or more: no word or product code is written so."""
    return len(value) >= 8 and any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)


def _joined(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Codes of one list that touch across a single space or dash, as one stretch: "k4m9-x2vq
    p7r3-w8tz" read three letters at a time would leave the dashes between two finds, and a code
    is hidden whole or not at all."""
    spans: list[tuple[int, int]] = []
    for a, b in items:
        if spans and a - spans[-1][1] <= 1 and text[spans[-1][1] : a] in ("", " ", "-"):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _said(value_start: int, value: str) -> Candidate:
    return Candidate(value_start, value_start + len(value), "SECRET", "secret", PASSWORD)


def find_secret_codes(text: str, lower: str, password_shaped: Callable[[str], bool],
                      password_windows: list[tuple[int, int]]) -> list[Candidate]:
    """Every short secret these rules find in ``text`` (``lower``: the text lowercased;
    ``password_shaped``: the test ``secrets`` applies to a password without a verb;
    ``password_windows``: where ``secrets`` found its password words)."""
    out: list[Candidate] = []
    for a, b in password_windows:
        for m in _BRACKETED.finditer(text, a, b):
            value = m.group("value")
            # (a strong one may be said a sentence later: "... the old one too (Brigadeiro2024)")
            if password_shaped(value) and (_WORD_BEFORE_BRACKET.search(text, max(a, m.start() - 60), m.start()) or (_strong(value) and not _SOURCE_LINE.fullmatch(value))):
                out.append(_said(m.start("value"), value))
        for m in _PASSWORD_ASKED.finditer(text, a, b):
            if "?" not in m.group(0) and any(len(w) >= 4 and any(c.isdigit() for c in w) for w in m.group(0).split()):
                continue  # the line gives its own value ("... le mot de passe est Erable!Nord22."): the next one answers nothing
            if _USING_PASSWORD.search(text, max(0, m.start() - 6), m.end()):
                continue  # a database's "Access denied ... (using password: YES)": an error line, no one asked
            said = _TOKEN_ANSWER.match(text, m.end())
            value = said.group("value").rstrip(".,") if said else ""
            if not (said and any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and "://" not in value):
                continue
            if _SETTING.match(value):
                continue  # a connection string's "Server=...;Port=..." under an error line: settings, no answer
            # a whole message of one word, or a password's shape before more words ("Cabinet2024! mais change-le")
            if not (said.group("more") or "").strip() or password_shaped(said.group("value")):
                out.append(_said(said.start("value"), value))
    for a, b in keyword_windows(lower, ("twilio", "auth_token"), 160, 2):
        for m in _HEX32.finditer(text, a, b):
            out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _PASSPHRASE_KEYS, 220, 24):
        for m in _PASSPHRASE.finditer(text, a, b):
            value = m.group("value").strip()
            out.append(_said(m.start("value"), value))
    for a, b in keyword_windows(lower, _SEED_KEYS, 300, 24):
        out += [_said(m.start("value"), m.group("value")) for m in _SEED_WORDS.finditer(text, a, b)]
    # The rules anchored on a word for "code" share its windows (each cue word looked for costs
    # a search of the text; a door code's cue word may come last: "code de la porte").
    code_windows = keyword_windows(lower, _CODE_KEYS, 110, 30)
    # and so do those anchored on a thing that locks, a PIN or a combination
    thing_windows = keyword_windows(lower, _THING_KEYS, 100, 14)
    windows = ((_CODE_FOR, code_windows), (_DOOR_CODE, code_windows), (_DIGICODE, code_windows), (_LOCK_THEN_CODE, code_windows),
               (_LOCK_IS, thing_windows), (_LOCK_THEN_CODE, thing_windows), (_NIP, thing_windows), (_BOX_CODE, thing_windows),
               (_SECRET_FLAG, keyword_windows(lower, ("--",), 110, 2)))
    for rule, where in windows:
        for a, b in where:
            for m in rule.finditer(text, a, b):
                group = "bare" if rule is _LOCK_IS and m.group("value") is None else "value"
                value = m.group(group)
                if rule is _SECRET_FLAG or sum(c.isdigit() for c in value) >= 3:
                    out.append(_said(m.start(group), value))
    for a, b in keyword_windows(lower, _WIFI_KEYS, 120, 120):
        for m in _WIFI_KEY.finditer(text, a, b):
            value = m.group("value").rstrip(".,)")
            grouped = " " in value or "\t" in value  # (only the router's digit groups hold a space)
            if grouped or password_shaped(value) or (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
                out.append(_said(m.start("value"), value))
        for m in _WIFI_PAIR.finditer(text, a, b):
            if m.group("phrase"):
                out.append(_said(m.start("phrase"), m.group("phrase")))
                continue
            value = m.group("value").rstrip(".,)")
            if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
                out.append(_said(m.start("value"), value))
        out += [_said(m.start("value"), m.group("value")) for m in _WIFI_QR.finditer(text, max(0, a - 8), b)]
    for a, b in keyword_windows(lower, _CJK_KEYS, 80, 8):
        for m in _CJK_PASSWORD.finditer(text, a, b):
            value = m.group("value").rstrip(".,)")
            # (the value is the run of Latin letters, digits and symbols in what follows: "Hangang!2025로
            # 바꿨어요", "「Osaka#Castle9」です", "オフィスのものでOKです（tsukimi2026!）"; "8文字以上" after
            # the word is a rule about length, no value)
            for run in _ASCII_RUN.finditer(value):
                word = run.group(0).rstrip(".,)")
                # (a Latin letter or a digit in it: "뭐였죠?" after the word asks for the password)
                if len(word) >= 4 and (any(c.isdigit() for c in word) or not word.isalnum()) and any(c.isalnum() for c in word):
                    out.append(_said(m.start("value") + run.start(), word))
                    break
    for a, _b in keyword_windows(lower, _CLI_KEYS, 8, 2):
        line_end = text.find("\n", a, a + 400)  # (bounded, as every look to a line's end here: a pasted
        for m in _CLI_PASSWORD.finditer(text, a, a + 400 if line_end < 0 else line_end):  # text may hold none)
            group = m.lastgroup or "value"
            out.append(_said(m.start(group), m.group(group)))
    return out + _answers(text, code_windows + thing_windows) + _recovery_codes(text, code_windows)


def _answers(text: str, windows: list[tuple[int, int]]) -> list[Candidate]:
    """Looked for after each line that ends in a question mark about a code, and after a line
    with a PIN word; the answer is on one of the next three lines. (The questions are looked
    for around their words: the windows of the words for "code" and of the things that lock.)"""
    asked: set[int] = set()  # where each question's line ends
    for a, b in windows:
        line_end = text.find("\n", b, b + 120)
        end = b + 120 if line_end < 0 else line_end + 1
        for rule in (_CODE_QUESTION, _ASKING):
            # (a promo, order or zip code asked for is no secret)
            asked.update(m.end() - 1 for m in rule.finditer(text, a, end)
                         if not _NOT_ASKED.search(text, text.rfind("\n", 0, m.start()) + 1, m.end()))
    out = []
    for line_end in sorted(asked):
        pos = line_end + 1
        for _ in range(3):
            m = _SHORT_ANSWER.match(text, pos)
            if m:
                out.append(_said(m.start("value"), m.group("value")))
                break
            pos = text.find("\n", pos) + 1
            if pos == 0:
                break
    return out


def _recovery_codes(text: str, code_windows: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for a, b in code_windows:
        line_end = text.find("\n", b, b + 200)
        for head in _RECOVERY_HEAD.finditer(text, a, b + 200 if line_end < 0 else line_end):
            tail = head.group(0)
            colon = max(tail.rfind(":"), tail.rfind("："))
            if colon >= 0 and tail[colon + 1 :].strip():  # the codes on the heading's own line
                start = head.start() + colon + 1
                items = [(m.start(), m.end()) for m in _CODE_ITEM.finditer(text, start, head.end()) if any(c.isdigit() for c in m.group(0))]
                out += [_said(a, text[a:b]) for a, b in _joined(text, items)]
                continue
            said = _CODES_ARE.search(text, head.start(), head.end())
            if said:  # "the recovery codes are 4f7k-2m9q, 8z1x-6c3v and p5t2-9w7n", on the line or the next
                next_end = text.find("\n", head.end() + 1)
                listed = _listed_codes(text, said.end(), len(text) if next_end < 0 else next_end)
                if listed:
                    out += listed
                    continue
            pos = head.end() + 1
            if text.startswith("\n", pos):
                pos += 1  # (one blank line may part the heading from its codes)
            while pos < len(text) and (m := _CODE_LINE.match(text, pos)) is not None:
                if not any(c.isdigit() for c in m.group("value")):
                    break
                start = m.start("value")
                for code in _CODE_SPLIT.split(m.group("value")):
                    start = text.index(code, start)
                    out.append(_said(start, code))
                    start += len(code)
                pos = m.end()
    return out
