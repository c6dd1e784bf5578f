#!/usr/bin/env bash
# Builds the Windows installer from a Windows program with NSIS (makensis, installed from the
# system's packages when missing).
#
#   scripts/windows/build-installer.sh ROUTEKAART.EXE OUT-SETUP.EXE
set -euo pipefail
exe="$(realpath "$1")"
out="$(realpath -m "$2")"
cd "$(dirname "$0")"
if ! command -v makensis >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
    $apt_get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq --no-install-recommends nsis >/dev/null
fi
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' ../../Cargo.toml | head -1)"
makensis -V2 -DVERSION="$version" -DEXE="$exe" -DOUTFILE="$out" routekaart.nsi
