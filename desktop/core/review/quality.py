"""Checking an answer before anyone uses it: automatic checks plus the human checklist.

Automatic checks are pure functions of the template and the answer text (no model call, no
state), so the GUI can show them beside a fresh answer and the template-testing feature can run
them over many outputs. They catch what a machine can see: length outside the range, missing
sections, placeholders or fill-in brackets left in, typical filler, an answer that was cut off,
missing expected words, invalid JSON. What only a person can judge (are the facts right, is the
tone right) is the human checklist: the template's items plus the team's own gate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.core import paths
from desktop.core.privacy.placeholders import find_placeholders
from desktop.core.templates.format import PLACEHOLDER_RE, ChecklistItem, Checks, Template

TEAM_GATE: tuple[ChecklistItem, ...] = (
    ChecklistItem("I checked names, numbers, prices and dates against the source"),
    ChecklistItem("I would put my name to this answer as it stands"),
)
CUT_OFF_STOP_REASONS = ("max_tokens", "length")
# "[Your name]", "[Insert date]", "[Company Name]": blanks the model left for someone to fill.
_FILL_IN_RE = re.compile(
    r"\[(?:insert|your|add|enter|company|client|recipient|name|date|link|url|phone|email|title|x{2,})\b[^\]\n]{0,40}\](?!\()",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[A-Za-z0-9À-ɏ']+(?:[-'][A-Za-z0-9À-ɏ]+)*")
_HEADING_RE = re.compile(r"^\s{0,3}(?:#{1,6}\s*|\*\*)?(.+?)(?:\*\*)?\s*:?\s*$")
_FENCE_RE = re.compile(r"^\s*```[a-zA-Z]*\s*\n(.*?)\n\s*```\s*$", re.DOTALL)
_ENDINGS = tuple(".!?:;)]}\"'`*…»”’|>") + ("---",)
_DANGLING = ("and", "or", "the", "a", "an", "to", "of", "with", "for", "in", "on", "but")


@dataclass
class CheckResult:
    """One line of the checklist. ``passed`` is None for items the person must tick."""

    id: str
    label: str
    passed: bool | None
    reason: str = ""
    required: bool = True
    automatic: bool = True


@lru_cache(maxsize=1)
def builtin_filler() -> tuple[str, ...]:
    """The built-in list of AI filler phrases (``resources/quality/ai_filler.txt``)."""
    try:
        text = paths.resource("quality/ai_filler.txt").read_text(encoding="utf-8")
    except OSError:
        return ()
    return tuple(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def count_words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _effective_checks(template: Template, expect: Mapping[str, Any] | None) -> Checks:
    """The template's checks, its output limits, and a test case's expectations, combined."""
    checks, output = template.checks, template.output
    expect = dict(expect or {})

    def _tuple(key: str, base: tuple[str, ...]) -> tuple[str, ...]:
        extra = expect.get(key) or ()
        extra = (extra,) if isinstance(extra, str) else tuple(str(item) for item in extra)
        return tuple(dict.fromkeys(base + extra))

    return Checks(
        min_words=expect.get("min_words", checks.min_words),
        max_words=expect.get("max_words", checks.max_words if checks.max_words is not None else output.max_words),
        sections=_tuple("sections", checks.sections or output.sections),
        banned_phrases=_tuple("banned_phrases", checks.banned_phrases),
        keywords=_tuple("keywords", checks.keywords),
        labels=tuple(str(x) for x in expect["labels"]) if expect.get("labels") else checks.labels,
        json=bool(expect.get("json", checks.json or output.format == "json")),
    )


def _headings(answer: str) -> list[str]:
    """Lines that look like headings: Markdown ``#``, ``**bold**`` lines, or short lines ending in ':'."""
    found = []
    for line in answer.splitlines():
        stripped = line.strip()
        if not stripped or len(stripped) > 80:
            continue
        if stripped.startswith("#") or (stripped.startswith("**") and stripped.rstrip(":").endswith("**")) \
                or (stripped.endswith(":") and len(stripped.split()) <= 6):
            match = _HEADING_RE.match(stripped)
            if match:
                found.append(match.group(1).strip("*: ").lower())
    return found


def _looks_cut_off(answer: str) -> bool:
    """An answer that stops mid-sentence: a dangling comma or dash, or a long line with no end."""
    text = answer.rstrip()
    if not text:
        return False
    if text.count("```") % 2 == 1:
        return True  # a code block that was opened and never closed
    last = text.splitlines()[-1].strip()
    if last.endswith(_ENDINGS):
        return False
    if last.endswith((",", "—", "–", "-", "(", "&")):
        return True
    words = last.split()
    if not last[-1].isalnum() or re.match(r"^(https?://|www\.|#|@)", words[-1]):
        return False  # an emoji, a link, a hashtag or a handle is a normal way to end a post
    if len(words) >= 3 and words[-1].lower() in _DANGLING:
        return True  # "...with the": no sentence or list item ends like that
    if last.startswith(("#", "-", "*", "|", ">")) or re.match(r"^\d+[.)]\s", last):
        return False
    # A signature or a short label line ("Anna Berg", "Thanks") is a normal ending.
    return len(words) >= 6


