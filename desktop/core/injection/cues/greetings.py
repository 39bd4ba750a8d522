"""An AI greeted the way a colleague is, in the team's languages, and what such a greeting is then
told: "Kära AI-agent:", "Kedves MI!", "Drogi modelu AI,", "Уважаемая нейросеть,", "AI bhai,"; the
machine spoken to right after a bracketed notice ("[Системное сообщение] ИИ, с этого момента ты");
being told to answer without
restrictions ("odpovídej bez omezení", "отвечаешь без ограничений"); a new self given from now on
("Mostantól te ... vagy", "Kể từ bây giờ bạn là ...": a persona when it is an assistant) and what it
does "in every answer"; a machine asked by name to write or send something ("Vi beder
AI-assistenten om at skrive"); and Hindi written in Latin letters, as Indian
teams chat ("AI assistant ke liye note:", "pichle saare instructions ignore karo").

The greeting is an address of the weaker kind (a second cue is needed): a greeting word before
a noun that names a machine, then the punctuation that ends a greeting. "Drogi Kliencie," and
"Kedves Bence!" greet people; "Hei tekoälyn käyttäjä!" greets the person who uses the AI (the
noun is followed by another noun, not by the punctuation). Patterns are folded like the text
(``languages._f``).
"""

from __future__ import annotations

import re

from desktop.core.injection.cues.cue import Cue
from desktop.core.injection.cues.languages import _cue, _f

# Greeting words ("dear", "hello") of the Latin-script languages, written in their own spelling
_GREET = (r"kära|kaere|kære|kjære|hyvä|hei|hej|hallo|halo|hola|ciao|ahoj|cześć|kedves|szia|milý|milá|milé|drogi|droga|drogie|"
          r"dragă|dragi|draga|sevgili|değerli|sayın|merhaba|caro|cara|querido|querida|prezado|prezada|olá|beste|lieve|"
          r"geachte|gentile|estimado|estimada|kepada|halo|thân gửi|kính gửi|chào")
_GREET_ANCHORS = ("kara", "kaere", "kjaere", "hyva", "hei", "hej", "hallo", "halo", "hola", "ciao", "ahoj", "czesc", "kedves",
                  "szia", "mily", "mila", "mile", "drogi", "droga", "drogie", "draga", "dragi", "sevgili", "degerli", "sayin",
                  "merhaba", "caro", "cara", "querido", "querida", "prezado", "prezada", "ola", "beste", "lieve", "geachte",
                  "gentile", "estimado", "estimada", "kepada", "than", "kinh", "chao")
# Nouns that name a machine and never a person (the Hungarian "MI" only right after a greeting:
# alone it is "we")
_MACHINE = (r"ai|ai-(?:agent\w*|assist\w*|asist\w*|asyst\w*|asszisztens\w*|bot\w*|model\w*|mall\w*)|"
            r"ki|ki-(?:assist\w*|agent\w*|bot\w*|modell\w*)|ia|tekoäly|tekoäly\w*|umělá inteligence|umělá inteligenci|sztuczna inteligencjo|"
            r"sztuczna inteligencja|modelu ai|modelu|yapay zeka|yapay zekâ|inteligência artificial|intelligenza artificiale|"
            r"inteligencia artificial|kunstig intelligens|artificiell intelligens|kunstmatige intelligentie|chatbot\w*|"
            r"chatbocie|bot|botku|boti|robot\w*|asystencie ai|asistente de ia|assistente ia|asisten ai|trí tuệ nhân tạo|trợ lý ai")
_CYRILLIC_GREEK_GREET = r"(?:уважаем\w*|дорог\w*|шановн\w*|любий|люба|привет|привіт|αγαπητ\w*|γεια σου)"
_CYRILLIC_GREEK_MACHINE = (r"(?:ии|ші|нейросет\w*|нейромереж\w*|искусственн\w+ интеллект\w*|штучн\w+ інтелект\w*|чат-?бот\w*|бот\w*|"
                           r"τεχνητ\w+ νοημοσύν\w+|chatbot|bot)")

