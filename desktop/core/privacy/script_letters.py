"""Names in scripts no name list covers well (Georgian, Armenian, Bengali, Tamil, Persian, Urdu,
Devanagari, Hebrew, Arabic, Greek), placed by the grammar around them rather than by a list:

- a letter's greeting line ("ბატონო გიორგი,", "Հարգելի Արամ,", "প্রিয় তানভীর,", "سلام آقای فرهادی،");
- the line under a closing ("პატივისცემით,\\nთამარ გელაშვილი", "با احترام،\\nشیرین");
- the person a verb of speaking, meeting or contacting takes, in each language's own grammar:
  a postposition or case ending after the name ("ნინო ბერიძესთან ვისაუბრე", "Անի Սարգսյանի հետ",
  "নুসরাত জাহান এর সাথে", "عائشہ ملک سے بات", "प्रियंका त्रिपाठी से बात"), a preposition before it
  ("با نیلوفر رضایی صحبت کردم", "דיברתי אתמול עם נועם ברקוביץ על", "تحدثت أمس مع مريم المهيري
  بخصوص"), or an imperative ("დაუკავშირდით ლევან კაპანაძეს", "զանգահարեք Տիգրան ...ին");
- in Greek, a capitalised word after an article that a verb takes as its subject ("Ο Χαράλαμπος
  θα έρθει") or that "με" takes after a verb of speaking ("μίλησα με την Ευανθία ...");
- once a person is found so, their first name elsewhere in the text, with the case ending that
  Georgian, Armenian, Bengali and Tamil glue on ("Անին" after "Անի Սարգսյանի");
- in Cyrillic, a capitalised word the lists lack placed the same way ("Поздрави,\nСветослав",
  "говорих с Благовест Стоянов", "пусть Агата позвонит", "— Елисей, но он в отпуске").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate

# Letters of the scripts read here (Arabic-script punctuation ، ؛ ؟ ۔ and the Indic danda left out:
# they end a word as a space does; the zero-width non-joiner stays inside Persian words).
_LETTERS = (
    "\u10d0-\u10ff"  # Georgian
    "\u0531-\u0556\u0561-\u0587"  # Armenian
    "\u0980-\u09e3\u09e6-\u09ff"  # Bengali
    "\u0b80-\u0bff"  # Tamil
    "\u0900-\u0963\u0966-\u097f"  # Devanagari
    "\u0621-\u065f\u066e-\u06d3\u06d5\u200c"  # Arabic, Persian, Urdu
    "\u05d0-\u05ea"  # Hebrew
)
_SCRIPT = re.compile(f"[{_LETTERS}]")
_W = f"[{_LETTERS}]{{2,24}}"
_NAME = rf"{_W}(?:[ \t]{_W})?"
_NAME3 = rf"{_W}(?:[ \t]{_W}){{0,2}}"

_GREETINGS = (
    "ბატონო|ქალბატონო|გამარჯობა|ძვირფასო|სალამი|Հարգելի|Սիրելի|Բարև|Բարեւ|প্রিয়|নমস্কার|হ্যালো|জনাব|"
    "வணக்கம்|அன்புள்ள|அன்பு|سلام|درود|جناب|محترم|محترمہ|عزيزي|عزيزتي|नमस्ते|नमस्कार|प्रिय|आदरणीय|שלום|היי"
)
_TITLES = "آقای|خانم|سرکار خانم|جناب|Պարոն|Տիկին|শ্রী|শ্রীমতী|திரு|திருமதி|श्री|श्रीमती|ბატონ|ქალბატონ"
_AFTER_NAME = "جی|صاحب|صاحبہ|जी|साहब|ভাই|আপা|দিদি|দাদা|அவர்களே|ஜி"
_GREETING = re.compile(
    rf"(?m)^[ \t]*(?:{_GREETINGS})[ \t]+(?:(?:{_TITLES})[ \t]+)?(?P<n>{_NAME3}?)"
    rf"(?:[ \t]+(?:{_AFTER_NAME}))?[ \t]*[,،!:՝]?[ \t]*$"
)
_CLOSINGS = (
    "პატივისცემით|მადლობით|მადლობა|საუკეთესო სურვილებით|Հարգանքով|Շնորհակալություն|Լավագույն մաղթանքներով|"
    "ধন্যবাদ|শুভেচ্ছান্তে|শুভেচ্ছা|বিনীত|நன்றி|அன்புடன்|இப்படிக்கு|با احترام|با سپاس|سپاس|ارادتمند|قربان شما|"
    "شکریہ|والسلام|نیک تمنائیں|धन्यवाद|सादर|भवदीय|शुभकामनाओं सहित|בברכה|תודה|תודה רבה"
)
_CLOSING = re.compile(rf"(?m)^[ \t]*(?:{_CLOSINGS})[ \t]*[,،՝:!.]?[ \t]*\n[ \t]*(?P<n>{_NAME3})[ \t]*(?=\n|\Z)")

# The person a verb of speaking, meeting or contacting takes, in each language's grammar. The name
# is group "n" and keeps the case ending glued to it, as a reader would hide it.
_TAKES_A_PERSON = tuple(re.compile(p) for p in (
    # Georgian: "-თან" (with) before a verb of speaking; a dative name after "contact", "call", "write"
    rf"(?P<n>{_W}(?:[ \t]{_W})?თან)[ \t]+(?:ვისაუბრე|ვილაპარაკე|შევხვდი|შევთანხმდი|ვიმუშავე|გავესაუბრე)",
    rf"(?:დაუკავშირდით|დაუკავშირდი|დაურეკეთ|დაურეკე|მიწერეთ|მიწერე|ჰკითხეთ|ჰკითხე)[ \t]+(?P<n>{_NAME})(?=[ \t]*[.,!\n]|\Z)",
    # Armenian: "... հետ" (with) after a verb of speaking; "...ին" after "call", "write", "ask"
    rf"(?:խոսեցի|հանդիպեցի|զրուցեցի|խոսել եմ|հանդիպել եմ)[ \t]+(?P<n>{_NAME})[ \t]+հետ",
    rf"(?:զանգահարեք|զանգահարիր|դիմեք|դիմիր|գրեք|գրիր|հարցրեք|կապվեք)[ \t]+(?P<n>{_NAME})(?=[ \t]*[։.,!\n]|\Z)",
    # Bengali: "X এর সাথে" (with X), "X-কে" (to X) before a verb of telling
    rf"(?P<n>{_NAME})[ \t]*-?(?:এর|র)[ \t]+(?:সাথে|সঙ্গে)[ \t]+(?:কথা|দেখা|আলোচনা|যোগাযোগ)",
    rf"(?P<n>{_W})[ \t]+(?:ভাই|আপা|দিদি|দাদা)(?:কে|কেও|এর|য়ের)?(?=[ \t]|[।,.]|\Z)",
    # Tamil: "X அவர்களுடன்" (with Mr/Ms X), "X அவர்களிடம்" (from X)
    rf"(?P<n>{_NAME})[ \t]+அவர்கள(?:ுடன்|ிடம்|ுக்கு|ை|ின்)",
    # Persian: "با X صحبت کردم / تماس بگیرید / هماهنگ کنید"
    rf"با[ \t]+(?:(?:{_TITLES})[ \t]+)?(?P<n>{_NAME})[ \t]+(?:صحبت|تماس|هماهنگ|ملاقات|گفتگو|جلسه)",
    # Urdu and Hindi: "X سے بات / رابطہ", "X से बात / संपर्क"
    rf"(?P<n>{_NAME})[ \t]+سے[ \t]+(?:بات|رابطہ|ملاقات|پوچھ|کہیں|کہہ)",
    rf"(?P<n>{_NAME})[ \t]+से[ \t]+(?:बात|मिल|संपर्क|पूछ|कह)",
    # Hebrew: "דיברתי (אתמול) עם X על ..."
    rf"(?:דיברתי|שוחחתי|נפגשתי|דיברנו|נפגשנו)(?:[ \t]+{_W})?[ \t]+עם[ \t]+(?P<n>{_NAME})(?=[ \t]+(?:על|לגבי|בנוגע|בקשר)|[,.]|\n)",
    # Arabic: "تحدثت (أمس) مع X بخصوص ...", "التنسيق مع X في ..."
    rf"(?:تحدثت|تكلمت|اجتمعت|التقيت|تواصلت)(?:[ \t]+{_W})?[ \t]+مع[ \t]+(?P<n>{_NAME})(?=[ \t]+(?:بخصوص|حول|عن|بشأن|بشان)|[،,.])",
    rf"(?:التنسيق|التواصل|الاتصال)[ \t]+مع[ \t]+(?P<n>{_NAME})(?=[ \t]+في|[،,.])",
))
# Words that open a sentence before a name but name no one ("yesterday", "today", "please").
_NOT_NAME_WORDS = (
    "გუშინ დღეს ხვალ ასევე Երեկ Այսօր Վաղը গতকাল আজ আগামীকাল நேற்று இன்று நாளை دیروز امروز فردا لطفاً لطفا "
    "کل آج براہ کرم कल आज कृपया אתמול היום מחר أمس اليوم غدا يرجى"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# Case endings Georgian, Armenian, Bengali and Tamil glue onto a first name met again.
_ENDINGS = ("ს", "მა", "თან", "ის", "ն", "ին", "ի", "ը", "কে", "এর", "র", "ের", "வை", "உடன்", "ுக்கு")

_GREEK_NAME = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{2,20}"
_GREEK_DAY_WORDS = "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή"
_GREEK_DAYS = frozenset(_GREEK_DAY_WORDS.split())
_GREEK_SUBJECT = re.compile(
    rf"(?:(?<=[.!;\n])|(?<=^)|(?<=, ))[ \t]*(?:Ο|Η|ο|η)[ \t]+(?P<n>{_GREEK_NAME}(?:[ \t]{_GREEK_NAME})?)"
    r"[ \t]+(?:θα|είπε|έστειλε|ζήτησε|μίλησε|ήρθε|έφυγε|μου|μας|επιβεβαίωσε|ανέλαβε)(?![α-ω])"
)
_GREEK_WITH = re.compile(
    rf"(?:μίλησα|μιλήσαμε|συναντήθηκα|συναντηθήκαμε|τα είπα|τα είπαμε|επικοινώνησα)(?:[ \t]+[α-ωά-ώ]+)?[ \t]+με[ \t]+"
    rf"(?:τον|την|τη|το)[ \t]+(?P<n>{_GREEK_NAME}(?:[ \t]{_GREEK_NAME})?)"
)
# A title of address before a surname: "κα Νικολάου", "κ. Δημητρίου", "Αγαπητή κυρία Νικολάου".
_GREEK_TITLED = re.compile(
    rf"(?<![Α-Ωα-ωά-ώ])(?:[κΚ]\.|[κΚ]α\.?|[κΚ]ος\.?|[κΚ]υρία|[κΚ]υρίας|[κΚ]ύριε|[κΚ]ύριος|[κΚ]υρίου|[κΚ]ύριο)[ \t]+"
    rf"(?P<n>{_GREEK_NAME}(?:[ \t]{_GREEK_NAME})?)"
)
# An initial and a surname: "Γ. Παπαδόπουλος" under a letter.
_GREEK_INITIALLED = re.compile(rf"(?<![\wΑ-Ωα-ω.])[Α-Ω]\.[ \t]?(?P<n>{_GREEK_NAME})")
_GREEK = re.compile(r"[Α-Ωα-ω]")
_CYRILLIC = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]")

# Thai: the line under a closing, and a name no list holds after "คุณ" (Khun), up to the word
# after it that Thai grammar puts there (yesterday, today, of the ... department, particles).
_TH = "\u0e01-\u0e4e"
_THAI_RULES = (
    re.compile(rf"(?m)^[ \t]*(?:ขอบคุณ(?:ครับ|ค่ะ|มาก(?:ครับ|ค่ะ)?)?|ด้วยความเคารพ|ขอแสดงความนับถือ)[ \t]*\n"
               rf"[ \t]*(?P<n>[{_TH}]{{2,30}}(?:[ \t][{_TH}]{{2,30}})?)[ \t]*(?=\n|\Z)"),
    re.compile(rf"(?<!ขอบ)คุณ(?P<n>[{_TH}]{{2,14}}?)(?=เมื่อวาน|วันนี้|พรุ่งนี้|ฝ่าย|แผนก|ครับ|ค่ะ|คะ|นะ|ด้วย|เรื่อง|ได้|ว่า|จะ|[ \t\n,.]|\Z)"),
)
_THAI = re.compile(f"[{_TH}]")

# Russian, Ukrainian and Bulgarian: a capitalised word (or two) that a letter's greeting or
# closing, a verb of speaking with "с"/"з", a third-person imperative ("пусть", "нехай") or a
# reply's "..., но он" places, where the Cyrillic lists do not hold it.
_CYR_NAME = r"[А-ЯЁІЇЄҐ][а-яёіїєґʼ']{1,20}"
_CYR_NAMES = rf"{_CYR_NAME}(?:[ \t]{_CYR_NAME})?"
_CYRILLIC_RULES = tuple(re.compile(p) for p in (
    rf"(?m)^[ \t]*(?:Здравей|Здравейте|Привет|Здравствуйте|Добрый день|Добрий день|Вітаю|Уважаемый|Уважаемая|"
    rf"Шановний|Шановна|Скъпи|Скъпа|Дорогой|Дорогая|Драги|Драга)[ \t]*,?[ \t]+(?P<n>{_CYR_NAMES})[ \t]*[,!][ \t]*$",
    rf"(?m)^[ \t]*(?:С уважением|Поздрави|Поздрав|З повагою|Дякую|Спасибо|Благодаря|С наилучшими пожеланиями|"
    rf"Всего доброго|Всего хорошего|Хубав ден|Srdačan pozdrav)[ \t]*[,!.]?[ \t]*\n[ \t]*(?P<n>{_CYR_NAMES})[ \t]*(?=\n|\Z)",
    rf"(?:говорих|говорил|говорила|поговорил|поговорила|поговорих|разговарях|розмовляла|розмовляв|созвонился|"
    rf"созвонилась|встретился|встретилась|зустрілася|зустрівся|срещнах се)(?:[ \t]+[а-яёіїєґ]+)?[ \t]+(?:с|със|з|зі|со)[ \t]+(?P<n>{_CYR_NAMES})",
    rf"(?:пусть|пускай|нехай|попроси|попросите|спроси|спросите|скажи|скажите|попитай|попитайте|кажи|кажете)[ \t]+(?P<n>{_CYR_NAME})"
    r"(?=[ \t]+[а-яёіїєґ]|[,.!?])",
    rf"(?m)^[^\n:]{{0,40}}:[ \t]*(?P<n>{_CYR_NAME}),[ \t]+(?:но|а|но и|але|а також)[ \t]+(?:он|она|він|вона|той|тя)(?![а-яёіїєґ])",
))
# A title of address before a surname ("пані Бондар", "господин Петров", "г-жа Смирнова"; not "г."
# of a town or a year): hidden with the name, as "Mr. Alvarez" is.
_CYRILLIC_TITLED = re.compile(
    r"(?<![а-яёіїєґА-ЯЁІЇЄҐ\-])(?:[Пп]ан|[Пп]ані|[Пп]ане|[Пп]ана|[Пп]анові|[Гг]оспо(?:дин|дина|дину|жа|жі|же|жу)|[Гг]-(?:н|жа|ну|же))"
    rf"[ \t]+(?P<n>{_CYR_NAME}(?:[ \t]{_CYR_NAME})?)"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name's span without an opening word that names no one ("yesterday Nino ...")."""
    first = text[start:end].split(None, 1)
    if first[0] in _NOT_NAMES:
        if len(first) == 1:
            return None
        start = text.index(first[1], start)
    return start, end


