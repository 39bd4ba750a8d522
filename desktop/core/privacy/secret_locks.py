"""Codes of doors, gates, safes and key boxes in the forms handovers and chats write them, beside
those ``secret_forms`` and ``secrets`` read:

- a list item naming what the code opens, a colon, then the word "code" and the digits
  ("Sleutelkast parking: code 7315", "Key safe (car park): code 3081");
- a change announced with "new code" on a line that names what it opens ("Gate keypad code
  changed by security, new code 4902", "ovikoodi vaihtui: uusi koodi 8156");
- a safe's word, a verb or a colon, and the digits ("a do cofre é 7731", "le coffre : 55190");
- a code word, then "it's" written as people type it in a chat ("if it asks for a pin its 660193");
- a Turkish password word with "too" after it ("yazıcının şifresi de 4417");
- a SIM card's PUK, eight digits after its word ("die PUK 55120931").

A door code merely mentioned ("the courier gets the door code 4471") is meant to be passed on
and stays, as in ``secrets``: each form here says the code is given, changed or kept.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.secret_forms import _OPENS
from desktop.core.privacy.text_cache import keyword_windows

CODE = "A door, safe or alarm code"

_CODE_WORD = r"(?:code|kod|kodu|koodi|kode|koden|c[óo]digo|codice|combinatie|combinaci[óo]n|combinaison|kombination|combination|combo|pin)"
# What a code opens, with the words no other list holds (Finnish doors, gates, alarms and safes).
_OPENS_MORE = rf"(?:{_OPENS}|ovi|portti|h[äa]lytys|kassakaappi|avainkaappi|kulunvalvonta|trezor|skrinka|szekr[ée]ny|kapu|riasztó|(?:hoofd|zij|achter)?ingang|toegang|(?:haupt|neben|hinter)?eingang|entrada|entr[ée]e|ingresso|wej[śs]cie|giri[şs]|sisäänkäynti|ing[åa]ng)"
# (a code is digits, maybe closed by "#" or "*", or a combination's numbers apart by dashes)
_VALUE = r"(?P<value>\d{3,8}[#*]?|\d{1,3}(?:-\d{1,3}){2,3})(?![\w]|[./,]\d)"
_LISTED = lazy_re(rf"(?i)(?<![\w]){_OPENS_MORE}\w*[^\n:：\d]{{0,30}}[:：][ \t]*{_CODE_WORD}[ \t]+{_VALUE}")
_NEW_CODE = lazy_re(
    r"(?i)(?<![\w])(?:new|nouveau|nouvel|neuer|neue|nuevo|nueva|nuovo|nieuwe|nowy|nowa|yeni|ny|nya|nye|uusi|novo|nova|nový)[ \t]+"
    rf"{_CODE_WORD}[ \t]*(?:[:=：][ \t]*|(?:is|ist|est|es|è|é|on|er|är|jest)[ \t]+)?{_VALUE}"
)
_NEW_KEYS = ("new ", "nouve", "neue", "nuev", "nuov", "nieuwe", "nowy", "nowa", "yeni", "ny ", "nya", "nye", "uusi", "novo", "nova",
             "nový")
_OPENS_BEFORE = lazy_re(rf"(?i)(?<![\w]){_OPENS_MORE}")
_SAFE = lazy_re(
    r"(?i)(?<![\w])(?:safe|cofre|coffre(?:-fort)?|tresor|cassaforte|caja fuerte|sejf|trezor|kassask[åa]p|kassakaappi|kluis|pengeskab|"
    r"pengeskap)(?![\w])[ \t]*(?:(?:is|es|est|ist|è|é|er|är|jest|je|on)[ \t]+|[:：][ \t]*)" + _VALUE
)
_SAFE_KEYS = ("safe", "cofre", "coffre", "tresor", "cassaforte", "caja fuerte", "sejf", "trezor", "kassask", "kassakaappi", "kluis",
              "pengeska")
_ITS = lazy_re(rf"(?i)(?<![\w]){_CODE_WORD}[ \t]+(?:it['’]?s|it is)[ \t]+(?P<value>\d{{4,8}})(?![\w]|[./,]\d)")
_TOO = lazy_re(r"(?i)(?<![\w])(?:şifre(?:si)?|sifre(?:si)?|parola(?:s[ıi])?)[ \t]+(?:de|da|ise)[ \t]+(?P<value>[^\s\"'`,;]*\d[^\s\"'`,;]*)")
# A door's, gate's or safe's code in the scripts without spaces between words, and in Arabic,
# Hebrew and Russian ("仓库门禁码：5906", "金庫の暗証は 4417", "ورمز الخزنة 3916", "код домофона 27К4512").
_SCRIPT_LOCK = lazy_re(
    r"(?:门禁(?:码|密码)|門禁(?:碼|密碼)|门锁密码|門鎖密碼|(?:保险|保險)(?:柜|櫃|箱)(?:的)?(?:密码|密碼)|大门密码|ドアコード|解錠番号|"
    r"金庫(?:の)?(?:番号|暗証番号|暗証|コード)|オートロック(?:の)?(?:番号|暗証番号)|도어락(?: 비밀번호| 번호)?|금고(?: 비밀번호| 번호)|출입(?:문)? ?(?:코드|번호)|"
    # (a Korean lock named with its topic particle, its code after: "출입문은 7702 그대로예요")
    r"(?:출입문|현관문|금고|도어락|사물함)(?:은|는)|"
    r"رمز (?:ال)?(?:خزنة|باب|بوابة|البوابة|الباب|الخزنة)|קוד (?:ל?דלת|ה?כספת|ל?שער|ה?אזעקה)|"
    r"(?i:код(?:[ \t]+(?:от|для))?[ \t]+(?:двери|домофона|сейфа|замка|ворот|калитки|сигнализации)))"
    r"[^\n\d]{0,6}?[ \t:：]*(?P<value>\d{3,8}[#*]?|(?<=[ \t:：])\d{1,2}(?: \d{1,2}){2,4}(?![ \d]))(?![\w]|[./,]\d)"
)
_SCRIPT_LOCK_KEYS = ("门禁", "門禁", "门锁", "門鎖", "保险", "保險", "大门", "ドアコード", "解錠", "金庫", "オートロック", "도어락", "금고", "출입", "현관문", "사물함",
                     "رمز", "קוד", "код")
# A SIM card's PUK (its unblocking key, always eight digits) after its word: "PUK 55120931", "le
# PUK est 88213390", "PUK code: 44718820". Nothing else is called a PUK.
_PUK = lazy_re(r"(?i)(?<![\w])puk[12]?(?:[ \t\-]?(?:code|kod|kode|koodi|c[óo]digo|codice|номер|код))?(?![\w])[^\n\d]{0,20}?(?<![\d])(?P<value>\d{8})(?![\w])")
# (a safe's size or weight is no code: "the safe is 1200 mm wide")
_UNIT_AFTER = lazy_re(r"[ \t]*(?:mm|cm|m|kg|l|€|eur|\$|euro|litres?|liters?|x)(?![\w])")


def _add(out: list[Candidate], start: int, end: int) -> None:
    out.append(Candidate(start, end, "SECRET", "secret", CODE))


def find_lock_codes(text: str, lower: str) -> list[Candidate]:
    """Every code these forms give in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    for a, b in keyword_windows(lower, ("code", "kod", "koodi", "digo", "codice", "combina", "combo", "pin"), 40, 70):
        for m in _LISTED.finditer(text, a, b):
            _add(out, m.start("value"), m.end("value"))
        for m in _ITS.finditer(text, a, b):
            _add(out, m.start("value"), m.end("value"))
    for a, b in keyword_windows(lower, _NEW_KEYS, 40, 2):
        for m in _NEW_CODE.finditer(text, a, b):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _OPENS_BEFORE.search(text, max(line_start, m.start() - 90), m.start()):
                _add(out, m.start("value"), m.end("value"))
    for a, b in keyword_windows(lower, _SAFE_KEYS, 40, 2):
        for m in _SAFE.finditer(text, a, b):
            if not _UNIT_AFTER.match(text, m.end()):
                _add(out, m.start("value"), m.end("value"))
    for a, b in keyword_windows(lower, _SCRIPT_LOCK_KEYS, 40, 2):
        for m in _SCRIPT_LOCK.finditer(text, a, b):
            _add(out, m.start("value"), m.end("value"))
    for a, b in keyword_windows(lower, ("puk",), 40, 2):
        for m in _PUK.finditer(text, a, b):
            _add(out, m.start("value"), m.end("value"))
    for a, b in keyword_windows(lower, ("şifre", "sifre", "parola"), 60, 2):
        for m in _TOO.finditer(text, a, b):
            _add(out, m.start("value"), m.end("value"))
    return out
