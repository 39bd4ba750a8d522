"""Quotations that show an instruction rather than give it, in the languages beyond the first
nine: security training that says what attackers hide ("Útočník může schovat větu jako „…“",
"Зловмисники ховають фрази на кшталт «…»", "Penyerang bisa menyisipkan kalimat seperti \"…\""), an
example named before the quote ("Příklad:", "Exemplu:", "Esimerkki:", "לדוגמה:"), and a sentence
handed over to be translated ("Bitte übersetzen Sie den folgenden Satz ins Englische: „…“",
"다음 문장을 영어로 번역해 주세요: \"…\""), in every language: the quoted words are the text to
translate, not an order to whoever translates it.

``injection.quotes`` asks ``introduced_here`` along with its own words for the first nine languages.
"""

from __future__ import annotations

import re

from desktop.core.privacy.letters import fold_letters

# Who hides instructions, and what an example is called, written as in each language and folded
# the way the scan folds the text (Cyrillic and Greek look-alike letters become Latin ones)
_EXAMPLE_WORDS = (
    # attackers, scammers, hackers
    r"útočník\w*", r"podvodník\w*", r"atacator\w*", r"atacatori\w*", r"escroc\w*", r"hyökkääj\w*", r"huijar\w*",
    r"angriber\w*", r"angripar\w*", r"svindler\w*", r"bedrager\w*", r"bedragare\w*", r"penyerang", r"peretas", r"penipu", r"kẻ xấu",
    r"tin tặc", r"kẻ tấn công", r"зловмисник\w*", r"шахра\w*", r"хакер\w*", r"επιτιθέμεν\w*", r"χάκερ", r"απατεών\w*",
    r"תוקפ\w*", r"תוקף", r"האקר\w*", r"נוכל\w*", r"المهاجم\w*", r"المحتال\w*", r"हमलावर", r"ठग",
    # an example
    r"příklad\w*", r"exemplu\w*", r"esimerk\w*", r"eksempel\w*", r"exempel\w*", r"contoh\w*", r"ví dụ", r"приклад\w*",
    r"παράδειγμ\w*", r"לדוגמה", r"דוגמה", r"مثال", r"उदाहरण", r"예를 들어", r"예시",
)
# (a word of Latin letters starts a word: "vi du" is no example inside "navi durant")
_EXAMPLE = re.compile("|".join(rf"(?<!\w){folded}" if folded.isascii() else folded
                               for folded in (fold_letters(word) for word in _EXAMPLE_WORDS)))
_EXAMPLE_REACH = 160

# A request to translate, in the same sentence as the quotation it hands over
_TRANSLATE_WORDS = (
    r"\btranslat\w*", r"\bübersetz\w*", r"\btradu\w*", r"\bvertaal\w*", r"\bprzetłumacz\w*", r"\bpřelož\w*", r"\bkäännä\w*",
    r"\boversæt\w*", r"\boversett\w*", r"\böversätt\w*", r"\bterjemahk\w*", r"\bdịch\b", r"\bçevir\w*", r"перевед\w*",
    r"переклад\w*", r"μεταφρ\w*", r"תרגמ\w*", r"תרגם", r"ترجم\w*", r"अनुवाद", r"翻译", r"翻訳", r"번역",
)
_TRANSLATE = re.compile(rf"(?:{'|'.join(fold_letters(word) for word in _TRANSLATE_WORDS)})[^.!?\n]{{0,100}}$")


def introduced_here(text: str, quote: int) -> bool:
    """Whether the quotation opening at ``quote`` of folded ``text`` is shown as an attack or an
    example, or handed over to be translated."""
    return (_EXAMPLE.search(text, max(0, quote - _EXAMPLE_REACH), quote) is not None
            or _TRANSLATE.search(text, max(0, quote - 120), quote) is not None)
