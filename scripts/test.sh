#!/usr/bin/env bash
# Install the test tools and run the whole suite: lint, types, then every test (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# The team-database tests start their own PostgreSQL server on 127.0.0.1; its binaries come from
# Debian's package (installed here when missing; without it those tests are skipped, saying why).
bash scripts/postgres.sh install || echo "PostgreSQL could not be installed: the team-database tests will be skipped."
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy   # settings in pyproject.toml: the whole desktop package, no errors allowed
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
