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


if __name__ == "__main__":
    main(Path(sys.argv[1]))
