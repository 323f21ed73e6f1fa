#!/usr/bin/env bash
# Release build into dist/ (assumes scripts/setup.sh has run), then report the bundle size.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
# Bytes are deterministic, so the budget is a real check (BENCHMARKS.md says why it is 180 KB
# and not the 150 KB target).
node scripts/size.mjs dist --budget-kb "${SIZE_BUDGET_KB:-180}"
