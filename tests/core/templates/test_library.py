"""Loading the library from bundled, team and personal folders; overrides, problems, refresh."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.core.templates.library import Library, check_paths, load_library

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "templates"


def template_text(title: str, category: str = "", purpose: str = "Say hello.") -> str:
    category_line = f"category: {category}\n" if category else ""
    return f"---\ntitle: {title}\n{category_line}purpose: {purpose}\n---\nSay hello politely.\n"


def put(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def touch_later(path: Path, text: str) -> None:
    """Rewrite a file and move its time forward, so even a coarse file-system clock sees a change."""
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    bundled, team, personal = tmp_path / "bundled", tmp_path / "team", tmp_path / "personal"
    put(bundled, "sales/cold-email.md", template_text("Cold email"))
    put(bundled, "operations/meeting-summary.md", template_text("Meeting summary"))
    put(bundled, "README.md", "# Not a template\n")
    (team / "prompts").mkdir(parents=True)
    personal.mkdir()
    return bundled, team, personal


def load(folders: tuple[Path, Path, Path]) -> Library:
    bundled, team, personal = folders
    return load_library(bundled=bundled, team_dir=team, personal=personal)


def test_templates_are_sorted_by_category_then_title_with_categories_from_folders(folders) -> None:
    library = load(folders)
    assert [(t.category, t.id) for t in library.templates] == [("Operations", "meeting-summary"),
                                                               ("Sales", "cold-email")]
    assert library.categories() == ["Operations", "Sales"]
    assert library.problems == []
    assert library.get("cold-email").source == "bundled"
    assert library.get("missing") is None


def test_the_team_copy_wins_over_the_bundled_one_and_says_so(folders) -> None:
    bundled, team, _ = folders
    put(team / "prompts", "cold-email.md", template_text("Cold email (our way)", "Sales"))
    library = load(folders)
    winner = library.get("cold-email")
    assert (winner.title, winner.source, winner.overrides) == ("Cold email (our way)", "team", "bundled")
    assert len(library.templates) == 2
    assert library.get("meeting-summary").overrides is None


def test_a_personal_copy_wins_over_the_team_copy(folders) -> None:
    _, team, personal = folders
    put(team / "prompts", "cold-email.md", template_text("Team", "Sales"))
    put(personal, "cold-email.md", template_text("Mine", "Sales"))
    winner = load(folders).get("cold-email")
    assert (winner.title, winner.source, winner.overrides) == ("Mine", "personal", "team")


def test_a_broken_team_copy_leaves_the_bundled_one_in_use_and_reports_the_problem(folders) -> None:
    _, team, _ = folders
    broken = put(team / "prompts", "cold-email.md", "---\ntitle: Cold email\nteir: quick\n---\nHi\n")
    library = load(folders)
    assert library.get("cold-email").source == "bundled"
    assert [p.path for p in library.problems] == [broken, broken]  # unknown key, missing purpose
    assert any("did you mean 'tier'" in p.message for p in library.problems_for(broken))


def test_two_files_with_one_id_in_the_same_place_are_a_problem_and_the_first_is_used(folders) -> None:
    bundled, _, _ = folders
    second = put(bundled, "zz-extra/cold-email.md", template_text("Second cold email"))
    library = load(folders)
    assert library.get("cold-email").title == "Cold email"
    assert len(library.problems) == 1
    problem = library.problems[0]
    assert problem.path == second and "also called 'cold-email'" in problem.message


def test_the_broken_fixture_folder_loads_its_good_template_and_lists_every_problem() -> None:
    library = Library([("team", FIXTURES / "broken")])
    assert [t.id for t in library.templates] == ["good-one"]
    broken_files = sorted(p.name for p in (FIXTURES / "broken").glob("*.md") if p.name != "good-one.md")
    assert sorted({p.path.name for p in library.problems}) == broken_files
    assert len(library.problems) == len(broken_files)


def test_refresh_picks_up_edits_new_files_and_deletions_without_a_restart(folders) -> None:
    bundled, team, _ = folders
    library = load(folders)
    assert library.refresh() is False
    touch_later(bundled / "sales" / "cold-email.md", template_text("Cold email v2"))
    assert library.refresh() is True
    assert library.get("cold-email").title == "Cold email v2"
    put(team / "prompts", "handover.md", template_text("Handover note", "Operations"))
    assert library.refresh() is True
    assert library.get("handover").source == "team"
    assert library.search("handover")[0].id == "handover"
    (bundled / "operations" / "meeting-summary.md").unlink()
    assert library.refresh() is True
    assert library.get("meeting-summary") is None
    assert library.refresh() is False


def test_refresh_turns_a_file_broken_on_disk_into_a_problem(folders) -> None:
    bundled, _, _ = folders
    library = load(folders)
    touch_later(bundled / "sales" / "cold-email.md", "---\ntitle: [oops\n---\n")
    assert library.refresh() is True
    assert library.get("cold-email") is None
    assert "cannot be read" in library.problems[0].message


def test_a_team_folder_that_disappears_hides_its_templates_and_comes_back(folders) -> None:
    bundled, team, _ = folders
    put(team / "prompts", "handover.md", template_text("Handover", "Operations"))
    library = load(folders)
    assert library.get("handover") is not None
    moved = team.with_name("team-offline")
    team.rename(moved)
    assert library.refresh() is True
    assert library.get("handover") is None and library.get("cold-email") is not None
    assert len(library.problems) == 1 and "team folder cannot be reached" in library.problems[0].message
    moved.rename(team)
    assert library.refresh() is True
    assert library.get("handover") is not None and library.problems == []


def test_a_team_folder_without_a_prompts_folder_is_not_a_problem(folders, tmp_path: Path) -> None:
    bundled, _, personal = folders
    bare = tmp_path / "bare-team"
    bare.mkdir()
    library = load_library(bundled=bundled, team_dir=bare, personal=personal)
    assert library.problems == [] and len(library.templates) == 2


def test_a_dangling_link_is_a_plain_problem(folders) -> None:
    _, team, _ = folders
    (team / "prompts" / "ghost.md").symlink_to(team / "nowhere.md")
    library = load(folders)
    assert [p.path.name for p in library.problems] == ["ghost.md"]
    assert "disappeared" in library.problems[0].message


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_an_unreadable_file_is_a_plain_problem(folders) -> None:
    _, team, _ = folders
    path = put(team / "prompts", "secret.md", template_text("Secret"))
    path.chmod(0)
    try:
        library = load(folders)
    finally:
        path.chmod(0o644)
    assert "not allowed to read" in library.problems[0].message


def test_check_paths_reads_files_and_folders_and_names_missing_paths(tmp_path: Path) -> None:
    good = FIXTURES / "good" / "product-blurb.md"
    assert check_paths([good, FIXTURES / "good"]) == []
    problems = check_paths([FIXTURES / "broken" / "typo-key.md", tmp_path / "nope.md"])
    assert [p.path.name for p in problems] == ["typo-key.md", "nope.md"]
    assert "no file or folder here" in problems[1].message


def test_the_default_folders_are_the_bundled_and_personal_ones(tmp_path: Path) -> None:
    from desktop.core import paths

    put(paths.personal_prompts_dir(), "my-note.md", template_text("My note"))
    library = load_library()
    assert library.get("my-note").source == "personal"
    assert any(t.source == "bundled" for t in library.templates)
    assert paths.bundled_prompts_dir() in library.folders()


def test_copying_a_folder_of_templates_into_the_team_folder_shows_them_all(folders, tmp_path: Path) -> None:
    _, team, _ = folders
    shutil.copytree(FIXTURES / "good", team / "prompts" / "catalogue")
    library = load(folders)
    assert library.get("product-blurb").category == "Catalogue"


def test_a_folder_linked_into_itself_is_read_once(folders) -> None:
    _, team, _ = folders
    put(team / "prompts", "ops/handover.md", template_text("Handover"))
    (team / "prompts" / "ops" / "again").symlink_to(team / "prompts")
    library = load(folders)
    assert library.get("handover") is not None and library.problems == []


def test_loading_leaves_the_cycle_collector_as_it_found_it(folders) -> None:
    """The collector is paused while templates are built, then switched back on (or left off)."""
    import gc

    assert gc.isenabled()
    load(folders)
    assert gc.isenabled()
    gc.disable()
    try:
        load(folders).refresh()
        assert not gc.isenabled()
    finally:
        gc.enable()
