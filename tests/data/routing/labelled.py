"""The labelled routing requests: ``dev.tsv`` (train and tune) and ``test.tsv`` (frozen).

Each line is ``tier<TAB>language<TAB>request``; ``\\n`` in a request is a line break and
``{{name}}`` stands for a block of pasted material from ``materials.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
_PASTE = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True)
class Labelled:
    tier: str
    language: str
    text: str


@lru_cache(maxsize=1)
def materials() -> dict[str, str]:
    blocks: dict[str, list[str]] = {}
    name = ""
    for line in (HERE / "materials.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            name = line[4:].strip()
            blocks[name] = []
        elif name:
            blocks[name].append(line)
    return {key: "\n".join(lines).strip() for key, lines in blocks.items()}


def load(split: str) -> list[Labelled]:
    """``split`` is "dev" or "test"; the test split only ever uses its own ``t_`` materials."""
    pasted = materials()
    rows: list[Labelled] = []
    for number, line in enumerate((HERE / f"{split}.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        tier, language, text = line.split("\t")
        text = _PASTE.sub(lambda m: pasted.get(m.group(1), m.group(0)), text.replace("\\n", "\n"))
        if tier not in ("reasoning", "execution", "quick"):
            raise ValueError(f"{split}.tsv:{number}: unknown tier {tier!r}")
        rows.append(Labelled(tier, language, text))
    return rows
