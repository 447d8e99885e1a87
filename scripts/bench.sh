#!/usr/bin/env bash
# Speed benchmarks, release build, Verity's figures printed next to ripgrep's and next to the previous run's
# (scripts/bench-last.txt, rewritten at the end of each run: commit it with the change it measures, so a slowdown
# shows in the next run):
#  - extract: `verity extract --format json` as a whole process on 1,000 documents (~10 MB), on one core (--jobs 1)
#    and on all cores, MB/s of wall time and of CPU time (user + system);
#  - extraction alone in-process (verity-bench), and scaling (scripts/scaling.sh) by shape of text;
#  - ingest: `verity source add` of every document into a new ledger (MB/s, peak memory, ledger size / text size);
#  - check: 200 quotes (100 verbatim, 100 altered by one word) against the ledger (time, peak memory, quotes judged
#    right with the right source), beside ripgrep's one-pass scan for the verbatim half; for each size in SIZES.
# BASE=/path/to/verity runs an earlier binary on the same work in the same run and prints its figures beside (the
# machine is shared: compare columns of one run, not runs). N (default 10000) documents; SIZES (default "$N") are
# the ledgers the check runs against, e.g. SIZES="1000 10000 40000" (each corpus is generated once, in BENCH_DIR).
# Needs python3 and ripgrep (installed when missing). Takes a few minutes: generating and adding the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-10000}
SIZES=${SIZES:-$N}
WORK=${BENCH_DIR:-/tmp/verity-bench}
SHARED=${SHARED:-../shared/bench}
LAST=${LAST:-$ROOT/scripts/bench-last.txt}
command -v rg >/dev/null || { apt-get update -qq && apt-get install -y -qq ripgrep; }
swift build -c release --product verity >/dev/null
swift build -c release --product verity-bench >/dev/null
V="$ROOT/.build/release/verity"
BASE=${BASE:-}
mkdir -p "$WORK"
FIG="$WORK/figures.txt"
: >"$FIG"
# fig KEY VALUE UNIT: one figure of this run (KEY is "name" or "name [base]")
fig() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$FIG"; }
# timed OUT CMD...: runs CMD, stdout to OUT; sets WALL, CPU (user + system) and PEAK (KB)
timed() {
  local out=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >"$out" || true
  read -r WALL u s PEAK < <(tail -n 1 "$WORK/time.txt")
  CPU=$(awk "BEGIN{print $u + $s}")
}
mbs() { awk "BEGIN{printf \"%.1f\", $1 / 1000000 / ($2 > 0 ? $2 : 0.001)}"; }
corpus() {  # corpus SIZE: the generated corpus of SIZE documents (the N one is $WORK/corpus)
  local dir="$WORK/corpus"
  [ "$1" = "$N" ] || dir="$WORK/corpus-$1"
  [ -f "$dir/quotes.json" ] || python3 "$SHARED/make_corpus.py" "$1" "$dir" >/dev/null
  echo "$dir"
}
C=$(corpus "$N")
textbytes() { find "$1/docs" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }'; }  # textbytes CORPUS
BYTES=$(textbytes "$C")

echo "== extract --format json, whole process, 1,000 documents =="
ls "$C/docs" | awk -v d="$C/docs/" 'NR <= 1000 { print d $0 }' >"$WORK/extract-files.txt"
XBYTES=$(xargs cat <"$WORK/extract-files.txt" | wc -c)
mapfile -t XFILES <"$WORK/extract-files.txt"
for run in 1 2; do
  timed "$WORK/x1.json" "$V" extract "${XFILES[@]}" --format json --jobs 1
  echo "one core: ${WALL} s wall, ${CPU} s CPU, peak ${PEAK} KB"
  timed "$WORK/xn.json" "$V" extract "${XFILES[@]}" --format json
  echo "all cores: ${WALL} s wall"
  NWALL=$WALL
  if [ -n "$BASE" ]; then
    timed "$WORK/xb.json" "$BASE" extract "${XFILES[@]}" --format json
    echo "base: ${WALL} s wall, ${CPU} s CPU"
    cmp -s "$WORK/x1.json" "$WORK/xb.json" && echo "output identical to the base's" || echo "OUTPUT DIFFERS FROM BASE"
  fi
done
cmp -s "$WORK/x1.json" "$WORK/xn.json" && echo "one core and all cores: identical output" || echo "CORES DIFFER"
timed "$WORK/x1.json" "$V" extract "${XFILES[@]}" --format json --jobs 1
fig "extract, one core, wall" "$(mbs "$XBYTES" "$WALL")" MB/s
fig "extract, one core, CPU" "$(mbs "$XBYTES" "$CPU")" MB/s
timed "$WORK/xn.json" "$V" extract "${XFILES[@]}" --format json
fig "extract, all cores, wall" "$(mbs "$XBYTES" "$WALL")" MB/s
if [ -n "$BASE" ]; then
  timed "$WORK/xb.json" "$BASE" extract "${XFILES[@]}" --format json
  fig "extract, one core, wall [base]" "$(mbs "$XBYTES" "$WALL")" MB/s
  fig "extract, one core, CPU [base]" "$(mbs "$XBYTES" "$CPU")" MB/s
fi

echo "== extraction alone (verity-bench, one core) =="
.build/release/verity-bench --repeat 3 "$C/docs" | tee "$WORK/vb.txt"
fig "extraction in-process" "$(sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p' "$WORK/vb.txt" | head -n 1)" MB/s

