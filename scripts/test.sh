#!/usr/bin/env bash
# Every test: formatting, clippy (native and wasm, warnings denied), native tests, headless
# Chromium browser tests, and a release build. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check
step "clippy (native)"
cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
step "native tests"
cargo test
step "browser tests (headless Chromium)"
cargo test --target wasm32-unknown-unknown
step "release build"
bash scripts/build.sh
echo
echo "all checks passed"
