"""Street addresses in Greek, Hebrew, Arabic, Persian and Thai script, as people write them in a
sentence or a form: "οδό Ερμού 45, 10563 Αθήνα", "Λεωφ. Κηφισίας 112, Μαρούσι 15125", "רחוב בן יהודה 112 בתל
אביב", "הרצל 27 דירה 4, חיפה", "١٤ شارع النصر، المعادي، القاهرة".

Each is anchored on the script's street word (or, in Hebrew, on a flat word after a house
number), so a text with none of them costs one substring search per word. Digits may be Arabic-
Indic. The town after the street is read to the end of its clause: a comma, a full stop or the
line's end.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows

_EL_WORD = r"[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+\.?"
_EL_TOWN = rf"{_EL_WORD}(?:[ \t\-]{_EL_WORD})?"
_EL_CODE = r"\d{3}[ \t]?\d{2}(?!\d)"
_GREEK = lazy_re(
    r"(?:(?:[Οο]δ(?:ός|ό|ού|\.)|Λεωφ(?:όρος|όρο|όρου|\.)|λεωφ(?:όρος|όρο|όρου|\.)|Πλατεία|πλατεία|Πλ\.)[ \t]+)"
    rf"{_EL_WORD}(?:[ \t]{_EL_WORD}){{0,2}}[ \t]+\d{{1,4}}[Α-Ωα-ω]?(?![\d\w])"
    rf"(?:,?[ \t]+(?:{_EL_CODE}[ \t]+{_EL_TOWN}|{_EL_TOWN}(?:[ \t]+{_EL_CODE})?))?"
)
_EL_KEYS = ("Οδ", "οδ", "Λεωφ", "λεωφ", "Πλατεία", "πλατεία", "Πλ.")
# Without the street word, a Greek street and number are read with a town and its postcode:
# "Τσιμισκή 45, Θεσσαλονίκη 54623", "Πανεπιστημίου 30, 106 79 Αθήνα".
_GREEK_WITH_CODE = lazy_re(
    # (a floor may stand before the postcode: "Πατησίων 76, 3ος όροφος, 104 34 Αθήνα")
    rf"(?<![\w.]){_EL_WORD}(?:[ \t]{_EL_WORD}){{0,2}}[ \t]+\d{{1,4}}[Α-Ωα-ω]?,[ \t]*(?:\d{{1,2}}(?:ος|ο)[ \t]+όροφος,[ \t]*)?(?:{_EL_CODE}[ \t]+{_EL_TOWN}|{_EL_TOWN}[ \t]+{_EL_CODE})"
)
_GREEK_CHAR = lazy_re(r"[Α-Ωα-ω]")

_HE = r"[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״\-]*"
_HE_NUMBER = r"\d{1,4}[\u05d0-\u05ea]?(?![\d])"
# (a flat, entrance or floor after the number: "דירה 4", "כניסה ב", "קומה 3")
_HE_PARTS = r"(?:,?[ \t]*(?:דירה|דירת|כניסה|קומה|ד'|ד׳)[ \t]*[\d\u05d0-\u05ea]{1,3})"
# (the town may carry its seven-digit postcode, and stand on the next line with it: "רמת גן 5257413")
_HE_TOWN = (
    rf"(?:(?:,[ \t]*|[ \t]+ב(?=[\u05d0-\u05ea]))(?:{_HE})(?:[ \t\-]{_HE})?(?:[ \t]+\d{{7}})?"
    rf"|[ \t]*\n[ \t]*(?:{_HE})(?:[ \t\-]{_HE})?[ \t]+\d{{7}})(?=[ \t]*(?:[,.;!?\n]|$))"
)
_HEBREW = lazy_re(
    # a street word first: "רחוב בן יהודה 112", "שד' רוטשילד 45", "דרך השלום 7"
    rf"(?:רחוב|רח'|רח׳|שדרות|שד'|שד׳|דרך|סמטת|סמ')[ \t]+{_HE}(?:[ \t]{_HE}){{0,2}}[ \t]+{_HE_NUMBER}{_HE_PARTS}*(?:{_HE_TOWN})?"
    # or no street word, but a flat after the number: "הרצל 27 דירה 4, חיפה" (not a floor alone:
    # "חדר ישיבות 3 קומה 2" is a meeting room)
    rf"|(?<![\u05d0-\u05ea])(?:{_HE})(?:[ \t]{_HE}){{0,2}}[ \t]+{_HE_NUMBER},?[ \t]*(?:דירה|דירת)[ \t]*\d{{1,3}}{_HE_PARTS}*(?:{_HE_TOWN})?"
)
_HE_KEYS = ("רחוב", "רח'", "רח׳", "שדרות", "שד'", "שד׳", "דרך", "סמטת", "סמ'", "דירה", "דירת", "כניסה", "קומה")

_AR = r"[\u0621-\u064a\u0671-\u06d3]+"
_AR_DIGITS = r"[0-9\u0660-\u0669\u06f0-\u06f9]{1,4}"
# (the town may carry its postcode: "، الرياض 13327")
_AR_PARTS = rf"(?:[ \t]*[،,][ \t]*{_AR}(?:[ \t]{_AR})?(?:[ \t]+[0-9\u0660-\u0669]{{5}})?){{0,3}}(?=[ \t]*(?:[.،,؛!?\n]|$))"
# (a floor and a flat after the town: "، الدور الخامس شقة 10")
_AR_FLAT = rf"(?:[ \t]*[،,][ \t]*(?:الدور|الطابق)[ \t]+{_AR})?(?:[ \t]*[،,]?[ \t]*(?:شقة|شقه)[ \t]*{_AR_DIGITS})?"
_AR_STREET = r"(?:شارع|ش\.|طريق|زنقة|نهج|درب)"
_ARABIC = lazy_re(
    # the number first: "١٤ شارع النصر، المعادي، القاهرة"; or after the street: "شارع الجمهورية رقم 12"
    rf"{_AR_DIGITS}[ \t]+{_AR_STREET}[ \t]+{_AR}(?:[ \t]{_AR}){{0,2}}{_AR_PARTS}{_AR_FLAT}"
    rf"|(?:شارع|طريق|زنقة|نهج)[ \t]+{_AR}(?:[ \t]{_AR}){{0,2}}[ \t]+(?:رقم[ \t]+)?{_AR_DIGITS}(?![\d\u0660-\u0669]){_AR_PARTS}{_AR_FLAT}"
    # or the flat first, then its building and the street: "شقة 1204، برج الوليد، شارع الشيخ زايد، دبي"
    rf"|(?:شقة|شقه)[ \t]*{_AR_DIGITS}[ \t]*[،,][ \t]*(?:(?:برج|عمارة|مبنى|بناية|فيلا)[ \t]+{_AR}(?:[ \t]{_AR}){{0,2}}[ \t]*[،,][ \t]*)?"
    rf"{_AR_STREET}[ \t]+{_AR}(?:[ \t]{_AR}){{0,2}}{_AR_PARTS}"
    # or the district, the street, then the building's or villa's number, as Gulf addresses write
    # them: "حي النرجس، شارع الأمير سلطان، مبنى 27، الرياض 13327", "شارع الوصل، فيلا 42، دبي"
    rf"|(?:(?:حي|حى)[ \t]+{_AR}(?:[ \t]{_AR})?[ \t]*[،,][ \t]*)?{_AR_STREET}[ \t]+{_AR}(?:[ \t]{_AR}){{0,2}}"
    rf"[ \t]*[،,][ \t]*(?:مبنى|مبنا|عمارة|بناية|فيلا|فيللا|منزل)[ \t]*(?:رقم[ \t]*)?{_AR_DIGITS}(?![\d\u0660-\u0669]){_AR_PARTS}{_AR_FLAT}"
)
_AR_KEYS = ("شارع", "ش.", "طريق", "زنقة", "نهج", "درب", "شقة", "شقه")
# Persian: the town, streets and alleys, then the house's plate number ("پلاک"), which makes it an
# address: "تهران، خیابان ولیعصر، کوچه ۱۲، پلاک ۴".
_FA_PART = rf"(?:خیابان|بلوار|کوچه|میدان|بن‌بست|خ\.)[ \t]+(?:{_AR_DIGITS}|{_AR})(?:[ \t]{_AR}){{0,2}}"
_PERSIAN = lazy_re(
    rf"(?:{_AR}(?:[ \t]{_AR})?[ \t]*[،,][ \t]*)?{_FA_PART}(?:[ \t]*[،,][ \t]*{_FA_PART}){{0,3}}[ \t]*[،,]?[ \t]*پلاک[ \t]*{_AR_DIGITS}"
    rf"(?:[ \t]*[،,]?[ \t]*(?:واحد|طبقه)[ \t]*{_AR_DIGITS})*"
)
_FA_KEYS = ("پلاک",)
# Thai: a house number, then road or soi words and the districts, ending in the postcode:
# "99/12 ถนนสุขุมวิท ซอย 22 แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110".
_THAI = lazy_re(
    r"\d{1,4}(?:/\d{1,4})?[ \t]+(?:หมู่(?:ที่)?[ \t]*\d{1,3}[ \t]+)?(?:ถนน|ถ\.|ซอย|ซ\.|หมู่บ้าน)[^\n,;]{1,100}?[ \t]\d{5}(?!\d)"
)
_TH_KEYS = ("ถนน", "ถ.", "ซอย", "ซ.", "หมู่")


def more_script_addresses(text: str) -> list[Candidate]:
    """Greek, Hebrew and Arabic street addresses in ``text``, each rule only near its words."""
    found: dict[tuple[int, int], None] = {}
    for rule, keys, before in ((_GREEK, _EL_KEYS, 1), (_HEBREW, _HE_KEYS, 40), (_ARABIC, _AR_KEYS, 30),
                               (_PERSIAN, _FA_KEYS, 120), (_THAI, _TH_KEYS, 14)):
        for a, b in keyword_windows(text, keys, 140, before):
            for m in rule.finditer(text, a, b):
                if any(ch.isdigit() for ch in m.group(0)):
                    found[m.span()] = None
    if _GREEK_CHAR.search(text):
        found.update((m.span(), None) for m in _GREEK_WITH_CODE.finditer(text))
    return [Candidate(a, b, "ADDRESS") for a, b in found]
