#!/usr/bin/env python3
"""`make bench`: one table comparing prfaq with the cmark parse floor and peer linters (issue 6).

After the table, a linearity check: prfaq on prefixes of big/huge.md (a quarter, a half) and on it whole and
twice over, seconds per MB at each size.

Steps: install what is missing (the `cmark` CLI from Debian; proselint and rumdl from PyPI into
.build-bench/venv), build release prfaq with `--scratch-path .build-bench`, write the deterministic
corpus (Scripts/bench/make_corpus.py) into .build-bench/corpus, then time every tool on
  (a) the corpus: 200 PR/FAQ drafts of ~12 KB (median of RUNS runs after one warm-up),
  (b) big/huge.md, one ~5 MB draft (median of 3; proselint once, with a time limit),
  (c) one-page.md, process start to exit (median of ONE_PAGE_RUNS runs).
Wall time is time.perf_counter around subprocess.run with output to /dev/null; "corpus CPU s" is the
user + system time of all the run's processes (getrusage deltas), steadier than wall time on a machine
that is busy with other work (the header prints the load average). Peak memory is the
largest resident set of any process of one extra run, read in a fresh child: /usr/bin/time -f %M when
present, else a small Python wrapper reading getrusage(RUSAGE_CHILDREN).ru_maxrss.

The floor, `cmark`, runs 2-wide like prfaq (2 cores): the corpus is split into 2 halves and each half
is parsed by one `cmark f1 f2 …` process (cmark concatenates its inputs), so the floor is parsing and
HTML rendering, not 200 process start-ups. The `cmark ×200` row (one process per file, 2 at a time
via xargs -P 2) is shown for reference only.

Exit status: 0 even when a target fails (this is a report); 1 when a tool crashes on the corpus (a
signal, or an exit status that tool does not use for "issues found") or prfaq cannot be built.

Environment: BENCH_RUNS (default 5), BENCH_ONE_PAGE_RUNS (default 21), BENCH_PAIRED_RUNS (default 21), BENCH_SKIP_BUILD=1 to reuse
.build-bench/release/prfaq as it is, BENCH_PROSELINT_LIMIT seconds (default 600).
"""
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRATCH = os.path.join(ROOT, ".build-bench")
VENV = os.path.join(SCRATCH, "venv")
CORPUS = os.path.join(SCRATCH, "corpus")
DRAFTS = os.path.join(CORPUS, "drafts")
BIG = os.path.join(CORPUS, "big", "huge.md")
ONE = os.path.join(CORPUS, "one-page.md")
PRFAQ = os.path.join(SCRATCH, "release", "prfaq")
# heaptrack preloads its allocator hooks into the process, which a static executable ignores: the heap is
# measured on the same code linked against the shared glibc (its own scratch folder, or each build would
# undo the other's).
HEAP_SCRATCH = os.path.join(SCRATCH, "heap")
HEAP_PRFAQ = os.path.join(HEAP_SCRATCH, "release", "prfaq")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
ONE_PAGE_RUNS = int(os.environ.get("BENCH_ONE_PAGE_RUNS", "21"))
PROSELINT_LIMIT = float(os.environ.get("BENCH_PROSELINT_LIMIT", "600"))
LOAD = [0.0]
BIG_LIMIT = 300.0  # seconds one tool may take on the 5 MB draft before it is reported as timed out

TIME = "/usr/bin/time"
RSS_WRAPPER = ("import resource, subprocess, sys\n"
               "p = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
               "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
               "sys.exit(p.returncode if p.returncode >= 0 else 128 - p.returncode)\n")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw).returncode == 0


class Crash(Exception):
    pass


# ---------------------------------------------------------------------------------------------- setup

def apt_install(pkg):
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        log(f"bench: {pkg} is missing and apt-get cannot run here: run  sudo apt-get install -y {pkg}")
        return False
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log(f"bench: installing {pkg} (apt-get)…")
    if sh(["apt-get", "install", "-y", "-qq", pkg], env=env):
        return True
    sh(["apt-get", "update", "-qq"], env=env)
    return sh(["apt-get", "install", "-y", "-qq", pkg], env=env)


