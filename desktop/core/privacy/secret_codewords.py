"""Code words: the word an alarm company, a security desk or a bank asks for on the phone ("the
code word for the monitoring centre is Pelican", "Codewort: Seeadler"), and a password named in a
German clause whose verb comes last ("bei Fehlalarm das Kennwort Kranich nennen").

A code word is an ordinary word by design, so it is taken without the digit or symbol the other
password rules ask of a value said in a sentence: the cue here names nothing else.
"""

from __future__ import annotations

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import keyword_windows, lazy_re

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
# Words that stand where the value would and are none ("das Kennwort Ihres Kontos eingeben").
_NOT_VALUES = frozenset({
    "ihres", "ihren", "ihrem", "ihr", "ihre", "deines", "deinen", "dein", "deine", "unseres", "unser", "unsere", "bitte",
    "nicht", "neu", "erneut", "nochmal", "dann", "einfach", "selbst", "hier", "immer", "nie", "sofort", "zweimal", "des",
    "der", "den", "dem", "die", "das", "eines", "einer", "kein", "keine", "the", "for", "not", "now", "still",
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
    return out
