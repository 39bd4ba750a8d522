"""Names placed by the message around them where the name lists cannot tell: a greeting line
("Hi Luz,"), a capitalised name inside a chat written in lowercase ("le ha Sole credo"), and
a name inside a line written all in capitals ("QUERIES TO KIERAN O'DONNELL"), and names in
Vietnamese and Arabic writing.

- Vietnamese: a family name from the few that nearly everyone bears (Nguyễn, Trần, Lê, Phạm...)
  and one to three capitalised words after it ("Nguyễn Văn Thắng"), or a name after a kinship
  form of address ("chị Hằng", "anh Bảo");
- Arabic: one to three words after a title ("السيد خالد المنصوري", "الأستاذة فاطمة الزهراء"), and
  the line under a closing ("مع التحية،\\nيوسف حداد").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.name_words import DEPARTMENTS
from desktop.core.privacy.script_prose import prose_script_names

# A greeting line, looked for from the line break before it (the engine skips from one line
# break to the next); the text's first line is tried on its own.
_GREETING_BODY = (
    r"[ \t]*(?=[hdcbsomlqgHDCBSOMLQG])(?i:hi|hello|hey|dear|hola|ciao|hallo|bonjour|salut|olá|ola|oi|hej|hei|moin|servus|merhaba|beste|liebe|lieber|"
    r"cher|chère|querida|querido|caro|cara|buongiorno|buenos días|bom dia|good morning|morning|goedemorgen)"
    r"[ \t]+([A-ZÀ-ÖØ-Þ][\w'’\-]{1,20})[ \t]*[,!][ \t]*(?=\n|$)"
)
_GREETING_LINE = lazy_re("\n" + _GREETING_BODY)
_GREETING_FIRST = lazy_re(_GREETING_BODY)
# The same greeting with the message going on after its comma ("Hi Ben, my new email is ..."):
# only a listed first name counts there.
_INLINE_BODY = _GREETING_BODY.replace(r"[ \t]*[,!][ \t]*(?=\n|$)", r"[ \t]*,[ \t]+(?=[^\W\d])")
_INLINE_LINE = lazy_re("\n" + _INLINE_BODY)
_INLINE_FIRST = lazy_re(_INLINE_BODY)
# Words a greeting addresses that name no one.
_NOBODY = frozenset({
    "all", "team", "everyone", "everybody", "there", "guys", "folks", "colleagues", "friends", "both", "again", "sir",
    "madam", "sirs", "customer", "client", "user", "member", "zusammen", "tutti", "todos", "todas", "allemaal", "kollegen",
    "équipe", "equipe", "equipo", "squadra", "ekip", "herkes", "alle", "allerseits", "world", "support",
})
_MONTHS_DAYS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mai", "juni", "juli",
    "mars", "avril", "juin", "juillet", "août", "marzo", "abril", "mayo", "junio", "julio", "agosto", "maggio",
    "giugno", "luglio", "maart", "mei", "augustus",
})
# Assistants and products named like people: "ask Claude", "Alexa, play...".
_PRODUCTS = frozenset({"claude", "alexa", "siri", "cortana", "gemini", "copilot", "jarvis", "bard", "watson", "excel", "teams"})
# Words before a capitalised word that make it the name of a room, street or place ("sala Picasso").
_NAMED_THING_BEFORE = frozenset({
    "sala", "room", "raum", "salle", "zaal", "office", "building", "edificio", "hotel", "calle", "via", "rue", "straße",
    "hall", "studio", "restaurant", "bar", "café", "cafe", "club", "project", "projekt", "proyecto", "progetto", "app",
    "the", "a", "an", "der", "die", "das", "il", "het",  # an article: "the Kildare job"
})


def greeted(text: str, add: Callable[[Candidate], None]) -> None:
    """The one word a greeting line addresses ("Hi Luz,", "Hola Mar,"), however everyday the word."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import plain_word

    lex = lexicon()
    first = _GREETING_FIRST.match(text)
    for m in ([first] if first else []) + list(_GREETING_LINE.finditer(text)):
        word = m.group(1)
        folded = word.casefold()
        if folded in _NOBODY or folded in _MONTHS_DAYS or folded in _PRODUCTS or folded in DEPARTMENTS:
            continue  # "Dear Accounts,": a department
        if lex.is_first_name(word) or not plain_word(word):
            add(Candidate(m.start(1), m.end(1), "PERSON"))
    first = _INLINE_FIRST.match(text)
    for m in ([first] if first else []) + list(_INLINE_LINE.finditer(text)):
        word = m.group(1)
        folded = word.casefold()
        if not (folded in _NOBODY or folded in _MONTHS_DAYS or folded in _PRODUCTS or folded in DEPARTMENTS) and lex.is_first_name(word):
            add(Candidate(m.start(1), m.end(1), "PERSON"))