def ensure_cmark():
    if shutil.which("cmark") or apt_install("cmark"):
        return shutil.which("cmark")
    log("bench: cmark cannot be had; its rows are n/a and the targets that need it are skipped")
    return None


def ensure_time():
    global TIME
    if not os.access(TIME, os.X_OK) and not apt_install("time"):
        TIME = None  # fall back to the Python wrapper


def ensure_venv_tool(pkg, exe):
    """Install pkg into the bench venv when its executable is missing; return the executable or None."""
    path = os.path.join(VENV, "bin", exe)
    if os.access(path, os.X_OK):
        return path
    pip = os.path.join(VENV, "bin", "pip")
    if not os.access(pip, os.X_OK) and not sh([sys.executable, "-m", "venv", VENV]):
        log(f"bench: cannot create {VENV}; {pkg} is n/a")
        return None
    idx = subprocess.run([pip, "index", "versions", pkg], capture_output=True, text=True)
    if idx.returncode != 0:
        log(f"bench: {pkg} is not available from the package index ({(idx.stderr or '').strip().splitlines()[-1:]}); its row is n/a")
        return None
    log(f"bench: pip install {pkg} ({idx.stdout.splitlines()[0] if idx.stdout else '?'})…")
    if not sh([pip, "install", "-q", pkg]) or not os.access(path, os.X_OK):
        log(f"bench: pip install {pkg} failed; its row is n/a")
        return None
    return path


def pgo_flags(scratch):
    """`make release`'s profile flags for a build in `scratch` (Scripts/pgo/profile.py)."""
    # Loaded by path: `profile` is also a module of Python's own.
    spec = importlib.util.spec_from_file_location("prfaq_pgo", os.path.join(ROOT, "Scripts", "pgo", "profile.py"))
    pgo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pgo)
    made = pgo.flags(scratch)
    pgo.forget_stale_build(scratch, made)
    return made


def build_prfaq():
    if os.environ.get("BENCH_SKIP_BUILD") == "1" and os.access(PRFAQ, os.X_OK):
        return
    swift = os.environ.get("SWIFT", "swift")
    # The flags of `make release` (see RELEASE_FLAGS in the Makefile, and its profile), then the same code
    # for heaptrack.
    for flags, scratch, binary in ((["-Xswiftc", "-static-executable"], SCRATCH, PRFAQ),
                                   (["--static-swift-stdlib"], HEAP_SCRATCH, HEAP_PRFAQ)):
        flags = flags + pgo_flags(scratch)
        log(f"bench: swift build -c release {' '.join(flags)} --scratch-path {os.path.relpath(scratch, ROOT)} …")
        r = subprocess.run([swift, "build", "-c", "release", *flags, "--product", "prfaq", "--scratch-path", scratch],
                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0 or not os.access(binary, os.X_OK):
            sys.stdout.write(r.stdout[-4000:])
            log("bench: the release build failed")
            sys.exit(1)


def make_corpus():
    subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "bench", "make_corpus.py"), CORPUS],
                   check=True, stdout=sys.stderr)


# -------------------------------------------------------------------------------------------- measure

CPU = {}  # id(cmd) -> median CPU seconds (user + system, all processes) of the timed runs


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd, ok, stdin=None, cpu=None):
    """Wall seconds of one run; raises Crash on a signal or an exit status outside `ok`."""
    c0 = cpu_seconds()
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dt = time.perf_counter() - t0
    if cpu is not None:
        cpu.append(cpu_seconds() - c0)
    if p.returncode not in ok:
        raise Crash(f"{' '.join(cmd[:3])} … exited with {p.returncode}")
    return dt


def wall(cmd, ok, runs, warmup=True):
    """Median wall seconds of `runs` runs; the median CPU seconds go to CPU[id(cmd)]."""
    if warmup:
        run_once(cmd, ok)
    cpu = []
    w = statistics.median(run_once(cmd, ok, cpu=cpu) for _ in range(runs))
    CPU[id(cmd)] = statistics.median(cpu)
    return w


