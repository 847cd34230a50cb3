#!/usr/bin/env python3
"""`make bench-instr`: instructions per input byte, whole and by phase, counted by valgrind's callgrind
(exact and noise-free, unlike times on a shared machine). Issue 20's target is ≤ 300 per byte on the
bench corpus.

Inputs are make bench's (Scripts/bench/make_corpus.py into .build-bench/corpus): the 200 drafts, the
one-page draft and, unless --no-big, the 5 MB draft. The binary is .build-bench/release/prfaq (make
bench-instr builds it), copied without its debug info first: valgrind 3.19 cannot read Swift 6's DWARF.

Phases are inclusive costs of the functions that start them, so nested phases are subtracted:
  parse      libcmark's cmark_parse_document
  tree       Document(source:) less the parse: cmark's tree copied to blocks, prose aligned to the source
  tokenize   TokenStore.units: prose to tokens, sentences and quote marks
  anatomy    Draft's init less tokenizing: sections, press release, FAQ, STAR parts, audience
  rules      Linter.run: every rule on the draft
  findings   the linter besides the rules: suppression comments (Linter.gather), then merge, positions,
             filters, dedupe and sort (Linter.settle)
  output     the JSON writer
  other      start-up, folder walk, configuration, reading files, freeing, exit
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, ".build-bench", "corpus")
PRFAQ = os.path.join(ROOT, ".build-bench", "release", "prfaq")

# phase → pattern of the function whose inclusive cost opens it (the largest match is taken: closures
# and specialisations of the same function nest inside it).
PHASES = [
    ("parse", r"^cmark_parse_document$"),
    ("document", r"^\$s8Markdown8DocumentV6source"),
    ("tokenize", r"^\$s4Text10TokenStoreC5units_2of"),
    ("draft", r"^\$s12DraftAnatomy0A0C8document7profile"),
    ("rules", r"^\$s8LintCore6LinterC3run_"),
    ("gather", r"^\$s8LintCore6LinterC6gather_6config8deadline"),
    ("settle", r"^\$s8LintCore6LinterC6settle_6config"),
    ("output", r"^\$s7Formats13JSONFormatterV10fileChunks"),
]
LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(?:\S+:)?(\S+)\s+\[")


def inclusive(out_file):
    """{function: inclusive Ir} and the program total, from callgrind_annotate."""
    run = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out_file],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return {}, None  # with a profile per thread, the file without a thread number holds none
    text = run.stdout
    costs, total = {}, None
    for line in text.splitlines():
        if "PROGRAM TOTALS" in line:
            total = int(line.split()[0].replace(",", ""))
            continue
        m = LINE.match(line)
        if m:
            name = m.group(2)
            name = name.split(":", 1)[1] if name.startswith("???:") else name
            costs[name] = max(costs.get(name, 0), int(m.group(1).replace(",", "")))
    return costs, total


def phases(costs, total, matched):
    """One thread's phases. A big draft tokenises and runs its rules on worker threads, where no
    parent frame is on the stack: a parent phase is its cost less what nests in it on the same thread.
    Adds to `matched` each phase whose pattern names some function of this thread."""
    got = {}
    for phase, pattern in PHASES:
        rx = re.compile(pattern)
        hits = [c for n, c in costs.items() if rx.search(n)]
        if hits:
            matched.add(phase)
        got[phase] = max(hits, default=0)
    out = {
        "parse": got["parse"],
        "tree": max(0, got["document"] - got["parse"]),
        "tokenize": got["tokenize"],
        "anatomy": max(0, got["draft"] - got["tokenize"]),
        "rules": got["rules"],
        # What the linter does besides the rules: suppression comments read while they run, then the
        # findings merged, located, filtered and sorted once the draft is freed.
        "findings": max(0, got["gather"] - got["rules"]) + got["settle"],
        "output": got["output"],
    }
    out["other"] = total - sum(out.values())
    return out


def measure(binary, args, size, label):
    """Callgrind with a profile per thread (a thread's inclusive costs stop at its own stack), phases
    taken per thread and summed."""
    with tempfile.TemporaryDirectory() as tmp:
        cg = os.path.join(tmp, "cg.out")
        print(f"bench-instr: callgrind on {label} …", file=sys.stderr, flush=True)
        subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes", f"--callgrind-out-file={cg}", binary]
                       + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        total, summed, matched = 0, {}, set()
        for name in sorted(os.listdir(tmp)):
            costs, t = inclusive(os.path.join(tmp, name))
            if t is None:
                continue
            total += t
            for k, v in phases(costs, t, matched).items():
                summed[k] = summed.get(k, 0) + v
    stale = [phase for phase, _ in PHASES if phase not in matched]
    return label, size, total, summed, stale


def main():
    # The release build and the corpus are make bench's own, made the same way.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import run
    if not shutil.which("callgrind_annotate") and not run.apt_install("valgrind"):
        return 1
    run.build_prfaq()
    run.make_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, "prfaq")
        subprocess.run(["objcopy", "--strip-debug", PRFAQ, binary], check=True)
        drafts = os.path.join(CORPUS, "drafts")
        size = sum(os.path.getsize(os.path.join(drafts, n)) for n in os.listdir(drafts))
        rows = [measure(binary, ["lint", "--format", "json", drafts], size, "corpus (200 drafts)")]
        one = os.path.join(CORPUS, "one-page.md")
        rows.append(measure(binary, ["lint", "--format", "json", one], os.path.getsize(one), "one page, start to exit"))
        if "--no-big" not in sys.argv:
            big = os.path.join(CORPUS, "big", "huge.md")
            # The per-file budget would expire under valgrind and skip the rules silently.
            rows.append(measure(binary, ["lint", "--timeout", "86400", "--format", "json", big], os.path.getsize(big), "5 MB draft"))
    names = ["parse", "tree", "tokenize", "anatomy", "rules", "findings", "output", "other"]
    print("instructions per input byte (callgrind, whole process; issue 20 target on the corpus: ≤ 300)")
    print()
    print("| input | bytes | instructions | per byte | " + " | ".join(names) + " |")
    print("| --- | ---: | ---: | ---: | " + " | ".join("---:" for _ in names) + " |")
    for label, size, total, ph, _ in rows:
        print(f"| {label} | {size:,} | {total / 1e6:,.1f} M | {total / size:,.0f} | "
              + " | ".join(f"{ph[n] / size:,.1f}" for n in names) + " |")
    corpus = rows[0]
    verdict = "PASS" if corpus[2] / corpus[1] <= 300 else "FAIL"
    print()
    print(f"  {verdict}  corpus ≤ 300 instructions per input byte: {corpus[2] / corpus[1]:,.0f}")
    # A renamed or re-signatured function leaves its phase at 0 and moves its cost to "other": the
    # table would look plausible and be wrong, so a pattern that matched nothing fails the run.
    stale = sorted({phase for row in rows for phase in row[4]})
    for phase in stale:
        pattern = dict(PHASES)[phase]
        print(f"  ERROR  phase {phase!r}: no function matches {pattern!r} (Scripts/bench/instr.py PHASES); its cost is in \"other\"")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
