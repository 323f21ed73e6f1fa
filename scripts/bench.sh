#!/usr/bin/env bash
# The benchmark: release build, the two peers, criterion on the model, then the headless
# measurement of all three. Writes BENCHMARKS.md. Installs what is missing first.
# Timings are figures to read, not pass/fail tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
bash scripts/build.sh
node scripts/build-peers.mjs
cargo bench --bench model -- --warm-up-time 2 --measurement-time 5 2>&1 | tee target/criterion.txt
node scripts/measure.mjs > target/measure.md 2> target/measure.log
# Lighthouse, mobile profile, on the built site served with gzip (median of 3 runs). Its own
# pinned install, so the test command never fetches it. Two of its dependencies ask for
# "latest" of theirs, so bench/lighthouse/package.json pins those (overrides): without that,
# npm ci refuses the lock file as soon as a newer version is published.
if ! [ -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
  npm ci --prefix bench/lighthouse --no-audit --no-fund --silent
fi
node scripts/lighthouse.mjs dist target/lighthouse.json > target/lighthouse.md
node scripts/benchmarks-md.mjs target/criterion.txt target/measure.md target/measure.json target/lighthouse.json > BENCHMARKS.md.new
mv BENCHMARKS.md.new BENCHMARKS.md
echo "wrote BENCHMARKS.md"
