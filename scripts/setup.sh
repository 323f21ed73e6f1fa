#!/usr/bin/env bash
# Install everything the build and the tests need, at pinned versions, only what is missing.
# Safe to run again and again. Everything comes from the package registries (crates.io, npm,
# Debian); no tool downloads a binary of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130          # must equal Cargo.lock's wasm-bindgen
TRUNK_VERSION=0.22.0-beta.1           # 0.22.0+ needs rustc 1.96; this one builds with 1.95
GECKODRIVER_VERSION=0.37.1            # runs the wasm-bindgen browser tests in Firefox ESR

say() { printf '\033[1m== %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\b"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: its lockfile pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

if ! cargo install --list | grep -q "^geckodriver v$GECKODRIVER_VERSION:"; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi

# The three engines the end-to-end checks run in, all Debian packages: Chromium (and its
# driver), Firefox ESR, WebKitGTK's WebDriver with its MiniBrowser, and Xvfb for the last.
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] || ! [ -x /usr/bin/firefox-esr ] \
   || ! [ -x /usr/bin/WebKitWebDriver ] || ! command -v xvfb-run >/dev/null; then
  say "installing Debian's chromium, chromium-driver, firefox-esr, webkit2gtk-driver and xvfb"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq \
    chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth >/dev/null
fi

# The font the share previews are drawn with (src/prerender/preview.rs), so a build on any
# machine draws the same pixels: DejaVu Sans, from Debian's fonts-dejavu-core.
if ! [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  say "installing Debian's fonts-dejavu-core (the share previews' font)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-dejavu-core >/dev/null
fi

# WordPress's own host script (wp-embed.js), for the end-to-end check of a WordPress-style
# host: taken from Debian's wordpress package, unpacked without installing it.
if ! [ -f target/wordpress/wp-embed.js ]; then
  say "unpacking wp-embed.js from Debian's wordpress package"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download wordpress >/dev/null 2>&1 \
    || { as_root apt-get update -qq && apt-get download wordpress >/dev/null; })
  dpkg-deb -x "$tmp"/wordpress_*.deb "$tmp/x"
  mkdir -p target/wordpress
  cp "$tmp/x/usr/share/wordpress/wp-includes/js/wp-embed.js" target/wordpress/wp-embed.js
  cp "$tmp/x/usr/share/doc/wordpress/copyright" target/wordpress/COPYRIGHT 2>/dev/null || true
  rm -rf "$tmp"
fi

if ! [ -x node_modules/.bin/wasm-opt ] || ! [ -d node_modules/playwright-core ] || ! [ -f node_modules/axe-core/axe.min.js ] \
   || ! [ -d node_modules/puppeteer-core ] || ! [ -d node_modules/selenium-webdriver ] || ! [ -d node_modules/@extractus/oembed-extractor ]; then
  say "installing wasm-opt (npm binaryen), playwright-core, puppeteer-core, selenium-webdriver, axe-core and an oEmbed consumer from package-lock.json"
  npm ci --no-audit --no-fund
fi

# Fetch crates now, so builds can run with trunk's offline mode.
cargo fetch --quiet
