"""The words a machine reader is described with, in every language but English, one table read by
both ways of finding it: ``readers`` (the reader defined by what it does, "l'assistente che legge
la posta", "asystent, który czyta tę wiadomość", and a machine that "doit"/"ska"/"powinien" do
something, in the languages whose sentences take those shapes: ``SHAPED``) and the per-language
families of ``machine_readers`` and ``more_languages`` ("tätä viestiä lukeva tekoälyavustaja",
"Bu sayfayı özetleyen araç", "读取此邮件的AI助手"). A verb or a modal added here is found by both.

Written in each language's own spelling; ``folded`` gives them as the scan's folded text spells
them (accents gone, "æ" as "ae").
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.privacy.letters import fold_letters


@dataclass(frozen=True)
class ReaderWords:
    reads: tuple[str, ...]  # verbs of working through a text, third person ("läser", r"czyta\w*")
    modals: tuple[str, ...]  # what it must do ("ska", r"powin\w+")
    acts: tuple[str, ...] = ()  # what it is told to do: send, approve, delete ("skicka", "usuń", "usunąć")


WORDS: dict[str, ReaderWords] = {
    "fr": ReaderWords(reads=("lit", "lisent", "traite", "traitent", "gère", "gèrent", "résume", "résument", "analyse",
                             "analysent", "compare", "comparent", "évalue", "évaluent", "répond", "répondent", "trie", "trient",
                             "examine", "examinent"),
                      modals=("doit", "doivent", "devra", "devront"),
                      acts=("réservez", "reenviez", "réenvoyez", "renvoyez", "rembourse", "remboursez", "annule", "annulez",
                            "supprime", "supprimez", "approuve", "approuvez", "accepte", "acceptez", "transfère", "transférez",
                            "attribue", "attribuez", "placez", "classez", "accordez", "partage", "partagez", "exportez", "copiez",
                            "fermez", "mettez", "marquez", "désactive", "désactivez")),
    "es": ReaderWords(reads=("lee", "lea", "procesa", "procese", "gestiona", "gestione", "resuma", "analiza", "analice",
                             "compara", "evalúa", "revisa", "revise", "responde", "conteste", "contesta"),
                      modals=("debe", "deben", "deberá", "deberán"),
                      acts=("reserve", "reserva", "reenvíe", "reenvía", "emita", "emite", "reembolse", "reembolsa", "anule",
                            "elimine", "borre", "apruebe", "aprueba", "acepte", "transfiera", "asigne", "coloca", "coloque",
                            "clasifique", "conceda", "comparta", "exporte", "cierre", "ponga", "desactive", "desactiva")),
    "it": ReaderWords(reads=("legge", "elabora", "gestisce", "riassume", "analizza", "confronta", "valuta", "risponde",
                             "esamina"),
                      modals=("deve", "devono", "dovrà"),
                      acts=("rimborsa", "rimborsi", "annulla", "annulli", "accetta", "accetti", "inoltra", "inoltri",
                            "trasferisci", "assegna", "assegni", "prenota", "prenoti", "classifichi", "concedi", "condividi",
                            "condivida", "chiuda", "metti", "segna", "confermate", "archiviate", "inoltrate", "inviate",
                            "cancellate", "approvate", "disattiva")),
    "de": ReaderWords(reads=("liest", "verarbeitet", "bearbeitet", "verwaltet", "zusammenfasst", "analysiert", "vergleicht",
                             "bewertet", "beantwortet", "prüft"),
                      modals=("muss", "müssen", "soll", "sollen"),
                      # (as typed without umlauts too: "loesche")
                      acts=("reserviere", "erstatte", "erstatten sie", "storniere", "stornieren sie", "loesche", "genehmige",
                            "leite weiter", "buche", "bezahle", "gewähre", "kopiere", "setze", "markiere", "deaktiviere")),
    "nl": ReaderWords(reads=("leest", "verwerkt", "beheert", "samenvat", "analyseert", "vergelijkt", "beoordeelt",
                             "beantwoordt", "controleert"),
                      modals=("moet", "moeten"),
                      acts=("reserveer", "betaal terug", "verwijder", "keur goed", "stuur door", "boek", "kopieer", "markeer",
                            "schakel uit")),
    "pt": ReaderWords(reads=("lê", "ler", "processa", "processar", "gere", "resumir", "analisa", "analisar", "avalia",
                             "avaliar", "responder"),
                      modals=("deverá", "deverão"),
                      acts=("emita", "reembolse", "apague", "aprove", "aceite", "encaminhe", "transfira", "atribua", "agende",
                            "coloque", "classifique", "compartilhe", "exporte", "feche", "desative")),
    "sv": ReaderWords(reads=("läser", "sammanfattar", "bearbetar", "hanterar", "sorterar", "analyserar", "beskriver",
                             "granskar", "bedömer", "behandlar", "lasar"),
                      modals=("ska", "skall", "måste", "bör"), acts=("skicka", "godkänn", "radera")),
    "da": ReaderWords(reads=("læser", "opsummerer", "behandler", "sorterer", "analyserer", "beskriver", "vurderer",
                             "gennemgår", "haandterer"),
                      modals=("skal", "må", "bør"), acts=("godkend", "slet", r"videresend\w*")),
    "no": ReaderWords(reads=("leser", "oppsummerer", "behandler", "beskriver", "sorterer", "analyserer", "vurderer",
                             "håndterer"),
                      modals=("skal", "må", "bør")),
    "pl": ReaderWords(reads=(r"czyta\w*", r"streszcza\w*", r"przetwarza\w*", r"analizuj\w*", r"obsługuj\w*", r"ocenia\w*",
                             r"sortuj\w*", r"podsumowuj\w*", r"opisuj\w*", "ma dostęp do"),
                      modals=(r"powin\w+", "ma", "musi"),
                      acts=("wyślij", "prześlij", "zwróć", "usuń", "zatwierdź", "anulować", "zwrócić", "usunąć", "wysłać",
                            "przesłać", "zatwierdzić")),
    # (Hebrew joins "that" to its verb, "שמסכם": the verbs are written bare, the cue adds it)
    "he": ReaderWords(reads=("מסכם", "מסכמת", "קורא", "קוראת", "מעבד", "מעבדת", "מנתח", "מנתחת", "מעריך", "מעריכה", "ממיין",
                             "ממיינת", "סורק", "סורקת"),
                      modals=("צריך", "צריכה", "חייב", "חייבת"),
                      acts=("שלח", "שלחי", "אשר את", "אשרו", "כתוב", "כתבי", "מחק", "מחקי", "העבר", "העבירי", "נא לציין",
                            "ציין", "ציינו", "אל תספר", "אל תזכיר", "אל תציין", "התעלם", "הוסף", "דרג", "תן ציון", "בצע")),
    # (Vietnamese as the scan folds it: no tone marks; "hãy", the imperative's mark, is Spanish "hay"
    # too: the acts are the verbs after it)
    "vi": ReaderWords(reads=("doc", "tom tat", "xu ly", "phan tich", "danh gia", "sap xep", "tong hop", "kiem tra"),
                      modals=("phai", "can phai"),
                      acts=("phe duyet", "chuyen khoan", "chuyen tien", "chuyen tiep", "gui", "xoa", "bo qua", "khong de cap",
                            "dung de cap", "khong nhac", "noi rang", "viet rang", "ghi rang", "cho diem", "danh gia")),
    "id": ReaderWords(reads=("membaca", "meringkas", "merangkum", "memproses", "menganalisis", "menilai", "mengevaluasi",
                             "menyaring", "mengelola", "memeriksa"),
                      modals=("harus", "wajib"),
                      acts=("kirim", "kirimkan", "setujui", "hapus", "teruskan", "sampaikan", "tuliskan", "tulis",
                            r"jangan (?:sebut\w*|beri tahu|memberi tahu)", "abaikan", "berikan", "nyatakan", "katakan",
                            "transferkan")),
    "ro": ReaderWords(reads=("citește", "rezumă", "analizează", "procesează", "evaluează", "gestionează", "sortează",
                             "verifică"),
                      modals=("trebuie", "ar trebui"),
                      acts=("aprobă", "trimite", "acordă", "scrie", "spune", "șterge", "confirmă", r"menționa\w*", "emite",
                            "marchează", "oprește", "clasifică", r"recomandă\w*", "rambursează", "transferă",
                            r"nu menționa\w*")),
    "cs": ReaderWords(reads=("čte", "čteš", "čtoucí", r"zpracováv\w*", r"shrnuj\w*", r"analyzuj\w*", r"hodnot\w*", r"třídí\w*",
                             r"vyhodnocuj\w*", r"popisuj\w*"),
                      modals=("musí", "má", r"by měl\w*"), acts=("pošli", "přepošli", "schválíš", r"schval\w*", "smaž", "přiděl")),
    # (Turkish's duty is a suffix of the verb, "-malı"/"-meli", and its reader a participle, "okuyan")
    "tr": ReaderWords(reads=("okuyan", "özetleyen", "hazırlayan", "yanıtlayan", "cevaplayan", "değerlendiren", "işleyen", "analiz eden", "inceleyen", "işlerken",
                             "okurken", "özetlerken", "sıralayan"),
                      modals=(r"\w+(?:malı|meli)(?:dır|dir)?",), acts=("onayla", "sil", "gönder", "ilet")),
    "fi": ReaderWords(reads=(r"luke\w*", r"tiivist\w*", r"käsittele\w*", r"analysoi\w*", r"arvioi\w*", r"lajittele\w*",
                             r"kuvaile\w*", r"käy\w*(?: \w+){0,2} läpi"),
                      modals=("on", "pitää", "täytyy", "tulee"),
                      acts=("lähettää", "lähetä", "välitä", "hyväksy", "poista", "kopioisi", "kopioi", "siirrä", "lähettäisi",
                            "hyväksyy", "poistaa")),
    "el": ReaderWords(reads=("διαβάζει", "διαβάζεις", "συνοψίζει", "συνοψίζεις", "επεξεργάζεται", "αναλύει", "αξιολογεί"),
                      modals=(r"(?:δεν )?(?:θα )?πρέπει",),
                      acts=("να γράψει", "γράψε", "στείλε", "να στείλει", "εγκρίνεις", "εγκρίνει", "βάλε")),
    "ru": ReaderWords(reads=(r"обрабатыва\w*", r"отвечает на", r"отвечающ\w* на", r"чита\w*", r"анализиру\w*", r"оценива\w*", r"сортиру\w*", r"резюмиру\w*"),
                      modals=(r"должн\w*", r"обязан\w*"),
                      acts=(r"переслал\w*", "перешли", "отправь", r"отправил\w*", "удали", "отключи", "смени", "приложи",
                            "добавь", "вставь")),
    "uk": ReaderWords(reads=(r"чита\w*", r"відповідає на", r"відповідаю\w* на", r"узагальню\w*", r"обробля\w*", r"аналізу\w*", r"оціню\w*", r"сорту\w*", "з доступом до"),
                      modals=("має", "мають", r"повин\w*"),
                      acts=("додай", "надішли", "перешли", "скасуй", "порахуй", "напиши", "видали", "постав", "познач")),
    # (scripts without spaces, and Arabic and Hindi: what the reader does; their orders stay with their families)
    "ja": ReaderWords(reads=("要約する", "読む", "処理する", "分析する", "評価する", "集計する", "読み込む", "読んでいる", "処理している",
                             "要約している", "読み取っている", "読み取る"), modals=()),
    "zh": ReaderWords(reads=("读取", "阅读", "处理", "总结", "分析", "筛选", "评估", "审查"), modals=()),
    "ko": ReaderWords(reads=("요약하는", "분석하는", "읽는", "읽고 있는", "처리하고 있는", "요약하고 있는", "처리하는", "평가하는",
                             "검토하는"), modals=()),
    # (and who grades, reviews or translates: "إلى نظام الذكاء الاصطناعي الذي يصحح هذه الورقة")
    "ar": ReaderWords(reads=("يقرأ", "تقرأ", "يلخص", "تلخص", "يعالج", "يقيّم", "يقيم", "يحلل", "يصحح", "تصحح", "يراجع", "تراجع",
                             "يترجم", "تترجم", "يفرز", "تفرز"), modals=()),
    "hi": ReaderWords(reads=("मूल्यांकन कर रहे", "विश्लेषण कर रहे", "सारांश बना रहे", "पढ़ रहे", "पढ़ रही", "पढ़ने वाले", "पढ़ने वाला",
                             "सारांश बनाने वाले", "सारांश बनाने वाला", "मूल्यांकन करने वाला", "मूल्यांकन करने वाले", "विश्लेषण करने वाले"),
                      modals=()),
}
# The languages whose sentences take the shapes ``readers`` searches ("the assistant that reads",
# "the bot must"): Finnish "on" or Turkish "-malı" would be other words there
SHAPED = ("fr", "es", "it", "de", "nl", "pt", "sv", "da", "no", "pl")


def alternatives(language: str, field: str) -> str:
    """One language's words of ``field`` ("reads", "modals" or "acts") as regex alternatives, as written."""
    return "|".join(getattr(WORDS[language], field))


def folded(field: str) -> str:
    """The ``SHAPED`` languages' words of ``field`` as regex alternatives, folded, each word once."""
    words = (fold_letters(word) for language in SHAPED for word in getattr(WORDS[language], field))
    return "|".join(dict.fromkeys(words))
