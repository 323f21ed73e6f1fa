# Sourced by the scripts: the pinned tools first on PATH, and where the browser driver lives.
# Trunk picks wasm-opt from PATH when its version matches Trunk.toml (npm's binaryen 132;
# Debian's binaryen is too old to read current wasm).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# wasm-bindgen-test-runner gives the whole browser suite 20 s by default; the suite takes about
# that on an idle 2-core machine, so a busy one timed out. Time is for benchmarks, not for
# pass/fail: give it ample room.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}"
# The wasm names where each dependency's source lived in panic messages; the registry's path on
# this machine (its home folder) would make the bytes, and the size budget, differ from one
# machine to the next. Written relative instead (also ~0.3 KB brotli off the page).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:---remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/=}"
# Chromium's flags for the wasm-bindgen browser tests (the runner adds headless and no-sandbox):
# without the background-networking ones, Chromium keeps trying to reach Google's hosts, which
# this closed network refuses, and a clean-clone CI run twice saw its renderer stop answering.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$root/scripts/webdriver.json}"
