"""Bank account numbers after an account word in many languages ("Konto 1234 5678", "sort code
20-00-00", "CLABE interbancaria ..."), amounts written with dots left. Dispatched from
``structured``; national account forms without such a word are in ``structured_banks`` and
``regional``.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.privacy.account_positions import find_account_positions
from desktop.core.privacy.account_replies import find_asked_accounts
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.structured_rules import compiled_rules
from desktop.core.privacy.text_cache import keyword_windows

_PATTERNS: dict[str, str] = {
    "account_context": (
        r"\b(?:account|acct|acc|a/c|konto(?:nummer)?|kontonr\.?|compte|cuenta|conto(?: corrente)?|"
        r"rekening(?:nummer|nr\.?)?|rek\.?[ \t]?nr\.?|rek(?=\.[ \t]?\d)|sort code|routing(?: number)?|aba|bsb|numer konta|nr konta|konta|"
        # Polish, Turkish, Czech, Finnish, Mexican and German short forms
        r"rachunk(?:u|iem)|rachunek|hesap(?: no| numaras[ıi])?|[úu][čc]tu|[úu][čc]et|tilinumero|"
        r"clabe|cci|kto\.?-?nr|kto(?=\.? ?:? ?\d)|konto-?nr|"
        # Chilean and other Spanish short forms of a bank account ("cta. cte. 00-123-45678-09", "cta. vista";
        # "cta." alone is a ledger's account too: "cta. 572 Bancos")
        r"cta\.?[ \t]?cte|cta\.?[ \t]?(?:vista|rut|corriente|de ahorros?)|cuenta (?:vista|rut)|"
        # Brazilian and Portuguese current accounts ("Conta corrente: 28.771-9", "Conta: 4410-2")
        r"conta[ \-]corrente|n[úu]mero da conta|conta(?= ?:)|conta(?=[ \t]+(?:na|no|do|da|em)[ \t]+(?-i:[A-Z]))|"
        # UK and Irish sort codes ("s/c", "NSC"), a Canadian transit number, Italian/Spanish "c/c",
        # Polish "nr rach.", Turkish "hesap numaram", Swiss and Italian postal accounts
        r"s/c|nsc|transit(?= ?(?:#|no\b|number|nr)|[ \t]*:?[ \t]*\d{5}-\d{3}\b)|c/c|rach(?=\.)|hesap numaram|ccp|post(?:check)?konto|pc-konto|"
        # Hungarian, a French RIB and a Portuguese NIB (the whole line of codes), a Brazilian "CC
        # 41027-3" (with its check digit: "cc" alone is a card or a copy)
        r"sz[áa]mlasz[áa]m(?:om|a)?|banksz[áa]mla(?:sz[áa]m)?|rib|nib|cc(?= ?:? ?\d{3,12}-[\dxX]\b)|"
        # "rtng 140468670", "sort 20-00-00"
        r"rtng|rtn(?= ?#? ?\d{9}\b)|sort(?= ?:? ?\d{2}[- ]?\d{2}[- ]?\d{2}\b)|"
        r"(?:checking|chequing|savings)(?= ?(?:account|acct|a/c|#|no\b|:|\d{6,17}\b))|(?<=/ )(?:checking|chequing|savings))\b\.?"
        # a word saying which kind of account ("CLABE interbancaria", "cuenta bancaria", "compte courant")
        r"(?:[ \t]+(?:interbancaria|bancaria|bancario|bancaire|banc[áa]ria|corriente|courant|de ahorros?|de n[óo]mina|poupan[çc]a))?"
        r"(?: number| no\.?| nr\.?| num\.?| n[º°o]?\.| n[º°]| #)?"
        # the bank named (capitalised) between the label and the number: "Account number (Monzo):
        # ...", "Numéro de compte chez BNP : ...", "conto presso Unicredit n. ..."
        # (or an aside on the number's shape: "Routing number (9 digits): ...", "Account no. (10 digits)")
        r"(?:[ \t]*\((?-i:[A-Z])[^()\n\d]{1,29}\)|[ \t]*\(\d{1,2}[ \t\-](?:digits?|chiffres|d[íi]gitos|cifre|Ziffern|Stellen|stellig|cijfers|cyfr)\)|[ \t]+(?:bei(?: der)?|chez|at|with|en|del|de la|de|presso|bij|hos|w|i|su|sur|na|no|em|in|on|auf|på|da|do|di|della|van de|van|von der|von)[ \t]+"
        r"(?-i:[A-Z])[^\n\d:()]{1,29}?)?"
        r"[ \t]*(?:n\.|nr\.|no\.)?"
        # (a French account number holds a letter among its eleven characters: "0500013M026")
        r"\s*(?:is|es|est|ist|è|é|lautet|är|er|jest|was|war|era|était|fue|foi|var|:-|:|#|=|-(?=\d))?\s*"
        # (an article between the verb and the number: "mi cuenta es la 0447192365", "is the")
        r"(?:(?<=[a-zé])[ \t]*(?:la|el|le|o|a|the)[ \t]+(?=\d))?(?P<value>(?-i:(?=[0-9A-Z]{11}(?![\w]))\d{2,10}[A-Z][0-9A-Z]{0,8})|\d(?:[\d]|[ \-.](?=\d)){4,34}(?:/\d{4}(?!\d))?)"
    ),
}
_re = compiled_rules(_PATTERNS, caseless=frozenset({"account_context"}))

_ACCOUNT_KEYS = (
    "account", "acct", "acc", "a/c", "konto", "compte", "cuenta", "conto", "rekening", "sort code", "routing",
    "aba", "bsb", "cta", "rachun", "hesap", "úč", "tilinumero", "clabe", "cci", "kto", "konta ", "konta:", "rek.", "reknr", "rek nr",
    "s/c", " nsc", "transit", "c/c", "rach.", "rtn", "sort", "checking", "savings", "conta", "ccp",
    "számla", "szamla", "rib ", "rib:", "nib ", "nib:", "cc ", "cc:",  # (not "cc" alone: "account", "success")
)


def find_accounts(text: str, add: Callable[[Candidate], None], lower: str) -> None:
    """Add every account number after an account word."""
    for a, b in keyword_windows(lower, _ACCOUNT_KEYS, 80, 15):  # ("Postkonto", "PC-Konto": the cue "konto" ends them)
        for m in _re("account_context").finditer(text, a, b):
            # Dots group a Dutch or Brazilian account ("3254.18.772", "28.771-9"); with fewer
            # than six digits or cents after them they are an amount ("Konto 1.250", "1.234.567,00").
            value = m.group("value")
            if "." in value and (sum(c.isdigit() for c in value) < 6 or text[m.end() : m.end() + 1] == ","):
                continue
            add(Candidate(m.start("value"), m.end("value"), "ACCOUNT"))
    find_account_positions(text, add, lower)  # (an account's purpose before it, and the words of more scripts)
    find_asked_accounts(text, add, lower)  # (the answer in a chat to a message asking for one)