def peak_rss_mb(cmd, ok):
    """Largest resident set (MB) of any process in one run of cmd, measured in a fresh child."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as f:
        if TIME:
            full = [TIME, "-f", "%M", "-o", f.name] + cmd
        else:
            full = [sys.executable, "-c", RSS_WRAPPER, f.name] + cmd
        p = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        text = f.read().strip().splitlines()
        if p.returncode not in ok:
            raise Crash(f"{' '.join(cmd[:3])} … exited with {p.returncode} (memory run)")
    return int(text[-1]) / 1024 if text and text[-1].isdigit() else None


def timed_with_limit(cmd, ok, limit):
    """One run with a time limit; returns seconds, or None when it ran out of time."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    dt = time.perf_counter() - t0
    if p.returncode not in ok:
        raise Crash(f"{' '.join(cmd[:3])} … exited with {p.returncode}")
    return dt


def paired(a, b, ok_a, ok_b, runs):
    """A and B alternating (A B A B …, one warm-up each): the median CPU seconds of each and the median of
    the per-pair CPU ratios A/B. Pairs taken close together see the same machine, so their ratio is
    steadier than two medians taken minutes apart."""
    run_once(a, ok_a)
    run_once(b, ok_b)
    ca, cb, ratios = [], [], []
    for _ in range(runs):
        x, y = [], []
        run_once(a, ok_a, cpu=x)
        run_once(b, ok_b, cpu=y)
        ca.append(x[0])
        cb.append(y[0])
        if y[0] > 0:
            ratios.append(x[0] / y[0])
    return statistics.median(ca), statistics.median(cb), (statistics.median(ratios) if ratios else None)


def peak_heap_bytes(cmd):
    """Peak heap of one run under heaptrack (malloc's view: what the program holds, not allocator slack
    or binary pages), or None without heaptrack."""
    if not shutil.which("heaptrack") and not apt_install("heaptrack"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "ht")
        try:
            subprocess.run(["heaptrack", "-o", out] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=600)
        except subprocess.TimeoutExpired:
            return None
        files = [f for f in os.listdir(tmp) if f.startswith("ht")]
        if not files:
            return None
        text = subprocess.run(["heaptrack_print", os.path.join(tmp, files[0])], capture_output=True, text=True).stdout
    for line in text.splitlines():
        if line.startswith("peak heap memory consumption:"):
            v = line.split(":", 1)[1].strip()
            unit = {"B": 1, "K": 1e3, "M": 1e6, "G": 1e9}.get(v[-1], 1)
            return float(v.rstrip("BKMG")) * unit
    return None


def corpus_files():
    return sorted(os.path.join(DRAFTS, n) for n in os.listdir(DRAFTS) if n.endswith(".md"))


def mb(paths):
    return sum(os.path.getsize(p) for p in paths) / 1e6


# ------------------------------------------------------------------------------------------------ main

