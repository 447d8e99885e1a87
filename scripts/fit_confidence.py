#!/usr/bin/env python3
"""Fit the checker's confidence model: one logistic regression per rule over the features each finding records.

Runs `verity check article.md --sources sources --format json --features` (raw findings, no model applied) in
every labelled case folder given, labels each error/warning finding right (it matches an expected problem) or a
false alarm (as ../shared/eval/score.py judges them), fits the weights with L2 regularisation, prints each rule's
fit and its leave-one-case-out accuracy, and writes Sources/VerityCheck/ConfidenceWeights.swift with the models
that do better on the cases they were not fitted to than keeping every finding (the others are left out).

Fit on dev cases only:
  python3 scripts/fit_confidence.py ../shared/eval/cases Tests/Cases
"""
import json, math, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "eval"))
import score  # noqa: E402  (the evaluation's own matching rules)

VERITY = os.path.join(ROOT, ".build", "release", "verity")
MIN_EXAMPLES, L2, STEPS, RATE = 10, 1.0, 4000, 0.5


def label(key, f, rule):
    """1 when a finding of `rule` on `f`'s span matches an expected problem, 0 for a false alarm, None when
    score.py would neither credit nor count it."""
    text = score.finding_text(f)
    if any(score.rule_matches(e["rule"], rule) and score.overlaps(e["text"], text) for e in key["expected"]):
        return 1
    if "sources" in str(f.get("document", "")).split("/")[0]:
        return None  # findings placed in a source are judged only through expected items
    if any(score.overlaps(g, text) for g in key.get("ignore", [])) \
            or any(score.overlaps(e["text"], text) for e in key["expected"]):
        return None  # a judgement call, or another rule on a span that really is wrong
    return 0


def labelled(case):
    """(rule, features, label, unsourced label) for each finding of a case: 1 right, 0 false alarm. A
    `number.mismatch` finding also carries its label as a `number.unsourced` finding (ConfidenceModel.reread)."""
    out = subprocess.run([VERITY, "check", "article.md", "--sources", "sources", "--format", "json", "--features"],
                         cwd=case, capture_output=True, text=True, timeout=300).stdout
    findings = [f for f in json.loads(out)["findings"] if f.get("severity") in ("error", "warning")]
    key = json.load(open(os.path.join(case, "expected.json")))
    rows = []
    for f in findings:
        if "features" not in f:
            continue
        y = label(key, f, f["rule"])
        yu = label(key, f, "number.unsourced") if f["rule"] == "number.mismatch" else None
        if y is not None or yu is not None:
            rows.append((f["rule"], f["features"], y, yu))
    return rows


def reread(by_case, w_mismatch, names):
    """The `number.unsourced` rows the doubted mismatches become, per case: their features with fromMismatch."""
    out = {}
    for c, rs in by_case.items():
        out[c] = [({**x, "fromMismatch": 1.0}, yu) for r, x, y, yu in rs
                  if r == "number.mismatch" and yu is not None and predict(w_mismatch, names, x) < 0.5]
    return out


def fit(rows, names):
    w = [0.0] * len(names)
    for _ in range(STEPS):
        grad = [L2 * wi / len(rows) for wi in w]
        grad[names.index("bias")] = 0.0
        for x, y in rows:
            z = sum(wi * x.get(n, 0.0) for wi, n in zip(w, names))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i, n in enumerate(names):
                grad[i] += (p - y) * x.get(n, 0.0) / len(rows)
        w = [wi - RATE * g for wi, g in zip(w, grad)]
    return w


def predict(w, names, x):
    z = sum(wi * x.get(n, 0.0) for wi, n in zip(w, names))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def main(dirs):
    cases = []
    for d in dirs:
        cases += sorted(os.path.join(d, c) for c in os.listdir(d) if os.path.exists(os.path.join(d, c, "expected.json")))
    by_case = {c: labelled(c) for c in cases}
    rules = sorted({r for rows in by_case.values() for r, _, _, _ in rows}, key=lambda r: r == "number.unsourced")
    weights, fitted = {}, {}

    def rows_of(rule, mismatch=None):
        """(case, features, label) rows of a rule; for number.unsourced, with the mismatches `mismatch` (fitted
        weights and names) doubts, as ConfidenceModel.reread turns them."""
        rows = [(c, x, y) for c, rs in by_case.items() for r, x, y, _ in rs if r == rule and y is not None]
        if rule == "number.unsourced" and mismatch:
            rows += [(c, x, y) for c, rs in reread(by_case, *mismatch).items() for x, y in rs]
        return rows

    for rule in rules:
        mismatch = fitted.get("number.mismatch")
        rows = rows_of(rule, mismatch)
        pos = sum(y for _, _, y in rows)
        if len(rows) < MIN_EXAMPLES or pos < 2 or len(rows) - pos < 2:
            print(f"{rule}: {len(rows)} findings ({pos} right): too few to fit, no model")
            continue
        names = sorted({n for _, x, _ in rows for n in x})
        w = fit([(x, y) for _, x, y in rows], names)
        kept = lambda p: p >= 0.5  # noqa: E731
        train = sum(kept(predict(w, names, x)) == bool(y) for _, x, y in rows) / len(rows)
        cv_right = cv_n = cv_pos = 0
        for c in sorted({c for c, _, _ in rows}):  # leave one case out (the mismatch model too, for its rereads)
            if rule == "number.unsourced" and mismatch:
                mrows = [(x, y) for cc, x, y in rows_of("number.mismatch") if cc != c]
                fold = rows_of(rule, (fit(mrows, mismatch[1]), mismatch[1]))
            else:
                fold = rows
            wc = fit([(x, y) for cc, x, y in fold if cc != c], names)
            held = [(x, y) for cc, x, y in fold if cc == c]
            cv_right += sum(kept(predict(wc, names, x)) == bool(y) for x, y in held)
            cv_n += len(held)
            cv_pos += sum(y for _, y in held)
        base = max(pos, len(rows) - pos) / len(rows)
        print(f"{rule}: {len(rows)} findings ({pos} right); kept-or-demoted accuracy {train:.2f} on the fit, "
              f"{cv_right / cv_n:.2f} leaving each case out (always keeping: {cv_pos / cv_n:.2f}, "
              f"majority {base:.2f})")
        if cv_right / cv_n <= cv_pos / cv_n:
            print(f"  no model for {rule}: on cases it was not fitted to, it does no better than keeping every finding")
            continue
        weights[rule] = dict(zip(names, (round(v, 4) for v in w)))
        fitted[rule] = (w, names)
    lines = ["// Written by scripts/fit_confidence.py from the labelled dev cases; do not edit by hand.",
             "public enum ConfidenceWeights {", "    public static let byRule: [RuleID: [String: Double]] = ["]
    for rule, w in weights.items():
        case = "".join(p if i == 0 else p[:1].upper() + p[1:] for i, p in enumerate(rule.replace("-", ".").split(".")))
        lines.append(f'        .{case}: [')
        items = [f'"{n}": {v}' for n, v in w.items()]
        for i in range(0, len(items), 5):
            lines.append("            " + ", ".join(items[i:i + 5]) + ",")
        lines.append("        ],")
    lines += ["    ]", "}", ""]
    with open(os.path.join(ROOT, "Sources", "VerityCheck", "ConfidenceWeights.swift"), "w") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:] or [os.path.join(ROOT, "..", "shared", "eval", "cases"), os.path.join(ROOT, "Tests", "Cases")])
