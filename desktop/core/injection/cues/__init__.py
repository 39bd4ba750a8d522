"""What the injection scan looks for, as data: cues with a weight, searched in folded text.

Every pattern runs on ``folding.fold`` output: lowercase, no accents, look-alike letters and
digits turned into Latin letters. A cue is one kind of evidence (``kind``); the scan adds the
strongest cue of each kind found close together, and flags text whose sum reaches 1.0. So one
unmistakable cue (chat control tokens, "ignore your instructions") is enough, while a cue that
ordinary business text also uses ("please ignore my last email", "forward this thread to Marc",
a chat log with an "Assistant:" line) needs a second, different one nearby — most often that the
words are addressed to an AI rather than to a person.

Languages: English, German, French, Spanish, Italian, Dutch, Portuguese, Turkish, Polish here;
fourteen more in ``languages``.

The cues live in one module per family of evidence: ``addressee`` (words spoken to an AI),
``override`` (ignore or reveal instructions, a new role), ``structure`` (chat markers, fake turns,
a new task), ``answer`` (what the answer must say, data sent away, secrecy), ``action`` (acting
for the user, hidden text, orders), ``outcome`` (scores, verdicts and exact answer words fixed in
advance, decode-and-follow), ``hijack`` (turns written for the AI, answers fixed word for word,
workflow steps, personas) and ``languages`` (fourteen more languages), ``agents`` (tool calls, agent keys, turns of a named
assistant, safeguards switched off, personas), ``team_languages`` (addresses, orders and verdicts
in more phrasings of the team's languages), ``readers`` (a machine reader found by the shape of the
sentence that names it, and its orders in every mood), ``machine_readers`` (the reader named by what it does with the
text, in each language, and fake tool output), ``more_languages`` (Hebrew, Vietnamese, Indonesian and
Romanian's reader by what it does), ``reader_words`` (the one table of the verbs, modals and acts a
machine reader is described with, read by ``readers`` and the per-language families), ``register_forms``
(orders to a machine in each language's impersonal, passive and formal forms, and Thai), ``business_orders``
(orders to a machine written as business text: headings, notes, conditions, duties, goals, table cells), ``week_readers`` (machine readers named
by the job they do in a small team's week, and the week's acts ordered of them), ``automatic_readers`` (a note
headed to whatever machine reads the text, named only as automatic), ``processing_notes`` (orders handed to a
machine as a step of office processing: the machine named by its access or job, greeted formally, in a
condition, its settings said to be changed; infinitive, wished and claimed orders), ``processing_readers`` (notes to
the machine named by the processing it does or the document it processes, and the processing steps ordered of it); ``greetings``
(a machine greeted the way a colleague is, bracketed system notices, answering without restrictions and a new self
in the team's languages, Hindi in Latin letters); ``carried``
(the kinds issue 18 names as a team's mail, pages and chats carry them in its languages: a chat speaker's vocative, machines named
automated, a new role, turns, the AI's turn agreeing or concluding, a dropped job, data asked for in the answer); ``people`` (orders addressed to
people: read by the scan, no cue of its own); ``cue``
holds the Cue type and the reasons shown.
This module puts them together with where each kind is searched (``KEYS``, ``REACH``).
"""

