#!/usr/bin/env bash
# Install Promptdesk for the current user from the unpacked download (shipped as install.sh):
#   ./install.sh              copy the app to ~/.local/share/promptdesk, add it to the menu
#   ./install.sh --uninstall  remove it again (your settings, history and keys stay)
# No administrator rights are needed. XDG_DATA_HOME and ~/.local/bin are honoured.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app_dir="$data/promptdesk"
bin_dir="$HOME/.local/bin"
menu_file="$data/applications/promptdesk.desktop"

uninstall() {
  rm -rf "$app_dir" "$menu_file" "$bin_dir/promptdesk"
  for icon in "$data"/icons/hicolor/*/apps/promptdesk.png; do
    [ -e "$icon" ] && rm -f "$icon"
  done
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
  echo "Promptdesk was removed. Your settings, history and saved keys were kept."
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall
  exit 0
fi
[ -x "$here/Promptdesk/Promptdesk" ] || { echo "Run install.sh from the unpacked Promptdesk folder." >&2; exit 1; }

# Replace any older copy in one move, so a failed copy never leaves half an app.
mkdir -p "$data"
rm -rf "$app_dir.new"
cp -a "$here/Promptdesk" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"

mkdir -p "$bin_dir"
ln -sf "$app_dir/Promptdesk" "$bin_dir/promptdesk"

for icon in "$here"/icons/promptdesk-*.png; do
  size="$(basename "$icon" .png)"
  size="${size#promptdesk-}"
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$icon" "$data/icons/hicolor/${size}x${size}/apps/promptdesk.png"
done

mkdir -p "$data/applications"
sed -e "s|^Exec=.*|Exec=\"$app_dir/Promptdesk\"|" -e "s|^TryExec=.*|TryExec=$app_dir/Promptdesk|" \
  "$here/promptdesk.desktop" > "$menu_file"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true

echo "Promptdesk is installed. Open it from your applications menu, or type: promptdesk"
