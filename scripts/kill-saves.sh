#!/usr/bin/env bash
# Kills real saves at random moments, 1 000 times per kind of file (assessment, report,
# recovery file, CSV) unless ROUTEKAART_KILLS says otherwise, and checks that the target is
# always the old file or the new one, whole, with no temporary file left by the next save.
# CI runs the same test with 10 kills per kind.
set -euo pipefail
cd "$(dirname "$0")/.."
export ROUTEKAART_KILLS="${ROUTEKAART_KILLS:-1000}"
cargo test --locked --test all kill:: -- --nocapture 2>&1 | grep -E "kills|test result|panicked|FAILED"
