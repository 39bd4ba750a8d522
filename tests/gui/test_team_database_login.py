"""The team database password on the set-up screen, against a real PostgreSQL server started by
the tests: kept in the (in-memory test) keychain only, "Test connection" answering in sync's plain
words for a wrong password, a server refusing TLS and a login that may only read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.paths import KEYRING_SERVICE
from desktop.core.run import DONE, Run
from desktop.core.usage import pg_roles, pg_store, sync
from desktop.core.usage.store import parse_store_settings
from desktop.gui.team_setup_dialog import TeamSetupDialog
from tests.core.usage import conftest as pg_fixtures
from tests.core.usage.conftest import PgTeam
from tests.gui.test_team_setup import open_dialog, person
from tests.helpers.pg_server import PgServer

# The real server's fixtures, from the team-database tests.
pg_server, pg_team = pg_fixtures.pg_server, pg_fixtures.pg_team


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _member_login(pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch, name: str, group: str) -> str:
    """The database set up by the operator, a login for ``name``; no password anywhere on this computer."""
    with pg_team.admin() as conn:
        pg_roles.apply_init(conn)
        password = pg_roles.add_login(conn, name, group)
    pg_team.write_team_toml("monthly_budget = 100\n", user="{member}")
    monkeypatch.delenv(pg_store.PASSWORD_ENV, raising=False)
    return password


def _test(qtbot, dialog: TeamSetupDialog) -> tuple[bool, str]:
    with qtbot.waitSignal(dialog.database.tested, timeout=20_000) as signal:
        dialog.database.test_button.click()
    ok, message = signal.args
    assert dialog.database.result.text().endswith(message)
    return ok, message


def test_a_member_keeps_the_password_in_the_keychain_and_the_test_says_what_is_wrong(
    qtbot, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    password = _member_login(pg_team, monkeypatch, "ann", pg_roles.MEMBER)
    ann = person("ann", pg_team.team_dir)
    dialog = open_dialog(qtbot, ann, editable=False)  # a member: the team's settings are read-only
    login = dialog.database
    assert login.isVisible() and login.password.isEnabled() and not dialog.name.isEnabled()
    port = pg_team.server.port
    assert f"on 127.0.0.1:{port}, your login “ann”" in login.where.text()
    assert "always encrypted" in login.where.text()  # sslmode require, in words
    assert login.password.placeholderText() == "The password your operator gave you"

    assert _test(qtbot, dialog) == (False, "Type your team database password, then test again. Your operator "
                                           "gave it to you.")
    login.password.setText("not-the-password")
    ok, message = _test(qtbot, dialog)
    assert not ok and message.startswith(f"The team database (127.0.0.1:{port}) refused the login 'ann'. "
                                         "Check your password")

    login.password.setText(password)
    with qtbot.waitSignal(login.password_saved, timeout=10_000):
        login.save_button.click()
    settings = parse_store_settings(ann.team.store)
    assert keyring.get_password(KEYRING_SERVICE, pg_store.keychain_entry(settings, "ann")) == password
    assert login.password.text() == "" and password not in (pg_team.team_dir / "team.toml").read_text()
    ok, message = _test(qtbot, dialog)  # the box is empty: the keychain's password is used
    assert ok and message == f"Connected to the team database (127.0.0.1:{port}) as 'ann', encrypted. " \
                             "Your usage is sent there."
    ann.ledger.record(Run(user="ann", status=DONE, actual_cost=0.5))
    assert sync.sync_now(ann).ok and pg_team.rows('SELECT "user" FROM usage') == [("ann",)]


def test_a_login_that_may_only_read_is_told_so(qtbot, pg_team: PgTeam, monkeypatch: pytest.MonkeyPatch) -> None:
    password = _member_login(pg_team, monkeypatch, "dana", pg_roles.READER)
    dialog = open_dialog(qtbot, person("dana", pg_team.team_dir), editable=False)
    dialog.database.password.setText(password)
    ok, message = _test(qtbot, dialog)
    assert not ok and message.startswith("Your team database login 'dana' may only read the team's figures, so your "
                                         "usage cannot be sent. Ask your operator")


def test_a_server_refusing_tls_is_said_plainly(
    qtbot, pg_team: PgTeam, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = _member_login(pg_team, monkeypatch, "ann", pg_roles.MEMBER)
    dialog = open_dialog(qtbot, person("ann", pg_team.team_dir))
    dialog.database.password.setText(password)
    pg_server.set_config("ssl", "off")
    try:
        ok, message = _test(qtbot, dialog)
    finally:
        pg_server.set_config("ssl", "on")
    assert not ok and "could not be reached over an encrypted connection (TLS), so nothing was sent." in message


def test_a_team_on_the_shared_file_shows_no_database_row(qtbot, team_dir: Path) -> None:
    (team_dir / "team.toml").write_text("monthly_budget = 10\n", encoding="utf-8")
    dialog = open_dialog(qtbot, person("ann", team_dir))
    assert dialog.form_area.isVisible() and not dialog.database.isVisible()
