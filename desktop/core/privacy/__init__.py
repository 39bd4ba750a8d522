"""Privacy: find personal data and secrets, hide them behind placeholders, put them back.

Public API (other parts of the app use only these names):

- ``redact_segments(segments, *, country, terms, keep, extra, untrusted) -> Redaction``
- ``redact_text(text, **kw) -> Redaction``
- ``restore(text, vault) -> str`` and ``StreamRestorer`` for streamed answers
- ``Span``, ``Finding``, ``Doubt`` (left as typed, for the person to check), ``Redaction``

Importing this package is cheap: the name lists load on the first redaction, and the validator
libraries (phonenumbers, python-stdnum) are imported when first needed.

How it finds things (chosen by measurement; ``python -m bench privacy`` prints the figures beside
Presidio's on the same texts):

- ``secrets``: provider key formats, private-key blocks, JWTs, ``password: ...`` values, random
  tokens by entropy. Always removed, always reported (``Finding``).
- ``structured``: emails, phones (``phonenumbers`` with the country hint), cards (Luhn), IBANs and
  national IDs (``python-stdnum``), IPs, dates of birth (a date next to a birth word), links that
  carry credentials.
  Looked for on a normalised view (``normalise``: full-width forms, odd spaces and dashes,
  zero-width characters) and mapped back to the characters written; ``unlabelled``: spelled-out
  emails, and national IDs that pass a strong checksum without a context word; ``spoken``: phone
  numbers written out in words after a phone word.
- ``addresses``: street shapes of the app's locales, whole address blocks; ``address_lines``:
  addresses found from their end (postcode and town), Turkish and East Asian forms.
- ``names``: name lists (US census, nam_dict; ``resources/privacy``) and the places names sit
  in: greetings, headers, speaker labels, signatures, titles; then every other mention. Languages,
  places and firms named after people (``not_names.txt``) are not names; first names that are
  also places (``places``: "Jordan", "Chelsea") need a sign of a person; ``not_people``: finds
  that the words in or around them make a station, room, firm, event or product;
  ``not_ordinary``: greetings, closings, breeds and varieties, a ticket's level, things named for
  a holiday and German trade compounds in ordinary small-team text.
- ``not_numbers``: numbers whose label names an order, a firm, a meeting, a version or a sample
  are no phone or ID, and dates or log times no address; ``not_secrets``: documentation
  placeholders and publishable keys are no secret.
- ``layout``: keys, JSON fields and table columns named like a name, email, phone, address or
  birth date hide their values, in any language; ``chat``: speaker labels, thanks and sign-offs,
  titles, names in capitals; ``cjk``: East Asian names by their honorifics and job titles, and
  their other mentions.
- ``coref``: one person, one placeholder (full name, first name, surname, user name).
- Doubts: unknown capitalised words that might be names are sent as typed but reported
  (``Redaction.doubts``), so the preview can ask the person to check them.
- Instructions aimed at the model in ``untrusted`` fields are found by ``desktop.core.injection``
  and reported as findings beside the secrets removed.

Measured on a hand-written corpus in fourteen languages with a frozen, unseen split
(``bench/privacy_handwritten.py``); ``python -m bench privacy`` prints both splits.

No statistical model: a spaCy-sized model costs start-up time and hundreds of megabytes and,
measured on the same texts, caught fewer names and far fewer addresses than these rules.
"""

from __future__ import annotations

from desktop.core.privacy.model import KINDS, Doubt, Finding, Redaction, Span
from desktop.core.privacy.redact import redact_segments, redact_text
from desktop.core.privacy.restore import StreamRestorer, restore

__all__ = [
    "KINDS", "Doubt", "Finding", "Redaction", "Span", "StreamRestorer", "redact_segments", "redact_text", "restore",
    "warm_up",
]


def warm_up() -> None:
    """Load the name lists, validators and patterns now (a few hundred milliseconds), so that
    the first real redaction is fast. Meant for a worker thread at start-up; optional."""
    redact_text("Dear Anna Schmidt, call +44 20 7946 0958 or mail anna@example.com. 10 Downing Street.")