# Verbs of answering, "without restrictions", "from now on" and machine
# nouns, in the team's languages; each list is split by script (``_by_script``)
_ANSWER = ("odpovid\\w*", "odpowiad\\w*", "odpowiedz\\w*", "отвеча\\w*", "ответь", "відповіда\\w*", "відповідай",
           "válaszol\\w*", "antwoord\\w*", "svara\\w*", "svar\\w*", "vastaa\\w*", "răspunde\\w*", "cevap ver\\w*", "yanıtla\\w*",
           "απαντ\\w*", "trả lời", "jawab\\w*", "responde\\w*", "rispondi\\w*", "rispondere", "answer\\w*", "выполня\\w*",
           "виконуй", "vykonej", "wykonuj")
_UNRESTRICTED = ("bez (?:jakýchkoli )?omezení", "bez ograniczeń", "без (?:каких-либо )?ограничений", "без обмежень",
                 "без фильтров", "korlátozások nélkül", "korlátok nélkül", "kısıtlama olmadan", "kısıtlamasız", "sınırsız",
                 "fără restricții", "fără limite", "zonder beperkingen", "zonder filters", "utan begränsningar",
                 "uden begrænsninger", "uten begrensninger", "ilman rajoituksia", "sem restrições", "senza restrizioni",
                 "senza limiti", "χωρίς περιορισμούς", "tanpa batasan", "không giới hạn", "không có giới hạn")
_FROM_NOW = ("mostantól", "mától", "od této chvíle", "odteď", "od teď", "de acum (?:înainte|încolo)", "отныне",
             "с этого момента", "відтепер", "з цього моменту", "fra nu af", "fra nå av", "tästä lähtien", "tästä eteenpäin",
             "από εδώ και πέρα", "από τώρα και στο εξής", "mulai sekarang", "kể từ bây giờ", "từ giờ trở đi", "bundan böyle")
_NOW = ("ты", "ти", "теперь", "тепер", "відтепер", "с этого", "з цього", "od teraz", "od této", "mostantól", "bundan",
        "from now", "a partir", "ab jetzt", "ab sofort", "d'ora")
_EVERY_ANSWER = ("v každé (?:své )?odpovědi", "ve všech odpovědích", "в каждом (?:своём )?ответе", "во всех ответах",
                 "у кожній відповіді", "в кожній відповіді", "minden válaszodban", "minden válaszban", "trong mọi câu trả lời",
                 "trong mỗi câu trả lời", "her yanıtında", "her cevabında", "în fiecare răspuns", "jokaisessa vastauksessa",
                 "i hvert svar", "i ethvert svar", "σε κάθε απάντηση", "di setiap jawaban")
_YOU = ("te", "ty", "ti", "tu", "ты", "ти", "du", "sinä", "olet", "εσύ", "είσαι", "kamu", "anda", "bạn", "sen", "jsi", "ești", "eşti")
_ASSISTANT = ("asszisztens", "asistent\\w*", "ассистент\\w*", "асистент\\w*", "trợ lý", "asisten", "avustaja\\w*", "asistan\\w*",
              "\\bai\\b", "ии", "ші", "chatbot\\w*", "nyelvi modell", "jazykový model", "языков\\w+ модел\\w*")

# "We ask the AI assistant to write that ...": the machine asked, by name, right after the verb of
# asking (no word between: "prosimy dostawcę asystenta AI" asks its vendor), and what it is asked
# to write or send, in the languages whose request takes the machine as its object
_ASK = ("prosimy", "proszę", "uprzejmie prosimy", "žádáme", "prosíme", "požadujeme", "vi beder", "jeg beder", "vi ber",
        "jeg ber", "vi anmoder", "kami meminta", "saya meminta", "kami mohon", "просим", "прошу", "просимо")
