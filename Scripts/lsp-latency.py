#!/usr/bin/env python3
"""Measures `prfaq lsp` keystroke (didChange) → publishDiagnostics latency on a one-page draft (the
bench's one-page.md when `make bench` has made it, else the first PR/FAQ fixture) and on a ~5,000-word
draft. Edits come a keystroke apart (GAP seconds, default 0.15: a brisk typist), as in an editor; the
server lints a change after a pause at once and waits out its debounce only inside a burst.
Usage: python3 Scripts/lsp-latency.py [BINARY] [N] [GAP]"""
import json, os, select, statistics, subprocess, sys, time

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/prfaq")
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
gap = float(sys.argv[3]) if len(sys.argv) > 3 else 0.15
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
fixtures = [os.path.join(root, "Fixtures", f) for f in sorted(os.listdir(os.path.join(root, "Fixtures")))
            if f.startswith("prfaq-") and f.endswith(".md")]
big = ""
while len(big.split()) < 5000:
    for f in fixtures:
        big += open(f, encoding="utf-8").read() + "\n"
one_page = os.path.join(root, ".build-bench", "corpus", "one-page.md")
page = open(one_page if os.path.exists(one_page) else fixtures[0], encoding="utf-8").read()
p = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
buf = b""

def send(m):
    m["jsonrpc"] = "2.0"
    body = json.dumps(m).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()

def read_until(pred, timeout=20):
    global buf
    end = time.perf_counter() + timeout
    while True:
        while b"\r\n\r\n" in buf:
            head, rest = buf.split(b"\r\n\r\n", 1)
            length = int(head.split(b":")[1])
            if len(rest) < length:
                break
            msg = json.loads(rest[:length]); buf = rest[length:]
            if pred(msg):
                return msg
        r, _, _ = select.select([p.stdout], [], [], max(0, end - time.perf_counter()))
        if not r:
            raise SystemExit("timeout")
        buf += os.read(p.stdout.fileno(), 1 << 20)

send({"id": 1, "method": "initialize", "params": {"capabilities": {}}})
read_until(lambda m: m.get("id") == 1)

def measure(text, uri):
    send({"method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    read_until(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("uri") == uri)
    times = []
    for v in range(2, n + 2):
        time.sleep(gap)
        new = text + f"\nEdit {v} is very small.\n"
        start = time.perf_counter()
        send({"method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": v}, "contentChanges": [{"text": new}]}})
        msg = read_until(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("uri") == uri
                         and m["params"].get("version") == v)
        times.append((time.perf_counter() - start) * 1000)
        count = len(msg["params"]["diagnostics"])
    times.sort()
    print(f"lsp keystroke → diagnostics on a {len(text.split())}-word draft ({count} findings), {n} edits "
          f"{gap * 1000:.0f} ms apart: median {statistics.median(times):.1f} ms, p95 {times[int(0.95 * (n - 1))]:.1f} ms")


measure(page, "file:///tmp/prfaq-lsp-latency/page.md")
measure(big, "file:///tmp/prfaq-lsp-latency/draft.md")
send({"id": 2, "method": "shutdown"}); read_until(lambda m: m.get("id") == 2)
send({"method": "exit"}); p.wait()
