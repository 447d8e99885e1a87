#!/usr/bin/env python3
"""Check every case: spans found exactly once, no clean/expected overlap, counts, front matter.

Usage: validate.py [CASES_DIR]   (the folder this script is in by default)"""
import json, os, re, sys
sys.path.insert(0, "/work/shared/eval")
from score import overlaps
RULES = {"quote.unsourced","quote.altered","quote.misattributed","number.mismatch","number.unsourced","date.mismatch","sources.conflict"}
root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
bad = 0
for c in sorted(os.listdir(root)):
    d = os.path.join(root, c)
    if not os.path.isfile(os.path.join(d, "expected.json")):
        continue
    art = open(os.path.join(d, "article.md"), encoding="utf-8").read()
    key = json.load(open(os.path.join(d, "expected.json")))
    probs = []
    if not art.startswith("---\n") or not re.search(r"^date: \d{4}-\d\d-\d\d$", art, re.M):
        probs.append("article front matter")
    body = art.split("---", 2)[2]
    nw = len(body.split())
    srcs = sorted(os.listdir(os.path.join(d, "sources")))
    if not 2 <= len(srcs) <= 4: probs.append(f"{len(srcs)} sources")
    for s in srcs:
        t = open(os.path.join(d, "sources", s), encoding="utf-8").read()
        if not t.startswith("---\n") or "\ndate: " not in t.split("---")[1]:
            probs.append(f"front matter {s}")
    exp, clean, ign = key["expected"], key["clean"], key.get("ignore", [])
    if not 2 <= len(exp) <= 5: probs.append(f"{len(exp)} expected")
    if not 10 <= len(clean) <= 20: probs.append(f"{len(clean)} clean")
    for e in exp:
        if e["rule"] not in RULES: probs.append("rule " + e["rule"])
    spans = [e["text"] for e in exp] + clean + ign
    for s in spans:
        n = art.count(s)
        if n != 1: probs.append(f"span found {n}x: {s!r}")
    if len(set(spans)) != len(spans): probs.append("duplicate span")
    for e in exp:
        for cl in clean:
            if overlaps(e["text"], cl): probs.append(f"clean {cl!r} overlaps expected {e['text']!r}")
    print(f"{c}: words={nw} sources={len(srcs)} expected={len(exp)} clean={len(clean)}" + ("" if not probs else "\n  " + "\n  ".join(probs)))
    bad += bool(probs)
sys.exit(1 if bad else 0)
