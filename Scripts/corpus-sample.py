#!/usr/bin/env python3
"""Draw the judged sample of a round: errors and warnings prfaq reports on the real corpus, stratified
by rule with a fixed seed, as a TSV a reader fills with verdicts (A worth acting on, B debatable, C wrong).

    python3 Scripts/corpus-sample.py .build/release/prfaq ../shared/corpus/real 60 > Tests/Corpus/sample-N.tsv

Every rule with findings gets at least two (or all it has); the rest of the sample is shared in
proportion to each rule's volume, so the judged share estimates what a writer meets.

    python3 Scripts/corpus-sample.py BINARY CORPUS 40 14 --rules data/inconsistent-figure,markdown/x

samples only the rules named, at every severity (suggestions included): the way to judge a new rule."""
import json, random, subprocess, sys, os, collections

def main():
    args = sys.argv[1:]
    only = None
    if "--rules" in args:
        i = args.index("--rules")
        only = set(args[i + 1].split(","))
        del args[i:i + 2]
    binary, corpus = args[0], args[1]
    size = int(args[2]) if len(args) > 2 else 60
    seed = int(args[3]) if len(args) > 3 else 14
    out = subprocess.run([binary, "lint", "--format", "json", corpus], capture_output=True, text=True).stdout
    found = collections.defaultdict(list)
    for f in json.loads(out)["files"]:
        for d in f.get("diagnostics", []):
            if (d["rule"] in only) if only else d["severity"] in ("error", "warning"):
                found[d["rule"]].append((os.path.relpath(f["path"], corpus), d))
    rng = random.Random(seed)
    rules = sorted(found)
    take = {r: min(2, len(found[r])) for r in rules}
    total = sum(len(v) for v in found.values())
    left = size - sum(take.values())
    # Largest remainders: the share of the rest each rule's volume earns.
    shares = {r: max(0, left) * len(found[r]) / total for r in rules}
    for r in rules: take[r] = min(len(found[r]), take[r] + int(shares[r]))
    for r in sorted(rules, key=lambda r: shares[r] - int(shares[r]), reverse=True):
        if sum(take.values()) >= size: break
        if take[r] < len(found[r]): take[r] += 1
    print("\t".join(["id", "path", "line", "column", "rule", "severity", "message", "source_line", "verdict", "reason"]))
    n = 0
    for r in rules:
        for path, d in sorted(rng.sample(found[r], take[r]), key=lambda x: (x[0], x[1]["line"])):
            n += 1
            with open(os.path.join(corpus, path), encoding="utf-8", errors="replace") as fh:
                lines = fh.read().split("\n")
            src = lines[d["line"] - 1] if d["line"] - 1 < len(lines) else ""
            clean = lambda s: s.replace("\t", " ").replace("\n", " ")
            print("\t".join([str(n), path, str(d["line"]), str(d["column"]), r, d["severity"], clean(d["message"]),
                             clean(src)[:400], "", ""]))

if __name__ == "__main__":
    main()
