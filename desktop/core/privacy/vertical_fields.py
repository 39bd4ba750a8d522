"""A birth date or an identity number under its label, the label alone on its line and the value
alone on the next: forms copied from a PDF, a web page or a scanned letter put them so ("Date of
birth\\n12 April 1988", "Passport no.\\nN4827193", "Geburtsdatum\\n03.07.1979").

The key: value and table rules in ``layout`` need both on one line. Here the label line must be
only a label the layout rules know as a birth date's or an identity number's (``labels``), and the
next line only the value: a whole date for a birth date, a number ``id_documents`` would take next
to its word for an identity number. Any other line between them, or words after the value, and
nothing is taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.privacy.candidates import Candidate
from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.id_documents import _doc_re, id_value_ok
from desktop.core.privacy.labels import _norm_key, field_keys

# A short line without a digit, an optional colon, then the next line, trimmed.
_LABEL_THEN_LINE = lazy_re(
    # (the value's line in a lookahead: it may be the next label's line, "Applicant\nDate of birth\n...")
    r"^[ \t>*\-•]*+(?P<label>[^\W\d][^\n\d:：]{1,40}?)[ \t]*[:：]?[ \t]*\n(?=[ \t]*(?P<value>[^\n]{4,40}?)[ \t.]*$)", re.MULTILINE
)
# A whole date: in figures, with its month in words, or year first ("12 April 1988", "1988-04-12",
# "April 12, 1988", "12.04.1988", "1988年4月12日").
_WHOLE_DATE = lazy_re(
    r"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d{2}|(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}|"
    r"\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?[^\W\d]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}|"
    r"[^\W\d]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
)
_ID_SHAPE = lazy_re(r"[A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){4,24}")


def find_vertical_fields(text: str, add: Callable[[Candidate], None]) -> None:
    """Add each birth date and identity number written on the line under its label."""
    if "\n" not in text:
        return
    keys = field_keys()
    for m in _LABEL_THEN_LINE.finditer(text):
        kind = keys.get(_norm_key(m.group("label")))
        value = m.group("value")
        if kind == "DOB" and _WHOLE_DATE.fullmatch(value):
            add(Candidate(m.start("value"), m.end("value"), "DOB"))
        elif (kind == "NATIONAL_ID" or _doc_re(headers=True).fullmatch(m.group("label").strip().rstrip("."))) and _ID_SHAPE.fullmatch(value) and id_value_ok(value):
            add(Candidate(m.start("value"), m.end("value"), "NATIONAL_ID"))
