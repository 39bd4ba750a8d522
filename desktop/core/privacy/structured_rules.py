r"""The regular expressions of the structured rules (``structured``), looked up by name and
compiled on first use, so that start-up does not pay for rules a text never needs.

Most patterns begin with a plain character class and check the character before it with a
look-behind placed after it ("\d(?<![\d\-]\d)"): the regular expression engine can then skip
quickly to candidate characters, which makes these rules two to three times faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop.core.privacy.fastscan import skippable


def compiled_rules(
    patterns: dict[str, str], caseless: frozenset[str] = frozenset(), cue_first: frozenset[str] = frozenset()
) -> Callable[[str], re.Pattern[str]]:
    """A look-up of ``patterns`` by name, each compiled once on first use: the ``caseless``
    ones ignoring case, the ``cue_first`` ones (caseless inside) in the form the engine skips
    through (``fastscan.skippable``)."""

    @cache
    def rule(name: str) -> re.Pattern[str]:
        pattern = skippable(patterns[name]) if name in cue_first else patterns[name]
        return re.compile(pattern, re.IGNORECASE if name in caseless else 0)

    return rule
