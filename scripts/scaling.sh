#!/usr/bin/env bash
# Scaling test (issue 13, item 2): `verity extract` on each shape of text at 1, 2, 4 and 8 times a base size,
# printing MB/s at each size and the growth exponent (the log-log slope of time against size; 1 is linear).
# Time is the process's CPU time (user + system; it runs on one core), which a machine busy with other work
# disturbs far less than the wall clock.
# BASE (bytes, default 1000000), SHAPES, VERITY (binary; default the release build) and TIMEOUT (seconds per run)
# may be set. Exits 1 when a shape grows faster than MAX_EXPONENT (default 1.3) or extracts below MIN_MBS (default 5)
# at the base size.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-1000000}
SHAPES=${SHAPES:-"wrapped unclosed role brackets oneline quoted"}
TIMEOUT=${TIMEOUT:-120}
MAX_EXPONENT=${MAX_EXPONENT:-1.3}
MIN_MBS=${MIN_MBS:-5}
if [ -z "${VERITY:-}" ]; then
  swift build -c release --product verity >/dev/null
  VERITY="$PWD/.build/release/verity"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
printf '%-9s %10s %10s %10s %10s  %s\n' shape 1x 2x 4x 8x exponent
for shape in $SHAPES; do
  sizes="" times=""
  for m in 1 2 4 8; do
    f="$WORK/$shape-$m.md"
    python3 scripts/shapes.py "$shape" $((BASE * m)) "$f"
    if ! /usr/bin/time -f "%U %S" -o "$WORK/time" timeout "$TIMEOUT" "$VERITY" extract "$f" --format json \
        >/dev/null; then
      echo "$shape at ${m}x: failed or over ${TIMEOUT} s" >&2
      status=1; times="$times nan"; sizes="$sizes $(stat -c %s "$f")"; break
    fi
    sizes="$sizes $(stat -c %s "$f")"
    times="$times $(awk '{print $1 + $2}' "$WORK/time" | tail -n 1)"
    rm -f "$f"
  done
  python3 - "$shape" "$MAX_EXPONENT" "$MIN_MBS" "$sizes" "$times" <<'PY' || status=1
import math, sys
shape, max_exp, min_mbs = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
sizes = [float(x) for x in sys.argv[4].split()]
times = [float(x) for x in sys.argv[5].split()]
cells = [f"{s / t / 1e6:7.1f} MB/s" if t == t else "   timeout" for s, t in zip(sizes, times)]
cells += ["" for _ in range(4 - len(cells))]
ok = [(s, t) for s, t in zip(sizes, times) if t == t]
slope = float("nan")
if len(ok) >= 2:
    xs = [math.log(s) for s, _ in ok]
    ys = [math.log(max(t, 1e-3)) for _, t in ok]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(f"{shape:<9} " + " ".join(f"{c:>10}" for c in cells) + f"  {slope:.2f}")
bad = len(ok) < 4 or slope > max_exp or sizes[0] / times[0] / 1e6 < min_mbs
sys.exit(1 if bad else 0)
PY
done
exit $status
