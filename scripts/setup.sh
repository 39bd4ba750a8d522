#!/usr/bin/env bash
# Install what Promptdesk needs on a Debian/Ubuntu machine, into ./.venv.
#   bash scripts/setup.sh          the app
#   bash scripts/setup.sh test     the app and the test tools
#   bash scripts/setup.sh build    the app and PyInstaller (for the packaged bundle)
#   bash scripts/setup.sh bench    the app, the test tools and the benchmark extras (Presidio)
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"

# Qt needs these system libraries even offscreen (EGL/GL, fontconfig, xkbcommon, dbus, glib);
# the xcb ones are for a real X server. xvfb/xauth let the GUI run on a virtual screen.
packages=(python3 python3-venv python3-pip libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxrender1 libxi6 fonts-dejavu-core)
case "$extra" in
  test|bench) packages+=(xvfb xauth) ;;
  build) packages+=(binutils) ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=python3
[ -x .venv/bin/python ] || "$python" -m venv .venv
case "$extra" in
  "") lock=app ;;
  test|build|bench) lock="$extra" ;;
  *) echo "usage: scripts/setup.sh [test|build|bench]" >&2; exit 2 ;;
esac
# Exact versions and hashes from the lock (requirements/*.txt, written by scripts/lock.sh), then
# the app itself without touching them. --no-build-isolation: the locked setuptools builds it.
.venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes -r "requirements/$lock.txt"
# PYTHONWARNINGS: setuptools prints a boxed notice on every editable install; it is not a problem.
PYTHONWARNINGS=ignore::UserWarning \
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