def main():
    cmark = ensure_cmark()
    ensure_time()
    proselint = ensure_venv_tool("proselint", "proselint")
    rumdl = ensure_venv_tool("rumdl", "rumdl")
    build_prfaq()
    make_corpus()
    LOAD[0] = os.getloadavg()[0]

    files = corpus_files()
    half = (len(files) + 1) // 2
    corpus_mb, big_mb = mb(files), mb([BIG])

    # tool name -> (corpus command, big-file command, one-page command, exit codes that mean "ran")
    tools = []
    if cmark:
        # 2 processes, one per half of the corpus, 2-wide: parse + render, no per-file start-up.
        split = xargs_cmd(cmark, files, per_process=half)
        tools.append(("cmark (floor)", split, [cmark, BIG], [cmark, ONE], {0}))
    else:
        tools.append(("cmark (floor)", None, None, None, {0}))
    tools.append(("prfaq", [PRFAQ, "lint", "--format", "json", DRAFTS], [PRFAQ, "lint", "--format", "json", BIG],
                  [PRFAQ, "lint", "--format", "json", ONE], {0, 1}))
    tools.append(("proselint", [proselint, "check"] + files if proselint else None,
                  [proselint, "check", BIG] if proselint else None,
                  [proselint, "check", ONE] if proselint else None, {0, 1}))
    tools.append(("rumdl check", [rumdl, "check", "--no-cache", DRAFTS] if rumdl else None,
                  [rumdl, "check", "--no-cache", BIG] if rumdl else None,
                  [rumdl, "check", "--no-cache", ONE] if rumdl else None, {0, 1}))
    if cmark:
        tools.append(("cmark ×200 (1 process/file, 2-wide; reference)",
                      xargs_cmd(cmark, files, per_process=1),
                      None, None, {0}))

    rows, crashed = {}, []
    for name, c_cmd, b_cmd, o_cmd, ok in tools:
        row = rows[name] = {"corpus": None, "cpu": None, "big": None, "one": None, "rss": None, "big_rss": None,
                            "note": ""}
        if c_cmd is None:
            continue
        log(f"bench: {name} …")
        try:
            if name == "proselint":
                # proselint is single-threaded Python: probe 20 files, and scale when the whole corpus
                # would take longer than the limit.
                probe = run_once([proselint, "check"] + files[:20], ok)
                estimate = probe * len(files) / 20
                if estimate > PROSELINT_LIMIT:
                    row["corpus"] = probe * corpus_mb / mb(files[:20])
                    row["note"] = f"corpus scaled from 20 files ({probe:.1f} s)"
                    row["rss"] = peak_rss_mb([proselint, "check"] + files[:20], ok)
                else:
                    cpu = []
                    row["corpus"] = run_once(c_cmd, ok, cpu=cpu)
                    row["cpu"] = cpu[0]
                    row["note"] = "corpus: 1 run"
                    row["rss"] = peak_rss_mb(c_cmd, ok)
            else:
                row["corpus"] = wall(c_cmd, ok, RUNS)
                row["cpu"] = CPU.get(id(c_cmd))
                row["rss"] = peak_rss_mb(c_cmd, ok)
        except Crash as e:
            log(f"bench: {name} CRASHED on the corpus: {e}")
            crashed.append(name)
            row["note"] = "crashed on the corpus"
            continue
        try:
            if b_cmd:
                if name == "proselint":
                    row["big"] = timed_with_limit(b_cmd, ok, BIG_LIMIT)
                    if row["big"] is None:
                        row["note"] += f"; 5 MB: over {BIG_LIMIT:.0f} s"
                else:
                    row["big"] = wall(b_cmd, ok, 3)
                    row["big_cpu"] = CPU.get(id(b_cmd))
                row["big_rss"] = peak_rss_mb(b_cmd, ok)
            if o_cmd:
                row["one"] = wall(o_cmd, ok, ONE_PAGE_RUNS)
        except Crash as e:
            log(f"bench: {name}: {e}")
            row["note"] += f"; {e}"

    pairs = measure_pairs(cmark, rumdl, files) if not crashed else None
    scaling = measure_scaling()
    shapes = measure_shapes()
    report(rows, corpus_mb, big_mb, len(files))
    report_pairs(pairs, corpus_mb, big_mb)
    report_scaling(scaling)
    report_shapes(shapes)
    if crashed:
        print(f"\nbench: crashed on the corpus: {', '.join(crashed)}")
        return 1
    return 0


# Pairs per input: on this shared machine the median of seven per-pair ratios moved by a sixth between
# runs of the same binaries (1.02-1.20x on the corpus); twenty-one hold it steadier for a minute more.
PAIRED_RUNS = int(os.environ.get("BENCH_PAIRED_RUNS", "21"))


