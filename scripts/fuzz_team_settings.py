"""Fuzz team.toml reading at length and print the figures (the test suite runs a few hundred).

    .venv/bin/python scripts/fuzz_team_settings.py [EXAMPLES]

Random TOML documents (known, misspelt and random keys; numbers including nan, inf and 1e309;
nested lists and tables) and random fragments of TOML text. For each document: reading must not
raise, and every protective setting must be in force or sending refused ("failures" counts the
documents where neither holds).
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.team_settings import parse_team_text
from tests.core.test_team_settings_fuzz import documents, dump, expected_in_force, raw_texts


def main(examples: int) -> dict[str, int]:
    figures = {"documents": 0, "refused_to_send": 0, "failures": 0, "texts": 0, "texts_refused": 0}
    options = settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))

    @options
    @given(documents)
    def read_documents(document: dict) -> None:
        text = dump(document)
        if text is None:
            return
        team = parse_team_text(text)
        blocked = bool(team.blocked_reason("sam"))
        figures["documents"] += 1
        figures["refused_to_send"] += blocked
        figures["failures"] += bool(expected_in_force(team, document, "sam")) and not blocked

    @options
    @given(raw_texts)
    def read_texts(text: str) -> None:
        figures["texts"] += 1
        figures["texts_refused"] += bool(parse_team_text(text).blocked_reason("sam"))

    read_documents()
    read_texts()
    return figures


if __name__ == "__main__":
    for name, value in main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000).items():
        print(f"{name:<16} {value}")
