#!/usr/bin/env python3
"""`make bench-since`: what `lint --since` costs on a big docs repository (issue 19).

A temporary git repository holds 2,000 drafts (the Fixtures drafts, copied into folders); five of them
get a new line. It times, as the median of five paired runs of the release binary, `prfaq lint --since
HEAD` (which asks git what changed, lints the five and their committed versions) against `prfaq lint` of
the five files alone, and prints both and the difference. The target: under a second more.
"""
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, ".build", "release", "prfaq")


def main():
    if not os.access(BIN, os.X_OK):
        sys.exit("bench-since: build the release binary first (make release)")
    drafts = sorted(glob.glob(os.path.join(ROOT, "Fixtures", "*.md")))
    drafts = [d for d in drafts if not d.endswith("README.md")]
    repo = tempfile.mkdtemp(prefix="prfaq-since-")
    try:
        env = dict(os.environ, GIT_AUTHOR_NAME="b", GIT_AUTHOR_EMAIL="b@e", GIT_COMMITTER_NAME="b", GIT_COMMITTER_EMAIL="b@e")
        subprocess.run(["git", "init", "-q", repo], check=True)
        n = 0
        while n < 2000:
            folder = os.path.join(repo, "docs", f"team{n // 100:02d}")
            os.makedirs(folder, exist_ok=True)
            src = drafts[n % len(drafts)]
            shutil.copy(src, os.path.join(folder, f"{n:04d}-{os.path.basename(src)}"))
            n += 1
        subprocess.run(["git", "-C", repo, "add", "-A"], check=True)
        subprocess.run(["git", "-C", repo, "commit", "-qm", "drafts"], check=True, env=env)
        changed = sorted(glob.glob(os.path.join(repo, "docs", "team*", "*.md")))[::400][:5]
        for path in changed:
            with open(path, "a", encoding="utf-8") as f:
                f.write("\nWe leverage it.\n")
        rel = [os.path.relpath(p, repo) for p in changed]
        since, five = [], []
        for _ in range(5):
            for cmd, out in (([BIN, "lint", "--since", "HEAD", "--format", "json"], since),
                             ([BIN, "lint", "--format", "json"] + rel, five)):
                t = time.perf_counter()
                subprocess.run(cmd, cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                out.append(time.perf_counter() - t)
        a, b = statistics.median(since), statistics.median(five)
        print(f"2,000 drafts, 5 changed: lint --since HEAD {a:.3f} s, lint of the 5 {b:.3f} s, "
              f"difference {a - b:.3f} s (target: under 1 s)")
        sys.exit(0 if a - b < 1.0 else 1)
    finally:
        shutil.rmtree(repo, ignore_errors=True)


if __name__ == "__main__":
    main()