def _contains(answer_lower: str, phrase: str) -> bool:
    phrase = phrase.lower().strip()
    if not phrase:
        return True
    if re.fullmatch(r"[\w' -]+", phrase):
        return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", answer_lower) is not None
    return phrase in answer_lower


def _json_problem(answer: str) -> str:
    text = answer.strip()
    fenced = _FENCE_RE.match(text)
    if fenced:
        text = fenced.group(1)
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return f"The answer should be JSON but is not valid JSON ({exc.msg} at line {exc.lineno})."
    return ""


def automatic_checks(template: Template, answer: str, *, stop_reason: str = "",
                     expect: Mapping[str, Any] | None = None) -> list[CheckResult]:
    """Checks a machine can run on ``answer``; ``expect`` adds a test case's expectations."""
    checks = _effective_checks(template, expect)
    lower = answer.lower()
    results: list[CheckResult] = []
    if not answer.strip():
        return [CheckResult("empty", "The answer has text", False, "The answer is empty. Try sending again.")]
    words = count_words(answer)
    if checks.min_words is not None or checks.max_words is not None:
        low, high = checks.min_words, checks.max_words
        wanted = f"{low}–{high}" if low is not None and high is not None else (
            f"at least {low}" if low is not None else f"at most {high}")
        ok = (low is None or words >= low) and (high is None or words <= high)
        results.append(CheckResult("length", f"Length: {wanted} words", ok,
                                   "" if ok else f"The answer has {words} words; this template asks for {wanted}.",
                                   required=False))
    if checks.sections:
        headings = _headings(answer)
        missing = [s for s in checks.sections if not any(s.lower() in h for h in headings)]
        results.append(CheckResult("sections", "Has every section", not missing,
                                   f"Missing section{'s' if len(missing) > 1 else ''}: {', '.join(missing)}."
                                   if missing else ""))
    leftovers = find_placeholders(answer) + [m.group(0) for m in PLACEHOLDER_RE.finditer(answer)] \
        + [m.group(0) for m in _FILL_IN_RE.finditer(answer)]
    leftovers = list(dict.fromkeys(leftovers))
    results.append(CheckResult("placeholders", "No blanks or placeholders left", not leftovers,
                               f"Still has {', '.join(leftovers[:5])}: fill these in or remove them before use."
                               if leftovers else ""))
    filler = [p for p in builtin_filler() if _contains(lower, p)]
    banned = [p for p in checks.banned_phrases if _contains(lower, p)]
    results.append(CheckResult("filler", "No filler or banned phrases", not (filler or banned),
                               "Contains " + ", ".join(f"“{p}”" for p in (banned + filler)[:5])
                               + ": rewrite or remove." if filler or banned else "",
                               required=bool(banned)))
    cut = stop_reason in CUT_OFF_STOP_REASONS
    unfinished = not cut and _looks_cut_off(answer)
    results.append(CheckResult(
        "complete", "The answer is complete", not (cut or unfinished),
        "The answer was cut off at the length limit: ask for a shorter answer or send again." if cut else
        "The last sentence looks unfinished: the answer may have been cut off." if unfinished else ""))
    if checks.keywords:
        missing = [k for k in checks.keywords if not _contains(lower, k)]
        results.append(CheckResult("keywords", "Mentions what it should", not missing,
                                   f"Does not mention: {', '.join(missing)}." if missing else "", required=False))
    if checks.labels:
        found = [label for label in checks.labels if _contains(lower, label)]
        results.append(CheckResult("labels", f"Gives one of: {', '.join(checks.labels)}", bool(found),
                                   "" if found else f"None of these labels appears: {', '.join(checks.labels)}."))
    if checks.json:
        problem = _json_problem(answer)
        results.append(CheckResult("json", "Valid JSON", not problem, problem))
    return results


def checklist(template: Template, answer: str, *, stop_reason: str = "", untrusted: bool = False,
              expect: Mapping[str, Any] | None = None) -> list[CheckResult]:
    """Automatic results, then the template's items, then the team's gate.

    With untrusted input (pasted emails, web pages; or any template with an untrusted field)
    every human item is required: that is where a planted instruction would show.
    """
    untrusted = untrusted or template.has_untrusted
    results = automatic_checks(template, answer, stop_reason=stop_reason, expect=expect)
    for number, item in enumerate(template.checklist, start=1):
        results.append(CheckResult(f"item-{number}", item.text, None, required=item.required or untrusted,
                                   automatic=False))
    for number, item in enumerate(TEAM_GATE, start=1):
        results.append(CheckResult(f"team-{number}", item.text, None, required=True, automatic=False))
    return results


def can_approve(results: Sequence[CheckResult], ticked: set[str]) -> bool:
    """True when every required item has passed, or the person ticked it (by id).

    A failed automatic check can be ticked too: the person may have fixed the answer by hand,
    and ticking it records that they looked.
    """
    return all(r.passed is True or r.id in ticked for r in results if r.required)
