#!/usr/bin/env bash
# Fuzzes the readers of user files with cargo-fuzz (nightly toolchain, libFuzzer): the
# assessment loader (what loads is also checked, evaluated, made shareable and must read
# back unchanged after writing), the framework loader, and the reader of a report's
# attached assessment. RUNS per target (default 10 000 000); seeds in fuzz/seeds/, the
# growing corpus in fuzz/corpus/ (not committed), crashes in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
runs="${RUNS:-10000000}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
cargo +nightly fuzz build -O
for target in assessment framework pdf_attachment; do
    case "$target" in
        pdf_attachment) seeds=seeds/pdf ;;
        *) seeds="seeds/$target" ;;
    esac
    mkdir -p "corpus/$target"
    cargo +nightly fuzz run -O "$target" "corpus/$target" "$seeds" -- -runs="$runs" 2>&1 | grep -E "^#[0-9]+ *DONE|Done [0-9]+ runs|SUMMARY|panicked|deadly" || true
    if [ -n "$(ls -A artifacts/"$target" 2>/dev/null)" ]; then
        echo "$target: crashes in fuzz/artifacts/$target" >&2
        exit 1
    fi
done
