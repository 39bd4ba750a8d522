"""Bank accounts given in a chat as the answer to a message asking for one.

"Abeg send the account for the generator repair man" / "GTBank 0123456789, name Ibrahim Sule",
"his account number is" / "71188420" (said across two messages),
"¿me pasas tu cuenta para el reembolso?" / "Santander 0049 1500 05 2610001234": the answer names
a bank perhaps, never the word "account", so the account rules read only the digits there. Here,
after a message that asks for an account (an account word and a question mark or a verb of
sending) or ends where its value should come ("... account number is"), a run of eight to twenty digits in the next message is an account. Chat exports with
dates or the speaker on a line of its own are read through ``secret_chat_view``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.secret_chat_view import chat_view
from desktop.core.privacy.secret_words import BUSINESS_CODES
from desktop.core.privacy.word_lists import word_list

_ASK = lazy_re(
    r"(?i)(?<![\w])(?:account|acct|a/c|konto|kontonummer|cuenta|conta|compte|rekening|rachunek|numer konta|hesap|"
    r"iban|bank details|bankverbindung|datos bancarios|dados banc[áa]rios|coordonn[ée]es bancaires)(?![\w])"
)
_REQUEST = lazy_re(
    r"(?i)(?<![\w])(?:send|share|pass|give|forward|drop|schick\w*|sende\w*|gib|env[íi]a\w*|manda\w*|p[áa]sa\w*|"
    r"envoie\w*|passe|invia\w*|mandami|stuur|geef|wy[śs]lij|podaj|g[öo]nder|at|skicka)(?![\w])|[?？]"
)
# A message that ends where the account's value should come ("his account number is", "meine Kontonummer:"):
# the speaker's next message gives it.
_PROMISED = lazy_re(r"(?i)(?:[:：]|(?<![\w])(?:is|are|ist|lautet|es|est|c['’]est|è|é|er|är|jest|je|este|on))[ \t]*$")
_ALONE = lazy_re(r"(?:[^\W\d_]{2,15}[ \t]+)?\d[\d \-]{6,30}\d[ \t.,!]*$")
_BUSINESS = lazy_re(r"(?i)(?:" + BUSINESS_CODES + r"|ticket|case|claim|policy|contract|member|loyalty|meter|phone|mobile|tel)")
_SPEAKER = lazy_re(r"[^\n:：]{1,40}[:：][ \t]*")
_DIGITS = lazy_re(r"(?<![\w+\-/.])(?P<value>\d(?:\d|[ \-](?=\d)){7,25})(?![\w]|[.,/]\d)")


# What an answer's account holds: eight digits, one space or dash at most between two.
_EIGHT_DIGITS = lazy_re(r"\d(?:[ \-]?\d){7}")


def _answers(view: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Each line of ``view`` that holds eight digits (as an account does), after the line before
    it: (start, end) of both. The other lines are passed over at once (most of a long text)."""
    hit = _EIGHT_DIGITS.search(view)
    while hit:
        c = view.rfind("\n", 0, hit.start()) + 1
        d = view.find("\n", hit.end())
        d = len(view) if d < 0 else d
        if c > 0:
            yield (view.rfind("\n", 0, c - 1) + 1, c - 1), (c, d)
        hit = _EIGHT_DIGITS.search(view, d)


def find_asked_accounts(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every account given in ``text`` as the answer to a message asking for one."""
    if "\n" not in text or not any(key in lower for key in word_list("account_words.txt")):
        return
    made = chat_view(text)
    view, where = made if made else (text, None)
    for (a, b), (c, d) in _answers(view):
        asker, answerer = _SPEAKER.match(view, a, b), _SPEAKER.match(view, c, d)
        if not asker or not answerer:
            continue
        ask = _ASK.search(view, asker.end(), b)
        if not ask:
            continue
        # (a value promised, not asked for: the next message must be it alone, a bank's name at most before it)
        promised = _PROMISED.search(view, ask.end(), b) and _ALONE.match(view, answerer.end(), d)
        if not (_REQUEST.search(view, asker.end(), b) or promised):
            continue
        if _BUSINESS.search(view, answerer.end(), d):
            continue  # "12345678901 is the order number": the answer names another number
        for m in _DIGITS.finditer(view, answerer.end(), d):
            digits = sum(ch.isdigit() for ch in m.group("value"))
            start, last = m.start("value"), m.end("value") - 1
            if where is not None:
                start, last = where[start], where[last]
            if 8 <= digits <= 20 and start >= 0 and last >= 0:
                add(Candidate(start, last + 1, "ACCOUNT"))
