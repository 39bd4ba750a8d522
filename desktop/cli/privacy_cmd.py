"""``promptdesk redact``: hide personal data and secrets in text read from standard input.

Plain mode prints the redacted text and tells on standard error what secrets were removed.
``--jsonl`` reads one ``{"text": ...}`` object per line and prints one
``{"text": redacted, "spans": [{"start", "end", "type", "placeholder"}]}`` per line, with
``start``/``end`` as character offsets in the input text (operators use it on CRM exports; the
privacy benchmark measures the redactor through it). The placeholder mapping is never printed.
A malformed line gets one ``{"line": N, "error": ...}`` object and the rest go on (exit 1).
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("--jsonl", action="store_true", help='one {"text": ...} JSON object per line in and out')
    parser.add_argument("--country", default="", help="two-letter country for phone numbers without +code (default: your setting)")
    parser.add_argument(
        "--terms", action="append", default=[], metavar="WORDS",
        help="sensitive words to hide, separated by commas (can be given more than once)",
    )


def _country(given: str) -> str:
    if given:
        return given.upper()
    try:
        from desktop.core.settings import load_user_settings

        return (load_user_settings().country or "US").upper()
    except Exception:  # a broken settings file must not stop a batch job; US is the default
        return "US"


def run(args: argparse.Namespace) -> int:
    from desktop.core.privacy import redact_text

    terms = [t.strip() for group in args.terms for t in group.split(",") if t.strip()]
    country = _country(args.country)
    if not args.jsonl:
        result = redact_text(sys.stdin.read(), country=country, terms=terms)
        sys.stdout.write(result.text)
        for finding in result.findings:
            print(finding.message.replace(" in text ", " in the input "), file=sys.stderr)
        return 0
    from desktop.cli.jsonl import process_lines

    def redact_line(text: str) -> dict[str, object]:
        result = redact_text(text, country=country, terms=terms)
        spans = [
            {"start": s.input_start, "end": s.input_end, "type": s.type, "placeholder": s.placeholder}
            for s in result.spans
        ]
        return {"text": result.text, "spans": spans}

    return process_lines(sys.stdin, redact_line)
