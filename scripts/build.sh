#!/usr/bin/env bash
# Release build into dist/ (assumes scripts/setup.sh has run), then report the bundle size.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# wasm-bindgen writes each module's JS snippets into target/wasm-bindgen/, and trunk copies all
# it finds there: a snippet file since renamed or merged would still ship, and be counted.
rm -rf target/wasm-bindgen/*/snippets
trunk build --release
# boot.js is copied as written (readable, with its comments); the copy every page loads drops
# its whole-line comments (~0.4 KB brotli). No other line of it starts with //.
sed -i -e '/^[[:space:]]*\/\//d' dist/boot.js
# With the public address set (CHASM_PUBLIC_URL=https://host/path/), write the oEmbed responses,
# their discovery link, and that origin in the page's CSP (README, "oEmbed"). Without it, nothing:
# those need absolute addresses, and a wrong one is worse than none.
if [ -n "${CHASM_PUBLIC_URL:-}" ]; then
  cargo run --quiet --bin oembed -- dist "$CHASM_PUBLIC_URL"
fi
# A page per scenario (dist/s/<id>/) and every page's link-preview tags and preview.png, drawn
# from the page's own chart (README, "Sharing a scenario"). The canonical link and the image
# tags need the public address and are left out without it.
cargo run --quiet --release --bin prerender -- dist "${CHASM_PUBLIC_URL:-}"
# Bytes are deterministic, so the budgets are real checks: what the page loads must stay within
# the 150 KB brotli target (BENCHMARKS.md); the fitting tool, fetched only when a reader opens
# it, within 110 KB; the live explainer, fetched as the reader nears it, within 120 KB.
node scripts/size.mjs dist --budget-kb "${SIZE_BUDGET_KB:-150}" --on-demand-budget-kb "${ON_DEMAND_BUDGET_KB:-110}" --explainer-budget-kb "${EXPLAINER_BUDGET_KB:-120}"
