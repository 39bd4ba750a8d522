"""People named in file names: a CV, a cover letter or a scan saved under its person's name
("CV_Anna_Kowalska.pdf", "Mehmet_Demirtas_Lebenslauf_2025.docx", "passport-Joao-Pereira.jpg").

Inside a file name the words are glued by "_", "-" or "." and so are no words to the other
rules. A run of two or three capitalised parts is a person's name when the first is a listed
first name that is no everyday word and the next is a listed surname or no everyday word; a
document's own words ("Job_Description_Data_Analyst.docx", "Q3_Budget_Final.xlsx") are left.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.lexicon import Lexicon

_EXTENSION = lazy_re(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|jpe?g|png|heic|tiff?|zip|msg|eml|csv)(?!\w)", re.IGNORECASE)
# The file's stem, read back from its extension (the extension first: a scan from every word
# would cost more than the rest of this module).
_STEM = lazy_re(r"(?<![\w.\-'’])[A-Za-zÀ-ÿ0-9][\w\-.'’]{2,80}\Z")  # (after a folder's "/" too: ".../Documents/Perez_CV.pdf")
_PART = re.compile(r"[^_\-. ]+")
_IRISH = re.compile(r"[OD]['’][A-Z][a-z]{2,}")  # "O'Neill", "D'Arcy"


_UNLISTED = 1_000_000  # the rank of a word no frequency list holds
_RARE = 8_000  # a listed surname rarer than this among everyday words ("Pereira", not "Sales")


def _surname_like(lex: Lexicon, word: str) -> bool:
    """No everyday word at all ("Kowalska"), or a listed surname that is a rare word ("Pereira");
    not "Period" or "Report" after "Grace" or "Mark"."""
    if _IRISH.fullmatch(word):
        return True
    rank = lex.rank(word)
    return rank == _UNLISTED or (lex.is_surname(word) and rank >= _RARE)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (word[1:].islower() or _IRISH.fullmatch(word) is not None)


def _name_run(parts: list[re.Match[str]]) -> tuple[int, int] | None:
    """The span of the first run of parts that is a person's name, in the stem's offsets."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import plain_word

    lex = lexicon()
    for i in range(len(parts) - 1):
        first, last = parts[i].group(0), parts[i + 1].group(0)
        if not (_capitalised(first) and _capitalised(last)) or not lex.is_first_name(first) or plain_word(first):
            continue
        at = i + 1
        if not _surname_like(lex, last) and lex.is_first_name(last) and i + 2 < len(parts) and \
                parts[i].end() + 1 == parts[i + 1].start() and parts[i].string[parts[i].end()] == "-":
            at = i + 2  # a double given name before the surname: "Mary-Kate_O'Neill"
            last = parts[at].group(0)
            if not _capitalised(last):
                continue
        if not _surname_like(lex, last):
            continue
        end = parts[at].end()
        if at + 1 < len(parts):  # a second surname ("Joao_Pereira_Santos")
            third = parts[at + 1].group(0)
            if _capitalised(third) and _surname_like(lex, third):
                end = parts[at + 1].end()
        return parts[i].start(), end
    return None


# A file's words that say it is one person's paper: a CV, an expense claim, a payslip, an offer, a
# reference ("CV_Okonkwo_2026.pdf", "Patel_expenses_Nov.xlsx", "Zeugnis_Brandt.pdf"), in
# resources/privacy/personal_papers.txt.
_PAPERS = "personal_papers.txt"


def _papers() -> frozenset[str]:
    from desktop.core.privacy.word_lists import word_set

    return word_set(_PAPERS)


# A file's words that make it a blank form or a model, nobody's paper.
_BLANK_FORMS = frozenset({
    "template", "templates", "vorlage", "muster", "plantilla", "modelo", "modèle", "modele", "gabarit", "modello",
    "sjabloon", "szablon", "wzór", "mall", "skabelon", "mal", "pohja", "šablona", "şablon", "blank", "sample", "example",
})


def _stems(text: str) -> list[re.Match[str]]:
    """The stems of the file names in ``text`` (the part before each extension)."""
    out = []
    for ext in _EXTENSION.finditer(text):
        start = max(0, ext.start() - 82)
        m = _STEM.search(text, start, ext.start())
        if not m or (m.start() == start and start and (text[start - 1].isalnum() or text[start - 1] in "_-./\\")):
            continue
        out.append(m)
    return out


