"""Rebuild the name and word lists in this folder from their published sources.

Run by hand when a source changes (it is not part of the app or the build):

    python resources/privacy/build_lists.py SOURCES_DIR

SOURCES_DIR holds the unpacked PyPI distributions named in README.md (``names`` 0.3.0,
``gender-guesser`` 0.4.0, ``wordfreq`` 3.1.1). None of these is the source of the test data
(tests/data/privacy is made with Faker), so the benchmark measures the detector, not a copy of
its own list.
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "de", "fr", "es", "it", "nl")
WORDS_PER_LANGUAGE = 20_000


def _census(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="ascii").splitlines():
        name = line.split()[0] if line.strip() else ""
        if name.isalpha() and len(name) > 1:
            out.append(name.title())
    return out


def _nam_dict(path: Path) -> list[str]:
    out = []
    for raw in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        if not raw or raw.startswith("#") or "\ufffd" in raw:
            continue
        name = raw[3:29].strip()
        if "+" in name:  # compound names ("Jan+Erik"); their parts are listed on their own
            continue
        if len(name) > 1 and name.replace("-", "").replace("'", "").isalpha():
            out.append(unicodedata.normalize("NFC", name))
    return out


def _wordfreq(path: Path) -> list[str]:
    import msgpack  # only needed to rebuild the lists

    with gzip.open(path) as packed:
        bins = msgpack.loads(packed.read(), raw=False)[1:]
    words = [w for b in bins for w in b if w.isalpha()]
    return words[:WORDS_PER_LANGUAGE]


def _write(name: str, items: list[str], header: str) -> None:
    unique = sorted(set(items), key=str.casefold)
    (HERE / name).write_text(f"# {header}\n" + "\n".join(unique) + "\n", encoding="utf-8")
    print(f"{name}: {len(unique)}")


def main(sources: Path) -> None:
    census = sources / "names-0.3.0" / "names"
    _write(
        "first_names_census.txt",
        _census(census / "dist.male.first") + _census(census / "dist.female.first"),
        "US Census 1990 first names (public domain), via PyPI 'names' 0.3.0",
    )
    _write(
        "surnames_census.txt",
        _census(census / "dist.all.last"),
        "US Census 1990 surnames (public domain), via PyPI 'names' 0.3.0",
    )
    _write(
        "first_names_nam_dict.txt",
        _nam_dict(sources / "gg" / "gender_guesser" / "data" / "nam_dict.txt"),
        "First names from nam_dict.txt (c) 2007-2008 Joerg Michael, GNU FDL 1.2+, via PyPI 'gender-guesser' 0.4.0",
    )
    # Words keep their best rank over the languages: the most frequent come first.
    best: dict[str, int] = {}
    for lang in LANGUAGES:
        for rank, word in enumerate(_wordfreq(sources / "wf" / "wordfreq" / "data" / f"small_{lang}.msgpack.gz")):
            best[word] = min(rank, best.get(word, rank))
    ranked = sorted(best, key=lambda w: (best[w], w))
    header = f"Top {WORDS_PER_LANGUAGE} words of {', '.join(LANGUAGES)}, most frequent first, from wordfreq 3.1.1 data (CC BY-SA 4.0)"
    (HERE / "common_words.txt").write_text(f"# {header}\n" + "\n".join(ranked) + "\n", encoding="utf-8")
    print(f"common_words.txt: {len(ranked)}")
    _more_words(sources, best)


MORE_LANGUAGES = ("pt", "pl", "tr", "sv", "da")
MORE_BELOW_RANK = 50_000  # a word ranked beyond this counts as rare anyway: left out


def _more_words(sources: Path, best: dict[str, int]) -> None:
    """``common_words_more.txt``: words of MORE_LANGUAGES that common_words.txt and the name lists
    do not hold, each with the rank an equally frequent word has in common_words.txt."""
    import bisect

    held = {w.casefold() for w in best}
    names = {
        line.casefold()
        for name in ("first_names_census.txt", "first_names_nam_dict.txt", "surnames_census.txt")
        for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    }
    ranks = sorted(best.values())
    more: dict[str, int] = {}
    for lang in MORE_LANGUAGES:
        for rank, word in enumerate(_wordfreq(sources / "wf" / "wordfreq" / "data" / f"small_{lang}.msgpack.gz")):
            folded = unicodedata.normalize("NFC", word).casefold()
            if folded not in held and folded not in names:
                more[folded] = min(rank, more.get(folded, rank))
    rows = sorted((bisect.bisect_left(ranks, r), w) for w, r in more.items())
    lines = [f"{w} {k}" for k, w in rows if k < MORE_BELOW_RANK]
    header = (
        f"# Words of {', '.join(MORE_LANGUAGES)} among the {WORDS_PER_LANGUAGE} most frequent of each that common_words.txt "
        "does not hold and no name list holds,\n# each with the rank a word as frequent has in common_words.txt, "
        "from wordfreq 3.1.1 data (CC BY-SA 4.0)"
    )
    (HERE / "common_words_more.txt").write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"common_words_more.txt: {len(lines)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
