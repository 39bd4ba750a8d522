#!/usr/bin/env bash
# Build the packaged app from this folder:
#   bash scripts/build.sh              dist/Promptdesk/ and dist/Promptdesk-<version>-linux-x86_64.tar.gz
#   bash scripts/build.sh --self-test  the same, then run the bundle's self-test against a local
#                                      fake AI server (what CI does)
# The tarball holds the one-folder bundle, the menu entry, the icon, install.sh and INSTALL.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
self_test=""
case "${1:-}" in
  "") ;;
  --self-test) self_test=1 ;;
  *) echo "usage: scripts/build.sh [--self-test]" >&2; exit 2 ;;
esac

bash scripts/setup.sh build
version="$(.venv/bin/python -c 'import desktop; print(desktop.__version__)')"
arch="$(uname -m)"
started=$SECONDS
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN build.spec
echo "Built dist/Promptdesk in $((SECONDS - started)) s ($(du -sh dist/Promptdesk | cut -f1))"

# The Linux download: Promptdesk-<version>/ with the bundle and what installs it.
stage="build/package/Promptdesk-$version"
rm -rf build/package && mkdir -p "$stage"
cp -a dist/Promptdesk "$stage/Promptdesk"
cp resources/promptdesk.desktop "$stage/"
cp resources/icons/promptdesk.png "$stage/promptdesk.png"
mkdir -p "$stage/icons"
cp resources/icons/promptdesk-*.png "$stage/icons/"
cp scripts/install-linux.sh "$stage/install.sh"
chmod +x "$stage/install.sh" "$stage/Promptdesk/Promptdesk"
sed -n '/^<!-- linux-install-note -->$/,/^<!-- end -->$/p' docs/INSTALL.md | sed '1d;$d' > "$stage/INSTALL.txt"
tarball="dist/Promptdesk-$version-linux-$arch.tar.gz"
tar -C build/package -czf "$tarball" "Promptdesk-$version"
echo "Packaged $tarball ($(du -h "$tarball" | cut -f1))"

[ -n "$self_test" ] || exit 0

# The bundle's self-test, offscreen, against the fake Anthropic + OpenAI server from the tests.
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
.venv/bin/python -m tests.helpers.fake_llm --port-file "$work/url" &
server_pid=$!
for _ in $(seq 200); do [ -s "$work/url" ] && break; sleep 0.05; done
[ -s "$work/url" ] || { echo "The fake AI server did not start." >&2; exit 1; }
# Run the copy inside the tarball, as a user would get it.
tar -C "$work" -xzf "$tarball"
PROMPTDESK_HOME="$work/home" QT_QPA_PLATFORM=offscreen \
  "$work/Promptdesk-$version/Promptdesk/Promptdesk" --self-test --fake-endpoint "$(cat "$work/url")"
