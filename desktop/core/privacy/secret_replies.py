"""Secrets given as the answer to a question in a chat, in the forms people answer with.

The question rules elsewhere take an answer that is the whole message, or that follows "it's".
People answer with a word first ("yeah 1966 then off", "oui c'est Croissant_au_beurre", "steht
am Kühlschrank, glaub Brezel4Alle"), ask without a question mark ("et le code de la porte du
local vélo", "倉庫の暗証番号も教えてください", "门禁密码呢") or in a language whose word for
"code" takes an ending ("depo kapısının kodu?", "a riasztó kódja?"). Here:

- after a line that asks for a password (a password or wifi word and a question mark), the next
  message's password-shaped word, wherever it stands, or its first word when that is words
  joined by symbols, or a phrase of words ending in a number;
- after a line that names a code and holds no digit, a next message that starts with a code,
  or says it with a verb later ("ti è arrivato ora, è 552917");
- a value alone on the line after a label that ends in a colon ("Your PIN:" in a bank's letter,
  a passphrase under its line in a wiki), and a password of digits straight after its word.

Each rule is tried only where its word starts (``_at_keys``), so text without one costs nothing.
"""

from __future__ import annotations

import re

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.secret_forms import password_like
from desktop.core.privacy.secret_prose import passphrase_shaped
from desktop.core.privacy.secret_words import BUSINESS_CODES, password_words, present_keys
from desktop.core.privacy.text_cache import key_starts, keyword_windows

PASSWORD = "A password"

# The speaker of a chat line ("[09:04] dom:", "李姐：", "- Bob:"), then the message.
_SPEAKER = lazy_re(r"(?:\[[\w:. ]{3,16}\][ \t]*)?[^\n:：.?]{1,40}[:：][ \t]*")
# Words an answer may start with before the value ("yeah", "oui c'est", "glaub", "it's").
_FILLER = lazy_re(
    r"(?i)(?:(?:yeah|yes|yep|yup|ja|jo|jep|oui|si|sí|sim|tak|evet|da|да|ok|okay|sure|ah|oh|hm+|eh|"
    r"it['’]?s|its|is|es|ist|c['’]est|è|é|är|er|jest|to|je|glaub|glaube|ich glaube|i think|think|creo que|je crois|penso|acho que|"
    r"denke|still|noch|immer noch|nog steeds|toujours|sempre|siempre|ainda|now|jetzt|ahora|agora|maintenant|ora|teraz|"
    # (told to use it: "use 804417", "gebruik ...", "brug ...", "usa ...")
    r"use|usa|usar|use it|utilise|utilisez|usate|gebruik|brug|bruk|använd|nimm|nutze|benutze|użyj|kullan|используй|теперь|alors|"
    # (told to try it: "try 7720", "essaie ...", "prueba con ...", "probier mal ...")
    r"try|try with|essaie|essayez|essaye|prueba|prueba con|proba|prova|prova con|tenta|tente|probier|probier mal|probeer|spróbuj|dene|попробуй|pröva|prøv)"
    r"[,!.:]?[ \t]+)*"
)
_LETTERS_AND_DIGITS = lazy_re(r"(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{8,40}")
_WORD = lazy_re(r"[^\s\"'`«»“”‘’,;()]+")
_PHRASE = lazy_re(r"(?P<value>[^\W\d_]{2,}(?:[ \t][^\W\d_]{2,}){1,4}[ \t]\d{2,4})(?=[ \t]*(?:\(|\n|$))")
# A network's name is no password ("SSID Lager-5G, Schlüssel ...").
_NETWORK_BEFORE = lazy_re(r"(?i)(?:ssid|network|netzwerk|netz|r[ée]seau|red|rete|netwerk|sie[ćc]|n[äa]tverk|netv[æa]rk|verkko|a[ğg]|name)[ \t:=]*\Z")
_SETTING = lazy_re(r"[A-Za-z_][\w.\-]*=")  # a setting written "name=value"
_JOINED = lazy_re(r"[^\W\d_]{2,}(?:[_\-.&+#][^\W_]{1,})+[!?#*]*")

