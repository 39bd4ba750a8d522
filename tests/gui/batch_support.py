"""A lead-qualifying batch sent for real through the fake server, for the History and review tests.

The template asks for HOT, WARM or COLD; the fake answers the "price list" lead without one, so
that row fails an automatic check and needs review, as a real vague answer would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.context import AppContext
from desktop.core.settings import UserSettings
from tests.core.batch.conftest import QUALIFY
from tests.helpers.fake_llm import RecordedRequest, Reply

CHECKED = QUALIFY.replace("version: 1\n", "version: 1\nchecks: {labels: [HOT, WARM, COLD]}\n"
                          "checklist:\n  - The reason matches the notes\n")


def vague_for_price_list(request: RecordedRequest) -> Reply:
    text = request.user_text()
    if "price list" in text:
        return Reply(text="It depends on what they want next.")
    return Reply(text=f"HOT. They look ready ({len(text)} characters read).")


def context_with_template() -> AppContext:
    paths.personal_prompts_dir().mkdir(parents=True, exist_ok=True)
    (paths.personal_prompts_dir() / "qualify-lead.md").write_text(CHECKED, encoding="utf-8")
    return AppContext(UserSettings())


def send_batch(context: AppContext, source: Path, *, mode: str = "now") -> tuple[Any, Any]:
    """Plan and send the batch now (or only open it, for a provider batch); returns (plan, record)."""
    from desktop.core.batch.plan import plan_batch
    from desktop.core.batch.rows import auto_map, read_rows
    from desktop.core.batch.runner import open_batch, send_now

    template = context.library.get("qualify-lead")
    sheet = read_rows(source)
    plan = plan_batch(context, template, sheet, auto_map(sheet.columns, template.fields))
    record, _ = open_batch(context, plan, mode=mode)
    if mode == "now":
        send_now(context, plan, record)
    return plan, record
