#!/usr/bin/env python3
"""Holds the source to its layers: each target imports only the targets below it, the command line only
the session and formats layers, and Yams (YAML) and cmark only the one layer that reads them.

SwiftPM checks a target's declared dependencies when it resolves the graph, but on Linux the compiler
finds any module already built in .build, so an import the manifest does not declare can still compile.
This reads every `import` line instead, and checks the manifest's declarations against the same table.
It also holds every target, the test targets included, to declaring what it imports: an undeclared
import compiles only when the build happens to order that module first, so it passes here and fails
on a clean machine with more cores or another order.

    Scripts/check-layers.py            check Sources/, Rules/ and Package.swift (exit 1 on a violation)
    Scripts/check-layers.py --self-test  show that a violation is caught (run by `make test`)
"""
import json
import os
import re
import subprocess
import sys

# The layers, bottom up: what each target may import of the project's own targets. Order matters only
# for the messages; the sets are the rule.
ALLOWED = {
    "Markdown": set(),
    "Text": {"Markdown"},
    "DraftAnatomy": {"Markdown", "Text"},
    "LintCore": {"Markdown", "Text", "DraftAnatomy"},
    "Settings": {"Markdown", "Text", "DraftAnatomy", "LintCore"},
    "PRFAQRules": {"Markdown", "Text", "DraftAnatomy", "LintCore", "Settings"},
    "Formats": {"Markdown", "Text", "DraftAnatomy", "LintCore"},
    "HTMLReport": {"Markdown", "Text", "DraftAnatomy", "LintCore", "Formats"},
    "Session": {"Markdown", "Text", "DraftAnatomy", "LintCore", "Settings", "PRFAQRules", "Formats", "HTMLReport"},
    "prfaq": {"Session", "Formats"},
    # A build tool, not a layer: it compiles the word lists through the pack parser.
    "generate-lists": {"LintCore", "Settings"},
}
# Outside modules that only one layer may use: YAML is read in one place, cmark is wrapped in one place,
# argument parsing and the allocator's settings are the command line's alone.
EXTERNAL_OWNER = {"Yams": {"Settings", "generate-lists"}, "CCmark": {"Markdown"}, "ArgumentParser": {"prfaq"},
                  "CAllocator": {"prfaq"}}
# Every layer may use the platform; tests may use XCTest.
PLATFORM = {"Foundation", "FoundationXML", "Dispatch", "Glibc", "Darwin"}
TEST_PLATFORM = {"XCTest"}
PATHS = {
    "Markdown": "Sources/Markdown", "Text": "Sources/Text", "DraftAnatomy": "Sources/DraftAnatomy",
    "LintCore": "Sources/LintCore", "Settings": "Sources/Settings", "PRFAQRules": "Rules",
    "Formats": "Sources/Formats", "HTMLReport": "Sources/HTMLReport", "Session": "Sources/Session",
    "prfaq": "Sources/prfaq", "generate-lists": "Sources/generate-lists",
}
IMPORT = re.compile(r"^\s*(?:@testable\s+|@_exported\s+|@_implementationOnly\s+|(?:public|package|internal)\s+)*import\s+(?:(?:struct|class|enum|func|var|let|protocol|typealias)\s+)?([A-Za-z_]\w*)")


def imports(text):
    """(line number, module, whole line) of each import, outside multi-line string literals (a test may
    hold a Python script that says `import json`)."""
    in_string = False
    for n, line in enumerate(text.split("\n"), 1):
        m = None if in_string else IMPORT.match(line)
        if line.count('"""') % 2:
            in_string = not in_string
        if m:
            yield n, m.group(1), line.strip()


def check_files(files):
    """files: [(target, path, text)] → violation messages."""
    out = []
    for target, path, text in files:
        allowed = ALLOWED[target]
        for n, module, line in imports(text):
            if line.startswith("@_exported"):
                out.append(f"{path}:{n}: {target} re-exports {module}; each layer names what it uses itself")
            if module in ALLOWED:
                if module != target and module not in allowed:
                    out.append(f"{path}:{n}: {target} imports {module}, which is not below it "
                               f"(it may import: {', '.join(sorted(allowed)) or 'no project module'})")
            elif module in EXTERNAL_OWNER:
                if target not in EXTERNAL_OWNER[module]:
                    out.append(f"{path}:{n}: {target} imports {module}; only {' and '.join(sorted(EXTERNAL_OWNER[module]))} may")
            elif module not in PLATFORM:
                out.append(f"{path}:{n}: {target} imports {module}, which no layer expects")
    return out


