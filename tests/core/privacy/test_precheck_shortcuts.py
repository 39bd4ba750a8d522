"""Whole-text patterns skipped when a literal they need is absent (a branch's kind and its slash,
"request" before a merged branch's login, "://" inside a link) give what running them over the
whole text gives, on texts built from the pieces those patterns turn on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import path_names
from desktop.core.privacy.candidates import Candidate

_PATH_PIECES = ["feature/", "features/", "Feature/", "bugfix/", "users/", "user/", "wip/", "xfix/", "anna", "-k", "-login",
                "kenji", "/", "Pull Request", "pull requeſt", "MERGE REQUEST", " #233", " from ", "mnowak", " ", "\n",
                "/Clients/Lefevre_Claire/", "é", "-", "_"]


def _path_people_scanned(text: str) -> list[Candidate]:
    """``path_people`` as the patterns alone find them, each run over the whole text."""
    from desktop.core.privacy.handles import _login_of_person
    from desktop.core.privacy.lexicon import lexicon

    out: list[Candidate] = []
    if "/" not in text and "\\" not in text:
        return out
    for m in path_names._FOLDER.finditer(text):
        words = [w for w in m.group(1).replace("-", "_").split("_") if w]
        if path_names._folder_name(words):
            out.append(Candidate(m.start(1), m.end(1), "PERSON"))
    for m in path_names._BRANCH.finditer(text):
        if path_names._branch_name(m.group(1), m.group(2)):
            out.append(Candidate(m.start(1), m.end(2) if m.group(2) else m.end(1), "PERSON"))
    if " from " in text:
        for m in path_names._MERGED_FROM.finditer(text):
            if _login_of_person(lexicon(), m.group(1)):
                out.append(Candidate(m.start(1), m.end(1), "PERSON"))
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PATH_PIECES), max_size=14))
def test_branches_and_merged_logins_as_the_whole_text_scans_find_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    found: list[Candidate] = []
    path_names.path_people(text, found.append)
    assert found == _path_people_scanned(text), text


def test_a_branch_and_a_merged_login_are_still_found() -> None:
    text = "Branch feature/kenji-login is ready.\nMerge pull request #233 from mnowak/fix-export\n"
    found: list[Candidate] = []
    path_names.path_people(text, found.append)
    assert found == _path_people_scanned(text)
    assert "kenji" in [text[c.start : c.end] for c in found]


_LINK_PIECES = ["https://", "http://", "HTTPS://", "webcal://", "ftp://", "://", "hxxps://", "x", ".", "-", " ", "\n", "a.b/c",
                "?sig=1", "<", "'", "ſ", "Ss", "http", "s://", "/"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LINK_PIECES), max_size=14), st.integers(0, 30), st.integers(0, 80))
def test_links_tried_at_each_scheme_are_the_ones_the_scan_finds(pieces: list[str], a: int, b: int) -> None:
    from desktop.core.privacy import link_credentials

    text = "".join(pieces)
    scanned = [m.span() for m in link_credentials._LINK.finditer(text, a, b)]
    assert [m.span() for m in link_credentials.links_in(text, a, b)] == scanned, (text, a, b)


_NAMED_PIECES = ["db_password", "Secret", "api.secret", "x-salt", "MASTER_KEY", "private-key", "_auth", "token", "é", "\"", "'",
                 " ", "\t", ":", "=", "==", "\n", "Zk8pW2qLm4Rt7vXy", "abcDEF1234567890ghij", "+/", "-", ".", "1", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_NAMED_PIECES), max_size=12), st.integers(0, 20), st.integers(0, 120))
def test_secrets_named_before_a_sign_are_the_ones_the_scan_finds(pieces: list[str], a: int, b: int) -> None:
    from desktop.core.privacy import secret_configs

    text = "".join(pieces)
    scanned = [m.span() for m in secret_configs._SECRET_NAMED.finditer(text, a, b)]
    assert [m.span() for m in secret_configs.secrets_named_in(text, a, b)] == scanned, (text, a, b)


def test_secrets_named_in_config_lines_at_every_window_start() -> None:
    from desktop.core.privacy import secret_configs

    text = ('db.password: "Zk8pW2qLm4Rt7vXy"\nAPI_SECRET=abcDEF1234567890ghij==\nclient-secret := Zk8pW2qLm4Rt7vXy\n'
            "'signing_key' : abcDEF1234567890ghij\nsalt=Zk8pW2qLm4Rt7vXyZk8pW2qLm4Rt7vXy:x_auth=abcDEF1234567890ghij\n")
    found = 0
    for a in range(len(text)):
        for b in (len(text), a + 40, a + 90):
            scanned = [m.span() for m in secret_configs._SECRET_NAMED.finditer(text, a, b)]
            assert [m.span() for m in secret_configs.secrets_named_in(text, a, b)] == scanned, (a, b)
            found += len(scanned)
    assert found > 100


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1 \t|;\n.kg", max_size=40))
def test_a_line_with_no_more_cells_is_one_the_cell_pattern_cannot_match(text: str) -> None:
    from desktop.core.privacy import not_line_items

    for end in range(len(text) + 1):
        if not_line_items._CELL_REST.match(text, end) is not None:
            assert not_line_items._more_cells(text, end), (text, end)
