"""The families of evidence in Hebrew, Vietnamese, Indonesian, and Romanian's reader by what it does.

Each language gives the shapes an injection takes there, as in ``languages`` and
``machine_readers``: a note or a request headed to a machine ("הוראה למודל:", "Gửi trợ lý AI đang
đọc email này:", "Untuk bot dukungan:", "Notă pentru sistemul de evaluare AI care analizează acest
CV:"), the machine defined by what it does with this text ("לעוזר ... שמסכם את ההודעה", "mô hình AI
tóm tắt các đánh giá", "asisten AI yang membaca email ini", "asistentul virtual care citește acest
e-mail"), setting its instructions aside, a new task, and the orders (counted only next to an
address). The same orders to a colleague ("תתעלמי בבקשה מהמייל הקודם", "Tolong abaikan email saya
sebelumnya", "vă rugăm să ignorați mesajul nostru anterior") have no machine addressed, and a
heading that names an AI ("Hướng dẫn viết câu lệnh cho ChatGPT") ends its line with no colon.

Hebrew joins its prepositions and "that" to the next word ("למודל", "שמסכם"): its words are matched
without word boundaries. Patterns are folded as the text is (``languages._f``); the verbs, modals
and acts of each language come from ``reader_words``.
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue
from desktop.core.injection.cues.languages import _cue, _f, _first_words
from desktop.core.injection.cues.reader_words import alternatives

# Hebrew: the assistant, the model, the bot, (the) artificial intelligence, the agent, the system
_HE_NOUN = r"(?:ה?עוזר(?:ת)?|ה?מודל|ה?בוט|ה?צ'?אטבוט|ה?בינה ה?מלאכותית|ה?סוכן|ה?מערכת)"
_HE_ANCHORS = ("עוזר", "מודל", "בוט", "אטבוט", "בינה", "סוכן", "מערכת")
_HE = (
    # "לעוזר הבינה המלאכותית שמסכם את ההודעה הזו", "המודל שקורא את הדף": a reader by what it does
    _cue("addressee", 0.6, rf"{_HE_NOUN}[^.\n:]{{0,30}}?\sש(?:{alternatives('he', 'reads')})", _HE_ANCHORS, before=30, after=70),
    # "הוראה למודל:", "הערה לעוזר:", "עבור העוזר:", "אל הבוט,": a note headed to a machine
    _cue("addressee", 0.6, rf"(?:(?:הוראה|הוראות|הערה|בקשה|הודעה|תזכורת)(?: קטנה)? ל|(?:עבור|אל|לכבוד) )"
                           rf"{_HE_NOUN}(?:[ \t]+\S+){{0,4}}?[ \t]*[:,]", ("הוראה", "הוראות", "הערה", "בקשה", "הודעה",
                                                                       "תזכורת", "עבור", "אל", "לכבוד"), before=5, after=80),
    _cue("addressee", 1.0, rf"אם (?:את|אתה) {_HE_NOUN}", ("אם",), before=5, after=40),
    # "המודל חייב", "העוזר צריך": the machine as the subject of a duty
    _cue("addressee", 0.6, rf"{_HE_NOUN}[ \t]+(?:{alternatives('he', 'modals')})", _HE_ANCHORS, before=10, after=40),
    _cue("override", 1.0, r"(?:התעלם|התעלמי|התעלמו) מ(?:כל )?ה(?:הוראות|הנחיות|כללים)", ("התעלם",), before=5, after=40),
    _cue("task", 0.5, r"משימה חדשה|הוראות חדשות", ("משימה", "הוראות"), before=5, after=20),
    Cue("imperative", 0.4, script=True, pattern=_f(alternatives("he", "acts"))),
)

# Vietnamese (folded: no tone marks, "đ" as "d")
_VI_NOUN = r"(?:tro ly(?: ao| ai)?|mo hinh(?: ai| ngon ngu)?|chatbot|bot|ai|tri tue nhan tao)"
# (each cue is searched around its rarer words, the verbs and modals, not around "ai" and "bot", which
# English text is full of: the noun is within ``before`` of them)
_VI = (
    # "trợ lý AI đang đọc email này", "mô hình AI tóm tắt các đánh giá"
    _cue("addressee", 0.6, rf"\b{_VI_NOUN} (?:dang |se )?(?:{alternatives('vi', 'reads')})\b",
         ("dang", *(_first_words(alternatives("vi", "reads")))), before=30, after=30),
    # "Gửi trợ lý AI ...:", "Lưu ý cho mô hình ...:", "Dành cho chatbot:"
    _cue("addressee", 0.6, rf"\b(?:gui|luu y cho|ghi chu cho|chu y cho|danh cho|nhan cho|cho) (?:cac |nhung )?{_VI_NOUN}\b"
                           r"(?:[ \t]+[\w-]+){0,6}?[ \t]*[:,]", ("gui", "luu", "ghi", "chu", "danh", "nhan", "cho"), before=5,
         after=90),
    _cue("addressee", 1.0, rf"\bneu (?:ban|may) la (?:mot )?{_VI_NOUN}", ("neu",), before=5, after=40),
    _cue("addressee", 0.6, rf"\b{_VI_NOUN} (?:{alternatives('vi', 'modals')})\b", _first_words(alternatives("vi", "modals")),
         before=25, after=20),
    _cue("override", 1.0, r"\bbo qua (?:moi|tat ca|toan bo|cac|nhung)? ?(?:huong dan|chi dan|chi thi|lenh|quy tac)"
                          r"(?: truoc(?: do)?)?\b", ("bo",), before=5, after=50),
    _cue("task", 0.5, r"\bnhiem vu moi\b", ("nhiem",), before=5, after=20),
)

# Indonesian
_ID_NOUN = r"(?:asisten(?: ai| virtual)?|model(?: ai| bahasa)?|chatbot|bot|ai|kecerdasan buatan|sistem ai|agen ai)"
_ID = (
    # "asisten AI yang membaca email ini"
    _cue("addressee", 0.6, rf"\b{_ID_NOUN}\b[^.\n:]{{0,20}}?\byang (?:sedang )?(?:{alternatives('id', 'reads')})\b", ("yang",),
         before=45, after=30),
    # "Untuk bot dukungan:", "Catatan kecil untuk asisten AI ...:", "Kepada model AI,"
    _cue("addressee", 0.6, rf"\b(?:untuk|kepada|bagi) (?:para |setiap )?{_ID_NOUN}\b(?:[ \t]+[\w-]+){{0,5}}?[ \t]*[:,]",
         ("untuk", "kepada", "bagi"), before=5, after=90),
    _cue("addressee", 1.0, rf"\bjika (?:kamu|anda|engkau) (?:adalah )?(?:sebuah )?{_ID_NOUN}", ("jika",), before=5, after=40),
    _cue("addressee", 0.6, rf"\b{_ID_NOUN} (?:{alternatives('id', 'modals')})\b", _first_words(alternatives("id", "modals")),
         before=25, after=20),
    _cue("override", 1.0, r"\b(?:abaikan|lupakan) (?:semua |seluruh )?(?:instruksi|petunjuk|perintah|aturan)"
                          r"(?: (?:sebelumnya|di atas|yang ada))?\b", ("abaikan", "lupakan"), before=5, after=50),
    _cue("task", 0.5, r"\btugas baru\b", ("tugas",), before=5, after=20),
)

# Romanian: "asistentul virtual care citește acest e-mail", "sistemul de evaluare AI care analizează acest CV"
_RO_NOUN = r"(?:asistent\w*|sistem\w*|model\w*|bot\w*|chatbot\w*|instrument\w*|ai)"
_RO = (
    _cue("addressee", 0.6, rf"\b{_RO_NOUN}\b[^.\n:]{{0,30}}?\bcare (?:{alternatives('ro', 'reads')})\b",
         ("care",), before=55, after=30),
    # "Sarcină nouă pentru asistent:", "Notă pentru bot:": a note to a bare assistant (a person's has a job
    # between: "pentru asistentul de proiect:")
    _cue("addressee", 0.6, r"\b(?:pentru|către) (?:asistent(?:ul)?|bot(?:ul)?|chatbot(?:ul)?|modelul)(?: (?:ai|virtual))?[ \t]*:",
         ("pentru", "către"), before=5, after=50),
    _cue("addressee", 0.6, rf"\b(?:asistentul|sistemul|modelul|botul|chatbotul)(?: ai| virtual)? (?:{alternatives('ro', 'modals')})\b",
         ("asistentul", "sistemul", "modelul", "botul", "chatbotul"), before=5, after=40),
    _cue("task", 0.5, r"\b(?:sarcină nouă|sarcina nouă|instrucțiuni noi)\b", ("sarcină", "sarcina", "instrucțiuni"), before=5,
         after=20),
)

# A note headed to a machine described in several words, in Russian, Ukrainian and Greek: "Примітка для
# системи відбору на основі ШІ:", "Инструкция для встроенного в почту ИИ-помощника:", "Σημείωση για το
# σύστημα αξιολόγησης τεχνητής νοημοσύνης:" (the families find the machine only a word or two after "для")
_CYRILLIC_GREEK_NOTES = (
    _cue("addressee", 0.6, r"(?:примітк\w*|примечани\w*|інструкці\w*|инструкци\w*|вказівк\w*|указани\w*|повідомлення|"
                           r"сообщени\w*|σημείωση|οδηγία|οδηγίες|μήνυμα) (?:для|до|к|για|προς)(?: [\w'-]+){0,5}? "
                           r"(?:ші|ии|ai|ші-\w+|ии-\w+|бот\w*|асистент\w*|ассистент\w*|помічник\w*|помощник\w*|модел\w*|"
                           r"нейромереж\w*|нейросет\w*|τεχνητ\w+ νοημοσύν\w+|μοντέλ\w+|βοηθ\w+)(?: [\w'-]+){0,3}?[ \t]*[:,]",
         ("примітк", "примечани", "інструкці", "инструкци", "вказівк", "указани", "повідомлення", "сообщени", "σημείωση",
          "οδηγία", "οδηγίες", "μήνυμα"), before=5, after=140),
    # ... and the verdict it is handed: "найвищу оцінку", "первым в списке" (counted only next to an address)
    Cue("imperative", 0.4, script=True, pattern=_f(r"(?:найвищ\w* (?:оцінк|бал)\w*|наивысш\w* (?:оценк|балл)\w*|"
                                                   r"высш\w* (?:оценк|балл)\w*|максимальн\w* (?:оцінк|оценк|бал)\w*|"
                                                   r"перш\w+ у списку|перв\w+ в списке|υψηλότερ\w* βαθμολογ\w*|πρώτ\w+ στη λίστα)")),
)

# A role tag in brackets in other languages ("[SİSTEM]:", "<sistema>", "[järjestelmä]"), as "[system]" in
# English, and a new identity in Turkish ("Artık satın alma onay asistanısın": you are now the ... assistant)
_ROLE_TAGS = (
    # (Latin letters and the other scripts apart: a cue with words of another script runs only on text with some)
    _cue("markers", 0.6, r"(?:^|\n)[ \t]*[\[<](?:sistem|sistema|systeme|systeem|järjestelmä)[\]>][ \t]*:?",
         ("sistem", "sistema", "systeme", "systeem", "järjestelmä"), before=4, after=20),
    _cue("markers", 0.6, r"(?:^|\n)[ \t]*[\[<](?:система|σύστημα|מערכת)[\]>][ \t]*:?", ("система", "σύστημα", "מערכת"),
         before=4, after=20),
    _cue("role", 0.6, r"\bartık\b[^.\n]{0,40}?(?:asistan|bot|model|yapay zek[aâ]|ajan)\w*s[ıiuü]n\b", ("artık",), before=5,
         after=80),
)

# The orders of the three Latin-script languages, one cue: it is searched around every address
_ORDERS = (
    Cue("imperative", 0.4, _f(rf"\b(?:{'|'.join(alternatives(language, 'acts') for language in ('vi', 'id', 'ro'))})\b"), keys=()),
)

MORE_LANGUAGE_CUES: tuple[Cue, ...] = (*_HE, *_VI, *_ID, *_RO, *_CYRILLIC_GREEK_NOTES, *_ROLE_TAGS, *_ORDERS)
