"""Changing team.toml: comments and order kept, the same checks as reading, atomic saves, and two
operators saving at once never losing each other's edit."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.core import team_file as tf
from desktop.core.errors import SettingsError
from desktop.core.team_settings import read_team_settings

ANNOTATED = """\
# Harbour Design — team settings. Ask Dana before changing the budget.
name = "Harbour Design"

monthly_budget = 200   # agreed with finance in January
approval_threshold = 0.25

# Client names: never sent to any AI.
sensitive_terms = [
    "Project Falcon",  # the Q3 pitch
    "Bluefin",
]

[personal_budgets]
# interns get less
sam = 40
ana = 60

[tiers.quick]
provider = "openai"   # cheapest that passed our tests
model = "gpt-4o-mini"
"""


def test_edits_keep_every_comment_and_change_only_their_own_lines(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(ANNOTATED, encoding="utf-8")
    base = tf.read_text(tmp_path)
    edits = [tf.Edit(("monthly_budget",), 250), tf.Edit(("personal_budgets", "sam"), 45.5),
             tf.Edit(("tiers", "quick"), {"provider": "anthropic", "model": "claude-haiku-4-5"})]
    tf.save_edits(tmp_path, edits, base)
    after = (tmp_path / "team.toml").read_text(encoding="utf-8")
    changed = [line for line in difflib.ndiff(ANNOTATED.splitlines(), after.splitlines()) if line[:1] in "+-"]
    assert changed == [
        "- monthly_budget = 200   # agreed with finance in January",
        "+ monthly_budget = 250   # agreed with finance in January",
        "- sam = 40", "+ sam = 45.5",
        '- provider = "openai"   # cheapest that passed our tests',
        '+ provider = "anthropic"   # cheapest that passed our tests',
        '- model = "gpt-4o-mini"', '+ model = "claude-haiku-4-5"',
    ]
    team = read_team_settings(tmp_path)
    assert team.problems == [] and team.personal_budgets == {"sam": 45.5, "ana": 60.0}
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob("*.lock"))


@pytest.mark.parametrize(("key", "value", "words"), [
    ("approval_threshold", "nan", "ordinary amount"), ("monthly_budget", "1e309", "ordinary amount"),
    ("monthly_budget", "-3", "cannot be negative"), ("tiers.reasoning", "claude-opus", "provider and a model"),
    ("tiers.fast", "openai:gpt", "no tier 'fast'"), ("shared_audit", "maybe", "yes or no"),
    ("sensitve_terms", "Acme", "did you mean 'sensitive_terms'"), ("country", "Germany", "two-letter"),
])
def test_a_value_read_back_as_a_problem_is_refused_and_the_file_is_untouched(tmp_path, key, value, words) -> None:
    (tmp_path / "team.toml").write_text(ANNOTATED, encoding="utf-8")
    with pytest.raises(SettingsError, match=words):
        tf.save_edits(tmp_path, [tf.edit_from_text(key, value)], ANNOTATED)
    assert (tmp_path / "team.toml").read_text(encoding="utf-8") == ANNOTATED


def test_a_change_made_meanwhile_to_another_setting_is_merged(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(ANNOTATED, encoding="utf-8")
    mine = tf.read_text(tmp_path)
    tf.save_edits(tmp_path, [tf.edit_from_text("personal_budgets.ana", "80")], tf.read_text(tmp_path))
    result = tf.save_edits(tmp_path, [tf.edit_from_text("monthly_budget", "300")], mine)
    assert [(c.key, c.before, c.after) for c in result.merged] == [("personal_budgets.ana", 60, 80)]
    team = read_team_settings(tmp_path)
    assert team.monthly_budget == 300 and team.personal_budgets["ana"] == 80


def test_a_change_made_meanwhile_to_the_same_setting_is_refused_with_what_changed(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(ANNOTATED, encoding="utf-8")
    mine = tf.read_text(tmp_path)
    tf.save_edits(tmp_path, [tf.edit_from_text("monthly_budget", "300")], tf.read_text(tmp_path))
    with pytest.raises(tf.TeamFileConflict, match=r"monthly_budget is now 300 \(it was 200\)") as caught:
        tf.save_edits(tmp_path, [tf.edit_from_text("monthly_budget", "250")], mine)
    assert [(c.key, c.before, c.after) for c in caught.value.changes] == [("monthly_budget", 200, 300)]
    assert read_team_settings(tmp_path).monthly_budget == 300
    tf.save_edits(tmp_path, [tf.edit_from_text("monthly_budget", "250")], mine, overwrite=True)
    assert read_team_settings(tmp_path).monthly_budget == 250


SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.core import team_file as tf
    folder, who, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    sys.stdin.readline()  # both start together
    for i in range(count):
        tf.save_edits(folder, [tf.Edit(("personal_budgets", f"{who}{i}"), i)], tf.read_text(folder))
    print("done")
""")


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(ANNOTATED, encoding="utf-8")
    count = 30
    savers = [subprocess.Popen([sys.executable, "-c", SAVER, str(tmp_path), who, str(count)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
              for who in ("dana", "lee")]
    for saver in savers:
        saver.stdin.write("go\n")  # type: ignore[union-attr]
        saver.stdin.flush()  # type: ignore[union-attr]
    for saver in savers:
        out, err = saver.communicate(timeout=120)
        assert saver.returncode == 0 and out.strip() == "done", err
    team = read_team_settings(tmp_path)
    expected = {f"{who}{i}": float(i) for who in ("dana", "lee") for i in range(count)}
    assert team.problems == [] and team.personal_budgets == {"sam": 40.0, "ana": 60.0, **expected}
    text = (tmp_path / "team.toml").read_text(encoding="utf-8")
    assert "# agreed with finance in January" in text and "# interns get less" in text


def test_a_lock_left_by_a_crashed_save_is_taken_over(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(ANNOTATED, encoding="utf-8")
    lock = tmp_path / "team.toml.lock"
    lock.write_text("12345\n", encoding="utf-8")
    old = time.time() - tf.STALE_LOCK_S - 5
    os.utime(lock, (old, old))
    tf.save_edits(tmp_path, [tf.edit_from_text("monthly_budget", "10")], ANNOTATED)
    assert read_team_settings(tmp_path).monthly_budget == 10 and not lock.exists()


def test_init_sets_up_an_empty_folder_and_refuses_an_existing_team(tmp_path: Path) -> None:
    folder = tmp_path / "Team drive" / "Promptdesk"
    path = tf.init_team_folder(folder, 'Harbour "North"')
    assert (folder / "prompts").is_dir() and path.name == "team.toml"
    team = read_team_settings(folder)
    assert team.problems == [] and team.name == 'Harbour "North"' and team.approval_threshold == 0.5
    with pytest.raises(SettingsError, match="already has team settings"):
        tf.init_team_folder(folder)


ACCESS = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from desktop.core.team_file import can_edit  # imported first: the interpreter may be root's alone
    os.setgid(65534); os.setuid(65534)  # a member's account, not the operator's
    print(can_edit(Path(sys.argv[1])))
""")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to run as another account")
def test_only_whoever_can_write_team_toml_may_edit_it(tmp_path: Path) -> None:
    import tempfile

    results = {}
    for mode in (0o644, 0o666):
        folder = Path(tempfile.mkdtemp(prefix="promptdesk-team-"))
        try:
            tf.init_team_folder(folder)
            os.chmod(folder, 0o755 if mode == 0o644 else 0o777)
            os.chmod(folder / "team.toml", mode)
            out = subprocess.run([sys.executable, "-c", ACCESS, str(folder)], capture_output=True, text=True,
                                 timeout=60, env=dict(os.environ), cwd="/")
            results[mode] = out.stdout.strip() or out.stderr
        finally:
            subprocess.run(["rm", "-rf", str(folder)], check=True)
    assert results == {0o644: "False", 0o666: "True"}


EDITOR = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from desktop.core import team_file as tf
    folder, edits = Path(sys.argv[1]), json.loads(sys.argv[2])
    base = tf.read_text(folder)  # the version this editor opened
    print("read", flush=True)
    sys.stdin.readline()  # both save together, each against the version it read
    try:
        result = tf.save_edits(folder, [tf.edit_from_text(key, text) for key, text in edits], base)
        print("saved", ",".join(change.key for change in result.merged))
    except tf.TeamFileConflict as exc:
        print("conflict", ",".join(change.key for change in exc.changes))
""")


def _two_editors(folder: Path, *edits: list[tuple[str, str]]) -> list[str]:
    """Two real processes that read team.toml, then save their edits at the same moment."""
    import json

    editors = [subprocess.Popen([sys.executable, "-c", EDITOR, str(folder), json.dumps(edit)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
               for edit in edits]
    for editor in editors:
        assert editor.stdout.readline().strip() == "read"  # type: ignore[union-attr]
    for editor in editors:
        editor.stdin.write("go\n")  # type: ignore[union-attr]
        editor.stdin.flush()  # type: ignore[union-attr]
    outs = []
    for editor in editors:
        out, err = editor.communicate(timeout=120)
        assert editor.returncode == 0, err
        outs.append(out.strip())
    return outs


def test_two_people_editing_the_same_lists_at_once_both_keep_their_edits(tmp_path: Path) -> None:
    """One adds a sensitive term and a threshold, the other removes one of each: all four apply."""
    (tmp_path / "team.toml").write_text("alert_thresholds = [50, 75, 100]\n" + ANNOTATED, encoding="utf-8")
    outs = _two_editors(tmp_path, [("sensitive_terms", "Project Falcon, Bluefin, Osprey"),
                                   ("alert_thresholds", "50, 60, 75, 100")],
                        [("sensitive_terms", "Project Falcon"), ("alert_thresholds", "50, 75")])
    assert sorted(outs) == ["saved", "saved alert_thresholds,sensitive_terms"]  # the second merged
    team = read_team_settings(tmp_path)
    assert team.problems == [] and team.sensitive_terms == ["Project Falcon", "Osprey"]
    assert team.alert_thresholds == [50, 60, 75]
    assert '"Project Falcon",  # the Q3 pitch' in (tmp_path / "team.toml").read_text(encoding="utf-8")


def test_two_people_changing_the_same_amount_at_once_are_still_asked(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(ANNOTATED, encoding="utf-8")
    outs = _two_editors(tmp_path, [("monthly_budget", "300"), ("sensitive_terms", "Project Falcon, Bluefin, Osprey")],
                        [("monthly_budget", "250"), ("sensitive_terms", "Bluefin")])
    assert sorted(outs) == ["conflict monthly_budget", "saved"]
    team = read_team_settings(tmp_path)
    # The refused save changed nothing: the first one's edits stand whole.
    first = (300, ["Project Falcon", "Bluefin", "Osprey"]) if outs[0] == "saved" else (250, ["Bluefin"])
    assert (team.monthly_budget, team.sensitive_terms) == first


def test_a_list_merge_is_three_way_against_the_version_each_read(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(ANNOTATED, encoding="utf-8")
    mine = tf.read_text(tmp_path)
    tf.save_edits(tmp_path, [tf.edit_from_text("sensitive_terms", "Bluefin, Kestrel")], mine)  # theirs
    result = tf.save_edits(tmp_path, [tf.edit_from_text("sensitive_terms", "Project Falcon, Bluefin, Osprey")], mine)
    assert [c.key for c in result.merged] == ["sensitive_terms"]
    # They removed Project Falcon and added Kestrel; I added Osprey and kept the rest as it was.
    assert read_team_settings(tmp_path).sensitive_terms == ["Bluefin", "Kestrel", "Osprey"]
    assert tf.merge_list_edits([tf.Edit(("sensitive_terms",), ["A"])], {"sensitive_terms": (["A"], None)}) == (
        [tf.Edit(("sensitive_terms",), ["A"])], set())  # a list they removed whole: asked, not merged
