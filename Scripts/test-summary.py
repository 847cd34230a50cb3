#!/usr/bin/env python3
"""The one closing line CI reads, "tests: N passed, N failed[, N skipped]", from XCTest's last summary
("Executed 173 tests, with 1 test skipped and 0 failures (0 unexpected) in …"). Exits 1 when the log has
no summary or reports failures, so a run that tested nothing never passes."""
import re, sys

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
found = re.findall(r"Executed (\d+) tests?, with (?:(\d+) tests? skipped and )?(\d+) failures?", text)
if not found:
    print("tests: no XCTest summary in " + sys.argv[1], file=sys.stderr)
    sys.exit(1)
executed, skipped, failed = (int(x or 0) for x in found[-1])
line = f"tests: {executed - failed - skipped} passed, {failed} failed"
print(line + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed else 0)
