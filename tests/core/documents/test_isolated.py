"""Large files are read by a child process (the app itself, `--read-document`): the same text,
the same plain errors with their details, progress on the way, and Stop ends the child."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.documents import DocumentError, DocumentTooLong, fit_document, isolated, read_document
from desktop.core.errors import CancelledError
from tests.helpers.document_files import write_xlsx


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_xlsx(tmp_path_factory.mktemp("books") / "orders.xlsx", 6_000)


def test_a_large_workbook_read_by_the_child_is_the_same_as_read_here(workbook: Path) -> None:
    assert isolated.worth_isolating(workbook)
    fractions: list[float] = []
    document = isolated.read_isolated(workbook, on_progress=fractions.append)
    here = read_document(workbook)
    assert (document.text, document.pages, document.kind, document.notes) == (here.text, here.pages, here.kind,
                                                                              here.notes)
    assert fractions and fractions[-1] == 1.0 and fractions == sorted(fractions)


def test_errors_come_back_as_the_same_plain_error_with_their_details(workbook: Path, tmp_path: Path) -> None:
    with pytest.raises(DocumentTooLong) as too_long:
        isolated.read_isolated(workbook, max_chars=20_000)
    with pytest.raises(DocumentTooLong) as same:
        fit_document(read_document(workbook), 20_000)
    assert too_long.value.message == same.value.message and too_long.value.kind == "too_long"
    assert too_long.value.pages_that_fit == same.value.pages_that_fit > 0
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook " * 30_000)
    with pytest.raises(DocumentError) as damaged:
        isolated.read_isolated(fake)
    assert damaged.value.kind == "damaged" and "fake.xlsx is damaged" in damaged.value.message


def test_stop_ends_the_child_and_nothing_comes_back(workbook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    real_popen = isolated.subprocess.Popen

    def popen(*args, **kwargs):  # type: ignore[no-untyped-def]
        child = real_popen(*args, **kwargs)
        started.append(child)
        return child

    monkeypatch.setattr(isolated.subprocess, "Popen", popen)
    with pytest.raises(CancelledError):
        isolated.read_isolated(workbook, cancelled=lambda: True)
    assert started and started[0].poll() is not None  # type: ignore[attr-defined]


def test_a_child_that_dies_is_one_plain_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolated, "child_command", lambda: [isolated.sys.executable, "-c", "import sys; sys.exit(3)"])
    with pytest.raises(DocumentError) as stopped:
        isolated.read_isolated(tmp_path / "orders.xlsx")
    assert stopped.value.kind == "reader" and "nothing was put in the box" in stopped.value.message


def test_small_files_stay_on_the_thread(tmp_path: Path) -> None:
    small = write_xlsx(tmp_path / "small.xlsx", 10)
    assert not isolated.worth_isolating(small) and not isolated.worth_isolating(tmp_path / "missing.xlsx")