from desktop.core.injection.cues.action import (
    _ACT,
    _HIDDEN,
    _HIDDEN_ORDER,
    _IMPERATIVE,
    _RISKY,
    _USER,
)
from desktop.core.injection.cues.addressee import _ADDRESSEE
from desktop.core.injection.cues.agents import AGENT_CUES
from desktop.core.injection.cues.answer import _EXFIL, _OUTPUT, _SECRECY
from desktop.core.injection.cues.automatic_readers import AUTOMATIC_READER_CUES
from desktop.core.injection.cues.business_orders import BUSINESS_ORDER_CUES
from desktop.core.injection.cues.carried import CARRIED_CUES
from desktop.core.injection.cues.claims import CUES_OF_CLAIMS
from desktop.core.injection.cues.cue import ONLY_WHEN_ADDRESSED, REASONS, Cue
from desktop.core.injection.cues.framing import FRAMING_CUES
from desktop.core.injection.cues.greetings import GLUED_LANGUAGE_CUES, GREETING_CUES
from desktop.core.injection.cues.hijack import HIJACK_CUES
from desktop.core.injection.cues.languages import LANGUAGE_CUES
from desktop.core.injection.cues.machine_names import CUES_OF_MACHINE_NAMES
from desktop.core.injection.cues.machine_readers import READER_CUES as MACHINE_READER_CUES
from desktop.core.injection.cues.more_languages import MORE_LANGUAGE_CUES
from desktop.core.injection.cues.outcome import OUTCOME_CUES
from desktop.core.injection.cues.override import _OVERRIDE, _REVEAL, _ROLE
from desktop.core.injection.cues.processing_notes import PROCESSING_NOTE_CUES
from desktop.core.injection.cues.processing_readers import PROCESSING_READER_CUES
from desktop.core.injection.cues.readers import (
    ACT_CUES,
    BROAD_CUES,
    LEAVE_OUT_CUES,
    ORDER_CUES,
    READER_CUES,
    SHAPE_CUES,
    VERDICT_CUES,
    WISH_CUES,
)
from desktop.core.injection.cues.register_forms import REGISTER_CUES
from desktop.core.injection.cues.structure import _MARKERS, _REDIRECT, _TASK, _TURNS
from desktop.core.injection.cues.team_languages import TEAM_LANGUAGE_CUES
from desktop.core.injection.cues.week_readers import WEEK_CUES

__all__ = ["CUES", "DEFAULT_REACH", "GLUED", "KEYS", "LITERAL_KEYS", "ONLY_WHEN_ADDRESSED", "REACH", "REASONS", "Cue"]

CUES: tuple[Cue, ...] = (
    *_ADDRESSEE, *_OVERRIDE, *_REVEAL, *_ROLE, *_MARKERS, *_TURNS, *_TASK, *_OUTPUT, *_EXFIL, *_SECRECY, *_ACT, *_RISKY,
    *_USER, *_HIDDEN, *_REDIRECT, *_IMPERATIVE, *_HIDDEN_ORDER, *OUTCOME_CUES, *LANGUAGE_CUES,
    *HIJACK_CUES, *AGENT_CUES, *TEAM_LANGUAGE_CUES,
    *READER_CUES, *ORDER_CUES, *ACT_CUES, *SHAPE_CUES, *BROAD_CUES, *VERDICT_CUES, *WISH_CUES, *LEAVE_OUT_CUES,
    *MACHINE_READER_CUES, *FRAMING_CUES, *MORE_LANGUAGE_CUES, *CUES_OF_CLAIMS, *CUES_OF_MACHINE_NAMES, *REGISTER_CUES,
    *BUSINESS_ORDER_CUES, *WEEK_CUES,
    *AUTOMATIC_READER_CUES,
    *PROCESSING_NOTE_CUES,
    *PROCESSING_READER_CUES,
    *GREETING_CUES,
    *CARRIED_CUES,
)

# Runs of spaced-out letters, glued back together ("ignoreallpreviousinstructions"): there are
# no word gaps left to search, so these look for the words inside one string.
GLUED: tuple[Cue, ...] = (
    Cue("glued", 1.0, r"(?:ignore|disregard|forget|override)\w{0,24}(?:instructions?|rules|prompts?|guidelines)|"
                      r"(?:reveal|print|show|output)\w{0,12}(?:systemprompt|instructions|prompt)|systemprompt|newtask|"
                      r"newinstructions|youarenow|forward\w{0,8}thread|sendthis|delete\w{0,16}(?:tickets|files)"),
    Cue("glued", 0.6, r"assistant|aimodel|languagemodel|chatbot|^ai$"),
    *GLUED_LANGUAGE_CUES,
)

# Where cues can be: every match of a cue of a kind lies within ``REACH`` characters of one of
# the key words below (a word *starting* with one of them; keys of three letters or fewer are
# whole words). The scan finds these words with plain substring search and runs a kind's cues
# only around them, so a long ordinary document costs a few fast passes, not sixty slow ones.
# (A test checks that this gives what searching the whole text with every cue gives.)
_AI_KEYS = ("ai", "a.i", "llm", "llms", "model", "bot", "bots", "chatbot", "assistan", "assistent", "asistent",
            "asystent", "asystenc", "chatboc", "copilot", "gpt", "gpts", "chatgpt", "claude", "gemini", "automated", "summari",
            "ki", "ia", "intelligen", "inteligen", "yapay", "sztuczn", "sprachmodell", "taalmodel", "kunstmatige")
