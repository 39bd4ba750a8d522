"""Reading files into fields: time against each library's bare call, the longest pause a
reading thread causes on the main thread, and what the readers add to the bundle.

Files are made here (tests/helpers/document_files.py): a 100-page text PDF, a 50-page Word
file with headings, lists and tables, a 10,000-row workbook. Floors, measured in this run:
reading the file's bytes, and the library's own bare text call (PDFium's text of every page;
python-docx opening the file and joining paragraph texts; openpyxl's read-only row values),
so the ratio shows what Promptdesk's layer (structure, tables, notes, checks) costs.

Bundle growth is estimated from installed sizes (the one-folder bundle copies these package
folders; a .tar.gz of each is what a download grows by), because a PyInstaller build takes
minutes; bench/bundle.py builds the real thing.
"""

from __future__ import annotations

import importlib.util
import io
import statistics
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import line, median_time
from desktop.core.documents import read_document
from tests.helpers.document_files import write_docx, write_text_pdf, write_xlsx


def _bare_pdf(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    for index in range(len(pdf)):
        pdf[index].get_textpage().get_text_range()
    pdf.close()


def _pypdf(path: Path) -> None:
    """The alternative PDF reader, when installed (it is not in the lock): for the choice."""
    import pypdf

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text()


def _pdf_alternative(path: Path) -> None:
    spec = importlib.util.find_spec("pypdf")
    if spec is None:
        line("  pypdf (the alternative)", "not installed", "pip install pypdf to compare")
        return
    _pypdf(path)
    seconds = median_time(lambda: _pypdf(path), repeat=3)
    raw, gz = _folder_size(Path(next(iter(spec.submodule_search_locations or []))))
    line("  pypdf (the alternative): same file", f"{seconds * 1000:.0f} ms", f"{raw / 1e6:.1f} MB installed")


def _bare_docx(path: Path) -> None:
    import docx

    "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _bare_xlsx(path: Path) -> None:
    import openpyxl

    workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        for _row in sheet.iter_rows(values_only=True):
            pass
    workbook.close()


def _longest_pause(read: Callable[[], object]) -> float:
    """Longest gap, in seconds, of a main-thread loop that wakes every 5 ms while ``read`` runs
    on another thread, as the app's worker does: what a person would feel as a stall."""
    done = threading.Event()
    def work() -> None:
        read()
        done.set()

    worker = threading.Thread(target=work)
    gaps: list[float] = []
    last = time.perf_counter()
    worker.start()
    while not done.is_set():
        time.sleep(0.005)
        now = time.perf_counter()
        gaps.append(now - last - 0.005)
        last = now
    worker.join()
    return max(gaps, default=0.0)


def _case(label: str, path: Path, bare: Callable[[Path], None], target: float) -> None:
    read_document(path)  # warm: imports and first-call caches are not what is measured
    bare(path)
    ours = median_time(lambda: read_document(path), repeat=5)
    floor_lib = median_time(lambda: bare(path), repeat=5)
    floor_bytes = median_time(lambda: path.read_bytes(), repeat=5)
    document = read_document(path)
    line(f"{label}: read_document", f"{ours * 1000:.0f} ms", f"(target < {target * 1000:.0f} ms)", ours < target)
    line("  floor: the library's bare text call", f"{floor_lib * 1000:.0f} ms", f"ratio {ours / floor_lib:.2f}x")
    line("  floor: reading the file's bytes", f"{floor_bytes * 1000:.1f} ms")
    line("  what it gave", f"{document.characters:,} chars", f"{document.pages} pages")
    pause = statistics.median(_longest_pause(lambda: read_document(path)) for _ in range(3))
    line("  longest main-thread pause while reading", f"{pause * 1000:.1f} ms", "(target < 50 ms)", pause < 0.05)
    idle = statistics.median(_longest_pause(lambda: time.sleep(ours)) for _ in range(3))
    bare_pause = statistics.median(_longest_pause(lambda: bare(path)) for _ in range(3))
    line("  floor: the same pause, nothing being read", f"{idle * 1000:.1f} ms",
         f"with the bare call: {bare_pause * 1000:.1f} ms")


def _folder_size(path: Path) -> tuple[int, int]:
    """Bytes on disk and as a .tar.gz."""
    raw = sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        archive.add(str(path), arcname=path.name, filter=lambda i: None if "__pycache__" in i.name else i)
    return raw, len(buffer.getvalue())


def _bundle_growth() -> None:
    # The readers' libraries and what only they need (lxml for python-docx, et_xmlfile for openpyxl;
    # xlrd for .xls, olefile for Outlook .msg).
    packages = ["pypdfium2", "pypdfium2_raw", "docx", "lxml", "openpyxl", "et_xmlfile", "xlrd", "olefile"]
    total_raw = total_gz = 0
    for name in packages:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            line(f"bundle: {name}", "not installed")
            continue
        raw, gz = _folder_size(Path(next(iter(spec.submodule_search_locations))))
        total_raw += raw
        total_gz += gz
        line(f"bundle: {name}", f"{raw / 1e6:.1f} MB", f"{gz / 1e6:.1f} MB as .tar.gz")
    line("bundle growth for the readers (installed size)", f"{total_raw / 1e6:.1f} MB",
         f"{total_gz / 1e6:.1f} MB as .tar.gz (target <= 25 MB)", total_raw <= 25e6)


_LONG_TEMPLATE = """---
title: Long document
category: Operations
tier: execution
version: 1
purpose: Summarise a long document.
fields:
  - {name: document, label: Document, type: long_text, required: true, untrusted: true}
---
Summarise this document.

<document>
{{document}}
</document>
"""


def _follow_up_cost() -> None:
    """Turn 1 and turn 2 on a 20,000-token document, through the real SDK to the fake server
    with its simulated prompt cache; input priced by genai-prices as recorded."""
    import os

    from desktop.core import paths
    from desktop.core.context import AppContext
    from desktop.core.send import followup, followup_estimate, pipeline, pricing
    from desktop.core.settings import UserSettings
    from tests.helpers.fake_llm import FAKE_ANTHROPIC_KEY, FakeLLMServer, PromptCache, Reply

    os.environ["PROMPTDESK_HOME"] = tempfile.mkdtemp(prefix="promptdesk-bench-docs-")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    os.environ.pop("PROMPTDESK_TEAM_DIR", None)
    document = " ".join(f"Line {n}: the delivery for order {n} arrives in week {n % 52 + 1}; finance checks "
                        "the invoice against the purchase order." for n in range(710))
    with FakeLLMServer() as server:
        server.prompt_cache = PromptCache()
        os.environ["ANTHROPIC_BASE_URL"] = server.url
        os.environ["ANTHROPIC_API_KEY"] = FAKE_ANTHROPIC_KEY
        paths.personal_prompts_dir().mkdir(parents=True, exist_ok=True)
        (paths.personal_prompts_dir() / "long-document.md").write_text(_LONG_TEMPLATE, encoding="utf-8")
        context = AppContext(UserSettings())
        template = context.library.get("long-document")
        assert template is not None, context.library.problems
        server.queue(Reply(text="A summary of the deliveries."), Reply(text="Shorter."))
        prepared = pipeline.prepare(context, template, {"document": document})
        guess_1 = followup_estimate.first_request(prepared.route.provider, prepared.route.model,
                                                  system=prepared.system, prompt=prepared.redaction.text,
                                                  output=prepared.max_output_tokens)
        first = pipeline.execute(context, prepared, fresh=True)
        conversation = followup_estimate.conversation(context, first.id)
        assert conversation is not None
        guess_2 = followup_estimate.estimate(context, conversation, "Make it shorter")
        second = followup.ask(context, first.id, "Make it shorter").run
        os.environ.pop("ANTHROPIC_BASE_URL", None)
        os.environ.pop("ANTHROPIC_API_KEY", None)

    def price(run: object) -> float:
        return pricing.cost(run.provider, run.model, input_tokens=run.input_tokens, output_tokens=0,  # type: ignore[attr-defined]
                            cache_read_tokens=run.cache_read_tokens,  # type: ignore[attr-defined]
                            cache_write_tokens=run.cache_write_tokens)  # type: ignore[attr-defined]

    tokens = first.input_tokens + first.cache_write_tokens + first.cache_read_tokens
    line("follow-up: turn 1 input (document written to the cache)", f"${price(first):.4f}",
         f"{tokens:,} tokens, {first.cache_write_tokens:,} written")
    line("  turn 2 input (document read from the cache)", f"${price(second):.4f}",
         f"{second.cache_read_tokens:,} read, {second.input_tokens:,} plain")
    without = pricing.cost(first.provider, first.model, input_tokens=tokens, output_tokens=0)
    line("  turn 1 had nothing been cached", f"${without:.4f}")
    ratio = price(second) / price(first)
    line("  turn 2 / turn 1 input price", f"{ratio:.0%}", "(target <= 30%)", ratio <= 0.3)
    for label, guess, run in (("turn 1", guess_1, first), ("turn 2", guess_2, second)):
        off = guess.input_cost / price(run) - 1
        line(f"  {label} input: estimated before sending / recorded", f"${guess.input_cost:.4f}",
             f"recorded ${price(run):.4f} ({off:+.1%}; tests allow 3%)", abs(off) <= 0.03)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="promptdesk-bench-docs-") as folder:
        root = Path(folder)
        pdf = write_text_pdf(root / "report.pdf", 100, lines_per_page=45)
        _case("100-page text PDF", pdf, _bare_pdf, 1.0)
        _pdf_alternative(pdf)
        _case("50-page Word file", write_docx(root / "review.docx", pages=50), _bare_docx, 0.3)
        _case("10,000-row workbook", write_xlsx(root / "orders.xlsx", 10_000), _bare_xlsx, 2.0)
    _bundle_growth()
    _follow_up_cost()
    from bench import documents_window

    documents_window.main()