# The end of a word: a word boundary, or none after a word in a script written without spaces ("密码改了吗").
_CJK_END = r"(?:(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|(?!\w))"
# (a question mark, or none when the line gives no value of its own: "kennt jemand das passwort vom drucker")
# (a Nordic "koden til e-conomic?" asks for a password as often as for a PIN)
_PASSWORD_ASK = lazy_re(r"(?i)" + password_words("pw", "pwd", "wifi", "wi-fi", "wlan", "koden") + r"(?:" + _CJK_END + r"[^\n]*[?？]|(?!\w)[^\n\d:=]*(?=\n))")
_ASK_KEYS = ("pw", "wifi", "wi-fi", "wlan", "koden")
_PASSWORD_WORD = lazy_re(r"(?i)(?<!\w)" + password_words("pw", "pwd", "key", "schl[üu]ssel", "cl[ée]", "chiave", "sleutel", "klucz") + _CJK_END)
_NAME_ASKED = lazy_re(r"(?i)(?<!\w)(?:ssid|network|netzwerk|r[ée]seau|red|rete|netwerk|sie[ćc]|n[äa]tverk|name|called|hei[ßs]t|nom|nombre|nome|naam|namn|navn)(?!\w)")

# A word for "code" with its endings ("kodu", "kódja", "koden", "código"), a PIN, a combination, or
# the CJK words for a PIN or a lock's number (no word boundary in those scripts).
_CODE_ASK = lazy_re(
    r"(?i)(?:(?<!\w)(?:pin|pincode|pin-code|passcode|combo|combination|k[oó]d\w{0,4}|\w+koden|code\w{0,3}|c[oó]digo|codice|koodi\w{0,3}|"
    r"код\w{0,2}|пин(?:-?код\w{0,2})?|пін(?:-?код\w{0,2})?|alarm\w*|allarme|alarme|alarma|tresor|safe|cadenas|candado|lucchetto|hangslot|k[łl][óo]dk\w*)(?!\w)"
    r"|暗証番号|暗証|番号|密码|密碼|门禁|口令|비밀번호|비번|번호|암호|รหัส)"
)
_CODE_ASK_KEYS = ("pin ", "pin?", "pin:", "pin,", "pin.", "pin\n", "pincode", "pin-", "code", "combo", "combination", "kod", "kód", "cód", "codi", "koodi", "код", "alarm", "allarme", "alarme",
                  "tresor", "safe", "cadenas", "candado", "lucchetto", "hangslot", "kłódk", "klodk", "пин", "пін", "รหัส",
                  "暗証", "番号", "密码", "密碼", "门禁", "口令", "비밀번호", "비번", "번호", "암호")
# Codes that are no secret, even when asked for ("the promo code?", "postcode?").
_NOT_ASKED = lazy_re(r"(?i)(?:" + BUSINESS_CODES + r")")
# The code said with a verb after other words ("ti è arrivato ora, è 552917", "just came, it's 4410").
# (or last, after a comma: "same as before, 4819")
_CODE_SAID_LATER = lazy_re(r"(?i)(?:(?<!\w)(?:è|é|is|es|ist|est|it['’]s|its|är|er|jest|to|je|now|nu|teraz|теперь|jetzt|ahora|agora|ora|use|usa|brug|gebruik|nimm|try with|try|essaie|prueba con|prueba|prova con|prova|tenta|probier mal|probier|probeer|spróbuj|dene|попробуй|"
    # (the code's own word before it: "รหัส 2468 ค่ะ", "pin 4471")
    r"code|pin|kod|kód|код|пин|รหัส|คือ)|[=:,])[ \t]+(?P<value>\d{4,8}[#*]?)(?=[ \t]*(?:[.!,;]|\n|$|"
    r"ค่ะ|คะ|ครับ|นะ|이요|예요|요|です))")
