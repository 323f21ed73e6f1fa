#!/usr/bin/env bash
# Build the release bundle and serve it at http://127.0.0.1:8080/ (installs what is missing).
# PORT=9000 scripts/serve.sh to use another port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
