"""A lead-qualifying template and a small leads sheet, as a sales team would have them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.core import paths

QUALIFY = """---
title: Qualify a lead
category: Sales
tier: quick
version: 1
purpose: Say whether a lead is worth a call this week.
fields:
  - {name: company, label: Company, type: short_text, required: true}
  - {name: contact, label: Contact person, type: short_text}
  - {name: notes, label: Notes from the form, type: long_text, required: true}
---
Qualify this lead for {{company}} (contact: {{contact}}). Notes: {{notes}}
Answer HOT, WARM or COLD and one sentence why.
"""

LEADS = [
    ("Company", "Contact Person", "Notes", "Owner"),
    ("Brightwater Ltd", "Hannah Okafor", "Wants 40 seats before March, budget approved", "Sam"),
    ("Kestrel Foods", "Luis Romero", "Asked for a price list, no timeline", "Ana"),
    ("Northgate Clinic", "Priya Natarajan", "Call back on +1 415 555 0134 about the pilot", "Sam"),
    ("", "Nobody", "Company cell left empty by mistake", "Ana"),
    ("Orchard & Vine", "Tomasz Wójcik", "Student project, no budget", "Sam"),
]


@pytest.fixture
def template_id() -> str:
    paths.personal_prompts_dir().mkdir(parents=True, exist_ok=True)
    (paths.personal_prompts_dir() / "qualify-lead.md").write_text(QUALIFY, encoding="utf-8")
    return "qualify-lead"


@pytest.fixture
def leads_csv(tmp_path: Path) -> Path:
    path = tmp_path / "leads.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(LEADS)
    return path
