"""What the key of a ``key: value`` line labels, worked out once for each distinct key of a text
(a long form or log repeats its keys on every record), and the cells of a table's line."""

from __future__ import annotations

import re

from desktop.core.privacy.address_fields import PART_KEYS, qualified_address_key
from desktop.core.privacy.labels import _norm_key, field_keys

_ONE_OF_TWO = frozenset({"ADDRESS", "PERSON", "DOB"})


# "CEP" is a Brazilian postcode's key and, in Turkish, a mobile's ("cep telefonu"): a value
# shaped like a postcode ("90570-080") is the postcode.
_CEP_VALUE = re.compile(r"\s*\d{5}-?\d{3}\s*")


def cep_kind(key: str, kind: str | None, value: str) -> str | None:
    """The kind of ``key``'s ``value``, a CEP key's postcode read as one."""
    if kind == "PHONE" and _norm_key(key) == "cep" and _CEP_VALUE.fullmatch(value):
        return "ADDRESS"
    return kind


class KeyKinds:
    """Key as written -> (the kind of value it labels or None, whether, labelling none, it names
    a part of an address: "numero", "plz"). Held for one text only: keys may be people's names
    ("anna: ..." in a chat)."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str | None, bool]] = {}

    def of(self, key: str) -> tuple[str | None, bool]:
        found = self._seen.get(key)
        if found is None:
            keys = field_keys()
            norm = _norm_key(key)
            kind = keys.get(norm)
            kind = "ADDRESS" if kind is None and qualified_address_key(norm, keys) else kind
            if kind is None and "/" in norm:
                # An identity card's key in two languages ("Vornamen / Given names", "Domiciliu/Adresse",
                # "Nume/Nom"): what the halves that are keys label, when they agree (written without
                # spaces, only a name's, an address's or a birth date's key: "km/h" is no key)
                kinds = {keys.get(part.strip()) for part in norm.split("/")} - {None}
                one = kinds.pop() if len(kinds) == 1 else None
                kind = one if one in _ONE_OF_TWO or " / " in norm else None
            found = self._seen[key] = (kind, kind is None and norm in PART_KEYS)
        return found


def _cells(line: str, splitter: re.Pattern[str], offset: int) -> list[tuple[int, str]]:
    """(start, cell text) for each cell of ``line``; markdown's outer pipes dropped."""
    cells: list[tuple[int, str]] = []
    pos = 0
    for m in splitter.finditer(line):
        cells.append((offset + pos, line[pos : m.start()]))
        pos = m.end()
    cells.append((offset + pos, line[pos:]))
    if splitter.pattern == r"\|":
        if cells and not cells[0][1].strip():
            cells = cells[1:]
        if cells and not cells[-1][1].strip():
            cells = cells[:-1]
    return cells
