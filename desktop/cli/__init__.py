"""The ``promptdesk`` / ``python -m desktop`` command.

With no arguments it opens the app. Subcommands serve operators and scripts; each lives in its
own module here and is imported only when used, so ``promptdesk`` starts the window without
loading any of them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.core.errors import PromptdeskError

# name -> (module, one-line description). The module defines ``add_arguments(parser)`` and
# ``run(args) -> int``; when one module serves several commands it reads ``args.command``.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("desktop.cli.library_cmd", "check templates and print every problem"),
    "templates": ("desktop.cli.library_cmd", "list the template library"),
    "redact": ("desktop.cli.privacy_cmd", "hide personal data and secrets in text read from stdin"),
    "route": ("desktop.cli.send_cmd", "say which tier and model would serve each request"),
    "run": ("desktop.cli.send_cmd", "fill a template and send it (or --dry-run)"),
    "resend": ("desktop.cli.resend_cmd", "list runs that got no answer, or send one again (asks first if it may have been billed)"),
    "sync": ("desktop.cli.usage_cmd", "send waiting usage records to the team's shared file"),
    "spend": ("desktop.cli.usage_cmd", "show personal or team spend"),
    "team-db": ("desktop.cli.team_db_cmd", "set up a team database on PostgreSQL, or move the team file into it"),
    "test-templates": ("desktop.cli.evals_cmd", "run templates' test inputs and check the answers"),
    "ask": ("desktop.cli.ask_cmd", "ask for a change to a run's answer (a follow-up turn)"),
    "team": ("desktop.cli.team_cmd", "set up the team folder, show or change team settings, export usage"),
    "export": ("desktop.cli.export_cmd", "save a run's answer as Word, PDF, Markdown or text"),
    "batch": ("desktop.cli.batch_cmd", "run a template over every row of a spreadsheet or folder; resumes if run again"),
}


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="promptdesk",
        description="Promptdesk: templates for Claude and GPT with privacy, routing and team budgets. "
        "Without a command it opens the app.",
        epilog="Commands:\n" + "\n".join(f"  {name:<15} {about}" for name, (_, about) in COMMANDS.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Promptdesk {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check that this installation works, then exit")
    parser.add_argument("--fake-endpoint", metavar="URL", help="with --self-test: also send one request to URL")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--read-document"]:  # the app reading a large file in a process of its own
        from desktop.core.documents.isolated import child_main

        return child_main()
    try:
        if not argv:  # the app itself: straight to the window (building the parser costs ~6 ms)
            from desktop.gui.app import run_app

            return run_app()
        if argv[0] in COMMANDS:
            return _run_command(argv[0], argv[1:])
        args = _top_parser().parse_args(argv)
        if args.self_test:
            from desktop.cli.selftest import run_self_test

            return run_self_test(fake_endpoint=args.fake_endpoint)
        from desktop.gui.app import run_app

        return run_app()
    except PromptdeskError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _run_command(name: str, rest: list[str]) -> int:
    module_name, about = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"promptdesk {name}", description=about[:1].upper() + about[1:] + ".")
    module.add_arguments(parser, name)
    args = parser.parse_args(rest)
    args.command = name
    return int(module.run(args) or 0)
