#!/usr/bin/env bash
# The Linux package: builds it with cargo-deb and checks what `apt install` would put on a
# machine: the program, the desktop entry (valid, pointing at the installed program and
# icon), the icons, the examples, dependencies that exist in the system's archive, and the
# packaged program run from a folder the package was unpacked into.
#
#   scripts/deb-check.sh [PROFILE] [OUT_DIR]
#
# PROFILE is the Cargo profile packaged: `dev` (default; CI's, already built by the tests)
# or `release` (what scripts/dist.sh ships). The package goes to OUT_DIR (default
# target/debian).
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-dev}"
out_dir="${2:-target/debian}"
# The version the packaging was checked with; newer ones may change the package's layout.
cargo_deb_version=3.8.0

if [ "$(cargo deb --version 2>/dev/null | awk '{print $2}')" != "$cargo_deb_version" ]; then
    cargo install --quiet --locked cargo-deb --version "$cargo_deb_version"
fi
if ! command -v desktop-file-validate >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
    $apt_get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq --no-install-recommends desktop-file-utils >/dev/null
fi

cargo build --locked --quiet --profile "$profile"
mkdir -p "$out_dir"
# cargo-deb warns that a dev build is unusual for a release; CI packages the build its tests
# already made, and only scripts/dist.sh makes the package users download.
deb="$(cargo deb --locked --no-build --profile "$profile" -o "$out_dir" 2>/dev/null | tail -1)"
test -f "$deb"
echo "package: $deb ($(du -h "$deb" | cut -f1))"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -f "$deb" Package Version Depends Recommends
for path in usr/bin/routekaart usr/share/applications/routekaart.desktop \
    usr/share/icons/hicolor/scalable/apps/routekaart.svg \
    usr/share/icons/hicolor/256x256/apps/routekaart.png \
    usr/share/doc/routekaart/copyright usr/share/doc/routekaart/voorbeelden/3-rivierduin-samen-aan-de-slag.ron; do
    test -s "$work/root/$path" || { echo "the package lacks /$path" >&2; exit 1; }
done
test -x "$work/root/usr/bin/routekaart"

desktop="$work/root/usr/share/applications/routekaart.desktop"
desktop-file-validate "$desktop"
grep -qx 'Exec=routekaart open %f' "$desktop"
grep -qx 'Icon=routekaart' "$desktop"
echo "ok desktop entry"

# Every dependency is a package the archive has (a typo would make apt refuse the package).
dpkg-deb -f "$deb" Depends | tr ',|' '\n\n' | sed 's/(.*)//; s/ //g' | grep . | while read -r package; do
    apt-cache show "$package" >/dev/null 2>&1 || { echo "no package $package in the archive" >&2; exit 1; }
done
echo "ok dependencies exist"

"$work/root/usr/bin/routekaart" --version
"$work/root/usr/bin/routekaart" summary "$work/root/usr/share/doc/routekaart/voorbeelden/3-rivierduin-samen-aan-de-slag.ron" | head -2
"$work/root/usr/bin/routekaart" validate "$work/root/usr/share/doc/routekaart/voorbeelden" >/dev/null
echo "ok the packaged program runs"