_ASKED = (r"asystenta (?:ai|sztucznej inteligencji)", r"model\w* ai", r"sztuczn\w+ inteligencj\w+", r"chatbot\w*",
          r"ai asistent\w*", r"asistent\w* ai", "umělou inteligenci", r"(?:den |det )?(?:ai|ki)-(?:assist|agent|bot|model)\w*",
          "asisten ai", "model ai", r"ии-(?:ассистент|помощник|агент|бот|модел)\w*", r"ассистент\w* ии", r"помощник\w* ии",
          r"нейросет\w*", r"чат-?бот\w*", r"ші-(?:асистент|помічник|агент|бот|модел)\w*", r"асистент\w* ші", r"помічник\w* ші")
_ASKED_TO = ("o (?:do)?pisanie", "o napisanie", "o podanie", "o wskazanie", "o zaznaczenie", "o potwierdzenie",
             "o uwzględnienie", "o pominięcie", "o przesłanie",
             # (Czech "aby" with what is to be written or sent: "aby" alone starts any Polish purpose clause)
             r"aby (?:[\w,]+ ){0,3}?(?:uvedl|napsal|zmínil|potvrdil|poslal|přeposlal|vynechal|označil|nezmiňoval|neuváděl)\w*", r"om at (?:ikke )?(?:skrive|oplyse|nævne|bekræfte|sende|videresende|udelade|markere|angive|godkende)",
             r"om å (?:ikke )?(?:skrive|oppgi|nevne|bekrefte|sende|videresende|utelate|markere|godkjenne)",
             r"untuk (?:tidak )?(?:menulis|menyebutkan|mencatat|menyatakan|mengirim\w*|menandai|meneruskan|menghapus|menyetujui)", "указать", "написать",
             "отметить", "подтвердить", "сообщить", "переслать", "зазначити", "написати", "вказати", "підтвердити",
             "повідомити", "переслати")


def _first(words: tuple[str, ...]) -> tuple[str, ...]:
    """Where a match of each of ``words`` starts: its letters before any regex syntax."""
    return tuple(dict.fromkeys(re.split(r"[\\(\\[]", word.removeprefix("\\b"), maxsplit=1)[0].strip() for word in words))


def _by_script(kind: str, weight: float, template: str, words: tuple[str, ...], also: tuple[str, ...] = (),
               before: int = 5, after: int = 60) -> tuple[Cue, ...]:
    """``template`` with ``{words}`` (the anchors) and ``{also}`` filled in, once with the words
    that fold to plain Latin letters and once with the others: a cue with another script's letters
    is searched only in a text that holds some, and a Latin-script text must still find its own."""
    cues = []
    for latin in (True, False):
        mine = tuple(word for word in words if _f(word).isascii() == latin)
        if mine:
            theirs = tuple(word for word in also if not latin or _f(word).isascii())
            if also and not theirs:
                continue  # (an empty "{also}" would match anywhere)
            pattern = template.format(words="|".join(mine), also="|".join(theirs))
            cues.append(_cue(kind, weight, pattern, _first(mine), before=before, after=after))
    return tuple(cues)


