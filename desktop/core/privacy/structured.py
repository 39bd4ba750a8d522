"""Values with a shape and, where one exists, a checksum: emails, phones, cards, IBANs, IDs, IPs,
dates of birth and links that carry credentials.

Each rule finds candidates with a regular expression and then asks a validator
(``phonenumbers`` for phones with the country as a hint, ``python-stdnum`` for IBAN and national
IDs, Luhn for cards) or the words around it, so numbers that merely look alike (order numbers,
dates, prices) stay.

This module only runs the rules, in an order that matters (phones last); each kind of value is
a module of its own: ``structured_links`` (emails, links), ``structured_ips``,
``structured_ibans``, ``structured_cards``, ``structured_ids``, ``structured_accounts``,
``structured_births`` and ``structured_phones``, with the forms they leave to ``iban_forms``,
``cards``, ``regional``, ``id_documents``, ``structured_banks``, ``structured_dates``,
``spoken`` (phones said in words) and ``unlabelled`` (values without a cue word).
"""

from __future__ import annotations

import re

from desktop.core.privacy import (
    structured_accounts,
    structured_births,
    structured_cards,
    structured_ibans,
    structured_ids,
    structured_ips,
    structured_links,
    structured_phones,
)
from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.cards import find_loose_cards
from desktop.core.privacy.iban_forms import find_more_ibans
from desktop.core.privacy.id_documents import find_id_documents
from desktop.core.privacy.id_wrapped import find_wrapped_ids
from desktop.core.privacy.member_numbers import find_member_numbers
from desktop.core.privacy.ocr_view import ocr_finds
from desktop.core.privacy.profile_links import find_profile_links
from desktop.core.privacy.regional import find_regional
from desktop.core.privacy.spoken import spoken_phones
from desktop.core.privacy.structured_accounts import find_accounts
from desktop.core.privacy.structured_banks import find_bank_accounts
from desktop.core.privacy.structured_births import find_birth_dates
from desktop.core.privacy.structured_cards import find_cards
from desktop.core.privacy.structured_ibans import find_ibans
from desktop.core.privacy.structured_ids import find_national_ids
from desktop.core.privacy.structured_ips import find_ips
from desktop.core.privacy.structured_links import find_emails, find_links
from desktop.core.privacy.structured_phones import find_phones
from desktop.core.privacy.structured_sql import sql_values
from desktop.core.privacy.text_cache import lowered
from desktop.core.privacy.unlabelled import loose_emails
from desktop.core.privacy.vertical_fields import find_vertical_fields

_RULE_MODULES = (structured_links, structured_ips, structured_cards, structured_ibans, structured_ids,
                 structured_accounts, structured_phones, structured_births)


def _re(name: str) -> re.Pattern[str]:
    """The rule called ``name`` ("card", "iban", "dob", ...), from the module that holds it."""
    for module in _RULE_MODULES:
        if name in module._PATTERNS:
            return module._re(name)
    raise KeyError(name)


def _accounts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    lower = lowered(text)
    find_accounts(text, out.append, lower)
    find_bank_accounts(text, out.append, lower)
    return out


def find_structured(text: str, country: str = "US") -> list[Candidate]:
    """Every structured personal value in ``text`` (before overlaps are settled)."""
    out: list[Candidate] = []
    add = out.append
    lower = lowered(text)
    find_emails(text, add, lower)
    find_links(text, add, lower)
    find_ips(text, add)
    find_ibans(text, add)
    find_more_ibans(text, add, lower)  # (wrong check digits after an account word, country set apart)
    find_cards(text, add)
    find_loose_cards(text, add)  # (cards mistyped or pasted with odd gaps, beside a card word)
    find_national_ids(text, add, lower)
    out += loose_emails(text, lower)
    out += find_profile_links(text, lower)
    find_accounts(text, add, lower)
    find_regional(text, add, lower)
    find_id_documents(text, add, lower)
    find_wrapped_ids(text, add)
    find_member_numbers(text, add, lower)
    find_bank_accounts(text, add, lower)
    out += ocr_finds(text, _accounts)  # (a scanned form's account with an O for a zero)
    sql_values(text, add, lower)
    find_birth_dates(text, add, lower)
    find_vertical_fields(text, add)  # (a label alone on its line, the value on the next)
    # Phones last: digits already taken by a card, an IBAN, an IP or an ID are not checked again.
    out += find_phones(text, country, sorted((c.start, c.end) for c in out))
    out += spoken_phones(text, lower)
    return out
