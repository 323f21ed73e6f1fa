#!/usr/bin/env bash
# Build the release bundle and serve it at http://127.0.0.1:8080/ (installs what is missing).
# PORT=9000 scripts/serve.sh to use another port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# No live-reload: its injected inline script would be blocked by our strict CSP.
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
