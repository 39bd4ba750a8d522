"""The titles and honorifics written before a name, in one list that every rule reads.

Each entry is ``word/uses`` (the word in lowercase, with the dots it is written with inside it),
the uses saying which rules take it:

- ``w``: a word that is never a name itself (``name_words.TITLES``: a run of capitals that starts
  with it is a title and a name, "Dr Lee"; the edges of a found name drop it);
- ``b``: hidden together with the name it stands before (``name_titles``: "Mr. Alvarez" is one
  placeholder, and restore takes it off again);
- ``c``: written with a capital before a name in running text, which alone marks the name
  (``chat``: "Hr. Gruber", "Pani Nowak");
- ``l``, ``d``, ``s``: written in lowercase before a capitalised name mid-sentence ("dhr. Jansen",
  "ing. Rossi"), looked for only near the word itself (``l``), the word with its dot (``d``: "hr."
  alone is too common a syllable) or the word and a space (``s``: "fru ");
- ``k``: a whole chat in lowercase, title and name ("frau lindner", "mrs o'sullivan");
- ``a``: written after the name, after a space ("Ayşe Hanım", "Sharma ji", "Neha ma'am"), and hidden
  with it (``name_titles``).

Only ``re`` is imported: restore reads the titles through ``name_titles`` and stays cheap.
"""

from __future__ import annotations

import re

_ENTRIES = (
    # English
    "mr/wbck mrs/wbck ms/wbck mx/wbc miss/wbck dr/wbck doctor/b prof/wbc professor/b sir/wba dame/wb lady/wb lord/wb"
    " revd/b rev/wb capt/wb sgt/b hon/b officer/w agent/w coach/w uncle/w aunt/w eng/wb engr/wc ma'am/a madam/a",
    # German, Austrian, Scandinavian, Finnish
    "herrn/wbck herr/wbck hrn/wbc frau/wbck fr/wbc fräulein/wb dipl.-ing/b dipl.-kfm/b dipl/wb univ/w mag.a/b mag/bc ing/wbcd"
    " hr/bcd fru/bs herra/b rouva/b iur/b rer/b",
    # French
    "monsieur/wbck madame/wbck mademoiselle/wb mme/wbck mlle/wbc maître/wbc pr/b m/w",
    # Spanish, Portuguese
    "señora/wbc señorita/wb señor/wbc srta/wbc sra/wbcl sr/wbcl doña/wb don/wb dra/bcd cra/bcd lic/bcd dona/bc dom/c"
    " srª/b",
    # Italian
    "dott.ssa/bcl dottssa/bc dottoressa/wb dottore/wb dottor/wb dott/wbcl sig.ra/bcl sig.na/b signora/wbck"
    " signorina/wb signore/wb signor/wbc sig/wbcl sigra/w avv/wbcl arch/bd geom/bd rag/bd prof.ssa/b",
    # Dutch
    "mevrouw/wbclk mevr/wbclk mw/b meneer/wbclk mijnheer/wb dhr/wbclk drs/b ir/b",
    # Polish, Czech
    "panią/bcl panu/bcl pani/wbcl pana/bcl panie/bc pan/wbcl paní/bcl p/bd mgr/b inż/b szanowna/w szanowny/w szanowni/w",
    # Hungarian (after the name: "Szabó úr"), Romanian
    "úr/wa asszony/a domnul/wbc doamna/wbc domnului/wb doamnei/wb dna/bcd dl/bcd",
    # Turkish
    "sayın/bc sn/b bayan/b bay/b hanım/wa hanim/wa hanımefendi/a bey/wa beyefendi/a hoca/a hocam/a ağa/a abi/a abla/a",
    # Indian English
    "shri/b shree/b smt/b kumari/b ji/a sahib/a saheb/a saab/a sahab/a bhai/a didi/a garu/a",
    # East Africa (Swahili), Indonesia and Malaysia, the Arab world written in Latin letters
    "bwana/wbc mzee/wbc mama/wbc pak/wbc bapak/wbc ibu/wbc hajj/wbc haji/wbc hagg/wbc hajja/wbc",
    # Ethiopia (Ato, Weyzero; "W/ro" cannot be written in this table), Indonesia and Malaysia (Mas,
    # Mbak, Encik, Puan, Cik), the Philippines (Kuya, Manong, Manang), Myanmar (U, Daw, Ko), West
    # Africa (Alhaji, Hajiya), Aotearoa (Whaea); Burmese "U" and "Ko" only with their capital (not
    # hidden with the name: the table's before-name titles ignore case, and "u" is Polish "at")
    "ato/wbc wro/wbc weyzero/wbc woizero/wbc mas/bc mbak/wbc encik/wbc puan/wbc cik/bc kuya/wbcl"
    " manong/wbc manang/wbc u/c daw/bc ko/c alhaji/wbc hajiya/wbc whaea/wbc",
)
_TABLE: tuple[tuple[str, str], ...] = tuple(
    (word, uses) for line in _ENTRIES for word, uses in (entry.split("/", 1) for entry in line.split())
)


def titles(use: str) -> tuple[str, ...]:
    """The words marked with ``use``, in the list's order."""
    return tuple(word for word, uses in _TABLE if use in uses)


def alternation(words: tuple[str, ...], capital: bool = False) -> str:
    """``words`` as one regular-expression alternation, longest first (so that "dott.ssa" is
    not read as "dott"), with a capital first letter when ``capital``."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(re.escape(w[0].upper() + w[1:] if capital else w) for w in ordered)


def lowercase_cues() -> tuple[str, ...]:
    """What the lowercase mid-sentence titles are looked for by (uses ``l``, ``d`` and ``s``)."""
    cues = [w.split(".")[0] for w in titles("l")] + [w + "." for w in titles("d")] + [w + " " for w in titles("s")]
    return tuple(dict.fromkeys(cues))


def lowercase_titles() -> tuple[str, ...]:
    """Every title written in lowercase before a capitalised name (uses ``l``, ``d`` and ``s``)."""
    return tuple(word for word, uses in _TABLE if set(uses) & {"l", "d", "s"})
