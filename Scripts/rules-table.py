#!/usr/bin/env python3
"""Rewrites the rules table in README.md (between the rules:begin/end markers) from `prfaq rules --format json`."""
import json, subprocess, sys
binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/prfaq"
rules = json.loads(subprocess.run([binary, "rules", "--format", "json"], capture_output=True, text=True, check=True).stdout)
rows = ["| rule | severity | profiles | what it finds |", "|---|---|---|---|"]
for r in rules:
    profiles = "all" if len(r["profiles"]) == 3 else ", ".join(r["profiles"])
    extra = (" (fix)" if r["fixable"] else "") + ("" if r.get("enabledByDefault", True) else " (off by default)")
    rows.append(f"| `{r['id']}` | {r['severity']} | {profiles} | {r['summary']}{extra} |")
readme = open("README.md", encoding="utf-8").read()
begin, end = "<!-- rules:begin -->", "<!-- rules:end -->"
head, rest = readme.split(begin, 1)
_, tail = rest.split(end, 1)
open("README.md", "w", encoding="utf-8").write(head + begin + "\n" + "\n".join(rows) + "\n" + end + tail)
print(f"README: {len(rules)} rules")
