#!/usr/bin/env bash
# Builds Verity and runs the whole flow on the bundled example in Claims/iraq-syria:
# a fresh ledger, the sources, the article's claims, evidence, statuses, a check and a report in Reports/.
# `scripts/example.sh postgres://user@host:5432/database` runs the same flow on a PostgreSQL ledger in that empty
# database instead of Claims/ledger.sqlite (VERITY_BIN names another verity binary to run).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VERITY_BIN:-}" ]; then swift build -c release --product verity >/dev/null; fi
V="${VERITY_BIN:-$PWD/.build/release/verity}"
if [ -n "${1:-}" ]; then
  export VERITY_LEDGER="$1"
  "$V" init . --ledger "$1"
else
  rm -f Claims/ledger.sqlite Claims/ledger.sqlite-wal Claims/ledger.sqlite-shm
  "$V" init .
fi
S=Claims/iraq-syria/sources
"$V" source add "$S/envoy-remarks.md"
# the ministry's statement as a PDF (title, author, date read from the file) and the TV interview as WebVTT subtitles
"$V" source add "$S/iraq-interior-statement.pdf" --publisher "Iraqi Ministry of Interior" --kind statement
"$V" source add "$S/sharqiya-interview.vtt" --publisher "Al Sharqiya TV" --date 2025-10-31
"$V" source add "$S/state-department-readout.md" "$S/syria-interior-statement.md" "$S/wire-report.md"
"$V" claim extract Claims/iraq-syria/article.md --by example
# evidence a fact-checker attaches by hand: the defense secretary's warning, in the interview transcript
quote=$("$V" claim list | awk '/You know how the US administration/ {print $1; exit}')
"$V" attach "$quote" S3 --quote "You know how the US administration will respond if there is any interference" --note "transcript, minister's account"
"$V" status "$quote" supported --by example --note "matches the broadcast transcript word for word"
echo
echo "== verity check (ledger) =="
"$V" check --update || true
echo
echo "== verity check (one shot, as a linter) =="
"$V" check Claims/iraq-syria/article.md --sources Claims/iraq-syria/sources || true
"$V" report --format html md json csv claimreview annotations
