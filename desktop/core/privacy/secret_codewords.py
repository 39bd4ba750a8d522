"""Code words: the word an alarm company, a security desk or a bank asks for on the phone ("the
code word for the monitoring centre is Pelican", "Codewort: Seeadler"), and a password named in a
German clause whose verb comes last ("bei Fehlalarm das Kennwort Kranich nennen"), and a code
word one is told to say ("dad la palabra clave gaviota a la central").

A code word is an ordinary word by design, so it is taken without the digit or symbol the other
password rules ask of a value said in a sentence: the cue here names nothing else.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows

PASSWORD = "A password"

_CODEWORD = lazy_re(
    r"(?i)(?<!\w)(?:code ?word|codewort|losungswort|mot[ \-]code|mot de code|parole de s[ée]curit[ée]|"
    r"palabra de seguridad|parola di sicurezza|codewoord|kodeord til alarm\w*|kodord)(?!\w)"
    r"[^\n.:?]{0,40}?(?:\s(?:is|was|ist|lautet|war|est|c['’]est|es|è|é|is nu|er|är)|[:=])[ \t]*[\"'„“«]?[ \t]*"
    r"(?P<value>[^\W\d_][\w\-]{2,30})"
)
_CODEWORD_KEYS = ("code word", "codeword", "codewort", "losungswort", "mot-code", "mot code", "mot de code", "parole de s",
                  "palabra de seg", "parola di sic", "codewoord", "kodeord til alarm", "kodord")
# German puts the verb last: "das Kennwort Kranich nennen", "mit dem Passwort Seeadler anmelden".
_VERB_LAST = lazy_re(
    r"(?<!\w)(?:[Kk]ennwort|[Pp]asswort|[Cc]odewort|[Ll]osungswort)[ \t]+[„“\"']?(?P<value>(?-i:[A-ZÄÖÜ])[\w\-]{3,30})[„“\"']?"
    r"[ \t]+(?:nennen|sagen|angeben|durchgeben|eingeben|verwenden|benutzen|nutzen)(?!\w)"
)
_VERB_LAST_KEYS = ("kennwort", "passwort", "codewort", "losungswort")
# An instruction to say the code word, the word after it ("dad la palabra clave gaviota a la
# central", "give them the password heron", "dites le mot de passe mouette"): a lowercase word
# then the clause's end or "to" whom it is said.
_GIVE = lazy_re(
    r"(?i)(?<!\w)(?:dad|da|d[ée]|diga|decid|di|dile|dales|give(?: them)?|say|tell them|sag|sagt|sagen sie|nennt|nennen sie|dites|donnez|"
    r"donne|dis|dica|d[ìi]|dite|fornite|fale|diga|informe|noem|zeg|geef|podaj|powiedz|s[äa]g|sig|oppgi|kerro|s[öo]yle|s[öo]yleyin)[ \t]+"
    # (whom it is said to may come first: "give the monitoring centre the password ...")
    r"(?:(?:[^\W\d_]+[ \t]+){0,3}?(?:la|the|das|le|il|o|a|el|de|het)[ \t]+)?"
    r"(?:palabra clave|palabra de seguridad|contrase[ñn]a|code ?word|password|passwort|kennwort|codewort|mot de passe|mot de code|"
    r"parola d['’]ordine|parola chiave|senha|palavra-passe|palavra[ \-]chave|wachtwoord|codewoord|has[łl]o|l[öo]senord(?:et)?|"
    r"kodeord(?:et)?|passord(?:et)?|salasana|[şs]ifre(?:yi)?)[ \t]+[„“\"'«]?"
    r"(?P<value>(?-i:[a-zäöüßéèàçñ])[\w\-]{3,30})[„“\"'»]?(?=[ \t]*(?:[.,;!)]|\n|$|[ \t]+(?:a|al|to|an|à|au|alla|ao|aan|till|til|do)[ \t]))"
)
# (said to a guard: an alarm company, a monitoring centre, a security desk, a bank on the phone)
_GUARDED = lazy_re(
    r"(?i)alarm|allarm|larm|h[äa]lytys|alarma|alarme|central|leitstelle|wachdienst|security|seguridad|sicurezza|s[ée]curit[ée]|"
    r"monitoring|vigilan|meldkamer|beveiliging|ochron|vakt|vartij|g[üu]venlik|bank|banco|banque|phone|tel[ée]fono|telefon|t[ée]l[ée]phone"
)
_GIVE_KEYS = ("palabra", "contrase", "code word", "codeword", "password", "passwort", "kennwort", "codewort", "mot de", "parola",
              "senha", "palavra", "wachtwoord", "codewoord", "hasł", "hasl", "lösenord", "losenord", "kodeord", "passord",
              "salasana", "şifre", "sifre")
# Words that stand where the value would and are none ("das Kennwort Ihres Kontos eingeben").
_NOT_VALUES = frozenset({
    "ihres", "ihren", "ihrem", "ihr", "ihre", "deines", "deinen", "dein", "deine", "unseres", "unser", "unsere", "bitte",
    "nicht", "neu", "erneut", "nochmal", "dann", "einfach", "selbst", "hier", "immer", "nie", "sofort", "zweimal", "des",
    "der", "den", "dem", "die", "das", "eines", "einer", "kein", "keine", "the", "for", "not", "now", "still",
    "again", "aloud", "only", "back", "over", "correcta", "correcto", "otra", "nuevamente", "siempre", "nunca", "solo",
    "encore", "toujours", "jamais", "seulement", "ancora", "sempre", "novamente", "nooit", "altijd", "opnieuw",
    "igen", "aldrig", "alltid", "bare", "kun", "uudelleen", "tekrar", "del", "que", "para", "with", "when", "here", "there",
})


def find_code_words(text: str, lower: str) -> list[Candidate]:
    """Every code word these rules find in ``text`` (``lower``: the text lowercased)."""
    out: list[Candidate] = []
    for rule, keys in ((_CODEWORD, _CODEWORD_KEYS), (_VERB_LAST, _VERB_LAST_KEYS)):
        for a, b in keyword_windows(lower, keys, 120, 2):
            for m in rule.finditer(text, a, b):
                value = m.group("value").rstrip("-")
                if value.lower() not in _NOT_VALUES:
                    out.append(Candidate(m.start("value"), m.start("value") + len(value), "SECRET", "secret", PASSWORD))
    for a, b in keyword_windows(lower, _GIVE_KEYS, 60, 70):
        for m in _GIVE.finditer(text, a, b):
            value = m.group("value")
            here = text.rfind("\n", 0, m.start())
            line_start = text.rfind("\n", 0, here) if here > 0 else 0  # (this line and the one before)
            line_end = text.find("\n", m.end())
            if value.lower() not in _NOT_VALUES and _GUARDED.search(text, max(0, line_start), len(text) if line_end < 0 else line_end):
                out.append(Candidate(m.start("value"), m.end("value"), "SECRET", "secret", PASSWORD))
    return out