def _again(text: str, firsts: set[str], add: Callable[[Candidate], None]) -> None:
    """A found person's first name met again, alone or with a glued-on case ending."""
    for first in firsts:
        pattern = rf"(?<![\w{_LETTERS}])({re.escape(first)}(?:{'|'.join(_ENDINGS)})?)(?![\w{_LETTERS}])"
        for m in re.finditer(pattern, text):
            add(Candidate(m.start(1), m.end(1), "PERSON"))


def letter_script_names(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the names the greeting, the closing and the grammar of a sentence place, in the
    scripts above (each rule only tried where their letters occur)."""
    firsts: set[str] = set()

    def found(start: int, end: int) -> None:
        span = _trim(text, start, end)
        if span is None:
            return
        add(Candidate(span[0], span[1], "PERSON"))
        first = text[span[0] : span[1]].split()[0]
        if len(first) >= 3:
            firsts.add(first)

    if _SCRIPT.search(text):
        for rule in (_GREETING, _CLOSING, *_TAKES_A_PERSON):
            for m in rule.finditer(text):
                found(m.start("n"), m.end("n"))
    if _CYRILLIC.search(text):
        for rule in _CYRILLIC_RULES:
            for m in rule.finditer(text):
                found(m.start("n"), m.end("n"))
        for m in _CYRILLIC_TITLED.finditer(text):
            found(m.start("n"), m.end("n"))
            add(Candidate(m.start(), m.end("n"), "PERSON"))
    if _THAI.search(text):
        for rule in _THAI_RULES:
            for m in rule.finditer(text):
                add(Candidate(m.start("n"), m.end("n"), "PERSON"))
    if _GREEK.search(text):
        for rule in (_GREEK_SUBJECT, _GREEK_WITH, _GREEK_TITLED):
            for m in rule.finditer(text):
                if m.group("n").split()[0] not in _GREEK_DAYS:
                    found(m.start("n"), m.end("n"))
        for m in _GREEK_INITIALLED.finditer(text):
            if m.group("n") not in _GREEK_DAYS:
                add(Candidate(m.start(), m.end(), "PERSON"))
    _again(text, firsts, add)
