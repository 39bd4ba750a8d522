#!/usr/bin/env bash
# Install the test tools and run the whole suite: lint, then every test (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/python -m ruff check .
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