def measure_pairs(cmark, rumdl, files):
    """Issue 20's ratios: prfaq against rumdl and cmark on each input in paired runs, text against JSON,
    `--version` against cmark's start-up, and the 5 MB draft's peak heap."""
    empty = os.path.join(CORPUS, "empty.md")
    open(empty, "w").close()
    json = lambda *paths: [PRFAQ, "lint", "--format", "json", *paths]
    inputs = [("corpus", json(DRAFTS), [rumdl, "check", "--no-cache", DRAFTS] if rumdl else None,
               [cmark] + files if cmark else None, PAIRED_RUNS),
              ("5 MB draft", json(BIG), [rumdl, "check", "--no-cache", BIG] if rumdl else None,
               [cmark, BIG] if cmark else None, 3),
              ("one page, start to exit", json(ONE), [rumdl, "check", "--no-cache", ONE] if rumdl else None,
               [cmark, ONE] if cmark else None, 31)]
    out = {"inputs": []}
    for name, p_cmd, r_cmd, c_cmd, n in inputs:
        log(f"bench: paired runs on the {name} …")
        row = {"name": name}
        if r_cmd:
            row["prfaq"], row["rumdl"], row["vs_rumdl"] = paired(p_cmd, r_cmd, {0, 1}, {0, 1}, n)
        if c_cmd:
            p, row["cmark"], row["vs_cmark"] = paired(p_cmd, c_cmd, {0, 1}, {0}, n)
            row.setdefault("prfaq", p)
        out["inputs"].append(row)
    log("bench: paired runs, text against JSON …")
    out["text"] = paired([PRFAQ, "lint", "--format", "text", DRAFTS], json(DRAFTS), {0, 1}, {0, 1}, PAIRED_RUNS)
    if cmark:
        log("bench: paired runs, --version against cmark's start-up …")
        out["version"] = paired([PRFAQ, "--version"], [cmark, empty], {0}, {0}, 51)
    log("bench: peak heap on the 5 MB draft (heaptrack) …")
    out["heap"] = peak_heap_bytes([HEAP_PRFAQ, "lint", "--format", "json", BIG])
    return out