if [ -z "${SKIP_SCALING:-}" ]; then
  echo "== scaling: extraction at 1, 2, 4 and 8 times the size =="
  # (BASE here names the earlier binary; scaling.sh reads BASE as its size in bytes)
  BASE="" VERITY="$V" scripts/scaling.sh || echo "scaling: a shape grew faster than linear or ran below 5 MB/s"
fi

# ledger BIN DIR CORPUS: a new ledger of every document of CORPUS, made by BIN in DIR (one command; the files named
# from CORPUS as docs/NAME, as 40,000 absolute paths pass the kernel's 2 MB limit on a command line)
ledger() {
  rm -rf "$2" && mkdir -p "$2" && (cd "$2" && "$1" init . >/dev/null)
  pushd "$3" >/dev/null
  timed "$WORK/add.txt" "$1" source add --ledger "$2/Claims/ledger.sqlite" docs/*.md
  popd >/dev/null
}
# check BIN DIR: the article's 200 quotes against the ledger in DIR, best of 3; findings in DIR/findings.json
check() {
  local best="" kb=""
  for run in 1 2 3; do
    (cd "$2" && timed "$2/findings.json" "$1" check "$WORK/article.md" --format json && echo "$WALL $PEAK" >"$2/t")
    read -r w p <"$2/t"
    if [ -z "$best" ] || awk "BEGIN{exit !($w < $best)}"; then best=$w; kb=$p; fi
  done
  CHECK_WALL=$best CHECK_PEAK=$kb
}
judge() {  # judge FINDINGS CORPUS: how many quotes were judged right
  python3 - "$1" "$2/quotes.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
truth = json.load(open(sys.argv[2]))["quotes"]
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
print(f"verbatim quotes passed {clean}/100; altered reported {altered}/100, with the right source {right}/100")
PY
}

for size in $SIZES; do
  D=$(corpus "$size")
  SB=$(textbytes "$D")
  python3 - "$D" "$WORK/article.md" <<'PY'
import sys
with open(sys.argv[2], "w") as f:
    f.write("---\ntitle: Benchmark article\ndate: 2025-11-01\n---\n\n")
    for q in open(f"{sys.argv[1]}/quotes.txt"):
        f.write(f"An official said: \u201c{q.strip()}\u201d\n\n")
PY
  echo "== $size documents ($((SB / 1000000)) MB): source add, then check 200 quotes =="
  for who in new base; do
    bin=$V tag=""
    if [ $who = base ]; then [ -n "$BASE" ] || continue; bin=$BASE tag=" [base]"; fi
    L="$WORK/ledger-$who-$size"
    ledger "$bin" "$L" "$D"
    LB=$(stat -c %s "$L/Claims/ledger.sqlite")
    echo "$who: source add ${WALL} s wall, ${CPU} s CPU, peak ${PEAK} KB; ledger $((LB / 1000000)) MB"
    fig "ingest $size docs$tag" "$(mbs "$SB" "$WALL")" MB/s
    fig "ledger size / text, $size docs$tag" "$(awk "BEGIN{printf \"%.2f\", $LB / $SB}")" x
    check "$bin" "$L"
    echo "$who: check best of 3 ${CHECK_WALL} s, peak ${CHECK_PEAK} KB; $(judge "$L/findings.json" "$D")"
    fig "check $size docs$tag" "$CHECK_WALL" s
    fig "check $size docs, peak$tag" "$((CHECK_PEAK / 1000))" MB
  done
  if [ -n "$BASE" ]; then
    sed 's/"document": "[^"]*article.md"//' "$WORK/ledger-new-$size/findings.json" >"$WORK/f-new.json"
    sed 's/"document": "[^"]*article.md"//' "$WORK/ledger-base-$size/findings.json" >"$WORK/f-base.json"
    cmp -s "$WORK/f-new.json" "$WORK/f-base.json" && echo "findings identical to the base's" || echo "FINDINGS DIFFER"
  fi
  cd "$D"
  best=""
  for run in 1 2 3; do
    timed "$WORK/rg.txt" rg -F -l -f quotes_verbatim_only.txt docs
    if [ -z "$best" ] || awk "BEGIN{exit !($WALL < $best)}"; then best=$WALL; fi
  done
  echo "ripgrep -F -f (verbatim half, one pass), best of 3: ${best} s"
  fig "ripgrep verbatim scan $size docs" "$best" s
  rg -F -o -N --no-filename -f quotes.txt docs | sort -u >"$WORK/rg_all.txt" || true
  python3 - "$WORK/rg_all.txt" <<'PY'
import json, sys
truth = json.load(open("quotes.json"))["quotes"]
found = set(l.strip() for l in open(sys.argv[1]))
v = sum(1 for q in truth if q["kind"] == "verbatim" and q["text"] in found)
a = sum(1 for q in truth if q["kind"] != "verbatim" and q["text"] in found)
print(f"ripgrep: verbatim quotes found {v}/100; altered quotes found {a}/100")
PY
  cd "$ROOT"
done

echo "== figures: this run, the previous run (scripts/bench-last.txt) =="
python3 - "$FIG" "$LAST" <<'PY'
import sys
def read(p):
    try:
        return {k: (v, u) for k, v, u in (l.rstrip("\n").split("\t") for l in open(p) if l.strip())}
    except FileNotFoundError:
        return {}
now, last = read(sys.argv[1]), read(sys.argv[2])
print(f"{'':44} {'now':>10} {'previous':>10}")
for k, (v, u) in now.items():
    print(f"{k:44} {v:>10} {last.get(k, ('-', ''))[0]:>10}  {u}")
PY
cp "$FIG" "$LAST"
echo "corpus: $N documents, $((BYTES / 1000000)) MB; figures kept in $LAST"
