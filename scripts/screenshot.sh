#!/usr/bin/env bash
# Renders Reports/report.html in headless Chromium (Debian's chromium) to Reports/report.png, so a person can
# look at the report as a reader would. Run scripts/example.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
[ -f Reports/report.html ] || { echo "no Reports/report.html: run scripts/example.sh first" >&2; exit 2; }
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2400 \
  --screenshot="$PWD/Reports/report.png" "file://$PWD/Reports/report.html" 2>/dev/null
echo "Wrote Reports/report.png"
