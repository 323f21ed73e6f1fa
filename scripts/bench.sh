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
node scripts/benchmarks-md.mjs target/criterion.txt target/measure.md target/measure.json > BENCHMARKS.md.new
mv BENCHMARKS.md.new BENCHMARKS.md
echo "wrote BENCHMARKS.md"
