#!/bin/sh
# Builds dist/RuralDesk.app and dist/RuralDesk-<version>-macos.dmg on a Mac.
# Needs: Python 3.11+, `pip install -e '.[desktop,package]'`, Xcode command line tools.
set -e
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c "import ruraldesk; print(ruraldesk.__version__)")
# the .icns comes from the PNG set
ICONSET=build/ruraldesk.iconset
mkdir -p "$ICONSET"
for s in 16 32 128 256 512; do
    cp "resources/icons/ruraldesk-$s.png" "$ICONSET/icon_${s}x${s}.png"
done
iconutil -c icns "$ICONSET" -o resources/icons/ruraldesk.icns
python3 -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/ruraldesk.spec
codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" dist/RuralDesk.app
hdiutil create -volname RuralDesk -srcfolder dist/RuralDesk.app -ov -format UDZO "dist/RuralDesk-$VERSION-macos.dmg"
