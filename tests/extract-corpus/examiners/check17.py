#!/usr/bin/env python3
"""Check a held-out set file: python3 check17.py FILE.json SETNUMBER
JSON shape, unique ids, one of actual/plan per key, known fields, and every keyed figure written in
its paragraph in vi-VN form (dot for thousands, comma for decimals), also after scale words
(nghìn, triệu, tỷ, nghìn tỷ). Prints the problems and the counts."""
import json, re, sys

FIELDS = {"name", "unit", "actual", "plan", "total", "pctPlan", "pctPrior", "changePct", "stretch", "estimate"}
NUM = re.compile(r"\d+(?:[.,]\d+)*")


def values(text):
    out = set()
    for tok in NUM.findall(text):
        vi = tok.replace(".", "").replace(",", ".")
        try:
            out.add(float(vi))
        except ValueError:
            pass
        if tok.count(".") == 1 and "," not in tok:  # "1.5" read the English way too
            out.add(float(tok))
    return out


def written(v, vals):
    v = abs(v)
    for scale in (1, 1e3, 1e6, 1e9, 1e12):
        w = v / scale
        if any(abs(w - x) <= 1e-9 * max(1, abs(x)) for x in vals):
            return True
    return False


def main():
    path, n = sys.argv[1], sys.argv[2]
    problems = []
    d = json.load(open(path, encoding="utf8"))
    if not isinstance(d, dict) or not isinstance(d.get("note"), str) or not isinstance(d.get("paragraphs"), list):
        print("top level must be {note: string, paragraphs: [...]}")
        sys.exit(1)
    ids = set()
    counts = {k: 0 for k in ["paragraphs", "indicators", "actual", "plan", "total", "pctPlan", "pctPrior", "changePct", "stretch", "estimate"]}
    empty = []
    for p in d["paragraphs"]:
        counts["paragraphs"] += 1
        pid = p.get("id")
        if not isinstance(pid, str) or not re.fullmatch(rf"h{n}-\d\d", pid):
            problems.append(f"{pid}: id must be h{n}-NN")
        if pid in ids:
            problems.append(f"{pid}: id repeated")
        ids.add(pid)
        if p.get("split") != f"heldout{n}":
            problems.append(f"{pid}: split must be heldout{n}")
        text = p.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{pid}: no text")
            continue
        inds = p.get("indicators")
        if not isinstance(inds, list):
            problems.append(f"{pid}: indicators must be a list")
            continue
        if not inds:
            empty.append(pid)
        vals = values(text)
        for i, k in enumerate(inds):
            counts["indicators"] += 1
            where = f"{pid} #{i + 1} {k.get('name')!r}"
            extra = set(k) - FIELDS
            if extra:
                problems.append(f"{where}: unknown fields {sorted(extra)}")
            if not isinstance(k.get("name"), str) or not k["name"].strip():
                problems.append(f"{where}: name missing")
            if not isinstance(k.get("unit"), str):
                problems.append(f"{where}: unit missing (a string)")
            if ("actual" in k) == ("plan" in k):
                problems.append(f"{where}: exactly one of actual / plan")
            for f in ["actual", "plan", "total", "pctPlan", "pctPrior", "changePct", "stretch"]:
                if f not in k:
                    continue
                v = k[f]
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    problems.append(f"{where}: {f} must be a number")
                    continue
                counts[f] += 1
                ok = written(v, vals)
                if not ok and f in ("pctPlan", "pctPrior"):
                    ok = written(v - 100, vals)
                if not ok:
                    problems.append(f"{where}: {f} {v} not written in the paragraph")
            if "estimate" in k:
                if k["estimate"] is not True:
                    problems.append(f"{where}: estimate is true or absent")
                else:
                    counts["estimate"] += 1
    for pr in problems:
        print("PROBLEM", pr)
    print("problems:", len(problems))
    print("counts:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("paragraphs without an indicator:", ", ".join(empty) or "none")
    lens = [len(p.get("text", "")) for p in d["paragraphs"]]
    if lens:
        print("characters per paragraph: mean", round(sum(lens) / len(lens)), "min", min(lens), "max", max(lens))


main()
