"""The word lists of the script and workplace rules ship as files in resources/privacy: each one
loads, is not empty and says in its header which module reads it; they are read on the first
redaction, not at import; a missing, unreadable or empty one stops the check with a plain
message saying to reinstall, and nothing is sent."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.errors import PrivacyError
from desktop.core.privacy import (
    address_owner,
    birth_cues,
    chat_titled,
    honorifics,
    labels,
    name_titles,
    not_workplace,
    redact_text,
    script_hebrew_thai,
    script_prose,
    secret_note_keys,
    structured_dates,
    word_lists,
)
from desktop.core.privacy.name_words import TITLES

ROOT = Path(__file__).resolve().parents[3]
LISTS = (
    "given_names_hebrew.txt", "given_names_hebrew_everyday.txt", "surnames_hebrew.txt",
    "given_names_thai.txt", "given_names_thai_everyday.txt",
    "given_names_greek.txt", "given_names_hindi.txt", "given_names_hindi_everyday.txt", "surnames_hindi.txt",
    "given_names_arabic.txt", "given_names_arabic_everyday.txt",
    "workplace_units.txt", "workplace_functions.txt", "workplace_directions.txt", "months_turkish.txt", "months_birth_more.txt",
    "weekdays_more.txt", "weekdays_calendar.txt", "holidays.txt",
    "mail_header_keys.txt", "mail_fields.txt", "mailbox_team_words.txt", "mailbox_team_words_scripts.txt",
    "titles.txt",
    "ui_click_verbs.txt", "ui_buttons.txt", "feature_words.txt", "storm_words.txt", "lock_keys.txt", "own_link_words.txt", "secret_instruction_words.txt", "possessive_words.txt", "food_words.txt",
    "goods_spots.txt", "thing_last_words.txt", "saint_words.txt", "venue_words_before.txt",
    "thing_first_words.txt", "named_after_words.txt", "unit_names.txt", "eponym_words.txt", "venue_words_after.txt",
    "building_part_words.txt",
    "recipient_bodies.txt",
    "opening_not_after.txt",
    "chat_thanks.txt",
    "personal_papers.txt",
    "roll_call_keys.txt",
    "greeting_words.txt", "greeting_objects.txt", "closing_words.txt", "kind_words.txt", "status_keys.txt",
    "compound_trade_endings.txt",
    "person_role_keys.txt",
    "legal_form_letters.txt", "list_joins.txt", "account_words.txt", "bank_names.txt", "lock_code_words.txt",
    "shipment_order_words.txt", "kin_words.txt",
    "colour_words.txt", "meeting_point_keys.txt", "vietnamese_words.txt",
    "transcript_roles.txt",
    "chat_talk_words.txt",
)
# (read by lexicon.py, and described in the README's table above these)
LEXICON_LISTS = {"common_words.txt", "common_words_more.txt", "first_names_census.txt", "first_names_more.txt",
                 "first_names_nam_dict.txt", "not_names.txt", "surnames_census.txt"}


@pytest.fixture
def fresh_lists() -> Iterator[None]:
    word_lists.reset()
    yield
    word_lists.reset()  # (the next test reads the shipped lists again)


@pytest.mark.parametrize("name", LISTS)
def test_each_list_loads_is_not_empty_and_names_its_reader(name: str) -> None:
    entries = word_lists.word_list(name)
    assert entries and all(e == e.strip() and e for e in entries)
    assert len(set(entries)) == len(entries), "an entry is listed twice"
    header = paths.resource(f"privacy/{name}").read_text(encoding="utf-8").split("\n", 1)[0]
    assert header.startswith("# ")
    readers = re.findall(r"^# Used by (\S+\.py)", paths.resource(f"privacy/{name}").read_text(encoding="utf-8"), re.M)
    assert readers and all(name in (ROOT / reader).read_text(encoding="utf-8") for reader in readers)


def test_every_list_a_module_reads_is_checked_here_and_in_the_readme() -> None:
    """A list added to the code is added to the checks above and to the README's table."""
    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "desktop" / "core" / "privacy").glob("*.py"))
    named = set(re.findall(r'"([a-z_]+\.txt)"', sources))
    assert named - LEXICON_LISTS == set(LISTS)
    readme = paths.resource("privacy/README.md").read_text(encoding="utf-8")
    assert [name for name in LISTS if f"`{name}`" not in readme] == []


