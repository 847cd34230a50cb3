#!/usr/bin/env python3
"""Compare a prfaq binary's output with a judged sample (Tests/Corpus/verdicts-N.tsv): how many findings
of each verdict remain (same rule, same file, same line), and the judged share of the sample.

    python3 Scripts/corpus-compare.py .build/release/prfaq Tests/Corpus/verdicts-1.tsv [CORPUS]

CORPUS defaults to ../shared/corpus/real. A judged round stays the yardstick for the next one: C that
remain are the wrong findings still to remove, A that vanish are right findings lost."""
import csv, collections, json, os, subprocess, sys

def main():
    binary, tsv = sys.argv[1], sys.argv[2]
    corpus = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "real")
    rows = list(csv.DictReader(open(tsv, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    out = subprocess.run([binary, "lint", "--format", "json", corpus], capture_output=True, text=True).stdout
    now = set()
    for f in json.loads(out)["files"]:
        rel = os.path.relpath(f["path"], corpus)
        # The samples are drawn from errors and warnings: a finding demoted to a suggestion has left them.
        for d in f.get("diagnostics", []):
            if d["severity"] in ("error", "warning"):
                now.add((rel, d["rule"], d["line"]))
    judged = collections.Counter(r["verdict"] for r in rows)
    remain = collections.Counter(r["verdict"] for r in rows if (r["path"], r["rule"], int(r["line"])) in now)
    n = len(rows)
    print(f"judged sample: {n} findings: " + ", ".join(f"{judged[v]} {v} ({100 * judged[v] / n:.0f}%)" for v in "ABC"))
    for v in "ABC":
        print(f"  {v} that remain: {remain[v]} of {judged[v]}")
    for r in rows:
        if r["verdict"] == "C" and (r["path"], r["rule"], int(r["line"])) in now:
            print(f"  C remains: {r['path']}:{r['line']} [{r['rule']}] {r['reason']}")

if __name__ == "__main__":
    main()
