"""``promptdesk route`` and ``promptdesk run``: the send path from the command line.

``route --jsonl`` reads one ``{"text": ...}`` per line and prints one ``{"tier", "provider",
"model", "reason"}`` per line, for operators checking how requests would be routed.
``run TEMPLATE --field name=value ...`` fills a template and sends it, streaming the answer;
``--dry-run`` prints the route, the estimate and the exact outgoing text, and sends nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.terminal import confirm, report_run, stream_printers
from desktop.core.errors import TemplateError
from desktop.core.settings import TIERS
from desktop.core.text import did_you_mean

# Parts of a Run that hold what the person typed, before personal data was hidden.
ORIGINAL_FIELDS = ("fields", "rendered_prompt")


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    if name == "route":
        parser.add_argument("text", nargs="*", help="a request (default: read from stdin)")
        parser.add_argument("--jsonl", action="store_true", help='read {"text": ...} lines, print one JSON line each')
        return
    parser.add_argument("template", help="the template id (its file name without .md)")
    parser.add_argument("--field", "-f", action="append", default=[], metavar="NAME=VALUE",
                        help="a field value; @FILE reads a file, @- reads stdin")
    parser.add_argument("--dry-run", action="store_true", help="show route, estimate and outgoing text; send nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--fresh", action="store_true", help="ask for a fresh answer even if one is cached")
    parser.add_argument("--tier", choices=TIERS, help="use this tier instead of the template's")
    parser.add_argument("--yes", "-y", action="store_true", help="send even when the cost needs confirmation")
    parser.add_argument("--show-originals", action="store_true",
                        help="with --json, also print the field values and the prompt before personal data was hidden")


def run(args: argparse.Namespace) -> int:
    return _route(args) if args.command == "route" else _run(args)


# --------------------------------------------------------------------------- route


def _route(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext
    from desktop.core.send.routing import route_for

    team = AppContext().team
    if not args.jsonl:
        text = " ".join(args.text) if args.text else sys.stdin.read()
        route = route_for(None, text, team)
        print(f"{route.label}  ({route.provider} {route.model})\n{route.reason}")
        for warning in route.warnings:
            print(f"Note: {warning}")
        return 0
    from desktop.cli.jsonl import process_lines

    def route_line(text: str) -> dict[str, object]:
        route = route_for(None, text, team)
        return {"tier": route.tier, "provider": route.provider, "model": route.model, "reason": route.reason}

    return process_lines(sys.stdin, route_line)


# --------------------------------------------------------------------------- run


def _read_value(raw: str, max_chars: int | None = None) -> str:
    """A field value: ``@-`` reads stdin; ``@FILE`` reads a document as the app does (PDF, Word,
    Excel, e-mail, ...) into outside content; ``@FILE#N`` reads only its first N pages and
    ``@FILE#search=WORDS`` only the pages (rows, paragraphs) that mention WORDS."""
    if raw == "@-":
        return sys.stdin.read()
    if raw.startswith("@") and len(raw) > 1:
        from desktop.core.documents import DocumentTooLong, as_field_value, fit_document, read_document

        path, max_pages, matching = Path(raw[1:]).expanduser(), None, ""
        name, sep, tail = raw[1:].rpartition("#")
        if sep and not path.exists():
            if tail.isdigit() and int(tail) > 0:
                path, max_pages = Path(name).expanduser(), int(tail)
            elif tail.startswith("search=") and tail[7:].strip():
                path, matching = Path(name).expanduser(), tail[7:].strip()
        document = read_document(path, max_pages=max_pages, matching=matching)
        try:
            fit_document(document, max_chars)
        except DocumentTooLong as exc:
            raise DocumentTooLong(f"{exc.message} Write @{path}#{exc.pages_that_fit} for the first pages, or "
                                  f"@{path}#search=WORDS for the pages that mention WORDS.",
                                  exc.pages_that_fit) from exc
        for note in document.notes:
            print(f"[{note}]", file=sys.stderr)
        return as_field_value(document, path)
    return raw


def _values(template: Any, pairs: list[str]) -> dict[str, Any]:
    names = [f.name for f in template.fields]
    values: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip()
        if not sep:
            raise TemplateError(f"Write each field as NAME=VALUE, not '{pair}'.")
        field = template.get_field(name)
        if field is None:
            raise TemplateError(f"The template '{template.id}' has no field '{name}'{did_you_mean(name, names)} "
                                f"(fields: {', '.join(names)}).")
        value: Any = _read_value(raw, field.max_length)
        if field.type == "multi_choice":
            value = [part.strip() for part in value.split(",") if part.strip()]
        values[name] = value
    return values