_CAPITALISED = lazy_re(r"(?<=[ \t(¿¡\"'])[A-ZÀ-ÖØ-Þ][a-zß-ÿ]{1,20}(?![\w@'’\-])(?!\.\w)")
_NEXT_CAPITAL = lazy_re(r"[ \t]+[A-ZÀ-ÖØ-Þ]")
# Words after a capitalised word that make it a place's or a job's name ("Harrow branch").
_THING_AFTER = lazy_re(
    r"[ \t]+(?i:branch|office|site|store|shop|job|project|account|team|warehouse|depot|plant|campus|street|road|station|"
    r"filiale|büro|standort|bureau|agence|oficina|sucursal|tienda|ufficio|filiale|sede|kantoor|vestiging|winkel)\b"
)


def chat_capitals(text: str, labels: list[tuple[int, int]], add: Callable[[Candidate], None]) -> set[str]:
    """A listed first name or surname written with a capital inside a chat message that is
    otherwise in lowercase ("le ha Sole credo", "está con Luz en lo del cliente"): the capital
    is the writer's sign of a name. Returns the names (casefolded) for their other mentions."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import plain_word
    from desktop.core.privacy.places import is_place_name

    lex = lexicon()
    found: set[str] = set()
    for _a, b in labels:
        line_end = text.find("\n", b)
        message = text[b : line_end if line_end >= 0 else len(text)]
        body = message.lstrip(" \t:：-–>")
        offset = b + len(message) - len(body)
        if not body or not body[0].islower():
            continue  # a message written with capitals as usual says nothing by its capitals
        for m in _CAPITALISED.finditer(body):
            word = m.group(0)
            folded = word.casefold()
            before = body[: m.start()].rstrip(" \t(¿¡\"'")
            if not before or before[-1] in ".!?:" or folded in _MONTHS_DAYS or folded in _PRODUCTS:
                continue
            if before.rsplit(None, 1)[-1].casefold() in _NAMED_THING_BEFORE or _THING_AFTER.match(body, m.end()):
                continue
            if before.rsplit(None, 1)[-1][:1].isupper() or _NEXT_CAPITAL.match(body, m.end()):
                continue  # "Harlow Ventures": one word of a longer name, left to the name rules
            if not (lex.is_first_name(word) or lex.is_surname(word)) or is_place_name(word) or lex.is_not_name(word):
                continue
            if plain_word(word) and lex.rank(word) < 2000:
                continue  # "Will", "May": too everyday to trust one capital
            add(Candidate(offset + m.start(), offset + m.end(), "PERSON"))
            found.add(folded)
    return found


_SHOUTED_WORD = lazy_re(r"(?<![\w@.\-'’])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]*[A-ZÀ-ÖØ-Þ](?![\w@'’\-])")


_SHOUTED_CUES = frozenset({
    "to", "from", "with", "for", "by", "cc", "attn", "call", "ask", "tell", "contact", "see", "an", "von", "mit", "für",
    "à", "avec", "pour", "para", "con", "per", "voor", "aan", "met", "dla", "och", "till", "från",
})


_CAPITALS_LINE = lazy_re(r"(?m)^[^\na-zß-ÿ]{12,}$")


def shouted(text: str, add: Callable[[Candidate], None]) -> None:
    """A name inside a line written all in capitals ("ANY QUERIES TO KIERAN O'DONNELL ON EXT
    2241", "SEND THE COUNTS TO MAUREEN"): a listed first name that is no everyday word, with
    the surname after it when that is no everyday word either."""
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import plain_word as _plain_word
    from desktop.core.privacy.places import is_place_name

    lex = lexicon()
    for found in _CAPITALS_LINE.finditer(text):
        line_offset, line = found.start(), found.group(0)
        if line.count(" ") < 2:
            continue
        words = list(_SHOUTED_WORD.finditer(line))
        if len(words) < 3:
            continue  # "IBAN: DE89 ...", "PAN ABCDE1234F": a label and a code, not a shouted sentence
        i = 0
        while i < len(words):
            word = words[i].group(0).title()
            if (len(word) < 3 or not lex.is_first_name(word) or _plain_word(word) or is_place_name(word)
                    or line[words[i].end() : words[i].end() + 1] == ":"):
                i += 1
                continue
            start, end = words[i].span()
            nxt = words[i + 1] if i + 1 < len(words) else None
            cued = i > 0 and words[i - 1].group(0).casefold() in _SHOUTED_CUES and line[words[i - 1].end() : start] == " "
            if nxt and line[end : nxt.start()] == " " and len(nxt.group(0)) > 1 and not _plain_word(nxt.group(0).title()):
                end, i, cued = nxt.end(), i + 1, True
            if cued:  # (a heading's lone word, "SOLICITUD DE ALTA", is no name)
                add(Candidate(line_offset + start, line_offset + end, "PERSON"))
            i += 1


_VI_FAMILY = "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Đoàn|Lâm|Mai|Tạ|Cao"
_VI_WORD = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]{0,7}"
_VI_NAME = lazy_re(rf"(?:{_VI_FAMILY})(?:[ \t]{_VI_WORD}){{1,3}}(?![\w])")
_VI_KIN = lazy_re(rf"(?:anh|chị|em|ông|bà|cô|chú|bác)[ \t]+({_VI_WORD}(?:[ \t]{_VI_WORD}){{0,3}})(?![\w])")
# Letters only Vietnamese writes (French and Portuguese share "â", "ê", "ô"; Romanian "ă").
_VI_STREET = lazy_re(r"(?:đường|Đường|phố|Phố|ngõ|Ngõ|quận|Quận)[ \t]+\Z")
_VI_MARKS = lazy_re(r"[đơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")

_AR_WORD = r"[\u0621-\u064a]{2,15}"
_AR_TITLED = lazy_re(
    rf"(?:م\.|د\.|أ\.|السيد|السيدة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|الدكتور|الدكتورة|المهندس|المهندسة|الأخ|الأخت)[ \t]+"
    rf"({_AR_WORD}(?:[ \t]{_AR_WORD}){{0,2}}?)(?=[ \t]*(?:المحترم|المحترمة|[،,.:\n]|$))"
)
_ARABIC = lazy_re(r"[\u0621-\u064a]")
_AR_CLOSING = lazy_re(rf"(?:مع التحية|مع خالص التحية|مع أطيب التحيات|وتفضلوا بقبول فائق الاحترام|شكرا|شكراً)[،,.]?[ \t]*\n[ \t]*({_AR_WORD}(?:[ \t]{_AR_WORD}){{0,2}})[ \t]*(?=\n|$)")


# Written without the marks ("Nguyen Thi Thu Ha", "Tran Van Long"): the family name and the
# middle name that most Vietnamese names carry, then the given names.
_VI_PLAIN = lazy_re(
    r"(?:Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Dinh|Truong|Doan|Lam)"
    r"[ \t](?:Thi|Van|Thanh|Minh|Quoc|Duc|Ngoc|Huu|Xuan|Hong|Kim)(?:[ \t][A-Z][a-z]{1,6}){1,2}(?![\w])"
)


def _windows(text: str, marks: re.Pattern[str], reach: int) -> list[tuple[int, int]]:
    """Stretches of ``reach`` characters around each character ``marks`` finds, merged."""
    out: list[tuple[int, int]] = []
    for m in marks.finditer(text):
        a, b = max(0, m.start() - reach), m.end() + reach
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _after_word(text: str, start: int) -> bool:
    """Whether ``start`` continues a word (the patterns leave this check out so that the engine
    can skip to their first letters)."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")