_CODE_ANSWER = lazy_re(r"(?P<value>[#*]?[A-Z]?\d{4,8}[A-Z]?[#*]?)(?=[ \t.!,;。、]|です|이에요|입니다|이요|예요|\n|$)")
# A count of a code's digits in the question is no value given ("비밀번호 4자리", "the 6-digit code").
_DIGIT_COUNT = lazy_re(r"(?i)\d{1,2}[ \t\-]?(?:자리|桁|位|digits?|chiffres|stellig\w*|stellen|cifre|d[ií]gitos|cyfr\w*|haneli|цифр\w*)")


# A message that corrects the one before ("actually no", "sorry", "new one is", "pardon, c'est").
_CORRECTION = lazy_re(
    r"(?i)(?<!\w)(?:actually|sorry|wrong|new one|not that|oops|correction|eigentlich|sorry|falsch|neue[rn]?|en fait|pardon|désolé|"
    r"nouveau|perd[óo]n|en realidad|nuevo|scusa|in realt[àa]|nuovo|desculpa|na verdade|novo|sorry|eigenlijk|nieuwe|przepraszam|"
    r"właściwie|nowy|förlåt|egentligen|nya|undskyld|faktisk|nye|anteeksi|uusi|pardon|aslında|yeni|извини|новый)(?!\w)"
)


def network_name_asked(line: str) -> bool:
    """A question about a network's name ("what's the wifi network called?"), not its key."""
    return bool(_NAME_ASKED.search(line)) and not _PASSWORD_WORD.search(line)


def _message(text: str, line_end: int) -> tuple[int, int] | None:
    """Where the message of the line after ``line_end`` starts and ends (after its speaker)."""
    start = line_end + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    speaker = _SPEAKER.match(text, start, end)
    return (speaker.end(), end) if speaker else None


def _password_answer(text: str, start: int, end: int, anywhere: bool = True) -> Candidate | None:
    """The password in a reply: its first word, or (``anywhere``: when the question named a
    password, not only a wifi) a password-shaped word later in it."""
    first = _FILLER.match(text, start, end)
    pos = first.end() if first else start
    phrase = _PHRASE.match(text, pos, end)
    if phrase:
        return Candidate(phrase.start(), phrase.end(), "SECRET", "secret", PASSWORD)
    for i, word in enumerate(_WORD.finditer(text, pos, end)):
        value = word.group(0).rstrip(".,")
        if "://" in value or "@" in value or _NETWORK_BEFORE.search(text, max(start, word.start() - 12), word.start()):
            continue
        if _SETTING.match(value):
            continue  # a connection string's "Host=10.1.2.3;..." under an error line is a setting, no answer
        # (or, first, eight letters and digits in one case: "chai4321pakode hai")
        if (password_like(value) and (i == 0 or anywhere)) or (i == 0 and len(value) >= 8 and (
                _JOINED.fullmatch(value) or passphrase_shaped(value) or _LETTERS_AND_DIGITS.fullmatch(value))):
            return Candidate(word.start(), word.start() + len(value), "SECRET", "secret", PASSWORD)
    return None


# A line that names a password, a passphrase or a PIN and ends in a colon: its value stands alone
# on the next line ("Its passphrase is ... also here:\n    orange tractor velvet 58", a PIN
# letter's "Your PIN:\n\n    2749").
_LABEL_LINE = lazy_re(r"(?i)(?<!\w)(?:" + password_words("pass ?phrase", "passphrase", "pin", "pin-code", "pincode", "geheimzahl") + r")(?!\w)"
                      r"[^\n]{0,120}?(?:[:：]|[ \t](?:is|es|ist|est|lautet|è|é|är|er|jest|to|je))[ \t]*\n")
