"""Whatever members do in whatever order (record, review, sync, the file rebuilt, lost, or an
older copy put back by a sync client), the team file ends up as exactly the union of their
ledgers, each record at its latest revision."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.context import AppContext
from desktop.core.run import DONE, Run
from desktop.core.settings import UserSettings
from desktop.core.usage import sync
from desktop.core.usage.ledger import open_ledger

MEMBERS = ("ann", "bob")
operation = st.one_of(
    st.tuples(st.just("record"), st.sampled_from(MEMBERS), st.integers(1, 3)),
    st.tuples(st.just("review"), st.sampled_from(MEMBERS), st.integers(0, 50)),
    st.tuples(st.just("sync"), st.sampled_from(MEMBERS), st.just(0)),
    st.tuples(st.just("rebuild"), st.just(""), st.just(0)),
    st.tuples(st.just("lose_file"), st.just(""), st.just(0)),
    st.tuples(st.just("snapshot"), st.just(""), st.just(0)),
    st.tuples(st.just("restore_snapshot"), st.just(""), st.just(0)),
)


def _ledger_revisions(context: AppContext) -> dict[str, int]:
    return {row["id"]: row["revision"] for row in context.ledger.query("SELECT id, revision FROM runs")}


@settings(max_examples=40, deadline=None)
@given(st.lists(operation, max_size=25))
def test_team_file_is_the_union_of_every_ledger_whatever_happens(ops: list[tuple[str, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        team_dir = root / "team"
        team_dir.mkdir()
        members = {}
        for name in MEMBERS:
            context = AppContext(UserSettings.from_values({"name": name, "team_dir": str(team_dir)}))
            context.__dict__["ledger"] = open_ledger(root / f"{name}.db")
            members[name] = context
        ids: dict[str, list[str]] = {name: [] for name in MEMBERS}
        for kind, who, n in ops:
            if kind == "record":
                for _ in range(n):
                    run = Run(user=who, status=DONE, actual_cost=0.01)
                    members[who].ledger.record(run)
                    ids[who].append(run.id)
            elif kind == "review" and ids[who]:
                members[who].ledger.update_review(ids[who][n % len(ids[who])], checklist_ticked=1,
                                                  checklist_total=2, approved=n % 2 == 0)
            elif kind == "sync":
                assert sync.sync_now(members[who]).ok
            elif kind == "rebuild":
                sync.rebuild_shared(team_dir)
            elif kind == "lose_file":
                (team_dir / "usage.db").unlink(missing_ok=True)
            elif kind == "snapshot" and (team_dir / "usage.db").exists():
                shutil.copyfile(team_dir / "usage.db", root / "snapshot.db")
            elif kind == "restore_snapshot" and (root / "snapshot.db").exists():
                shutil.copyfile(root / "snapshot.db", root / "incoming.db")
                os.replace(root / "incoming.db", team_dir / "usage.db")
        for context in members.values():
            state = sync.sync_now(context)
            assert state.ok and state.waiting == 0
        expected: dict[str, int] = {}
        for context in members.values():
            expected.update(_ledger_revisions(context))
            context.ledger.close()
        with closing(sqlite3.connect(team_dir / "usage.db")) as conn:
            assert dict(conn.execute("SELECT id, revision FROM usage").fetchall()) == expected
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
