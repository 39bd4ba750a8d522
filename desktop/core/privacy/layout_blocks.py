"""An address written over several lines under its label ("Address: Rose Cottage\nMill
Lane\n...\nCB22 5LD", "Residenza:\nV. FORIA 77\nNAPOLI (NA)"): how far the block runs.

Read by the ``key: value`` rules of ``layout``.
"""

from __future__ import annotations

import re

from desktop.core.privacy.fastscan import lazy_re

_HAS_DIGIT = lazy_re(r"\d")
_BLOCK_LINE = lazy_re(r"[ \t]*[\w(][^\n:：]{0,48}$")


# A value that points elsewhere, and a line with a price or dotted leaders: an invoice's lines,
# not the address's.
_NOT_BLOCK_LINE = lazy_re(
    r"[€$£¥]|\.{3,}|(?<!\w)(?:EUR|USD|GBP|CHF)(?!\w)|(?i:same as|see above|as above|as billing|wie oben|siehe oben|"
    r"comme ci-dessus|ci-dessus|idem|ídem|come sopra|zie boven|igual que|mesmo que)"
)


def _known_place(line: str) -> bool:
    """A block line that is a listed town, county or region as a whole ("Hertfordshire", "Co. Kerry")."""
    from desktop.core.privacy.towns import is_county, is_town

    name = line.strip().rstrip(",.")
    return bool(name) and name[0].isupper() and (is_county(name) or is_town(name))


def _rural_block(block: str) -> bool:
    """Lines that read as an address without a number: each capitalised, one a street or a house."""
    from desktop.core.privacy.address_lines import street_word

    lines = [line.strip() for line in block.split("\n") if line.strip()]
    return all(line[0].isupper() for line in lines) and any(
        street_word(line) or line.split()[-1] in ("Farm", "Cottage", "House", "Barn", "Lodge", "Mill", "Manor") for line in lines)


# A town on its own line, as an identity card or a typed-out form writes it under the street:
# "NAPOLI (NA)", "BARCELONA", "Ljubljana" (one to four words, a province's code in brackets).
_TOWN_LINE = lazy_re(r"[ \t]*([A-ZÀ-ÖØ-ÞĀ-ž][\w'’.\-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ž][\w'’.\-]*){0,3})(?:[ \t]*\([A-Z]{2,3}\))?[ \t]*$")


def _town_line_after(text: str, last: int) -> int:
    """``last`` moved over a town line right under the street's ("V. FORIA 77" / "NAPOLI (NA)"):
    a line in capitals, as cards print it, or a town the lists know."""
    if not text.startswith("\n", last):
        return last
    line_end = text.find("\n", last + 1)
    line_end = len(text) if line_end < 0 else line_end
    m = _TOWN_LINE.match(text, last + 1, line_end)
    if m is None or not (m.group(1).isupper() or _known_place(m.group(1))):
        return last
    return line_end - (len(text[last + 1 : line_end]) - len(text[last + 1 : line_end].rstrip()))


def _address_block(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An address written over several lines under its label ("Address: Rose Cottage\nMill
    Lane\n...\nCB22 5LD"): the lines up to the last one with a number (the postcode), at most
    five, stopping at a blank line or the next ``key:`` line."""
    pos = end
    last = end if _HAS_DIGIT.search(text, start, end) else None
    placed: int | None = None
    lines = 0
    if _NOT_BLOCK_LINE.search(text, start, end):
        return None  # ("Ship to: same as above", then the invoice's lines)
    for _ in range(5):
        if pos >= len(text) or text[pos] != "\n":
            break
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end < 0 else line_end
        if (not _BLOCK_LINE.match(text, pos + 1, line_end) or not text[pos + 1 : line_end].strip()
                or _NOT_BLOCK_LINE.search(text, pos + 1, line_end)):
            break
        if _HAS_DIGIT.search(text, pos + 1, line_end):
            last = line_end
        elif _known_place(text[pos + 1 : line_end]):
            placed = line_end  # (a rural address has no number: "Rose Farm / Lower Road / Ashwell / Hertfordshire")
        lines += 1
        pos = line_end
    if last is None and lines >= 2 and placed is not None and _rural_block(text[start:placed]):
        last = placed
    if last is not None and last != end:
        last = _town_line_after(text, last)
    if last is None or last == end:
        return None
    first = start if start < end else end + 1  # ("Address:" alone on its line)
    return first, start + len(text[start:last].rstrip())  # (never all spaces: it holds the digit or the town)




# A card's field label alone on its line, in capitals and without a colon, as the back of an
# identity card prints it ("DOMICILIO", "RESIDENZA", "ANSCHRIFT"), its value on the lines below.
_BARE_LABEL = lazy_re(r"^[ \t]*([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž /.]{2,30}?)[ \t]*$", re.MULTILINE)


def bare_label_blocks(text: str, keys: dict[str, str]) -> list[tuple[int, int]]:
    """The address blocks under an address label written alone on its line in capitals."""
    from desktop.core.privacy.labels import _norm_key

    out = []
    for m in _BARE_LABEL.finditer(text):
        if keys.get(_norm_key(m.group(1))) == "ADDRESS":
            span = _address_block(text, m.end(), m.end())
            if span is not None and text[span[0] : span[1]].isupper():  # (printed in capitals too, as cards do)
                out.append(span)
    return out
