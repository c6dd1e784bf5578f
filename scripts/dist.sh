#!/usr/bin/env bash
# The downloads, built here into dist/ with SHA-256 checksums:
#   routekaart-VERSION-windows-x64.zip        portable: unzip anywhere (a USB stick, a folder
#                                              without administrator rights) and double-click
#   routekaart-VERSION-windows-x64-setup.exe  installer: per user, Start-menu entry, uninstaller
#   routekaart_VERSION-1_amd64.deb            Debian and Ubuntu package
# The Windows program is cross-built with MinGW-w64 in the release profile (the full
# link-time optimisation) and then checked under Wine with scripts/wine-check.sh release.
# Takes about 25 minutes on 2 cores from a cold target folder.
set -euo pipefail
cd "$(dirname "$0")/.."

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
windows_target=x86_64-pc-windows-gnu
if ! command -v zip >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
    $apt_get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq --no-install-recommends zip >/dev/null
fi

# Builds both release programs and checks the Windows one against the Linux one under Wine
# (installing MinGW-w64, Wine and NSIS when missing).
scripts/wine-check.sh release

rm -rf dist
mkdir -p dist
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# The portable zip: one folder with the program, a short Dutch read-me and the examples.
folder="$stage/Routekaart-$version"
mkdir -p "$folder/voorbeelden/vergelijking"
cp "target/$windows_target/release/routekaart.exe" "$folder/"
cp scripts/windows/LEESMIJ.txt "$folder/"
cp assessments/*.ron "$folder/voorbeelden/"
cp assessments/vergelijking/*.ron "$folder/voorbeelden/vergelijking/"
(cd "$stage" && zip -q -r -X -9 "$OLDPWD/dist/routekaart-$version-windows-x64.zip" "Routekaart-$version")

scripts/windows/build-installer.sh "target/$windows_target/release/routekaart.exe" \
    "dist/routekaart-$version-windows-x64-setup.exe"

scripts/deb-check.sh release dist

(cd dist && sha256sum -- * >SHA256SUMS)
echo
echo "dist/ (Windows program $(du -h "target/$windows_target/release/routekaart.exe" | cut -f1) unpacked):"
ls -l dist
cat dist/SHA256SUMS
