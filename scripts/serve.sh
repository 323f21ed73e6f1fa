#!/usr/bin/env bash
# Build the release bundle and serve it at http://127.0.0.1:8080/ (installs what is missing).
# PORT=9000 scripts/serve.sh to use another port.
# It serves exactly what scripts/build.sh writes (the scenario pages and share previews are a
# build step after trunk), with Python's static server; no live reload (its injected inline
# script would be blocked by our strict CSP). Rebuild with scripts/build.sh after a change.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "serving dist/ at http://127.0.0.1:${PORT:-8080}/"
exec python3 -m http.server --bind 127.0.0.1 --directory dist "${PORT:-8080}"