def report_pairs(pairs, corpus_mb, big_mb):
    if not pairs:
        return
    print()
    print("paired runs (issue 20): CPU time (user + system) of A and B alternating, median of the per-pair ratios")
    print()
    print("| input | prfaq CPU ms | rumdl CPU ms | prfaq / rumdl | cmark CPU ms | prfaq / cmark |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    rows = {r["name"]: r for r in pairs["inputs"]}
    for r in pairs["inputs"]:
        ms = lambda k: fmt(r.get(k) and r[k] * 1e3, ".1f")
        print(f"| {r['name']} | {ms('prfaq')} | {ms('rumdl')} | {fmt(r.get('vs_rumdl'), '.2f')}× | {ms('cmark')} | "
              f"{fmt(r.get('vs_cmark'), '.2f')}× |")
    text, json_ = pairs["text"][0], pairs["text"][1]
    print(f"| text against JSON, corpus | {text * 1e3:.1f} (text) | | | {json_ * 1e3:.1f} (JSON) | {fmt(pairs['text'][2], '.2f')}× |")
    version = pairs.get("version")
    if version:
        print(f"| `--version` against `cmark empty.md` | {version[0] * 1e3:.2f} | | | {version[1] * 1e3:.2f} | {fmt(version[2], '.2f')}× |")
    heap = pairs.get("heap")
    print()
    print("targets (issue 20):")

    def target(label, ok, figure):
        verdict = "n/a " if ok is None else ("PASS" if ok else "FAIL")
        print(f"  {verdict}  {label}: {figure}")

    c, b, o = rows["corpus"], rows["5 MB draft"], rows["one page, start to exit"]
    v = c.get("vs_rumdl")
    target("corpus CPU ≤ 1.0× rumdl", v and v <= 1.0, f"{fmt(v, '.2f')}×")
    v = b.get("vs_rumdl")
    target("5 MB draft CPU ≤ 1.5× rumdl", v and v <= 1.5, f"{fmt(v, '.2f')}×")
    per = heap and heap / (big_mb * 1e6)
    target("5 MB draft peak heap ≤ 8 bytes per input byte", per and per <= 8,
           f"{fmt(per, '.1f')} bytes per byte ({fmt(heap and heap / 1e6, '.1f')} MB, heaptrack)")
    cpu_mb = b.get("prfaq") and c.get("prfaq") and (b["prfaq"] / big_mb) / (c["prfaq"] / corpus_mb)
    target("5 MB draft per-MB CPU ≤ 1.2× the corpus's", cpu_mb and cpu_mb <= 1.2, f"{fmt(cpu_mb, '.2f')}×")
    v = o.get("vs_rumdl")
    target("one page, start to exit, ≤ rumdl", v and v <= 1.0, f"{fmt(v, '.2f')}× in CPU")
    if version:
        gap = (version[0] - version[1]) * 1e3
        target("`prfaq --version` within 1 ms of cmark's start-up", gap <= 1.0,
               f"{gap:+.2f} ms ({version[0] * 1e3:.2f} ms vs {version[1] * 1e3:.2f} ms)")
    v = pairs["text"][2]
    target("a text run ≤ 1.3× a JSON run on the corpus", v and v <= 1.3, f"{fmt(v, '.2f')}×")
    print("  (instructions per byte by phase: make bench-instr)")


def measure_scaling():
    """prfaq on prefixes of big/huge.md (a quarter, a half, whole) and on it twice over: seconds per MB
    at each size. Flat means linear; a quadratic rule would double the rate with each doubling."""
    with open(BIG, "rb") as f:
        data = f.read()
    sizes = [("quarter", data[:len(data) // 4]), ("half", data[:len(data) // 2]), ("whole", data), ("double", data + data)]
    out = []
    for name, chunk in sizes:
        # Cut at a line end so the prefix is ordinary Markdown.
        end = chunk.rfind(b"\n") + 1 if name in ("quarter", "half") else len(chunk)
        path = os.path.join(CORPUS, "big", f"scale-{name}.md")
        with open(path, "wb") as f:
            f.write(chunk[:end])
        cmd = [PRFAQ, "lint", "--format", "json", path]
        log(f"bench: prfaq scaling {name} …")
        try:
            w = wall(cmd, {0, 1}, 3)
        except Crash as e:
            log(f"bench: scaling: {e}")
            return []
        out.append((mb([path]), w, CPU.get(id(cmd))))
    return out


def measure_shapes():
    """Peak memory on the hostile shapes issue 15 measured: 10^6 headings, and 20 MB of prose in one
    paragraph. The figure to watch is bytes of memory per byte of draft."""
    import random
    rnd = random.Random(7)
    words = "alpha beta gamma delta epsilon zeta theta kappa lambda sigma".split()
    line, n, prev = [], 0, None
    while n < 20_000_000:
        w = rnd.choice(words)
        if w != prev:
            line.append(w)
            n += len(w) + 1
            prev = w
    shapes = [("1,000,000 headings", "".join(f"# H{i}\n" for i in range(1_000_000))),
              ("20 MB one paragraph", "# T\n\n" + " ".join(line) + "\n")]
    out = []
    for name, text in shapes:
        path = os.path.join(CORPUS, "big", "shape-" + name.split()[0].replace(",", "") + ".md")
        with open(path, "w") as f:
            f.write(text)
        log(f"bench: prfaq memory on {name} …")
        try:
            rss = peak_rss_mb([PRFAQ, "lint", "--timeout", "300", path], {0, 1})
        except Crash as e:
            log(f"bench: shapes: {e}")
            continue
        out.append((name, os.path.getsize(path) / 1e6, rss))
    return out


def report_shapes(shapes):
    if not shapes:
        return
    print()
    print("memory on hostile shapes (peak RSS of prfaq lint):")
    for name, size, rss in shapes:
        print(f"  {name:22} {size:6.1f} MB of draft: {fmt(rss, '.0f')} MB peak, {fmt(rss and rss / size, '.1f')} bytes per byte")


def report_scaling(scaling):
    if not scaling:
        return
    print()
    print("linearity (prfaq on prefixes of big/huge.md and on it twice over; flat seconds per MB = no quadratic rule):")
    for size, w, cpu in scaling:
        print(f"  {size:6.2f} MB: {w:.3f} s wall, {w / size:.3f} s/MB wall, {fmt(cpu and cpu / size, '.3f')} s/MB CPU")
    first, last = scaling[0], scaling[-1]
    growth = (last[1] / last[0]) / (first[1] / first[0])
    verdict = "PASS" if growth <= 1.2 else "FAIL"
    print(f"  {verdict}  per-MB wall time at {last[0]:.1f} MB is {growth:.2f}× the rate at {first[0]:.1f} MB "
          f"({last[0] / first[0]:.0f}× the size; linear is ≤ 1.2×)")


def xargs_cmd(cmark, files, per_process):
    """cmark over files, `per_process` files to a process, 2 processes at a time."""
    return ["sh", "-c", f'printf "%s\\0" "$@" | xargs -0 -P 2 -n {per_process} "$0"', cmark] + files


def fmt(x, spec, none="n/a"):
    return none if x is None else format(x, spec)


def report(rows, corpus_mb, big_mb, nfiles):
    floor = rows.get("cmark (floor)", {})
    fc, fo = floor.get("corpus"), floor.get("one")
    print()
    print(f"prfaq bench — corpus: {nfiles} PR/FAQ drafts, {corpus_mb:.2f} MB; big/huge.md {big_mb:.2f} MB; "
          f"one-page.md {os.path.getsize(ONE) / 1e3:.1f} KB; {os.cpu_count()} cores; "
          f"median of {RUNS} corpus runs, 3 big-file runs, {ONE_PAGE_RUNS} one-page runs; "
          f"load average before the runs {LOAD[0]:.2f} (wall times are only as quiet as the machine)")
    print()
    print("| tool | corpus wall s | corpus MB/s | ratio to cmark | corpus CPU s | 5 MB file s | per-MB ratio vs corpus "
          "| one-page ms | peak RSS MB (corpus) | peak RSS MB (5 MB) | notes |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for name, r in rows.items():
        c, b = r["corpus"], r["big"]
        per_mb = (b / big_mb) / (c / corpus_mb) if c and b else None
        print(f"| {name} | {fmt(c, '.3f')} | {fmt(c and corpus_mb / c, '.1f')} | "
              f"{fmt(c and fc and c / fc, '.2f')}× | {fmt(r['cpu'], '.3f')} | {fmt(b, '.3f')} | {fmt(per_mb, '.2f')} | "
              f"{fmt(r['one'] and r['one'] * 1e3, '.1f')} | {fmt(r['rss'], '.1f')} | {fmt(r['big_rss'], '.1f')} | "
              f"{r['note']} |")

    p, pl = rows["prfaq"], rows.get("proselint", {})
    print()
    print("targets (issue 6, wall time):")

    def target(label, ok, figure):
        verdict = "n/a " if ok is None else ("PASS" if ok else "FAIL")
        print(f"  {verdict}  {label}: {figure}")

    ratio = p["corpus"] / fc if p["corpus"] and fc else None
    target("corpus lints in ≤ 3× cmark's parse time", ratio and ratio <= 3,
           f"{fmt(ratio, '.2f')}× ({fmt(p['corpus'], '.3f')} s vs {fmt(fc, '.3f')} s)")
    speed = pl.get("corpus") / p["corpus"] if pl.get("corpus") and p["corpus"] else None
    target("≥ 20× faster than proselint on the corpus", speed and speed >= 20,
           f"{fmt(speed, '.1f')}× ({fmt(pl.get('corpus'), '.2f')} s vs {fmt(p['corpus'], '.3f')} s)"
           + (f"; proselint {pl['note']}" if pl.get("note") else ""))
    bound = 3 * fo + 0.010 if fo else None
    target("one-page draft, start to exit, ≤ 3× cmark + 10 ms", p["one"] and bound and p["one"] <= bound,
           f"{fmt(p['one'] and p['one'] * 1e3, '.1f')} ms vs bound {fmt(bound and bound * 1e3, '.1f')} ms "
           f"(cmark {fmt(fo and fo * 1e3, '.1f')} ms)")
    target("peak memory on the corpus ≤ 64 MB", p["rss"] and p["rss"] <= 64, f"{fmt(p['rss'], '.1f')} MB")
    per_mb = (p["big"] / big_mb) / (p["corpus"] / corpus_mb) if p["big"] and p["corpus"] else None
    cpu_mb = ((p.get("big_cpu") / big_mb) / (p["cpu"] / corpus_mb)) if p.get("big_cpu") and p["cpu"] else None
    target("5 MB draft per-MB time ≤ 1.2× the corpus's", per_mb and per_mb <= 1.2,
           f"{fmt(per_mb, '.2f')}× wall ({fmt(p['big'] and p['big'] / big_mb, '.3f')} s/MB vs "
           f"{fmt(p['corpus'] and p['corpus'] / corpus_mb, '.3f')} s/MB); {fmt(cpu_mb, '.2f')}× in CPU time, "
           f"which one file cannot spread over cores; 5 MB peak RSS {fmt(p['big_rss'], '.0f')} MB")


if __name__ == "__main__":
    sys.exit(main())
