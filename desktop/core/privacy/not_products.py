"""Name finds that a product's or a firm's own shape gives away: a camel-case brand ("Nexi
XPay", "Dell PowerEdge"), a part named with its standard ("Scheibe DIN 125"), a service named
with an English "-ing" word ("Wilson Parking", "Monobank Acquiring"), a product glued to a
Finnish or Swedish compound by a hyphen ("Visma Severa -koulutus"), a Vietnamese firm's words
("Công ty TNHH Thương mại"), a Japanese department in katakana ("情報システム部"), a bank named
before an account's details ("Capitec, branch 470010").

These are listed first names or surnames, or words no list holds, after another capitalised
word; hidden as a person, the answer talks about "[PERSON_2]" where the text named a product.
"""

from __future__ import annotations

import re

from desktop.core.privacy.lexicon import Lexicon, strip_accents
from desktop.core.privacy.word_lists import word_set

# An inner capital after two capitals or after a lowercase letter ("XPay", "PowerEdge",
# "iPhone"); not the capitals of a surname's prefix ("McDonald", "DeVries", "MacLeod", "O'Brien").
_CAMEL = re.compile(r"^(?:[A-Z]{2,}[a-z]{2,}|[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z][a-z]\w*)$")
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Del|Della|Dos|Des)[A-Z]")
# Bodies that publish standards, before the standard's number ("DIN 933", "ISO 9001", "EN 1090").
_STANDARD_AFTER = re.compile(r"[ \t]+\d{2,5}(?![\d])")
_STANDARDS = frozenset({"din", "iso", "en", "iec", "astm", "ansi", "bs", "nf", "une", "uni", "čsn", "csn", "pn",
                        "gost", "jis", "sae", "vde", "ieee", "ul"})
# A Finnish or Swedish compound written after a proper name with a hyphen ("Teams -kokous").
_GLUED_COMPOUND = re.compile(r"[ \t]+-[a-zäöåü]{3,}")
_VIETNAMESE_FIRM = re.compile(r"(?i)(?:công[ \t]+ty|tnhh|cổ[ \t]+phần|tập[ \t]+đoàn)")
_FIRM_LOWER_AFTER = re.compile(r"[ \t]+(?:ty|mại|phần)(?![\w])")
# A bank's name, then the details of an account held there ("Capitec, branch 470010", "Monzo 04-00-04").
_BANK_DETAILS_AFTER = re.compile(
    r"(?i)[ \t]*[,:(\-–]?[ \t]*(?:branch|acc(?:ount)?\b|acct|a/c|sort|bsb|iban|swift|bic|konto|cuenta|conta|compte|\d{4,})"
)
_CJK_UNIT = re.compile(r"[\u30a0-\u30ff]{2,}(?:部|課|室|センター|チーム|グループ|デスク)|(?:ヘルプデスク|サポートセンター|コールセンター)")


def a_product_or_firm(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the find at ``start:end`` is a product or a firm by its own shape."""
    value = text[start:end]
    words = value.split()
    if not words:
        return False
    if len(words) > 1 and any(_camel(w, lex) for w in words):
        return True  # "Nexi XPay", "Dell PowerEdge"
    if value.casefold() in word_set("bank_names.txt") and _BANK_DETAILS_AFTER.match(text, end):
        return True  # "Capitec, branch 470010, acc ...": the bank an account is held at
    if len(words) > 1 and words[-1].casefold() in _STANDARDS and _STANDARD_AFTER.match(text, end):
        return True  # "Scheibe DIN 125", "Zertifikat ISO 9001"
    if len(words) > 1 and _a_service(words[-1], lex) and not _first(lex, words[-1]):
        return True  # "Wilson Parking", "Monobank Acquiring"
    if _GLUED_COMPOUND.match(text, end):
        return True  # "Visma Severa -koulutus": the training on a product
    if _VIETNAMESE_FIRM.search(value) or (_VIETNAMESE_FIRM.fullmatch(value + text[end : end + 3]) is not None):
        return True  # "TNHH Thương mại", "Công ty"
    if words[-1] in ("Công", "Cổ", "Tập") and _FIRM_LOWER_AFTER.match(text, end):
        return True
    return _CJK_UNIT.search(value) is not None  # "情報システム部 ヘルプデスク"


def _camel(word: str, lex: Lexicon) -> bool:
    """A camel-case brand, not a name written so ("JoAnn", "MaryKay": a first name before the capital)."""
    if not _CAMEL.match(word) or _SURNAME_PREFIX.match(word) or _first(lex, word) or lex.is_surname(word):
        return False
    head = _INNER_CAPITAL.split(word, maxsplit=1)[0]
    return not (len(head) > 1 and _first(lex, head))


_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _a_service(word: str, lex: Lexicon) -> bool:
    """An everyday English "-ing" word that no list holds as a surname ("Parking", "Acquiring",
    "Catering"; "Manning", "Fleming" are surnames)."""
    low = word.casefold()
    return len(low) >= 6 and low.endswith("ing") and lex.rank(word) < 1_000_000 and not lex.is_surname(word)


def _first(lex: Lexicon, word: str) -> bool:
    return lex.is_first_name(word) or lex.is_first_name(strip_accents(word))
