"""The checks of ``promptdesk --self-test`` (``selftest.py`` runs them and writes the report):
each runs one part of the real path once and returns what it saw, or raises ``CheckFailed``
with the plain reason."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from desktop.core.text import plural

FAKE_KEYS = {"anthropic": "sk-ant-test-selftest", "openai": "sk-test-selftest"}
# Invented contact details of the kinds the privacy stage must hide. The IBAN is the standard
# example from the IBAN registry; the phone number is in a range reserved for drama.
SAMPLE_EMAIL = "jane.doe@example.com"
SAMPLE_PHONE = "+44 20 7946 0958"
SAMPLE_IBAN = "GB82 WEST 1234 5698 7654 32"
SAMPLE_NOTES = (
    "Notes from the weekly planning call with the support team. We agreed to move the release to "
    f"Thursday so the help pages can be checked first. Send questions to {SAMPLE_EMAIL}. Sam owns the "
    "release checklist and Priya will tell the two pilot customers by Wednesday noon."
)


class CheckFailed(Exception):
    """Raised inside a check with the plain reason it failed."""


def check_library(bundled: Path | None = None, personal: Path | None = None) -> tuple[str, Any]:
    """The bundled templates load without a problem. Returns (detail, library)."""
    from desktop.core import paths
    from desktop.core.templates.library import load_library

    folder = bundled if bundled is not None else paths.bundled_prompts_dir()
    library = load_library(bundled=folder, team_dir=None, personal=personal)
    bundled_problems = [p for p in library.problems if Path(p.path).is_relative_to(folder)]
    if bundled_problems:
        raise CheckFailed(f"{len(bundled_problems)} problem(s) in the bundled templates, first: {bundled_problems[0]}")
    count = sum(1 for t in library.templates if t.source == "bundled")
    if count == 0:
        raise CheckFailed(f"no templates found in {folder}: the bundle is missing its prompts folder")
    return f"{count} templates in {len(library.categories())} categories", library


def check_privacy() -> str:
    """Email, phone number, IBAN and an API key are hidden, and the placeholders restore."""
    from desktop.core.privacy import redact_text, restore

    secret = "sk-ant-api03-" + "Q7" * 40  # built here so no key-shaped text sits in the source
    sample = (
        f"Please reply to {SAMPLE_EMAIL} or call {SAMPLE_PHONE}. Refund to {SAMPLE_IBAN}. "
        f"The old key was {secret}."
    )
    redaction = redact_text(sample, country="GB")
    leaked = [label for label, value in (("email", SAMPLE_EMAIL), ("phone number", SAMPLE_PHONE),
                                          ("IBAN", SAMPLE_IBAN), ("API key", secret)) if value in redaction.text]
    if leaked:
        raise CheckFailed(f"not hidden: {', '.join(leaked)} (phone/IBAN data files may be missing)")
    restored = restore(redaction.text, redaction.vault)
    for value in (SAMPLE_EMAIL, SAMPLE_PHONE, SAMPLE_IBAN):
        if value not in restored:
            raise CheckFailed(f"a hidden value did not come back when restored: {value!r}")
    return (f"{plural(len(redaction.vault), 'item')} hidden and restored; "
            f"{plural(len(redaction.findings), 'warning')} about secrets")


def sample_values(template: Any) -> dict[str, Any]:
    """Plausible values for every field of ``template`` (the sample email goes in the text)."""
    values: dict[str, Any] = {}
    for field in template.fields:
        kind = field.type
        if kind in ("short_text", "long_text"):
            text = "Weekly planning" if kind == "short_text" else SAMPLE_NOTES
            while field.min_length and len(text) < field.min_length:
                text += " " + SAMPLE_NOTES
            values[field.name] = text[: field.max_length] if field.max_length else text
        elif kind == "choice":
            values[field.name] = field.default or (field.options[0] if field.options else "")
        elif kind == "multi_choice":
            values[field.name] = list(field.options[:1])
        elif kind == "number":
            values[field.name] = field.min if field.min is not None else 1
        elif kind == "date":
            values[field.name] = "2026-01-15"
        elif kind == "checkbox":
            values[field.name] = True
    return values


def pick_template(library: Any) -> Any:
    """A bundled template whose sample values validate; the meeting summary when it is there."""
    from desktop.core.templates.library import validate_values

    preferred = library.get("meeting-summary")
    candidates = ([preferred] if preferred is not None else []) + list(library.templates)
    for template in candidates:
        if not validate_values(template, sample_values(template)):
            return template
    raise CheckFailed("no bundled template accepts the sample values")


def check_route(context: Any, template: Any) -> str:
    """The request is routed to a tier and model, and priced from the bundled price table."""
    from desktop.core.send import pipeline, pricing

    prepared = pipeline.prepare(context, template, sample_values(template))
    if prepared.problems:
        raise CheckFailed(f"the sample values were refused: {prepared.problems}")
    if SAMPLE_EMAIL in prepared.redaction.text:
        raise CheckFailed("the email address in the sample would have been sent")
    if prepared.estimated_cost <= 0:
        raise CheckFailed(f"no price for {prepared.route.provider} {prepared.route.model}: the price table is missing")
    return (f"'{template.title}' -> {prepared.route.label} ({prepared.route.model}), "
            f"estimate {pricing.format_cost(prepared.estimated_cost)}")


def check_send(context: Any, template: Any, provider: str) -> str:
    """One request through ``provider``'s SDK to the fake endpoint, with no fallback to the other
    provider, so each SDK is proven on its own."""
    import dataclasses

    from desktop.core.run import DONE
    from desktop.core.send import pipeline, routing
    from desktop.core.settings import TierPin

    tier = routing.route_for(template, "", context.team).tier
    model = routing.default_pins()[tier].get(provider)
    if not model:
        raise CheckFailed(f"no {provider} model is set for the {tier} tier in tiers.toml")
    context.team.tiers[tier] = TierPin(provider, model)
    try:
        prepared = pipeline.prepare(context, template, sample_values(template))
        if (prepared.route.provider, prepared.route.model) != (provider, model):
            raise CheckFailed(f"the team pin to {provider} {model} was not followed")
        prepared.route = dataclasses.replace(prepared.route, fallbacks=())
        run = pipeline.execute(context, prepared, fresh=True, sleep=lambda seconds: None, timeout=20.0)
    finally:
        context.team.tiers.pop(tier, None)
    if run.status != DONE:
        raise CheckFailed(run.error_message or f"the run ended as {run.status}")
    if run.provider != provider:
        raise CheckFailed(f"answered by {run.provider} instead of {provider}")
    if not run.response_text.strip():
        raise CheckFailed("the answer was empty")
    return f"{model}: {run.output_tokens} tokens back in {run.latency_total_ms:.0f} ms"


def check_window(context: Any, wait_ms: int = 20_000) -> str:
    """The main window opens on Qt's offscreen platform, loads the library the way it does
    after start-up (on a worker, then into the gallery), and closes again."""
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.core import paths
    from desktop.gui.app import create_application, install_qt_message_handler
    from desktop.gui.main_window import MainWindow

    install_qt_message_handler()
    app = create_application()
    window = MainWindow(context)
    loaded: list[Any] = []
    try:
        window.show()
        QApplication.processEvents()
        if not window.isVisible():
            raise CheckFailed("the main window did not show")
        loop = QEventLoop()
        def on_loaded(library: Any) -> None:
            loaded.append(library)
            loop.quit()

        window.library_loaded.connect(on_loaded)
        QTimer.singleShot(wait_ms, loop.quit)
        window.after_shown()
        if not loaded:
            loop.exec()
        title = window.windowTitle()
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone(wait_ms)
        QApplication.processEvents()
    if not loaded:
        raise CheckFailed(f"the window did not finish loading the template library within {wait_ms // 1000} s")
    if loaded[0] is None:
        raise CheckFailed("the window could not load the template library")
    icon = QIcon(str(paths.resource("icons/promptdesk.png")))
    if icon.isNull():
        raise CheckFailed("the app icon could not be loaded (resources/icons or the PNG image plugin is missing)")
    return (f"'{title}' shown with {len(loaded[0].templates)} templates, then closed, on "
            f"'{QGuiApplication.platformName()}'; Qt {qt_version(app)}")


def qt_version(app: Any) -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


EXPECTED_KEYRING = {
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
}


def check_documents() -> str:
    """Word, Excel and PDF files are read into text: their readers (and PDFium's library) made
    it into this installation. The files are written here with the same libraries and Qt's PDF
    writer, in a temporary folder that is removed again."""
    import docx
    import openpyxl

    from desktop.core.documents import read_document
    from desktop.gui.app import create_application
    from desktop.gui.export_pdf import write_pdf

    create_application()
    sentence = "Decision: the move starts on the 9th"
    with tempfile.TemporaryDirectory() as folder:
        word = docx.Document()
        word.add_paragraph(sentence)
        word.save(f"{folder}/notes.docx")
        book = openpyxl.Workbook()
        book.active.append(["note"])
        book.active.append([sentence])
        book.save(f"{folder}/notes.xlsx")
        write_pdf(sentence, Path(folder) / "notes.pdf")
        read = []
        for name in ("notes.docx", "notes.xlsx", "notes.pdf"):
            text = read_document(Path(folder) / name).text
            if sentence not in " ".join(text.split()):
                raise CheckFailed(f"{name} was read, but its text did not come back")
            read.append(name.rsplit(".", 1)[1].upper())
        from desktop.core.documents.isolated import read_isolated

        if sentence not in " ".join(read_isolated(Path(folder) / "notes.xlsx").text.split()):
            raise CheckFailed("a large file is read by the app started again as a reader, and that failed")
    import olefile  # Outlook .msg, like .xls: the tests read real files; here the reader being in place is enough
    import xlrd

    return (f"{', '.join(read)} read into text (also in a reader process); the .xls reader (xlrd {xlrd.__version__}) "
            f"and the .msg reader (olefile {olefile.__version__}) are in place")


def check_keychain() -> str:
    """Which keychain this computer offers. Not having one is reported, not a failure (keys can
    then be kept in memory), but the backend for this system must be in the bundle."""
    import importlib

    from desktop.core.settings import keystore

    expected = EXPECTED_KEYRING.get(sys.platform, "keyring.backends.SecretService")
    try:
        importlib.import_module(expected)
    except ImportError as exc:
        raise CheckFailed(f"the keychain support for this system ({expected}) is missing: {exc}") from exc
    store = keystore()
    name = store.backend_name()
    usable = "usable" if store.keychain_available() else "not usable here, keys can be kept in memory instead"
    return f"{name} ({usable})"