def _injection_fields(prepared: Any) -> dict[str, Any]:
    """``injection_flag`` and ``injection_reasons`` for scripts: did pasted outside content try to
    give the AI instructions, and what it tried, in the words the person is shown."""
    reasons = [f.message for f in prepared.redaction.findings if f.kind == "injection"]
    return {"injection_flag": bool(prepared.redaction.injection_flag), "injection_reasons": reasons}


def _warn_injection(prepared: Any) -> None:
    """The plain-text warning: printed before anything is sent, on stderr so a piped answer stays clean."""
    for reason in _injection_fields(prepared)["injection_reasons"]:
        print(f"Warning: {reason}", file=sys.stderr)


def _dry_run_report(prepared: Any) -> dict[str, Any]:
    return {
        "template": prepared.template.id, "tier": prepared.route.tier, "provider": prepared.route.provider,
        "model": prepared.route.model, "label": prepared.route.label, "reason": prepared.route.reason,
        "fallbacks": [list(pair) for pair in prepared.route.fallbacks], "warnings": list(prepared.route.warnings),
        "estimated_cost": prepared.estimated_cost, "estimated_input_tokens": prepared.estimated_input_tokens,
        "max_output_tokens": prepared.max_output_tokens, "needs_approval": prepared.needs_approval,
        "approval_reason": prepared.approval_reason, "budget_warning": prepared.budget_warning,
        "hidden": prepared.redaction.summary(), "findings": [f.message for f in prepared.redaction.findings],
        "system": prepared.system, "outgoing_text": prepared.redaction.text, **_injection_fields(prepared),
    }


def _print_dry_run(prepared: Any) -> None:
    from desktop.core.send.pricing import format_cost

    route = prepared.route
    print(f"Route:    {route.label} ({route.provider} {route.model})")
    print(f"Why:      {route.reason}")
    if route.fallbacks:
        print("Fallback: " + ", ".join(f"{p} {m}" for p, m in route.fallbacks))
    print(f"Estimate: {format_cost(prepared.estimated_cost)} (about {prepared.estimated_input_tokens} tokens in, "
          f"at most {prepared.max_output_tokens} out)")
    print(f"Privacy:  {prepared.redaction.summary()}")
    for note in [*route.warnings, *(f.message for f in prepared.redaction.findings if f.kind != "injection")]:
        print(f"Note:     {note}")
    for reason in _injection_fields(prepared)["injection_reasons"]:
        print(f"Warning:  {reason}")
    for note in (prepared.approval_reason, prepared.budget_warning):
        if note:
            print(f"Note:     {note}")
    if prepared.system:
        print("\n--- system text that would be sent ---")
        print(prepared.system)
    print("\n--- text that would be sent ---")
    print(prepared.redaction.text)


def _run(args: argparse.Namespace) -> int:
    from desktop.core.context import AppContext
    from desktop.core.send import pipeline

    context = AppContext()
    template = context.library.get(args.template)
    if template is None:
        ids = [t.id for t in context.library.templates]
        hint = did_you_mean(args.template, ids)
        raise TemplateError(f"There is no template '{args.template}'{hint}" + ("" if hint else ".")
                            + " `promptdesk templates` lists them.")
    prepared = pipeline.prepare(context, template, _values(template, args.field), tier_override=args.tier)
    if prepared.problems:
        for name, problem in prepared.problems.items():
            field = template.get_field(name)
            print(f"{field.label if field else name} ({name}): {problem}", file=sys.stderr)
        return 2
    if args.dry_run:
        if args.json:
            print(json.dumps(_dry_run_report(prepared), ensure_ascii=False, indent=2))
        else:
            _print_dry_run(prepared)
        return 0
    if not args.json:
        _warn_injection(prepared)
    for question in (prepared.budget_warning, prepared.approval_reason):
        if question and not confirm(question, args.yes):
            return 3
    on_text, on_status = stream_printers(not args.json)
    result = pipeline.execute(context, prepared, on_text=on_text, on_status=on_status, fresh=args.fresh)
    # The originals behind placeholders never; typed values and the prompt before redaction only when asked.
    hidden = ("vault",) if args.show_originals else ("vault", *ORIGINAL_FIELDS)
    return report_run(result, args.json, hidden=hidden, extra=_injection_fields(prepared))
