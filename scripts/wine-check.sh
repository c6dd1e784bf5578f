#!/usr/bin/env bash
# The Windows program, cross-built here, run under Wine: the commands give the Linux build's
# output and the Linux build's reports byte for byte, paths with spaces and accents and
# Notepad's files work, the Windows-only tests pass, and the window shows its first frame.
#
#   scripts/wine-check.sh [PROFILE]
#
# PROFILE is the Cargo profile of both builds compared: `wine` (default; CI's, the dev profile
# without debug information) or `release` (what scripts/dist.sh ships). Installs MinGW-w64,
# Wine and Xvfb from the system's packages when they are missing. Uses its own Wine prefix
# in a temporary folder; leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-wine}"
case "$profile" in
    wine) linux_dir=target/debug; linux_profile=dev ;;
    release) linux_dir=target/release; linux_profile=release ;;
    *) echo "usage: $0 [wine|release]" >&2; exit 2 ;;
esac
windows_target=x86_64-pc-windows-gnu

missing=""
command -v x86_64-w64-mingw32-gcc >/dev/null || missing="$missing gcc-mingw-w64-x86-64"
command -v x86_64-w64-mingw32-windres >/dev/null || missing="$missing binutils-mingw-w64-x86-64"
command -v wine >/dev/null || missing="$missing wine wine64"
command -v Xvfb >/dev/null || missing="$missing xvfb"
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
    $apt_get update -qq >/dev/null
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq --no-install-recommends $missing >/dev/null
fi
rustup target add "$windows_target" >/dev/null 2>&1

echo "-- building (profile $profile, Linux and Windows)"
cargo build --locked --quiet --profile "$linux_profile"
cargo build --locked --quiet --profile "$profile" --target "$windows_target"
exe="target/$windows_target/$profile/routekaart.exe"
linux="$linux_dir/routekaart"
ls -l "$exe"

work="$(mktemp -d)"
cleanup() {
    wineserver -k >/dev/null 2>&1 || true
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wineboot --init >/dev/null 2>&1
wineserver -w
# Debian 12's Wine 8 lacks the random-number call Rust's standard library uses on Windows
# 10 and 11 (bcryptprimitives.dll, in Wine from version 9); a stand-in, for this check only.
x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c -ladvapi32
# One wineserver for the whole check. Left to itself it stops a few seconds after each
# program ends, and a program started while it is stopping can fail without a word.
wineserver -p
run_windows() { wine "$exe" "$@"; }
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

echo "-- the commands: same output, same exit codes, same reports"
# The Windows program writes Windows paths (backslashes); otherwise its output is the same.
same_output() {
    local name="$1"; shift
    local w_rc=0 l_rc=0
    run_windows "$@" >"$work/w.out" 2>"$work/w.err" || w_rc=$?
    "$linux" "$@" >"$work/l.out" 2>"$work/l.err" || l_rc=$?
    sed -i 's#\\#/#g; s#Z:/#/#g' "$work/w.out" "$work/w.err"
    if [ "$w_rc" != "$l_rc" ]; then
        fail "$name: exit code $w_rc under Wine, $l_rc on Linux"; head -20 "$work/w.err" >&2
    fi
    if ! cmp -s "$work/w.out" "$work/l.out"; then
        fail "$name: output differs"; diff "$work/w.out" "$work/l.out" | head -20 >&2
    fi
    if ! cmp -s "$work/w.err" "$work/l.err"; then
        fail "$name: messages differ"; diff "$work/w.err" "$work/l.err" | head -20 >&2
    fi
    echo "ok $name (exit $w_rc, $(wc -l <"$work/w.out") lines)"
}
same_file() {
    if cmp -s "$1" "$2"; then
        echo "ok $(basename "$2") identical ($(wc -c <"$2") bytes)"
    else
        fail "$(basename "$2") differs from the Linux build's"
    fi
}
mkdir -p "$work/w" "$work/l"
same_output "validate assessments" validate assessments
head -c 1500 assessments/1-lindewaard-kennismaken.ron >"$work/afgebroken.ron"
same_output "validate a damaged file" validate "$work/afgebroken.ron"
for example in assessments/*.ron; do
    name="$(basename "$example" .ron)"
    same_output "summary $name" summary "$example"
    same_output "summary $name (en)" summary "$example" --lang en
    run_windows report "$example" -o "$work/w/$name.pdf" >/dev/null
    "$linux" report "$example" -o "$work/l/$name.pdf" >/dev/null
    same_file "$work/w/$name.pdf" "$work/l/$name.pdf"
    # A Word file is a zip whose headers name the system that wrote it; the parts inside
    # must be the same.
    run_windows report "$example" -o "$work/w/$name.docx" >/dev/null
    "$linux" report "$example" -o "$work/l/$name.docx" >/dev/null
    if python3 scripts/office-check.py parts "$work/w/$name.docx" "$work/l/$name.docx"; then
        echo "ok $name.docx: every part identical"
    else
        fail "$name.docx: parts differ"
    fi
done
same_output "compare" compare assessments/vergelijking
# A reader that stops early (`| head -1`) ends the program quietly, as on Linux.
first_line="$(run_windows summary assessments/3-rivierduin-samen-aan-de-slag.ron 2>"$work/piped.err" | head -1 || true)"
if [ -n "$first_line" ] && [ ! -s "$work/piped.err" ]; then
    echo "ok output piped into head -1 ends quietly"
else
    fail "piped into head -1: $(cat "$work/piped.err")"
fi
run_windows compare assessments/vergelijking -o "$work/w/vergelijking.pdf" --csv "$work/w/vergelijking.csv" >/dev/null
"$linux" compare assessments/vergelijking -o "$work/l/vergelijking.pdf" --csv "$work/l/vergelijking.csv" >/dev/null
same_file "$work/w/vergelijking.pdf" "$work/l/vergelijking.pdf"
same_file "$work/w/vergelijking.csv" "$work/l/vergelijking.csv"

echo "-- a OneDrive folder with spaces and accents, a file saved by Notepad (BOM, CRLF)"
user_dir="$(ls -d "$WINEPREFIX"/drive_c/users/*/ | grep -v /Public/ | head -1)"
user="$(basename "$user_dir")"
docs="$user_dir/OneDrive - Gemeente/Documenten/Jördis"
mkdir -p "$docs"
printf '\xef\xbb\xbf' >"$docs/mijn regio.ron"
sed 's/$/\r/' assessments/3-rivierduin-samen-aan-de-slag.ron >>"$docs/mijn regio.ron"
win_docs="C:\\users\\$user\\OneDrive - Gemeente\\Documenten\\Jördis"
run_windows summary "$win_docs\\mijn regio.ron" >"$work/w.out"
"$linux" summary assessments/3-rivierduin-samen-aan-de-slag.ron >"$work/l.out"
if cmp -s "$work/w.out" "$work/l.out"; then echo "ok summary of the Notepad file"; else fail "summary of the Notepad file differs"; fi
run_windows report "$win_docs\\mijn regio.ron" -o "$win_docs\\Rapport Jördis.pdf" >/dev/null
same_file "$docs/Rapport Jördis.pdf" "$work/l/3-rivierduin-samen-aan-de-slag.pdf"
run_windows validate "$win_docs\\Rapport Jördis.pdf" >/dev/null && echo "ok the report reads back" \
    || fail "the report in the OneDrive folder does not read back"
