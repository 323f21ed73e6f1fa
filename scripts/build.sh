#!/usr/bin/env bash
# Release build into dist/ (assumes scripts/setup.sh has run), then report the bundle size.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
node scripts/size.mjs dist
