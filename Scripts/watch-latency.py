#!/usr/bin/env python3
"""Measures --watch save-to-output latency: saves a typical draft N times (plain writes and atomic
renames) and times each save until prfaq prints that round's closing line. Usage:
    python3 Scripts/watch-latency.py [BINARY] [N]
"""
import os, shutil, statistics, subprocess, sys, tempfile, time, select

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/prfaq")
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
draft = open(os.path.join(root, "Fixtures", "prfaq-flawed-pharmacy-refills.md"), encoding="utf-8").read()
d = tempfile.mkdtemp(prefix="prfaq-watch-")
path = os.path.join(d, "draft.md")
open(path, "w", encoding="utf-8").write(draft)
p = subprocess.Popen([binary, "lint", "--watch", d], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
buf = b""

def wait_for(marker, deadline=10.0):
    global buf
    end = time.perf_counter() + deadline
    while marker not in buf:
        r, _, _ = select.select([p.stdout], [], [], max(0.0, end - time.perf_counter()))
        if not r:
            raise SystemExit(f"timed out waiting for {marker!r}; got {buf[-300:]!r}")
        buf += os.read(p.stdout.fileno(), 65536)
    buf = buf[buf.index(marker) + len(marker):]

wait_for(b"in 1 file\n")
times = []
for i in range(n):
    text = draft + f"\nEdit {i} is very small.\n"
    start = time.perf_counter()
    if i % 2:
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f: f.write(text)
        os.rename(tmp, path)
    else:
        with open(path, "w", encoding="utf-8") as f: f.write(text)
    wait_for(b"watching 1 file:")
    wait_for(b"\n")
    times.append((time.perf_counter() - start) * 1000)
p.terminate(); p.wait()
shutil.rmtree(d)
times.sort()
print(f"watch latency over {n} saves of a {len(draft.encode())//1024} KB draft: "
      f"median {statistics.median(times):.1f} ms, p95 {times[int(0.95 * (n - 1))]:.1f} ms, max {times[-1]:.1f} ms")