_LABEL_KEYS = ("phrase", "pin", "geheimzahl")
_ALONE = lazy_re(r"(?:[ \t]*\n)?[ \t]*(?P<value>[^\s]{4,64}|[^\W\d_]{3,12}(?: [^\W\d_]{3,12}){2,5}(?: \d{1,4})?)[ \t]*(?:\n|$)")
# "password 0421 if it asks": a password of digits straight after its word, then a pause.
_DIGITS_AFTER = lazy_re(r"(?i)(?<![\w/?&])" + password_words("pwd", "pw") + r"[ \t]+(?P<value>\d{4,8})(?=[ \t]*(?:[,.;)]|\n|$)|[ \t]+(?:if|when|for|and|or|falls|wenn|si|se|als|als)(?!\w))")


def _at_keys(rule: re.Pattern[str], text: str, lower: str, keys: tuple[str, ...]) -> list[re.Match[str]]:
    """The matches of ``rule`` that start where one of ``keys`` starts (each rule here starts with
    its word, and each key is where its word starts): tried only there, not over a window."""
    starts = sorted({p for key in keys for p in key_starts(lower, key)})
    return [m for p in starts if (m := rule.match(text, p))]


def _labelled(text: str, lower: str) -> list[Candidate]:
    out = []
    keys = present_keys(lower, *_LABEL_KEYS, "pw")
    for m in _at_keys(_LABEL_LINE, text, lower, keys):
        alone = _ALONE.match(text, m.end())
        if not alone:
            continue
        value = alone.group("value")
        label = m.group(0).lower()
        if password_like(value) or (" " in value and "phrase" in label) or (value.isdigit() and ("pin" in label or "geheimzahl" in label)):
            out.append(Candidate(alone.start("value"), alone.end("value"), "SECRET", "secret", PASSWORD))
    for m in _at_keys(_DIGITS_AFTER, text, lower, keys):
        if text.startswith("PW ", m.start()) and len(m.group("value")) == 5:
            continue  # "..., Elizabethmouth, PW 25789": Palau's state code and a ZIP
        out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    return out


def find_secret_replies(text: str, lower: str) -> list[Candidate]:
    """The passwords and codes given as answers in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    if "\n" not in text:
        return [m for m in _labelled(text, lower) if m.end - m.start <= 8]  # (only the digits after a password word)
    out += _labelled(text, lower)
    for m in _at_keys(_PASSWORD_ASK, text, lower, present_keys(lower, *_ASK_KEYS)):
        line_end = text.find("\n", m.end())
        if network_name_asked(text[text.rfind("\n", 0, m.start()) + 1 : m.end()]):
            continue
        said = _message(text, line_end) if line_end >= 0 and not text[m.end() : line_end].strip() else None
        if said and (found := _password_answer(text, *said, anywhere=bool(_PASSWORD_WORD.search(m.group(0))))):
            out.append(found)
    seen: set[int] = set()  # (each line once, however many of its words are keys)
    for a, _b in keyword_windows(lower, _CODE_ASK_KEYS, 1, 0):
        line_end = text.find("\n", a)
        if line_end < 0 or line_end in seen:
            continue
        seen.add(line_end)
        # the cheap look first: does the next line answer with a code at all
        said = _message(text, line_end)
        if not said:
            continue
        first = _FILLER.match(text, *said)
        code = _CODE_ANSWER.match(text, first.end() if first else said[0], said[1]) or _CODE_SAID_LATER.search(text, *said)
        # (the next message may correct it with a verb: "actually no, 8406 was the old one. new one is 2915")
        then = _message(text, said[1])
        fixed = _CODE_SAID_LATER.search(text, *then) if then and _CORRECTION.search(text, *then) else None
        if not code and not fixed:
            continue
        line_start = text.rfind("\n", 0, a) + 1
        speaker = _SPEAKER.match(text, line_start, line_end)  # (a time stamp before it has digits)
        asked = _DIGIT_COUNT.sub("", text[speaker.end() if speaker else line_start : line_end])
        if any(c.isdigit() for c in asked):
            continue
        if _CODE_ASK.search(text, line_start, line_end) and not _NOT_ASKED.search(text, line_start, line_end):
            out += [Candidate(c.start("value"), c.end("value"), "SECRET", "secret", PASSWORD) for c in (code, fixed) if c]
    return out