def test_lists_are_read_on_the_first_redaction_not_at_import() -> None:
    code = (
        "import desktop.core.privacy as p\n"
        "from desktop.core.privacy import word_lists\n"
        "print(word_lists.word_list.cache_info().currsize)\n"
        "p.redact_text('Ο φάκελος πάει στον Νίκο, την Παρασκευή.', country='GR')\n"
        "print(word_lists.word_list.cache_info().currsize > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["0", "True"]


def _broken(tmp_path: Path, name: str, content: bytes | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Serve ``name`` from ``tmp_path`` (missing when ``content`` is None), every other file as shipped."""
    shipped = paths.resource
    if content is not None:
        (tmp_path / name).write_bytes(content)
    monkeypatch.setattr(paths, "resource", lambda n: tmp_path / name if n == f"privacy/{name}" else shipped(n))


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "cannot read its list of words"),  # missing
        (b"# holidays\n\xff\xfe broken \x80\n", "cannot read its list of words"),  # not UTF-8
        (b"# holidays, all entries lost\n\n", "is empty"),
    ],
)
def test_a_missing_or_damaged_list_says_to_reinstall(
        content: bytes | None, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_lists: None) -> None:
    _broken(tmp_path, "holidays.txt", content, monkeypatch)
    with pytest.raises(PrivacyError, match="Reinstalling Promptdesk should fix this") as caught:
        word_lists.word_list("holidays.txt")
    assert said in caught.value.message and "nothing was sent" in caught.value.message


def test_a_redaction_missing_a_list_fails_closed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_lists: None) -> None:
    _broken(tmp_path, "given_names_hebrew.txt", None, monkeypatch)
    with pytest.raises(PrivacyError) as caught:
        redact_text("קבענו פגישה עם רוני ביום שני בבוקר.", country="IL")
    assert "nothing was sent" in caught.value.message


def test_what_is_made_from_a_list_is_made_again_after_a_reset(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_lists: None) -> None:
    """The titles kept as a set and as a table are read again after ``reset``: a list broken
    after they were first used still stops the run instead of being served from memory."""
    assert "mr" in TITLES and "mr" in honorifics.titles("w")
    _broken(tmp_path, "titles.txt", None, monkeypatch)
    word_lists.reset()
    with pytest.raises(PrivacyError, match="Reinstalling Promptdesk should fix this"):
        "mr" in TITLES  # noqa: B015
    with pytest.raises(PrivacyError, match="Reinstalling Promptdesk should fix this"):
        honorifics.titles("w")


def _ignore(_: object) -> None:
    pass


# (list, what reads something made from it and kept): the sets, tables and patterns the rules
# make from a list on first use
MADE_FROM_LISTS = [
    ("titles.txt", lambda: name_titles.strip_titles("Frau Dr. Keller")),  # the titles as a set
    ("titles.txt", lambda: name_titles.strip_honorific("Ayşe Hanım")),  # the honorifics' endings
    ("titles.txt", lambda: name_titles.has_title_after("Tanaka-san", 6)),  # a pattern made from the list
    ("titles.txt", lambda: chat_titled._TITLED.search("Hr. Gruber")),  # the chat's titled names
    ("holidays.txt", lambda: not_workplace._HOLIDAY.findall("Christmas")),
    ("given_names_thai.txt", lambda: script_hebrew_thai.thai_names("คุณสมชาย", _ignore)),
    ("given_names_greek.txt", lambda: script_prose.greek_names("Ο Νίκος έρχεται.", _ignore)),
    ("recipient_bodies.txt", lambda: address_owner._body_word(["finanzamt"])),
    ("lock_keys.txt", lambda: secret_note_keys.find_note_key_codes("Tresor: 3912", "tresor: 3912")),
    ("lock_code_words.txt", lambda: secret_note_keys.find_note_key_codes("Tresor: 3912", "tresor: 3912")),
    ("months_birth_more.txt", lambda: birth_cues._rule(r"\d{4}-\d\d-\d\d")),  # the birth cue's pattern
    ("months_turkish.txt", lambda: structured_dates._year_born()),
    ("person_role_keys.txt", lambda: labels.field_keys()),  # the keys of fields, a table made once
]


@pytest.mark.parametrize(("name", "use"), MADE_FROM_LISTS)
def test_what_the_rules_make_from_a_list_is_made_again_after_a_reset(
        name: str, use: Callable[[], object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        fresh_lists: None) -> None:
    """A set, table or pattern a rule made from a list is made again after ``reset``: a list
    broken after its first use stops the run instead of being served from memory."""
    use()
    _broken(tmp_path, name, None, monkeypatch)
    word_lists.reset()
    with pytest.raises(PrivacyError, match="Reinstalling Promptdesk should fix this"):
        use()


@pytest.mark.parametrize("folder", ["privacy", "injection"])
def test_no_shipped_list_holds_a_merge_conflict_marker(folder: str) -> None:
    """A marker line left by a merge would be read as a word of the list (or break a JSON file)."""
    marker = re.compile(r"^(?:<{7}|={7}|>{7})(?: |$)", re.MULTILINE)
    for path in sorted((Path(__file__).parents[3] / "resources" / folder).iterdir()):
        if path.suffix in {".txt", ".json", ".md"}:
            assert not marker.search(path.read_text(encoding="utf-8")), path.name
