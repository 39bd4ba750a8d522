#!/usr/bin/env bash
# The tests against the newest versions that pyproject.toml allows, in a separate ./.venv-latest,
# ignoring the lock. It reports and never fails (exit 0): a breaking release upstream is seen
# here the day it appears, and the lock (what everyone installs) keeps working meanwhile.
# Prints which packages differ from requirements/test.txt, then the test summary.
set -uo pipefail
cd "$(dirname "$0")/.."
venv=.venv-latest
echo "== Tests against the newest allowed versions (reported, not failing the run)"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv" || { echo "Could not create $venv; skipped."; exit 0; }
if ! PYTHONWARNINGS=ignore::UserWarning "$venv/bin/python" -m pip install -q --disable-pip-version-check \
    --upgrade --upgrade-strategy eager -e ".[test]" >"$venv/install.log" 2>&1; then
  echo "Could not install the newest versions (no package index reachable?); skipped. See $venv/install.log."
  exit 0
fi
"$venv/bin/python" - requirements/test.txt <<'PY'
import re, sys
from importlib import metadata

def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()

locked = {}
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ ;\\]+)", line)
    if m:
        locked[norm(m.group(1))] = m.group(2)
# The installers themselves come with the venv, not from pyproject.toml: not compared.
TOOLS = {"pip", "setuptools", "wheel"}
installed = {norm(d.metadata["Name"]): d.version for d in metadata.distributions()
             if d.metadata["Name"] and norm(d.metadata["Name"]) not in TOOLS}
changed = sorted((n, locked[n], installed[n]) for n in locked if n in installed and installed[n] != locked[n])
added = sorted(n for n in installed if n not in locked and n != "promptdesk")
if not changed and not added:
    print("Newest allowed versions are the locked ones.")
for name, old, new in changed:
    print(f"  {name}: locked {old}, newest {new}")
for name in added:
    print(f"  {name}: {installed[name]} (not in the lock)")
PY
QT_QPA_PLATFORM=offscreen "$venv/bin/python" -m pytest -q -p no:cacheprovider --maxfail=25 --no-header -rf 2>&1 \
  | tail -n 25 | sed 's/^/  latest| /'
echo "(Newest-versions run reported above; it does not decide this CI run.)"
exit 0