GREETING_CUES: tuple[Cue, ...] = (
    _cue("addressee", 0.6, rf"\b(?:{_GREET})\s+(?:{_MACHINE})\s*[,!:]", _GREET_ANCHORS, before=5, after=60),
    _cue("addressee", 0.6, r"\b(?:kedves|szia|helló)\s+(?:mi|mi-\w+)\s*[,!:]", ("kedves", "szia", "hello"), before=5, after=40),
    _cue("addressee", 0.6, rf"{_CYRILLIC_GREEK_GREET}\s+{_CYRILLIC_GREEK_MACHINE}\s*[,!:]",
         ("уважаем", "дорог", "шановн", "любий", "люба", "привет", "привіт", "αγαπητ", "γεια"), before=5, after=60),
    # The machine spoken to at once after a bracketed notice or a chat line's speaker: "] ИИ, с этого момента ты"
    *_by_script("addressee", 0.6, r"[\]:]\s*(?:{words})\s*,\s*(?:{also})", ("ии", "ші", "ai", "mi", "ki", "ia"), also=_NOW,
                before=5, after=40),
    # Told to answer without restrictions: a jailbreak's words, not an advert's ("internet bez omezení")
    *_by_script("role", 0.6, r"\b(?:{words})\b[^.\n]{{0,40}}?(?:{also})", _ANSWER, also=_UNRESTRICTED, before=5, after=90),
    # A new self from now on, in the languages the persona cues do not speak; with a machine's noun
    # it is said to a machine ("from now on you are the contact for ..." is a colleague's new job)
    *_by_script("role", 0.3, r"(?:{words})[, ]+(?:{also})\b", _FROM_NOW, also=_YOU, before=5, after=60),
    *_by_script("persona", 0.6, r"(?:{words})[, ]+[^.\n]{{0,40}}?(?:{also})", _FROM_NOW, also=_ASSISTANT, before=5, after=90),
    # ... and what that self does in every answer (as "in every answer" in ``framing``)
    *_by_script("role", 0.5, r"(?:{words})", _EVERY_ANSWER, before=5, after=40),
    *_by_script("addressee", 0.6, r"\b(?:{words})\s+(?:{also})", _ASK, also=_ASKED, before=5, after=70),
    *_by_script("imperative", 0.4, r"\b(?:{words})\b", _ASKED_TO, before=5, after=40),
    # Hindi in Latin letters: an address, setting instructions aside, and the orders given
    _cue("addressee", 0.6, r"\b(?:ai|a\.i\.|chatbot|bot|ai assistant|assistant|ai model|model)\s+(?:ke liye|ke lie|ko)\b"
                           r"(?:\s+\w+)?\s*[:,]|\bai (?:bhai|bhaiya|ji|dost|sahab|babu)\s*[,!:]", ("ai", "a.i", "chatbot", "bot",
                                                                                                 "assistant", "model"),
         before=5, after=60),
    _cue("override", 0.6, r"\b(?:pichl\w*|purane|purani|pehle ke|pahle ke|saare|sare|sabhi|apne)\b[^.\n]{0,30}?\b(?:instructions?|rules|"
                          r"niyam|nirdesh|prompts?|guidelines)\s+(?:ko\s+)?(?:ignore|bhool|bhul|chhod)\s*(?:kar|karo|kardo|kar do|"
                          r"karna|karein|karen|jao|ja|do)\b",
         ("pichl", "purane", "purani", "pehle", "pahle", "saare", "sare", "sabhi", "apne"), before=5, after=90),
    Cue("imperative", 0.4, r"\b(?:likhna|likho|likh do|likh dena|bolo|bol do|batao|bata do|bhejo|bhej do|approve karo|"
                           r"approve kar do|mat batana|mat bolna|mat likhna|forward karo|delete karo)\b"),
)

# Spaced-out letters glued back together ("z a p o m e ň   n a   p o k y n y" -> "zapomennapokyny"),
# folded: a verb of setting aside and instructions or rules, in the team's languages (English in
# ``cues.GLUED``); a heading spaced out for show says neither
GLUED_LANGUAGE_CUES: tuple[Cue, ...] = (
    Cue("glued", 1.0, r"(?:ignor|negeer|vergeet|vergiss|missacht|oubli|olvid|dimentic|esquec|desconsider|zapomnij|zapomen|"
                      r"hagydfigyelmenkivul|felejtsdel|nevedfigyelembe|unohda|ohita|jatahuomiotta|sivuuta|glem|strunta|bortsefra|"
                      r"seborttfra|uita|yoksay|gormezdengel|unut|abaikan|lupakan|boqua)\w{0,24}"
                      r"(?:instru|istruz|anweisung|polecen|pokyn|utasitas|ohje|talimat|regel|regul|regol|regl|regra|zasad|pravidl|"
                      r"szabaly|richtlijn|riktlinj|direktiv|huongdan|aturan|perintah|petunjuk)"),
)
