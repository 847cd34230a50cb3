#!/usr/bin/env python3
"""Recall on drafts with seeded flaws that the rules' authors have not seen.

Usage: seeded-recall.py BINARY DIR [--list] [--min N] [--max-noise N]

DIR holds NAME.md drafts, each with NAME.flaws.yml written by someone else:
    flaws:
      - line: 12
        kind: percent-without-baseline
        also: 7          # figure-disagrees only: the other place
        text: "..."
A flaw is caught when a finding of one of its kind's rules lands where the kind says (below). The
script prints recall per kind, and the errors and warnings that land on no flaw (noise: the drafts
are written clean apart from their flaws). It reads the flaw files with a tiny parser, so it needs
no PyYAML. With --min N it exits 1 when fewer than N flaws are caught, with --max-noise N when more
than N errors and warnings land on no flaw: `make seeded` holds each set to what it measured.
"""
import json
import os
import re
import subprocess
import sys

# kind -> (rules that catch it, where: "line" on the flaw's line (or `also`), "near" on it or up to
# 6 lines above (the question or heading an answer belongs to), "file" anywhere in the draft)
KINDS = {
    "figure-disagrees": (["data/inconsistent-figure"], "line"),
    # "TBD" is no answer at all: the unanswered-question error catches it.
    "empty-tradeoff-answer": (["tradeoffs/empty-answer", "tradeoffs/softball-risk-answer", "structure/faq-unanswered"], "near"),
    "no-customer-evidence": (["customer/no-evidence"], "file"),
    "metric-activity": (["data/metric-without-target"], "near"),
    "proposal-before-problem": (["customer/problem-before-solution"], "near"),
    "tech-first-press-release": (["customer/technology-first", "customer/technology-in-press-release"], "line"),
    "no-customer-segment": (["customer/no-segment"], "file"),
    "percent-without-baseline": (["data/missing-baseline"], "line"),
    "comparison-without-number": (["data/unquantified-claim"], "line"),
    "number-without-unit": (["data/number-without-unit"], "line"),
    "yes-no-evaded": (["structure/evasive-answer"], "near"),
    "prompt-part-missed": (["structure/prompt-coverage"], "file"),
    "principle-not-shown": (["principles/not-shown", "principles/without-evidence"], "near"),
}


def flaws(path):
    out, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].rstrip() if "text:" not in raw else raw.rstrip()
        m = re.match(r"\s*-\s*line:\s*(\d+)", line)
        if m:
            cur = {"line": int(m.group(1))}
            out.append(cur)
            continue
        m = re.match(r"\s*(kind|also):\s*(\S+)", line)
        if m and cur is not None:
            cur[m.group(1)] = int(m.group(2)) if m.group(1) == "also" else m.group(2)
        m = re.match(r'\s*text:\s*"(.*)"\s*$', line)
        if m and cur is not None:
            cur["text"] = m.group(1)
    return out


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    listing = "--list" in sys.argv
    def option(name):
        return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else None
    least, most_noise = option("--min"), option("--max-noise")
    caught, total = {}, {}
    noise = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        draft = os.path.join(folder, name)
        spec = draft[:-3] + ".flaws.yml"
        if not os.path.exists(spec):
            continue
        run = subprocess.run([binary, "lint", "--format", "json", draft], capture_output=True, text=True)
        found = json.loads(run.stdout)["files"][0].get("diagnostics", [])
        used = set()
        for f in flaws(spec):
            rules, where = KINDS[f["kind"]]
            lines = {f["line"]} | ({f["also"]} if "also" in f else set())
            hit = None
            # An error or a warning catches a flaw before a suggestion does, so the suggestion is not the
            # one counted and the warning left over as noise.
            # Among those, the one whose message names the flaw's words ("the prompt asks …") first.
            said = set(re.findall(r"[a-z]+", f.get("text", "").lower()))
            def rank(x):
                return (x[1]["severity"] == "suggestion", -len(said & set(re.findall(r"[a-z]+", x[1]["message"].lower()))))
            for i, d in sorted(enumerate(found), key=rank):
                if d["rule"] not in rules:
                    continue
                ok = (where == "file" or d["line"] in lines
                      or (where == "near" and f["line"] - 6 <= d["line"] <= f["line"]))
                if ok:
                    hit = i
                    break
            total[f["kind"]] = total.get(f["kind"], 0) + 1
            if hit is not None:
                caught[f["kind"]] = caught.get(f["kind"], 0) + 1
                used.add(hit)
            if listing:
                print(f"{'HIT ' if hit is not None else 'MISS'} {name}:{f['line']} {f['kind']}")
        for i, d in enumerate(found):
            if i not in used and d["severity"] in ("error", "warning"):
                noise.append(f"{name}:{d['line']}: {d['severity']}: {d['message']} [{d['rule']}]")
    for kind in KINDS:
        if kind in total:
            print(f"{kind:28} {caught.get(kind, 0)}/{total[kind]}")
    n, c = sum(total.values()), sum(caught.values())
    print(f"recall: {c}/{n} seeded flaws caught; {len(noise)} errors and warnings on no seeded flaw")
    for line in noise:
        print("  noise:", line)
    if least is not None and c < least:
        print(f"seeded-recall: {folder}: {c} caught, fewer than the {least} measured before")
        sys.exit(1)
    if most_noise is not None and len(noise) > most_noise:
        print(f"seeded-recall: {folder}: {len(noise)} false alarms, more than the {most_noise} measured before")
        sys.exit(1)


if __name__ == "__main__":
    main()
