"""Accounts that are no bank account: an Indian UPI payment address ("name@okhdfcbank") and a
superannuation or pension member number ("Super fund: ..., member no. 1048827366", "pension
scheme member number is PN-4482917"). Both take money to one person, so they are hidden as an
account.

A UPI address looks like an email without its domain's dot; it is taken only with a payment
provider's handle after the "@", so that "@channel" and "user@localhost" stay. A member number
is taken only with a pension word before the "member" word.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.text_cache import keyword_windows

# The handles of India's UPI apps and banks (after the "@" of a UPI ID).
_UPI_HANDLES = (
    "okaxis|okhdfcbank|okicici|oksbi|ybl|ibl|axl|paytm|upi|apl|yapl|ptyes|ptaxis|pthdfc|ptsbi|waaxis|wahdfcbank|wasbi|"
    "waicici|icici|sbi|hdfcbank|axisbank|kotak|kmbl|indus|federal|idfcbank|idfcfirst|aubank|barodampay|freecharge|"
    "jupiteraxis|fam|superyes|airtel|jio|rbl|yesbank|yesbankltd|timecosmos|abfspay|naviaxis|pingpay|dbs|hsbc|citi|sc|"
    "pnb|unionbank|cnrb|boi|mahb|ikwik|postbank|axisb|equitas|fbl|dlb|kvb|tjsb|uco|cbin|ezeepay"
)
_UPI_AT = lazy_re(rf"(?i)@(?:{_UPI_HANDLES})(?![\w@]|\.[a-z])")
_UPI_NAME = lazy_re(r"(?i)[a-z0-9][\w.\-]{1,63}$")

_PENSION = (
    r"super|superannuation|pension|pensions|kiwisaver|provident fund|pensioen|pensionskasse|rente|retraite|jubilaci[óo]n|"
    r"previd[êe]ncia|emerytal\w*|emeklilik|tj[äa]nstepension|pensionsfond"
)
_MEMBER_NUMBER = lazy_re(
    rf"(?i)(?<![\w])(?:{_PENSION})(?![a-z])[^\n.!?;]{{0,60}}?(?<![\w])(?:member(?:ship)?|mitglieds|lid|adh[ée]rent|afiliado|"
    r"participante|cz[łl]onk\w*|[üu]ye)[ \t]*(?:no\.?|nr\.?|number|nummer|num[ée]ro|n[úu]mero|id|#)?[^\n\w]{0,12}"
    r"(?:is[ \t]+|ist[ \t]+|est[ \t]+|es[ \t]+|é[ \t]+)?(?P<value>(?:[A-Z]{1,4}[\- ]?)?\d[\d \-]{3,16}\d)(?![\w])"
)
_MEMBER_KEYS = ("super", "pension", "kiwisaver", "provident", "pensioen", "rente", "retraite", "jubilaci", "previd", "emerytal",
                "emeklilik")


def find_member_numbers(text: str, add: Callable[[Candidate], None], lower: str | None = None) -> None:
    """Add every UPI ID and pension member number in ``text``."""
    lower = text.lower() if lower is None else lower
    at = text.find("@")
    while at >= 0:
        handle = _UPI_AT.match(text, at)
        if handle:
            name = _UPI_NAME.search(text, max(0, at - 64), at)
            if name and not (name.start() > 0 and (text[name.start() - 1].isalnum() or text[name.start() - 1] in "_.-")):
                add(Candidate(name.start(), handle.end(), "ACCOUNT"))
        at = text.find("@", at + 1)
    for a, b in keyword_windows(lower, _MEMBER_KEYS, 120, 2):
        for m in _MEMBER_NUMBER.finditer(text, a, b):
            add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
