#!/usr/bin/env bash
# Make the disk image the owner downloads: a window with Feedback Desk.app and a link to
# /Applications to drag it onto. Runs on macOS (hdiutil); installers/build.py calls it after
# PyInstaller has written the .app:
#
#   installers/macos/make-dmg.sh "dist/Feedback Desk.app" dist/Feedback-Desk-0.1.0.dmg "Feedback Desk"
#
# Optional, for an image that opens without Gatekeeper's warning:
#   MACOS_CODESIGN_IDENTITY  a "Developer ID Application: ..." identity in the keychain. The
#                            spec signs the app's binaries with it (hardened runtime); this
#                            script signs the image.
#   MACOS_NOTARY_PROFILE     a notarytool keychain profile (xcrun notarytool store-credentials):
#                            the image is sent to Apple's notary service and the ticket stapled.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 APP.app OUT.dmg VOLUME-NAME" >&2
    exit 2
fi
app=$1
out=$2
volume=$3

if [[ ! -d "$app/Contents/MacOS" ]]; then
    echo "$app is not an app bundle: build it first (python installers/build.py bundle)" >&2
    exit 1
fi
command -v hdiutil >/dev/null || { echo "hdiutil not found: a disk image is made on macOS" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symbolic links, permissions and extended attributes (signatures).
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"

rm -f "$out"
hdiutil create -volname "$volume" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"

if [[ -n "${MACOS_CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$MACOS_CODESIGN_IDENTITY" "$out"
fi
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
    xcrun notarytool submit "$out" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$out"
fi
echo "wrote $out"
