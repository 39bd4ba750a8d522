"""Every span the redactor returns on every labelled text, written to files to compare (with the
doubts, a hash of the outgoing text, the vault and the findings).

``python -m bench.privacy_spans dump [FOLDER]`` writes one file per text set (the generated
corpus with its secrets, the hand-written dev and frozen splits, Presidio's set, the two
150,000-character speed documents) under ``bench/out/spans`` unless told otherwise;
``python -m bench.privacy_spans compare OLD NEW`` says which sets differ. A speed change must
leave every file byte-identical; a change meant to alter results lists its differences.

For the frozen split only the number of texts that differ is printed, never the texts.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from bench.common import ROOT

OUT = ROOT / "bench" / "out" / "spans"


def _sets() -> list[tuple[str, list[tuple[str, str]]]]:
    from bench.privacy import load_corpus, load_handwritten, load_presidio_set, speed_documents
    from bench.privacy_handwritten import DEV, FROZEN

    corpus = load_corpus()
    big, mixed = speed_documents(corpus)
    return [
        ("corpus", [(t, c) for t, c, _ in corpus]),
        ("dev", [(t, c) for t, c, _ in load_handwritten(DEV)]),
        ("frozen", [(t, c) for t, c, _ in load_handwritten(FROZEN)]),
        ("presidio", [(t, c) for t, c, _ in load_presidio_set()]),
        ("big150k", [(big, "US")]),
        ("mixed150k", [(mixed, "US")]),
    ]


def _lines(text: str, country: str) -> list[str]:
    from desktop.core.privacy import redact_text

    red = redact_text(text, country=country)
    out = [f"S {s.input_start} {s.input_end} {s.type} {s.placeholder} {s.original!r}" for s in red.spans]
    out += [f"D {d.input_start} {d.input_end} {d.text!r}" for d in red.doubts]
    # What is sent and what restores it: the same spans must give the same text, vault and messages.
    out.append(f"T {hashlib.sha256(red.text.encode()).hexdigest()[:16]}")
    out += [f"V {placeholder} {value!r}" for placeholder, value in red.vault.items()]
    out += [f"F {f.kind} {f.origin} {f.message}" for f in red.findings]
    return out


def dump(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, docs in _sets():
        rows: list[str] = []
        for i, (text, country) in enumerate(docs):
            rows.append(f"=== {i} {country} {hashlib.sha256(text.encode()).hexdigest()[:12]}")
            rows += _lines(text, country)
        data = "\n".join(rows) + "\n"
        (folder / f"{name}.txt").write_text(data, encoding="utf-8")
        print(f"  {name:<10} {len(docs):>5} texts  sha256 {hashlib.sha256(data.encode()).hexdigest()[:16]}")


def _by_text(path: Path) -> dict[str, list[str]]:
    docs: dict[str, list[str]] = {}
    current: list[str] = []
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("=== "):
            current = docs.setdefault(row, [])
        else:
            current.append(row)
    return docs


def compare(old: Path, new: Path) -> int:
    differing = 0
    for path in sorted(old.glob("*.txt")):
        other = new / path.name
        if other.exists() and other.read_bytes() == path.read_bytes():
            print(f"  {path.stem:<10} identical")
            continue
        differing += 1
        a, b = _by_text(path), _by_text(other) if other.exists() else {}
        changed = [k for k in a if a[k] != b.get(k)]
        print(f"  {path.stem:<10} DIFFERS in {len(changed)} texts")
        if path.stem == "frozen":
            continue  # never tuned on: the count only
        for key in changed[:20]:
            gone = sorted(set(a[key]) - set(b.get(key, [])))
            added = sorted(set(b.get(key, [])) - set(a[key]))
            print(f"    {key}\n" + "".join(f"      - {r}\n" for r in gone) + "".join(f"      + {r}\n" for r in added), end="")
    return 1 if differing else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"]:
        dump(Path(argv[1]) if len(argv) > 1 else OUT)
        return 0
    if argv[:1] == ["compare"] and len(argv) == 3:
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
