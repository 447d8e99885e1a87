#!/usr/bin/env bash
# Speed benchmarks, release build, figures printed next to ripgrep's:
#  - extraction throughput (verity-bench) on the generated news corpus;
#  - checking 200 quotes (100 verbatim, 100 altered by one word) against a ledger of 10,000 documents (~100 MB):
#    time, peak memory, and how many quotes were judged right with the right source;
#  - scaling (scripts/scaling.sh): extraction on each shape of issue 13's item 2 at 1, 2, 4 and 8 MB, with MB/s and
#    the growth exponent (1 is linear).
# Needs python3 and ripgrep (installed when missing). Takes a few minutes: generating and adding the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
WORK=${BENCH_DIR:-/tmp/verity-bench}
SHARED=${SHARED:-../shared/bench}
command -v rg >/dev/null || { apt-get update -qq && apt-get install -y -qq ripgrep; }
swift build -c release --product verity >/dev/null
swift build -c release --product verity-bench >/dev/null
V="$PWD/.build/release/verity"
mkdir -p "$WORK"
[ -f "$WORK/corpus/quotes.json" ] || python3 "$SHARED/make_corpus.py" "$N" "$WORK/corpus"
MB=$(du -sm "$WORK/corpus/docs" | cut -f1)

echo "== extraction (one core) =="
.build/release/verity-bench --repeat 3 "$WORK/corpus/docs"

echo "== scaling: extraction at 1, 2, 4 and 8 times the size =="
VERITY="$V" scripts/scaling.sh || echo "scaling: a shape grew faster than linear or ran below 5 MB/s"

echo "== ledger =="
rm -rf "$WORK/ledger" && mkdir -p "$WORK/ledger" && cd "$WORK/ledger"
"$V" init . >/dev/null
/usr/bin/time -f "source add: %e s, peak %M KB" "$V" source add "$WORK"/corpus/docs/*.md >/dev/null
python3 - "$WORK" <<'PY'
import sys
work = sys.argv[1]
with open(f"{work}/ledger/article.md", "w") as f:
    f.write("---\ntitle: Benchmark article\ndate: 2025-11-01\n---\n\n")
    for q in open(f"{work}/corpus/quotes.txt"):
        f.write(f"An official said: \u201c{q.strip()}\u201d\n\n")
PY

echo "== check: 200 quotes against the ledger =="
best=""
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o time.txt "$V" check article.md --format json > findings.json || true
  read -r secs kb < <(tail -n 1 time.txt)
  echo "run $run: ${secs} s, peak ${kb} KB"
  if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
done
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
out = json.load(open(f"{work}/ledger/findings.json"))
truth = json.load(open(f"{work}/corpus/quotes.json"))["quotes"]
clean = altered = right = 0
for q in truth:
    key = q["text"].rstrip(".").strip()
    fs = [f for f in out["findings"] if f["excerpt"].rstrip(".").strip() in key or key in f["excerpt"]]
    if q["kind"] == "verbatim":
        clean += not fs
    else:
        alt = [f for f in fs if f["rule"] == "quote.altered"]
        altered += bool(alt)
        right += bool(alt) and any(q["source"] in e["document"] for e in alt[0]["evidence"])
print(f"verity: verbatim quotes passed {clean}/100; altered quotes reported as quote.altered {altered}/100, with the right source {right}/100")
PY
echo "verity best of 3: ${best} s"

echo "== ripgrep, same quotes =="
cd "$WORK/corpus"
/usr/bin/time -f "rg -F -f (verbatim half, one pass): %e s" rg -F -l -f quotes_verbatim_only.txt docs > rg_verbatim.txt || true
/usr/bin/time -f "rg -F -f (all 200, one pass): %e s" rg -F -o -N --no-filename -f quotes.txt docs | sort -u > rg_all.txt || true
python3 - <<'PY'
import json
truth = json.load(open("quotes.json"))["quotes"]
found = set(l.strip() for l in open("rg_all.txt"))
v = sum(1 for q in truth if q["kind"] == "verbatim" and q["text"] in found)
a = sum(1 for q in truth if q["kind"] != "verbatim" and q["text"] in found)
print(f"ripgrep: verbatim quotes found {v}/100; altered quotes found {a}/100")
PY
echo "corpus: $N documents, ${MB} MB"