def script_names(text: str, add: Callable[[Candidate], None]) -> set[str]:
    """Vietnamese and Arabic names, looked for only where their letters occur. Returns the given
    names (casefolded) of Vietnamese names, written last and used alone ("Ha wants pricing")."""
    given: set[str] = set()
    # (one pass of each pattern: substring tests for each cue word cost more on a long text)
    pairs: set[str] = set()
    for m in _VI_PLAIN.finditer(text):
        if _after_word(text, m.start()):
            continue
        add(Candidate(m.start(), m.end(), "PERSON"))
        words = m.group(0).split()
        given.add(words[-1].casefold())
        if len(words) == 4:
            pairs.add(" ".join(words[2:]))  # "Mai Anh" of "Do Thi Mai Anh": the two given names, said together
    for pair in pairs:
        for m in re.finditer(rf"(?<![\w]){re.escape(pair)}(?![\w])", text):
            add(Candidate(m.start(), m.end(), "PERSON"))
    for a, b in _windows(text, _VI_MARKS, 120):  # (only near Vietnamese letters: "em", "anh" are words elsewhere)
        for m in _VI_NAME.finditer(text, a, b):
            if _after_word(text, m.start()) or _VI_STREET.search(text, max(0, m.start() - 8), m.start()):
                continue  # (and "đường Lê Lợi", "phố Trần Hưng Đạo": streets named after people)
            add(Candidate(m.start(), m.end(), "PERSON"))
        for m in _VI_KIN.finditer(text, a, b):
            if _after_word(text, m.start()):
                continue
            add(Candidate(m.start(1), m.end(1), "PERSON"))
    prose_script_names(text, add)  # (Greek, Hindi and Arabic names in running prose)
    if _ARABIC.search(text):
        for rule in (_AR_TITLED, _AR_CLOSING):
            for m in rule.finditer(text):
                # (an abbreviated title, "م." for an engineer, is hidden with the name, as "Eng." is)
                add(Candidate(m.start() if m.group(0)[1:2] == "." else m.start(1), m.end(1), "PERSON"))
    return given



