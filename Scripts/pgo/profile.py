#!/usr/bin/env python3
"""Profile-guided optimisation of the release build (issue 20).

    python3 Scripts/pgo/profile.py flags SCRATCH   the `swift build` flags that use the profile, for a
                                                   release build in scratch folder SCRATCH
    python3 Scripts/pgo/profile.py train           rewrites Scripts/pgo/prfaq.profdata.xz (`make profile`)

The profile is LLVM's IR-level instrumentation profile (swift-frontend `-ir-profile-generate`,
`-ir-profile-use`): which branches and calls the drafts take, so the optimiser lays hot paths out
straight (with ext-TSP block placement, which `flags` turns on with it), inlines where calls are hot and
keeps cold code out of the way. It changes no output, only
how fast the same code runs. Swift's own `-profile-use` (counters on SIL) stops the 6.3 compiler with an
assertion, so the IR-level form is the one used.

`train` builds an instrumented prfaq in .build-pgo and lints the project's own drafts with it (Fixtures/
and Tests/Seeded/ in every output format, the fixtures end to end as one large draft, each fixture's
stats): never the bench corpus, so `make bench` measures the profile on drafts it was not made from.
The profile is kept sparse (functions that ran, nothing else) in LLVM's indexed form, xz-compressed:
LLVM's text form cannot be read back when function names start with "$", as Swift's do. A local
function's name carries its object file's path, so a build outside .build-pgo finds no counts for those
(partial-application thunks and key-path helpers, none of them hot); the rest match wherever the
project is.

`flags` unpacks the profile inside SCRATCH (named by its hash, so a new profile changes the flags and
SwiftPM rebuilds) and checks that the llvm-profdata beside `swift` (the toolchain's LLVM, whose format
the compiler reads) can read it. Without that tool, or when it cannot read the profile (another LLVM),
it prints nothing and says so on stderr: the build goes on without the profile, slower, same output.

`flags` also records the flags in SCRATCH/pgo/flags and removes the release objects built with other
ones: SwiftPM rebuilds a module when its sources change, not when only `-Xswiftc` flags do, and relinked
the old objects (measured: a new block layout left the instructions as they were).

A profile ages as the code changes: a function whose body changed no longer matches its counts and is
optimised as if there were no profile, so a stale profile costs speed, never correctness. `make profile`
renews it (an instrumented build and some thirty runs, about three minutes).
"""
import glob
import hashlib
import lzma
import os
import platform
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROFILE = os.path.join(ROOT, "Scripts", "pgo", "prfaq.profdata.xz")
TRAIN_SCRATCH = os.path.join(ROOT, ".build-pgo")
# What the fixtures are repeated to when linted as one draft: large enough for the big-draft path (units
# tokenized and linted side by side on all cores), which a single fixture never takes.
BIG_REPEATS = 12


def note(msg):
    print(f"pgo: {msg}", file=sys.stderr)


def toolchain_bin():
    swift = shutil.which(os.environ.get("SWIFT", "swift"))
    return os.path.dirname(os.path.realpath(swift)) if swift else None


def profdata_tool():
    """The llvm-profdata of the toolchain that compiles: another LLVM's indexed format may not be read."""
    bin_dir = toolchain_bin()
    tool = bin_dir and os.path.join(bin_dir, "llvm-profdata")
    return tool if tool and os.access(tool, os.X_OK) else None


def flags(scratch):
    scratch = os.path.abspath(scratch)
    if not os.path.exists(PROFILE):
        note(f"no profile at {os.path.relpath(PROFILE, ROOT)}; building without one (make profile writes it)")
        return []
    tool = profdata_tool()
    if not tool:
        note("no llvm-profdata beside swift; building without the profile")
        return []
    with open(PROFILE, "rb") as f:
        packed = f.read()
    digest = hashlib.sha256(packed).hexdigest()[:12]
    out_dir = os.path.join(scratch, "pgo")
    out = os.path.join(out_dir, f"prfaq-{digest}.profdata")
    if not os.path.exists(out):
        os.makedirs(out_dir, exist_ok=True)
        for old in glob.glob(os.path.join(out_dir, "prfaq-*.profdata")):
            os.remove(old)
        try:
            data = lzma.decompress(packed)
        except lzma.LZMAError as e:
            note(f"{os.path.relpath(PROFILE, ROOT)} is not xz data ({e}); building without the profile")
            return []
        with open(out + ".tmp", "wb") as f:
            f.write(data)
        r = subprocess.run([tool, "show", out + ".tmp"], capture_output=True, text=True)
        if r.returncode != 0:
            os.remove(out + ".tmp")
            note(f"this toolchain's llvm-profdata cannot read the profile ({r.stderr.strip()[:200]}); "
                 "building without it")
            return []
        os.replace(out + ".tmp", out)
    # With real block frequencies, LLVM's ext-TSP block layout orders each function's blocks so the hot
    # path falls through: on the bench drafts 2.6% fewer instructions (jumps) and 5% less CPU in paired
    # runs on top of the profile alone.
    return ["-Xswiftc", "-Xllvm", "-Xswiftc", "-enable-ext-tsp-block-placement=true",
            "-Xswiftc", "-Xfrontend", "-Xswiftc", f"-ir-profile-use={out}"]


