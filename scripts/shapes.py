#!/usr/bin/env python3
"""Writes the texts of issue 13's item 2, each of about SIZE bytes: shapes.py SHAPE SIZE FILE.

Shapes: wrapped (hard-wrapped lines, no blank line), unclosed (paragraphs whose quotation mark never closes),
role (a speaker named only by role throughout), brackets (`[` characters, a third of the text, on one line),
oneline (ordinary copy on a single line), quoted (one long paragraph of ordinary quoted sentences)."""
import random
import sys

WORDS = ("the port will reopen next week after repairs costing $4.2 million officials said on Tuesday while "
         "the council voted 7 to 2 to extend the contract through March 2026 and residents asked for answers").split()
NAMES = ["Maria Lopez", "John Okafor", "Priya Natarajan", "Lee Park", "Ana Ruiz"]


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def sentence(rng):
    k = rng.randrange(4)
    w = words(rng, rng.randrange(6, 14))
    name = rng.choice(NAMES)
    if k == 0:
        return f"\u201c{w.capitalize()},\u201d {name} said."
    if k == 1:
        return f"{name} told reporters: \u201c{w.capitalize()}.\u201d"
    if k == 2:
        return f"The town recorded {rng.randrange(2, 900)} cases on March {rng.randrange(1, 28)}, 2024, up 12 percent."
    return f"\u201c{w.capitalize()},\u201d she said, \u201c{words(rng, 5)}.\u201d"


def wrap(text, width=72):
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n".join(out)


def body(shape, rng, size):
    parts, n = [], 0
    while n < size:
        if shape in ("wrapped", "oneline", "quoted"):
            s = sentence(rng) if shape != "quoted" \
                else f"\u201c{words(rng, 10).capitalize()},\u201d {rng.choice(NAMES)} said."
        elif shape == "unclosed":
            s = f"\u201c{words(rng, rng.randrange(8, 30)).capitalize()} and"
        elif shape == "role":
            s = f"\u201c{words(rng, 10).capitalize()},\u201d the minister told reporters."
        else:  # brackets
            s = "[" * rng.randrange(1, 4) + " " + rng.choice(WORDS)
        parts.append(s)
        n += len(s.encode()) + 1
    if shape == "wrapped" or shape == "quoted":
        return wrap(" ".join(parts))
    if shape == "unclosed":  # paragraphs of a few dozen lines each, every one opening a quotation that never closes
        k = max(1, len(parts) // 4)  # four paragraphs, each a quarter of the text
        paras = [" ".join(parts[i:i + k]) for i in range(0, len(parts), k)]
        return "\n\n".join(wrap(p) for p in paras)
    if shape == "role":
        return "\n\n".join(parts)
    return " ".join(parts)


def main():
    shape, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(13)
    text = "---\ntitle: Shape " + shape + "\ndate: 2025-11-01\n---\n\n" + body(shape, rng, size) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