# A register's or a rota's cell that holds a surname in capitals and an initial ("PATEL R",
# "O'SULLIVAN C"), as payroll, driver and shift exports print people: taken in a column whose
# header names people ("Driver", "Engineer", "Name"), when the surname is listed and rare as a word.
_SURNAME_INITIAL_CELL = lazy_re(
    r"(?m)(?:^|(?<=[,;\t|]))[ \t]*\"?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]{2,}[ \t]+[A-Z]\.?)\"?[ \t]*(?=[,;\t|\n]|$)"
)
_PEOPLE_COLUMNS = (
    "name", "driver", "engineer", "technician", "employee", "staff", "agent", "assignee", "owner", "operator", "nurse",
    "teacher", "student", "member", "contact", "manager", "courier", "cleaner", "guard", "worker", "person", "who",
    "fahrer", "mitarbeiter", "techniker", "chauffeur", "conducteur", "nom", "nombre", "conductor", "empleado", "autista",
    "nome", "dipendente", "motorista", "funcionário", "naam", "medewerker", "chauffeur", "kierowca", "pracownik", "nazwisko",
    "sürücü", "çalışan", "ad", "förare", "anställd", "namn",
)
_RARE_AS_WORD = 20_000
_CELL_WORDS = lazy_re(r"[^\W\d_]+")


def _column_header(text: str, line_start: int, cell_start: int) -> str:
    """The first row's cell above the cell starting at ``cell_start`` (casefolded), or ""."""
    line = text[line_start:cell_start]
    delimiter = next((d for d in ",;\t|" if d in line), None)
    if delimiter is None:
        return ""
    index = line.count(delimiter)
    header = next((row for row in text.split("\n", 12)[:12] if row.count(delimiter) >= index), "")
    cells = header.split(delimiter)
    return cells[index].strip(" \t\"").casefold() if index < len(cells) else ""


def register_cells(text: str, add: Callable[[Candidate], None]) -> None:
    """Add the "SURNAME I" cells of a table's people columns."""
    if not any(d in text for d in ",;\t|"):
        return
    head = text.split("\n", 12)[:12]
    if not any(w in _PEOPLE_COLUMNS for row in head if any(d in row for d in ",;\t|")
               for w in _CELL_WORDS.findall(row.casefold())):
        return  # (no column names people: most texts end here, before any scan of the cells)
    from desktop.core.privacy.lexicon import lexicon
    from desktop.core.privacy.names import plain_word as _plain_word

    lex = lexicon()
    for m in _SURNAME_INITIAL_CELL.finditer(text):
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        header = _column_header(text, line_start, m.start(1))
        if not header or not any(word in _PEOPLE_COLUMNS for word in header.replace("_", " ").split()):
            continue
        surname = m.group(1).split()[0].title()
        bare = surname.replace("'", "").replace("’", "")
        if not (lex.is_surname(surname) or lex.is_surname(bare)) or _plain_word(surname) or lex.rank(bare) < _RARE_AS_WORD:
            continue
        add(Candidate(m.start(1), m.end(1), "PERSON"))