def _owner_word(word: str) -> bool:
    """A capitalised word that may own a personal paper: a surname no everyday word is, or no word."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.name_judge import judge_for
    from desktop.core.privacy.places import is_place_name

    lex = lexicon()
    fact = judge_for(lex).facts[word]  # (with and without accents: "Echeverría")
    return (len(word) > 2 and word[:1].isupper() and word[1:].islower() and word.casefold() not in _papers()
            and (fact.surname or fact.rank == _UNLISTED) and fact.rank >= _RARE
            and not lex.is_not_name(word) and not is_place_name(word))


def _paper_owner(parts: list[re.Match[str]]) -> tuple[int, int] | None:
    """The one capitalised part beside a personal paper's word that is a surname no everyday word
    is ("Okonkwo", "Patel"), in the stem's offsets."""
    from desktop.core.privacy.lexicon import lexicon

    papers = _papers()
    if not any(p.group(0).casefold() in papers for p in parts):
        return None
    if any(p.group(0).casefold() in _BLANK_FORMS for p in parts):
        return None  # "Interview_Scorecard_Template.xlsx": a blank form is nobody's paper
    lex = lexicon()
    for i, p in enumerate(parts):
        word = p.group(0)
        if _owner_word(word):
            nxt = parts[i + 1].group(0) if i + 1 < len(parts) else ""
            if nxt[:1].isupper() and nxt[1:].islower() and lex.is_first_name(nxt) and lex.rank(nxt) >= _RARE:
                return p.start(), parts[i + 1].end()  # the given name after the surname: "Feedback_Nakamura_Yuki"
            return p.start(), p.end()
    from desktop.core.privacy.handles import login_of_name

    for p in parts:  # (or a login saved in lowercase: "hkowalski_timesheet_nov.xlsx")
        if p.group(0).islower() and p.group(0).casefold() not in papers and login_of_name(lex, p.group(0)):
            return p.start(), p.end()
    return None


# A file's title written with spaces, a personal paper's word, a dash and one capitalised word:
# "Interview notes - Hughes (2nd round).docx", "Reference – Abernethy.pdf".
_SPACED_TITLE = lazy_re(r"([^\W\d_][\w ]{1,40}?)[ \t]+[-–][ \t]+([A-ZÀ-Þ][a-zß-ÿ'’]{2,})(?:[ \t]*\([^()\n]{0,30}\))?\Z")


def _spaced_owner(text: str, end: int) -> tuple[int, int] | None:
    m = _SPACED_TITLE.search(text, max(0, end - 80, text.rfind("\n", 0, end) + 1), end)
    if not m or not any(w.casefold() in _papers() for w in m.group(1).split()):
        return None
    return (m.start(2), m.end(2)) if _owner_word(m.group(2)) else None


def file_name_people(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the people that file names are saved under."""
    if "." not in text:
        return
    for m in _stems(text):
        # (a name with spaces, "Cover letter - Siobhan Mulcahy.pdf", is words the other rules read)
        parts = list(_PART.finditer(m.group(0)))
        span = _name_run(parts) or _paper_owner(parts)
        if span:
            add(Candidate(m.start() + span[0], m.start() + span[1], "PERSON"))
    for ext in _EXTENSION.finditer(text):
        owner = _spaced_owner(text, ext.start())
        if owner:
            add(Candidate(owner[0], owner[1], "PERSON"))


def file_name_mentions(text: str, known: set[str]) -> list[tuple[int, int]]:
    """The parts of file names that are a name already found in the text (``known``, casefolded):
    "Protokoll_Jourfixe_Berger.docx" after "Lukas Berger" in the list of those present, and
    "preventivo_mancini.xlsx" after "il sig. Mancini"."""
    if "." not in text or not known:
        return []
    out = []
    for m in _stems(text):
        for p in _PART.finditer(m.group(0)):
            word = p.group(0)
            # (in lowercase too, as people save files: "preventivo_mancini.xlsx" after "il sig. Mancini")
            if len(word) > 2 and (word[:1].isupper() or (word.islower() and len(word) >= 4)) and word.casefold() in known:
                out.append((m.start() + p.start(), m.start() + p.end()))
    return out
