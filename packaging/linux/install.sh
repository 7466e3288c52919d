#!/bin/sh
# Installs RuralDesk for the current user: ~/.local/opt/ruraldesk, a menu entry and icons.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
mkdir -p "$PREFIX/opt" "$PREFIX/bin" "$PREFIX/share"
rm -rf "$PREFIX/opt/ruraldesk"
cp -a "$HERE/ruraldesk" "$PREFIX/opt/ruraldesk"
ln -sf "$PREFIX/opt/ruraldesk/ruraldesk" "$PREFIX/bin/ruraldesk"
cp -a "$HERE/share/." "$PREFIX/share/"
sed -i "s|^Exec=ruraldesk|Exec=$PREFIX/bin/ruraldesk|" "$PREFIX/share/applications/org.ruraldesk.RuralDesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$PREFIX/share/applications" || true
echo "RuralDesk is installed: find it in your applications menu."
