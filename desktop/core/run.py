"""The Run: the one value that travels the road from template to ledger.

Each stage of the pipeline fills in its part; the ledger stores it; sync copies the usage part
(``USAGE_FIELDS``) to the shared team file. ``vault`` (placeholder → original) never leaves
this computer and is never stored in the shared file.
"""

from __future__ import annotations

import socket
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class RunStatus(StrEnum):
    """Where a run stands. The values are what the ledger and the team file store."""

    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    WAITING = "waiting"  # "waiting to send": nothing could serve it yet; it can be sent later
    DRY_RUN = "dry_run"  # "try without a key": shown, estimated, not sent
    # Written before the request leaves, so nothing is ever sent without a record of it.
    SENDING = "sending"
    # A run whose process stopped while it was SENDING: the provider may have answered and
    # billed it, so it is never sent again without asking.
    UNCONFIRMED = "unconfirmed"


# The statuses by their short names, as the rest of the app writes them.
DONE, FAILED, CANCELLED = RunStatus.DONE, RunStatus.FAILED, RunStatus.CANCELLED
WAITING, DRY_RUN = RunStatus.WAITING, RunStatus.DRY_RUN
SENDING, UNCONFIRMED = RunStatus.SENDING, RunStatus.UNCONFIRMED
STATUSES = tuple(RunStatus)
# Statuses a run can be sent again from without a question (it is known not to have been answered).
RESENDABLE = (WAITING, FAILED, CANCELLED, DRY_RUN)
UNCONFIRMED_MESSAGE = (
    "Sent, answer not received — may have been billed. Promptdesk stopped after this request "
    "reached the AI provider and before its answer was saved; it counts in your spend at its "
    "estimate until it is sent again."
)


def new_run_id() -> str:
    """A globally unique id: records from every member can be merged without clashes."""
    return uuid.uuid4().hex


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def machine_name() -> str:
    try:
        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"


@dataclass
class Run:
    """One request from a filled template to a checked answer."""

    id: str = field(default_factory=new_run_id)
    user: str = ""
    machine: str = field(default_factory=machine_name)
    started_at: str = field(default_factory=utc_now)
    finished_at: str = ""
    # What was asked
    template_id: str = ""
    template_title: str = ""
    template_version: int = 0
    template_hash: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    rendered_prompt: str = ""
    redacted_prompt: str = ""
    redaction_count: int = 0
    injection_flag: bool = False
    # Where it went
    tier: str = ""
    tier_reason: str = ""
    provider: str = ""
    model: str = ""
    max_output_tokens: int = 0
    # What came back
    response_text: str = ""
    stop_reason: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    estimated_cost: float = 0.0
    actual_cost: float = 0.0
    reasoning_cost: float = 0.0  # the same run priced on the reasoning tier: "routing saved you"
    latency_first_ms: float = 0.0
    latency_total_ms: float = 0.0
    status: str = ""
    error_kind: str = ""
    error_message: str = ""
    cache_hit: bool = False
    # The human review
    checklist_ticked: int = 0
    checklist_total: int = 0
    approved: bool = False
    feedback: int = 0  # +1 thumbs up, -1 thumbs down, 0 none
    feedback_comment: str = ""
    # Local only: never stored in the shared file.
    vault: dict[str, str] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Run:
        known = {name for name in cls.__dataclass_fields__}
        return cls(**{key: value for key, value in data.items() if key in known})


# What every member's record contributes to the shared team file: figures, no text.
USAGE_FIELDS = (
    "id", "user", "machine", "started_at", "finished_at", "template_id", "template_title",
    "template_version", "template_hash", "tier", "provider", "model", "input_tokens",
    "output_tokens", "cache_read_tokens", "cache_write_tokens", "estimated_cost", "actual_cost",
    "reasoning_cost", "latency_first_ms", "latency_total_ms", "status", "error_kind", "cache_hit",
    "checklist_ticked", "checklist_total", "approved", "feedback", "redaction_count",
    "injection_flag",
)
