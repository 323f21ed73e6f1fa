#!/usr/bin/env bash
# Release build into dist/ (assumes scripts/setup.sh has run), then report the bundle size.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
# With the public address set (CHASM_PUBLIC_URL=https://host/path/), write the oEmbed responses,
# their discovery link, and that origin in the page's CSP (README, "oEmbed"). Without it, nothing:
# those need absolute addresses, and a wrong one is worse than none.
if [ -n "${CHASM_PUBLIC_URL:-}" ]; then
  cargo run --quiet --bin oembed -- dist "$CHASM_PUBLIC_URL"
fi
# Bytes are deterministic, so the budgets are real checks: what the page loads must stay within
# the 150 KB brotli target (BENCHMARKS.md); the fitting tool, fetched only when a reader opens
# it, within 110 KB.
node scripts/size.mjs dist --budget-kb "${SIZE_BUDGET_KB:-150}" --on-demand-budget-kb "${ON_DEMAND_BUDGET_KB:-110}"
