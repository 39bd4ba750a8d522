#!/usr/bin/env bash
# Write the lock files in requirements/ from pyproject.toml: exact versions and hashes for
# every platform and Python >= 3.11. Run after changing a dependency, or to take upgrades:
#   bash scripts/lock.sh                     keep every locked version that still fits
#   bash scripts/lock.sh --upgrade           newest allowed versions of everything
#   bash scripts/lock.sh --upgrade-package anthropic
# Needs uv (pip install uv). The scripts install from these files with pip --require-hashes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v uv >/dev/null || { echo "uv is needed to write the lock: pip install uv" >&2; exit 2; }
compile() {  # output, extras...
  local out="$1"; shift
  local extras=()
  for e in "$@"; do extras+=(--extra "$e"); done
  uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --no-header \
    --index-url https://pypi.org/simple "${extras[@]}" "${UV_ARGS[@]}" \
    -o "requirements/$out" pyproject.toml requirements/backend.in
}
UV_ARGS=("$@")
compile app.txt
compile test.txt test
compile build.txt build
compile bench.txt test bench
echo "Wrote requirements/app.txt test.txt build.txt bench.txt"
