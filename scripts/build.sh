#!/usr/bin/env bash
# Release build into dist/ (assumes scripts/setup.sh has run), then report the bundle size.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
# Bytes are deterministic, so the budgets are real checks: what the page loads must stay within
# the 150 KB brotli target (BENCHMARKS.md); the fitting tool, fetched only when a reader opens
# it, within 110 KB.
node scripts/size.mjs dist --budget-kb "${SIZE_BUDGET_KB:-150}" --on-demand-budget-kb "${ON_DEMAND_BUDGET_KB:-110}"
