"""The alert banner shows the core's budget alerts and, once dismissed, never shows them again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.core.usage import budget
from desktop.gui.alert_banner import AlertBanner


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:
    """Background work ends before qtbot closes the widgets it reports to."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def context(team_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    """A team with a $10 budget of which Ana has spent $8 (80%: past the 75% threshold)."""
    (team_dir / "team.toml").write_text("monthly_budget = 10.0\n", encoding="utf-8")
    monkeypatch.setenv("PROMPTDESK_USER", "Ana")
    context = AppContext()
    context.ledger.record(Run(user="Ana", template_id="cold-email", status=DONE, tier="reasoning", actual_cost=8.0))
    return context


def _banner(qtbot, context: AppContext) -> AlertBanner:
    banner = AlertBanner(context)
    qtbot.addWidget(banner)
    banner.show()
    with qtbot.waitSignal(banner.alerts_changed):
        banner.check()
    return banner


def test_due_alert_is_shown_with_its_message(qtbot, context: AppContext) -> None:
    banner = _banner(qtbot, context)
    keys = banner.alert_keys()
    assert any(key.startswith("team:75:") for key in keys)
    assert keys == [alert.key for alert in budget.pending_alerts(context)]
    assert banner.isVisible()
    texts = [row.label.text() for row in banner._rows.values()]
    assert any("75% of this month's $10 budget" in text for text in texts)


def test_dismissed_alert_is_recorded_and_not_shown_again(qtbot, context: AppContext) -> None:
    banner = _banner(qtbot, context)
    key = next(key for key in banner.alert_keys() if key.startswith("team:75:"))
    with qtbot.waitSignal(banner.dismissed) as signal:
        banner._rows[key].dismiss_button.click()
    assert signal.args == [key]
    assert key not in banner.alert_keys()
    assert key not in [alert.key for alert in budget.pending_alerts(context)]

    again = _banner(qtbot, context)  # as after a restart
    assert key not in again.alert_keys()


def test_banner_hides_when_the_last_alert_is_dismissed_and_ignores_repeats(qtbot, context: AppContext) -> None:
    banner = AlertBanner(context)
    qtbot.addWidget(banner)
    banner.show()
    alert = budget.Alert("personal:90:2026-11:Ana", "warning", "You have used 90% of your $50 budget this month.")
    banner.show_alerts([alert, alert])
    assert banner.alert_keys() == [alert.key] and banner.isVisible()
    with qtbot.waitSignal(banner.dismissed):
        banner.dismiss(alert.key)
    assert banner.isHidden()
    banner.show_alerts([alert])  # the same alert arriving again this session stays dismissed
    assert banner.alert_keys() == [] and banner.isHidden()
