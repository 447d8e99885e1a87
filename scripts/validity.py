#!/usr/bin/env python3
"""Per-rule validity of `verity check` on labelled cases, statcheck style.

For each rule: sensitivity (of the problems the cases plant under that rule, the share Verity reports) and
specificity (of the spans the sources support, the share that rule leaves alone), with the counts behind them.
Findings of severity info ("needs a look") are not counted, as score.py does not count them.

  python3 scripts/validity.py ../shared/eval/cases Tests/Cases     # prints a Markdown table
"""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "eval"))
import score  # noqa: E402

VERITY = os.path.join(ROOT, ".build", "release", "verity")
RULES = ["quote.unsourced", "quote.altered", "quote.misattributed", "number.mismatch", "number.unsourced",
         "date.mismatch", "sources.conflict"]


def main(dirs):
    planted = {r: [0, 0] for r in RULES}   # found, planted
    clean = {r: 0 for r in RULES}          # clean spans the rule flagged
    n_clean = 0
    for d in dirs:
        for c in sorted(os.listdir(d)):
            case = os.path.join(d, c)
            if not os.path.exists(os.path.join(case, "expected.json")):
                continue
            out = subprocess.run([VERITY, "check", "article.md", "--sources", "sources", "--format", "json"],
                                 cwd=case, capture_output=True, text=True, timeout=300).stdout
            found = [f for f in json.loads(out)["findings"] if f.get("severity") in ("error", "warning")]
            key = json.load(open(os.path.join(case, "expected.json")))
            for e in key["expected"]:
                if e["rule"] in planted:
                    planted[e["rule"]][1] += 1
                    if any(score.rule_matches(e["rule"], f["rule"]) and score.overlaps(e["text"], score.finding_text(f))
                           for f in found):
                        planted[e["rule"]][0] += 1
            n_clean += len(key.get("clean", []))
            for span in key.get("clean", []):
                for r in {f["rule"] for f in found if score.overlaps(span, score.finding_text(f))}:
                    if r in clean:
                        clean[r] += 1
    print(f"| rule | sensitivity | specificity ({n_clean} supported spans) |")
    print("|---|---|---|")
    for r in RULES:
        hit, n = planted[r]
        sens = f"{hit / n:.2f} ({hit} of {n})" if n else "—"
        print(f"| `{r}` | {sens} | {1 - clean[r] / n_clean:.3f} ({clean[r]} flagged) |")


if __name__ == "__main__":
    main(sys.argv[1:] or [os.path.join(ROOT, "..", "shared", "eval", "cases"), os.path.join(ROOT, "Tests", "Cases")])
