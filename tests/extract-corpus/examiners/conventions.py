#!/usr/bin/env python3
"""Write the examiners' keying conventions: python3 conventions.py > /work/agree/conventions.md
This README's "Fields" and "Matching" sections and the note of every held-out set, nothing else
(no extractor, no test, no paragraph). Run from the repository's root."""
import glob, json, re

lines = open("tests/extract-corpus/README.md", encoding="utf8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("## Fields of an expected indicator"))
end = next(i for i, l in enumerate(lines) if l.startswith("## Learnt name chooser"))
out = ["# Keying conventions for the extraction corpus", "",
       "How a careful reader keys the indicators of a paragraph. The fields and the matching come first;",
       "then the notes of every earlier held-out set, each listing the conventions its writer followed",
       "and decided. Where two notes disagree, follow the majority of the notes and say your choice in",
       "your own note.", ""] + lines[start:end] + ["", "## Notes of the earlier held-out sets", ""]
files = sorted(glob.glob("tests/extract-corpus/heldout-*.json"), key=lambda s: int(re.findall(r"\d+", s)[-1]))
for f in files:
    d = json.load(open(f, encoding="utf8"))
    if isinstance(d, dict) and d.get("note"):
        out += [f"### Held-out {re.findall(r'[0-9]+', f)[-1]}", "", d["note"], ""]
print("\n".join(out))