_USER_KEYS = ("user", "human", "reader", "operator", "benutzer", "nutzer", "utilisateur", "usuario", "utente",
              "gebruiker", "utilizador", "kullanici", "uzytkownik")
KEYS: dict[str, tuple[str, ...]] = {
    "addressee": (*_AI_KEYS, "lesen", "liest", "verarbeitet", "leas", "lea", "lee", "lees"),
    "override": ("ignor", "disregard", "forget", "override", "bypass", "abandon", "discard", "drop", "vergiss",
                 "vergesst", "missacht", "oubli", "olvid", "omit", "descart", "dimentic", "trascur", "negeer", "vergeet",
                 "esquec", "desconsider", "zignoruj", "zapomnij", "pomin", "void", "cancel", "outdated", "obsolete",
                 "revoked", "replaced", "superseded", "longer", "instruc", "talimat", "kural", "yonerge", "komut", "regol",
                 "regl", "regra", "regel", "zasad"),
    "reveal": ("prompt", "system", "systeem", "sistem", "initial", "hidden", "original", "developer", "mensaje",
               "messaggio", "mensagem", "instruc", "istruz", "context"),
    "role": ("you are", "pretend", "imagine", "act as", "mode", "do anything", "jailbr", "content polic", "character",
             "unrestricted", "restriccion", "from now", "from this point", "henceforth", "starting now", "a partir", "limits",
             "ab sofort", "d'ora", "vanaf nu", "od teraz", "bundan", "filters", "restrictions"),
    "markers": ("system", "sys", "admin", "instruc", "assistan"),
    "turns": ("system", "user", "human", "assistan", "ai", "model"),
    "boundary": ("end of", "summary task", "summarization task", "summarisation task", "job"),
    "task": ("task", "instruc", "objective", "goal", "directive", "assignment", "mission", "aufgabe", "anweisung", "tache",
             "tarea", "compito", "istruz", "taak", "tarefa", "gorev", "talimat", "zadanie", "instruk"),
    "redirect": ("instead", "stop", "summari", "whatever", "translat", "analy", "triag", "disregard", "zusammen", "resum", "riassum",
                 "samen", "ozetleme", "streszcz", "ignor"),
    "output": ("summar", "antwort", "rispond", "scrivi", "schreib", "antwoord", "schrijf", "escrev", "escrib", "repond", "ecri",
               "zusammenfassung", "resum", "riassunt", "samenvatting", "translat", "process", "analy", "render",
               "draft", "reply", "respond", "response", "answer", "output",
               "report", "say", "write", "sadece", "rate", "best", "highest", "number one", "scam", "positive",
               "compliant", "trusted", "only"),
    "exfil": ("conversa", "chat", "message", "system", "context", "api", "credential", "token", "password",
              "address book", "user", "gesprek", "konusma", "rozmow", "korespondencj", "unterhaltung", "historique",
              "historial", "cronologia", "lista", "liste", "contact", "contatti", "kullanici", "calisan", "http", "link",
              "base64", "mailbox", "emails", "inbox", "files"),
    "secrecy": ("tell", "mention", "inform", "notif", "alert", "show", "reveal", "bring", "asking", "flagging", "without",
                "skip", *_USER_KEYS),
    "act": _AI_KEYS,  # counted only next to words addressed to an AI: searched around those
    "risky": _AI_KEYS,
    "imperative": _AI_KEYS,
    "user": _USER_KEYS,
    "hidden": ("display", "font", "visibility", "opacity", "color", "hidden", "visually", "sr", "aria"),
}
# Keys that do not start with a letter: found anywhere.
LITERAL_KEYS: dict[str, tuple[str, ...]] = {
    "markers": ("<|", "inst]", "_of_turn", "#"),
    "boundary": ("</",),
    "hidden": ("<!--",),
}
# (before, after): how far from a key word a match of the kind can start and end.
REACH: dict[str, tuple[int, int]] = {
    "addressee": (90, 110), "markers": (40, 60), "turns": (700, 700), "hidden": (450, 450), "act": (200, 200), "risky": (200, 200),
    "imperative": (200, 200),
}
DEFAULT_REACH = (220, 220)
