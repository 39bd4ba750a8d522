"""The words a machine reader is described with in the Nordic languages and Polish, one table read
by both ways of finding it: ``readers`` (the reader defined by what it does, "asystent, który czyta
tę wiadomość", and a machine that "ska"/"powinien" do something) and ``machine_readers`` (one
family of cues per word-spaced language). A verb or a modal added here is found by both.

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
}


def alternatives(language: str, field: str) -> str:
    """One language's words of ``field`` ("reads", "modals" or "acts") as regex alternatives, as written."""
    return "|".join(getattr(WORDS[language], field))


def folded(field: str) -> str:
    """Every Latin-script language's words of ``field`` as regex alternatives, folded, each word once
    (the cues that read them search Latin text)."""
    words = (fold_letters(word) for language in WORDS for word in getattr(WORDS[language], field))
    words = (word for word in words if word.isascii())
    return "|".join(dict.fromkeys(words))
