"""Orders addressed to people, not to an AI: who a note is for, in the team's languages.

Business text gives its orders in the same shapes as an injection, only to a person: "Note for
whoever processes this invoice:", "Internal note: the agent handling this ticket should ...",
"Colleagues reading this draft: ...", "Nota para el equipo que lea este documento", "Für die
Person, die morgen die Post öffnet", "给负责周五盘点的同事". A reader there is a person when its line
names one (``PEOPLE``: whoever, everyone who, colleagues, the team, staff, named roles; ``INTERNAL``:
a note marked internal, for support staff, where "the agent handling this ticket" is a person) and
names no machine (``MACHINES``: "note for any automated reader", "the AI agent that analyses these
logs", "el modelo que genere el resumen").

Used by the scan: an AI noun found in a note addressed to people is not an address to an AI
(``addressed_to_people``). (Asking the learned score below ``learned.MIN_CUE_SCORE`` on lines that
address no people was measured and not kept: see ``bench.injection_learned``.)

Written in each language's own spelling; ``fold_letters`` gives them as the scan's folded text spells
them (accents gone, Cyrillic and Greek look-alikes as the fold writes them).
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.injection.cues.cue import ROLE_DEFINITION
from desktop.core.privacy.letters import fold_letters

# Who a note or an order is for, when it is a person: "whoever", "everyone who", "the person who",
# "colleagues", "the team", staff and roles a business text names. Regex fragments, matched at a
# word start (non-Latin scripts: anywhere).
PEOPLE: dict[str, tuple[str, ...]] = {
    "en": ("whoever", "whomever", "anyone (?:who|that|reading|picking|processing|handling|covering)",
           "everyone (?:who|that|reading)", "all (?:who|those)", "those (?:who|reading)", "(?:for|to) everyone",
           "(?:for|to) (?:the )?(?:person|someone|somebody) (?:who|that|\\w+ing)",
           "colleagues?", "team ?mates?", "(?:the|our|all|every) (?:\\w+ )?(?:team|staff|shift)",
           "(?:support|service|helpdesk|call ?cent(?:re|er)|sales|customer care|l[123]) (?:agents?|advisors?|reps?|staff|team)",
           "receptionists?", "technicians?", "engineers?", "operators?", "drivers?", "stage manager", "cover(?:ing)? (?:person|colleague)",
           "night shift", "day shift", "all staff", "new hires?"),
    "de": ("wer ", "jede[rnm]?,? (?:der|die)", "alle,? die", "die person,? die", "(?:den |die |der )?kolleg\\w*",
           "mitarbeite\\w*", "(?:das|dem|ans) team", "techniker\\w*", "sachbearbeite\\w*", "vertretung"),
    "fr": ("quiconque", "celui qui", "celle qui", "la personne qui", "toute personne", "(?:les |aux |le |la )?coll[eè]gues?",
           "l'[eé]quipe", "(?:le |la )?conseill[eè]re?s?", "(?:le |la )?technicien\\w*", "(?:le |la )?gestionnaire",
           "(?:le |la )?responsable"),
    "es": ("quien(?:es)? ", "la persona que", "el equipo", "(?:los |las |el |la )?compa[ñn]er\\w*", "todos los que",
           "el agente que (?:atienda|gestione|lleve|tome|revise)", "(?:el |la )?t[eé]cnic[oa]", "(?:el |la )?encargad[oa]",
           "para todos"),
    "it": ("chi ", "la persona che", "(?:i |il |la |ai |al )?colleg\\w*", "(?:il |l')?tecnico", "(?:l')?operatore",
           "tutti quelli", "(?:a )?chiunque", "(?:il |la )?responsabile"),
    "pt": ("quem ", "a pessoa que", "a equipa", "a equipe", "(?:os |as |o |a )?colegas?", "o agente que (?:tratar|atender)",
           "(?:o |a )?t[eé]cnic[oa]", "equipa de apoio", "equipe de suporte"),
    "nl": ("degene die", "iedereen die", "collega'?s?", "het team", "(?:de )?monteur", "(?:de )?medewerker\\w*"),
    "pl": ("osoba,? kt[oó]ra", "osoby,? kt[oó]ra", "ktokolwiek", "konsultant\\w*", "koleg\\w*", "zesp[oó]\\w*", "pracowni\\w*"),
    "sv": ("den som", "alla som", "kolleg\\w*", "handl[aä]ggar\\w*", "teamet", "medarbetar\\w*", "personalen"),
    "da": ("den,? der", "den medarbejder", "alle,? der", "kolleg\\w*", "medarbejder\\w*"),
    "no": ("den som", "alle som", "kolleg\\w*", "vaktene", "medarbeider\\w*"),
    "fi": ("sille,? joka", "sin[aä],? joka", "kaikille", "kolleg\\w*", "ty[oö]ntekij\\w*"),
    "cs": ("kolega", "kolegyn\\w*", "ten,? kdo", "v[sš]ichni", "pracovn[ií]k\\w*"),
    "tr": ("arkada[sş]lar\\w*", "ekip\\w*", "herkes\\w*", "personel\\w*"),
    "ro": ("colegul\\w*", "colega", "cine ", "to[tț]i cei", "persoana care"),
    "hu": ("[uü]gyf[eé]lszolg[aá]latos\\w*", "koll[eé]g\\w*", "munkat[aá]rs\\w*"),
    "ru": ("всем,? кто", "тот,? кто", "тому,? кто", "коллег\\w*", "сотрудник\\w*"),
    "uk": ("для того,? хто", "тому,? хто", "всім,? хто", "колег\\w*", "працівник\\w*"),
    "el": ("συνάδελφ\\w*", "όποιος", "όσοι"),
    "he": ("מי ש", "לכל מי", "צוות", "עמית"),
    "ar": ("كل من", "الزملاء", "زميل", "الموظف", "فريق"),
    "hi": ("साथियों", "सहकर्मी", "कर्मचारी", "टीम"),
    "ja": ("皆さん", "担当者", "担当の方", "社員", "同僚", "スタッフ"),
    "zh": ("同事", "负责", "员工", "各位"),
    "ko": ("담당자", "직원", "여러분", "동료"),
    "vi": ("nh[aâ]n vi[eê]n", "[dđ][oồ]ng nghi[eệ]p", "m[oọ]i ng[uư][oờ]i"),
    "id": ("petugas", "rekan", "karyawan", "tim "),
}
# A note marked internal or for support staff: the agent, advisor or assistant it names is a person
# ("Internal note: the agent handling this ticket should ...", "For support agents: ...").
INTERNAL: dict[str, tuple[str, ...]] = {
    "en": ("internal note", "internal:", "internal only", "for (?:the )?(?:support|service) (?:agents?|staff|team)", "macro:"),
    "de": ("interne notiz", "intern:", "interner vermerk"),
    "fr": ("note interne", "remarque interne"),
    "es": ("nota interna",),
    "it": ("nota interna",),
    "pt": ("nota interna",),
    "nl": ("interne notitie", "intern:"),
    "pl": ("notatka wewn[eę]trzna",),
    "sv": ("intern anteckning",),
    "da": ("intern note",),
    "no": ("internt notat",),
    "ja": ("社内メモ",),
    "vi": ("ghi ch[uú] n[oộ]i b[oộ]",),
}
# What makes the reader a machine whatever else the line says: AI words, models, bots, software,
# automatic readers ("note for any automated reader", "whatever system is ranking these").
MACHINES: dict[str, tuple[str, ...]] = {
    # ("to whoever or whatever is summarising this": whatever reads it may be a machine)
    # (... and "whoever summarises this": the summary is what an AI is asked for)
    "en": ("whatever", "whichever", "(?:whoever|anyone|someone) (?:is |will be )?(?:summari[sz]\\w*|condens\\w*)", "ai", "a\\.i\\.", "llms?", "bots?", "chat ?bots?", "models?", "gpt\\w*", "copilot\\w*", "automat\\w*", "software",
           "systems?", "tools?", "machines?", "programs?", "algorithms?", "crawlers?", "parsers?", "screeners?", "robots?",
           "language models?", "scripts?", "apps?"),
    "de": ("was auch immer", "wer oder was", "ki", "ki-\\w+", "modell\\w*", "sprachmodell\\w*", "systeme?", "programm\\w*", "leseprogramm\\w*", "werkzeug\\w*"),
    "fr": ("qui ou quoi", "ia", "mod[eè]les?", "outils?", "logiciels?", "syst[eè]mes?", "programmes?"),
    "es": ("ia", "modelos?", "herramientas?", "sistemas?", "programas?"),
    "it": ("ia", "modell[oi]", "strument[oi]", "sistem[ai]", "programm[ai]"),
    "pt": ("ia", "modelos?", "ferramentas?", "sistemas?", "programas?"),
    "nl": ("ai-\\w+", "modellen", "model", "systee?m\\w*", "programma\\w*"),
    "pl": ("asystent\\w* ai", "sztuczn\\w*", "model\\w*", "system\\w*", "program\\w*", "narz[eę]dzi\\w*"),
    "sv": ("ai-\\w+", "modell\\w*", "system\\w*", "verktyg\\w*"),
    "da": ("ai-\\w+", "kunstig\\w*", "model\\w*", "system\\w*"),
    "no": ("ki-\\w+", "kunstig\\w*", "modell\\w*", "system\\w*"),
    "fi": ("teko[aä]ly\\w*", "koneellis\\w*", "j[aä]rjestelm\\w*", "mall\\w*"),
    "cs": ("um[eě]l\\w* inteligenc\\w*", "model\\w*", "syst[eé]m\\w*"),
    "tr": ("yapay zeka\\w*", "model\\w*", "sistem\\w*", "ara[cç]\\w*"),
    "ro": ("inteligen[tț]\\w* artificial\\w*", "model\\w*", "sistem\\w*"),
    "hu": ("mesters[eé]ges intelligenci\\w*", "modell\\w*", "rendszer\\w*"),
    "ru": ("ии", "искусственн\\w*", "модел\\w*", "систем\\w*", "программ\\w*", "автомат\\w*", "бот\\w*"),
    "uk": ("ші", "штучн\\w*", "модел\\w*", "систем\\w*", "програм\\w*", "автомат\\w*", "обробник\\w*"),
    "el": ("τεχνητή νοημοσύνη", "μοντέλο\\w*", "σύστημα\\w*"),
    "he": ("בינה מלאכותית", "מודל", "בוט", "מערכת"),
    "ar": ("ذكاء اصطناعي", "الذكاء الاصطناعي", "نموذج", "نظام", "روبوت"),
    "hi": ("एआई", "मॉडल", "सिस्टम"),
    "ja": ("モデル", "システム", "ツール", "ボット", "自動"),
    "zh": ("人工智能", "模型", "系统", "工具", "机器人", "自动"),
    "ko": ("인공지능", "모델", "시스템", "봇", "자동"),
    "vi": ("tr[ií] tu[eệ] nh[aâ]n t[aạ]o", "m[oô] h[iì]nh", "h[eệ] th[oố]ng"),
    "id": ("kecerdasan buatan", "sistem", "model"),
}
_REACH = 120  # characters of the line before the address that can name who it is for
_HEAD = 35  # characters from a sentence's start within which it names who it is for
_SENTENCE_ENDS = (". ", "! ", "? ", "\u3002", "\uff01", "\uff1f")


def _alternatives(table: dict[str, tuple[str, ...]]) -> str:
    """The table's fragments, folded; those that start with a Latin letter only at a word start
    ("ai", not "said"), and ending at a word end unless they end in a space or a letter run."""
    # Neighbouring Latin fragments share one word-start check, in their order: the same matches, but
    # a position inside a word is turned down once rather than once per fragment.
    runs: list[tuple[bool, list[str]]] = []
    for fragments in table.values():
        for fragment in fragments:
            spelled = fold_letters(fragment)
            latin = "a" <= spelled[:1] <= "z"
            part = "(?:" + spelled + ")" + (r"(?!\w)" if latin and not spelled.endswith(" ") else "")
            if runs and runs[-1][0] == latin:
                runs[-1][1].append(part)
            else:
                runs.append((latin, [part]))
    return "|".join(r"(?<![\w])(?:" + "|".join(parts) + ")" if latin else "|".join(parts) for latin, parts in runs)


# (CJK words need no word boundary, and AI written as "ai" inside them, "ai助手", still counts)
_AI_GLUED = r"(?<![a-z])ai(?![a-z])"


@cache
def _people() -> re.Pattern[str]:
    return re.compile(_alternatives(PEOPLE) + "|" + _alternatives(INTERNAL))


@cache
def _machines() -> re.Pattern[str]:
    # (a sentence that gives a role, "You are an assistant helping our purchasing team", speaks to a
    # machine whatever people it names)
    return re.compile(_alternatives(MACHINES) + "|" + _AI_GLUED + r"|(?<!\w)" + ROLE_DEFINITION)


def _sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding ``at`` starts (not before ``start``)."""
    found = (text.rfind(end, start, at) for end in _SENTENCE_ENDS)
    return max((place + len(end) for place, end in zip(found, _SENTENCE_ENDS, strict=True) if place >= 0), default=start)


def _heads_a_sentence(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is within ``_HEAD`` characters of the start of its sentence (not before ``start``):
    who an order is for comes first ("Note for whoever ...", "Internal note: the agent ..."); people
    named later are what the order is about ("it would help everyone if the summary said ...")."""
    begins = _sentence_start(text, start, at)
    return at - begins <= _HEAD


def _addresses_people(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (one line, or a stretch of it) addresses people and names no machine."""
    return (any(_heads_a_sentence(text, start, m.start()) for m in _people().finditer(text, start, end))
            and _machines().search(text, start, end) is None)


def addressed_to_people(text: str, position: int) -> bool:
    """Whether the reader found at ``position`` of folded ``text`` is in a sentence addressed to people
    (within ``_REACH`` characters before it, on its line) that names no machine."""
    line_start = text.rfind("\n", 0, position) + 1
    start = _sentence_start(text, max(line_start, position - _REACH), position)
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    ends = [at for at in (text.find(end, position, line_end) for end in _SENTENCE_ENDS) if at >= 0]
    return _addresses_people(text, start, min(ends, default=line_end))