def profile_runtime():
    """The LLVM profile runtime the instrumented build links (the swift driver adds it only for SIL
    counters, `-profile-generate`)."""
    bin_dir = toolchain_bin()
    if not bin_dir:
        return None
    pattern = os.path.join(os.path.dirname(bin_dir), "lib", "clang", "*", "lib", "linux",
                           f"libclang_rt.profile-{platform.machine()}.a")
    found = sorted(glob.glob(pattern))
    return found[-1] if found else None


def train():
    swift = os.environ.get("SWIFT", "swift")
    tool, runtime = profdata_tool(), profile_runtime()
    if not tool or not runtime:
        note("training needs llvm-profdata and the profile runtime of the swift toolchain")
        return 2
    build = [swift, "build", "-c", "release", "-Xswiftc", "-static-executable",
             "-Xswiftc", "-Xfrontend", "-Xswiftc", "-ir-profile-generate",
             "-Xlinker", runtime, "-Xlinker", "-u__llvm_profile_runtime",
             "--scratch-path", TRAIN_SCRATCH, "--product", "prfaq"]
    note("instrumented build in .build-pgo …")
    r = subprocess.run(build, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    binary = os.path.join(TRAIN_SCRATCH, "release", "prfaq")
    if r.returncode != 0 or not os.access(binary, os.X_OK):
        sys.stdout.write(r.stdout[-4000:])
        note("the instrumented build failed")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, LLVM_PROFILE_FILE=os.path.join(tmp, "%p.profraw"))
        fixtures = sorted(glob.glob(os.path.join(ROOT, "Fixtures", "*.md")))
        big = os.path.join(tmp, "big.md")
        with open(big, "w", encoding="utf-8") as out:
            for _ in range(BIG_REPEATS):
                for path in fixtures:
                    with open(path, encoding="utf-8") as f:
                        out.write(f.read() + "\n")
        drafts = [os.path.join(ROOT, "Fixtures"), os.path.join(ROOT, "Tests", "Seeded")]
        runs = [["lint", "--format", fmt, *drafts] for fmt in ("json", "text", "sarif")]
        runs.append(["lint", "--format", "json", "--timeout", "86400", big])
        runs.append(["lint", fixtures[0]])
        runs.append(["--version"])
        runs += [["stats", "--format", "json", path] for path in fixtures]
        for args in runs:
            # Exit 1 is "findings"; anything else means the run did not do what a user's does.
            p = subprocess.run([binary, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if p.returncode not in (0, 1):
                note(f"prfaq {' '.join(args)} exited {p.returncode}: {p.stderr.decode(errors='replace')[-400:]}")
                return 1
        raws = glob.glob(os.path.join(tmp, "*.profraw"))
        merged = os.path.join(tmp, "merged.profdata")
        r = subprocess.run([tool, "merge", "--sparse", "-o", merged, *raws], capture_output=True, text=True)
        if r.returncode != 0:
            note(f"llvm-profdata merge failed: {r.stderr.strip()}")
            return 1
        with open(merged, "rb") as f:
            data = f.read()
        shown = subprocess.run([tool, "show", merged], capture_output=True, text=True).stdout
    with open(PROFILE, "wb") as f:
        f.write(lzma.compress(data, preset=9))
    functions = next((line.split(":")[-1].strip() for line in shown.splitlines() if "Total functions" in line), "?")
    note(f"wrote {os.path.relpath(PROFILE, ROOT)}: {functions} functions from {len(runs)} runs "
         f"({len(raws)} processes), {os.path.getsize(PROFILE) // 1024} KB")
    return 0


def forget_stale_build(scratch, flags):
    """SwiftPM does not rebuild a module when only `-Xswiftc` flags change (measured: a new profile or
    block layout relinked the old objects), so the release objects in `scratch` are removed when the
    flags differ from those they were built with, kept in `scratch/pgo/flags`."""
    scratch = os.path.abspath(scratch)
    stamp = os.path.join(scratch, "pgo", "flags")
    wanted = " ".join(flags)
    try:
        with open(stamp, encoding="utf-8") as f:
            built = f.read()
    except OSError:
        built = None
    if built == wanted:
        return
    release = os.path.join(scratch, "release")
    if built is not None or os.path.exists(release):
        target = os.path.realpath(release)
        if os.path.isdir(target) and target.startswith(scratch + os.sep):
            note(f"the release flags changed; rebuilding {os.path.relpath(target, ROOT)} from scratch")
            shutil.rmtree(target)
    os.makedirs(os.path.dirname(stamp), exist_ok=True)
    with open(stamp, "w", encoding="utf-8") as f:
        f.write(wanted)


def main(argv):
    if len(argv) == 3 and argv[1] == "flags":
        made = flags(argv[2])
        forget_stale_build(argv[2], made)
        print(" ".join(made))
        return 0
    if len(argv) == 2 and argv[1] == "train":
        return train()
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
