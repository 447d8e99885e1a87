#!/usr/bin/env bash
# libFuzzer: scripts/fuzz.sh [SECONDS] [TARGET...] runs each fuzz target (FuzzDocument: decoding and front matter;
# FuzzExtract: extraction; FuzzCheck: an article checked against a source) for SECONDS (default 60), built with
# -sanitize=fuzzer,address in its own scratch folder (.build/fuzz), so `swift build` and `swift test` are untouched.
# The corpus is Tests/FuzzCorpus/<target>/: read as the seed, and the inputs that reach new code are merged back
# into it. A crash (or a timeout, or running out of memory) is kept as Tests/FuzzCrashes/<target>/<name>, which the
# regression tests (Tests/VerityFuzzingTests) then feed through the same code on every `swift test`.
# Exits 1 when a target found anything. MAX_LEN (bytes, default 8192) bounds an input; SEED fixes libFuzzer's seed
# (0, the default, picks one); MERGE=0 leaves the kept corpus as it is (CI's short pass).
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-60}
shift || true
TARGETS=${*:-FuzzDocument FuzzExtract FuzzCheck}
SCRATCH=.build/fuzz
MAX_LEN=${MAX_LEN:-8192}
SEED=${SEED:-0}
MERGE=${MERGE:-1}
export VERITY_FUZZ=1 # declares the fuzz targets in Package.swift
found=0
for t in $TARGETS; do
  swift build --scratch-path "$SCRATCH" --manifest-cache none --product "$t" \
    -Xswiftc -sanitize=fuzzer,address >/dev/null
  corpus=Tests/FuzzCorpus/$t crashes=Tests/FuzzCrashes/$t
  work=$(mktemp -d) art=$(mktemp -d)
  mkdir -p "$corpus"
  echo "== $t: ${SECS} s"
  # new inputs go to the work folder (the first); the kept corpus is read as the seed
  if ! "$SCRATCH/debug/$t" "$work" "$corpus" -max_total_time="$SECS" -max_len="$MAX_LEN" -timeout=10 -seed="$SEED" \
      -rss_limit_mb=2048 -artifact_prefix="$art/" -print_final_stats=1 >"$art/log.txt" 2>&1; then
    found=1
    mkdir -p "$crashes"
    for f in "$art"/crash-* "$art"/timeout-* "$art"/oom-* "$art"/leak-*; do
      if [ -e "$f" ]; then cp "$f" "$crashes/"; fi
    done
    grep -E "ERROR|==[0-9]+==|Fatal error|SUMMARY" "$art/log.txt" | head -n 8
    echo "$t: kept in $crashes/ (the regression tests feed it until it is fixed); log $art/log.txt"
  else
    grep -E "^stat::number_of_executed_units|^#[0-9]+ *DONE" "$art/log.txt" | tail -n 2
    rm -rf "$art"
  fi
  # only the inputs that reach code the kept corpus does not are added to it
  if [ "$MERGE" = 1 ]; then
    "$SCRATCH/debug/$t" -merge=1 -max_len="$MAX_LEN" "$corpus" "$work" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  echo "$t corpus: $(ls "$corpus" | wc -l) inputs"
done
exit $found