def check_manifest(targets):
    """targets: {name: [declared dependency names]} → violation messages."""
    out = []
    for name, deps in targets.items():
        if name not in ALLOWED:
            continue
        for d in deps:
            if d in ALLOWED and d not in ALLOWED[name]:
                out.append(f"Package.swift: target {name} depends on {d}, which is not below it")
            if d in EXTERNAL_OWNER and name not in EXTERNAL_OWNER[d]:
                out.append(f"Package.swift: target {name} depends on {d}; only {' and '.join(sorted(EXTERNAL_OWNER[d]))} may")
    missing = set(ALLOWED) - set(targets)
    for name in sorted(missing):
        out.append(f"Package.swift: no target {name}; update Scripts/check-layers.py if the layers changed")
    return out


def check_declared(files, declared):
    """files: [(target, path, text)], declared: {target: [dependency names]} → imports the manifest does
    not declare for the importing target."""
    out = []
    for target, path, text in files:
        known = set(declared.get(target, [])) | PLATFORM | TEST_PLATFORM | {target}
        for n, module, _ in imports(text):
            if module not in known:
                out.append(f"{path}:{n}: {target} imports {module}, but Package.swift does not list it in "
                           f"{target}'s dependencies (a clean build may compile {target} before {module})")
    return out


def manifest():
    """The manifest as ({name: [dependency names]}, {name: source folder}) for every target with sources."""
    dump = subprocess.run(["swift", "package", "dump-package"], capture_output=True, text=True, check=True).stdout
    targets, folders = {}, {}
    for t in json.loads(dump)["targets"]:
        deps = []
        for d in t.get("dependencies", []):
            for kind in ("byName", "target", "product"):
                if kind in d:
                    deps.append(d[kind][0])
        targets[t["name"]] = deps
        if t["type"] != "system":
            folders[t["name"]] = t.get("path") or os.path.join("Tests" if t["type"] == "test" else "Sources", t["name"])
    return targets, folders


def source_files(paths=PATHS):
    for target, folder in paths.items():
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                if name.endswith(".swift"):
                    path = os.path.join(root, name)
                    with open(path, encoding="utf-8") as f:
                        yield target, path, f.read()


def self_test():
    """The check must fail on each kind of violation and pass a clean layer."""
    bad = [
        ("Text", "Sources/Text/X.swift", "import Markdown\nimport LintCore\n"),
        ("DraftAnatomy", "Sources/DraftAnatomy/X.swift", "import Yams\n"),
        ("prfaq", "Sources/prfaq/X.swift", "import ArgumentParser\nimport Settings\n"),
        ("Formats", "Sources/Formats/X.swift", "@_exported import LintCore\n"),
    ]
    found = check_files(bad)
    expect = ["Text imports LintCore", "DraftAnatomy imports Yams", "prfaq imports Settings", "Formats re-exports LintCore"]
    failures = [e for e in expect if not any(e in f for f in found)]
    if len(found) != len(expect):
        failures.append(f"expected {len(expect)} violations, found {len(found)}: {found}")
    if check_files([("Session", "Sources/Session/X.swift", "import Foundation\nimport LintCore\nimport Formats\n")]):
        failures.append("a clean Session file was reported")
    if not check_manifest({**{k: [] for k in ALLOWED}, "Text": ["Markdown", "Settings"]}):
        failures.append("a manifest dependency upwards was not reported")
    test_file = [("CLITests", "Tests/CLITests/X.swift", "import XCTest\nimport TestSupport\nimport Yams\n")]
    if len(check_declared(test_file, {"CLITests": ["TestSupport"]})) != 1:
        failures.append("a test target's undeclared import was not reported")
    if check_declared(test_file, {"CLITests": ["TestSupport", "Yams"]}):
        failures.append("a declared import was reported")
    for f in failures:
        print("check-layers self-test: " + f, file=sys.stderr)
    return 1 if failures else 0


def main():
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    if "--self-test" in sys.argv:
        return self_test()
    targets, folders = manifest()
    problems = (check_files(source_files()) + check_manifest(targets)
                + check_declared(source_files(folders), targets))
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"layers: {len(problems)} import(s) break the layering (see CONTRIBUTING.md)", file=sys.stderr)
        return 1
    print(f"layers: {len(ALLOWED)} targets, every import below its importer; "
          f"{len(folders)} targets declare all they import")
    return 0


if __name__ == "__main__":
    sys.exit(main())