run_windows plan "$win_docs\\mijn regio.ron" >/dev/null && test -s "$docs/mijn regio-actieplan.xlsx" \
    && echo "ok action plan beside it" || fail "no action plan beside the Notepad file"
cmp -s "$docs/mijn regio.ron" <(printf '\xef\xbb\xbf'; sed 's/$/\r/' assessments/3-rivierduin-samen-aan-de-slag.ron) \
    && echo "ok the Notepad file is untouched" || fail "the Notepad file was changed"

echo "-- the Windows-only tests (files held open by another program, Windows paths)"
# Always in the `wine` profile: they test the code, and a test build with the release
# profile's link-time optimisation would take minutes more.
if CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine \
    cargo test --locked --profile wine --target "$windows_target" --lib store:: \
    >"$work/tests.out" 2>&1; then
    grep -E "held_open|^test result" "$work/tests.out"
    grep -q "a_file_held_open_elsewhere_is_kept_and_named ... ok" "$work/tests.out" \
        || fail "the test of a file held open did not run"
else
    grep -E "FAILED|panicked|^error" "$work/tests.out" >&2 || tail -20 "$work/tests.out" >&2
    fail "the Windows tests failed"
fi

echo "-- the window starts and shows its first frame"
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 2
probe="$(DISPLAY="$display" ROUTEKAART_STARTUP_PROBE=1 timeout 180 wine "$exe" 2>&1 || true)"
if grep -q "first frame shown" <<<"$probe"; then
    echo "ok $(grep "first frame shown" <<<"$probe")"
else
    fail "the window did not show a first frame: $probe"
fi
settings="$(find "$WINEPREFIX/drive_c/users" -path '*AppData*' -iname 'routekaart' -type d | head -1)"
if [ -n "$settings" ]; then echo "ok settings in ${settings#"$WINEPREFIX/drive_c/"}"; else fail "no settings folder in AppData"; fi

echo "-- the installer: per user, Start menu, uninstaller"
scripts/windows/build-installer.sh "$exe" "$work/routekaart-setup.exe"
wine "$work/routekaart-setup.exe" /S
installed="$user_dir/AppData/Local/Programs/Routekaart"
shortcut="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Routekaart.lnk"
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Routekaart'
for file in "$installed/routekaart.exe" "$installed/uninstall.exe" "$installed/LEESMIJ.txt" \
    "$installed/voorbeelden/3-rivierduin-samen-aan-de-slag.ron" "$shortcut"; do
    test -s "$file" || fail "the installer left no ${file#"$user_dir"}"
done
cmp -s "$exe" "$installed/routekaart.exe" || fail "the installed program is not the one built"
wine reg query "$uninstall_key" /v DisplayVersion 2>/dev/null | grep -q DisplayVersion \
    && echo "ok installed per user, listed under Apps, Start-menu entry" \
    || fail "the installer did not register its uninstaller"
wine "C:\\users\\$user\\AppData\\Local\\Programs\\Routekaart\\routekaart.exe" \
    validate "C:\\users\\$user\\AppData\\Local\\Programs\\Routekaart\\voorbeelden" >/dev/null \
    && echo "ok the installed program reads its examples" || fail "the installed program does not run"
wine "$installed/uninstall.exe" /S
# The uninstaller runs on from a copy in the temporary folder; give it time to finish.
for _ in $(seq 30); do [ -e "$installed" ] || [ -e "$shortcut" ] || break; sleep 1; done
if [ -e "$installed" ] || [ -e "$shortcut" ] || wine reg query "$uninstall_key" >/dev/null 2>&1; then
    fail "the uninstaller left something behind: $(ls -A "$installed" 2>/dev/null | tr '\n' ' ')"
else
    echo "ok uninstalled: folder, Start-menu entry and registration gone"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed under Wine" >&2
    exit 1
fi
echo "Wine: all checks passed"
