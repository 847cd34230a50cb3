#!/usr/bin/env python3
"""make report-check: render every fixture with `prfaq report`, screenshot each page in headless Chromium,
and check what a reader would see.

For each Fixtures/*.md (README.md aside):
  - `prfaq report` exits 0 or 1 (lint errors) and writes one self-contained page: no <script, no
    javascript:, no <link or external src=, marks balanced, every finding listed in the panel;
  - Chromium renders it (1280x2000) and the screenshot shows the marks: pixels of the severity tints (or
    badge colours) in the draft column, below the header whose legend also uses them.
Then the README screenshot (docs/report-screenshot.png, under 300 KB) is taken from one flawed PR/FAQ.

Usage: report-check.py [PRFAQ_BINARY] [OUT_DIR]
"""
import glob, os, re, shutil, struct, subprocess, sys, zlib

BIN = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/prfaq"
OUT = sys.argv[2] if len(sys.argv) > 2 else ".build/report-check"
DOCS_FIXTURE = "Fixtures/prfaq-flawed-invoice-early-pay.md"
DOCS_PNG = "docs/report-screenshot.png"
DOCS_LIMIT = 300 * 1024

# Mark tints and badge colours (ReportCSS.swift).
TINTS = {"error": (0xFD, 0xE7, 0xE9), "warning": (0xFF, 0xF0, 0xC2), "suggestion": (0xE3, 0xEE, 0xFB)}
BADGES = {"error": (0xA4, 0x26, 0x2C), "warning": (0x7A, 0x4A, 0x00), "suggestion": (0x1D, 0x4F, 0x91)}


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("report-check: Chromium is missing: apt-get install -y chromium (or run make report-check as root)")


def screenshot(browser, html, png, width, height):
    if os.path.exists(png):
        os.remove(png)
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                    "--disable-extensions", "--force-device-scale-factor=1", f"--screenshot={png}",
                    f"--window-size={width},{height}", "file://" + os.path.abspath(html)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if not os.path.exists(png) or os.path.getsize(png) == 0:
        raise SystemExit(f"report-check: Chromium wrote no screenshot for {html}")


def decode_png(path):
    """(width, height, rows of RGB tuples) for the 8-bit RGB/RGBA non-interlaced PNGs Chromium writes."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {depth}/{colour}/{interlace}"
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 0xFF
            elif f == 2:
                line[x] = (line[x] + b) & 0xFF
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def colour_counts(png, region):
    """Pixels of each tint and badge colour inside region (x0, y0, x1, y1)."""
    width, height, rows, bpp = decode_png(png)
    x0, y0, x1, y1 = region
    wanted = {v: k for k, v in TINTS.items()}
    badge = {v: k for k, v in BADGES.items()}
    tints = {k: 0 for k in TINTS}
    badges = {k: 0 for k in BADGES}
    for y in range(max(y0, 0), min(y1, height)):
        row = rows[y]
        for x in range(max(x0, 0), min(x1, width)):
            px = (row[x * bpp], row[x * bpp + 1], row[x * bpp + 2])
            if px in wanted:
                tints[wanted[px]] += 1
            elif px in badge:
                badges[badge[px]] += 1
    return tints, badges


def check_html(name, html):
    problems = []
    lower = html.lower()
    if "<script" in lower:
        problems.append("has <script")
    if "javascript:" in lower:
        problems.append("has javascript:")
    if "<link " in lower:
        problems.append("has <link")
    if re.search(r'\bsrc="(https?:)?//', html):
        problems.append("loads an external src")
    if html.count("<mark") != html.count("</mark>"):
        problems.append("unbalanced marks")
    for tag in ("<header", "<main", "<aside", "<nav", 'lang="en"', "@media print"):
        if tag not in html:
            problems.append(f"no {tag}")
    listed = set(int(n) for n in re.findall(r'<li id="d(\d+)"', html))
    total = int(re.search(r"All findings \((\d+)\)", html).group(1))
    if listed != set(range(1, total + 1)):
        problems.append(f"panel lists {len(listed)} of {total} findings")
    return problems


def main():
    browser = chromium()
    os.makedirs(OUT, exist_ok=True)
    fixtures = sorted(f for f in glob.glob("Fixtures/*.md") if os.path.basename(f) != "README.md")
    failures = 0
    for path in fixtures:
        name = os.path.basename(path)[:-3]
        html_path, png = os.path.join(OUT, name + ".html"), os.path.join(OUT, name + ".png")
        run = subprocess.run([BIN, "report", path, "-o", html_path], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"FAIL {name}: prfaq report exited {run.returncode}: {run.stderr.strip()}")
            failures += 1
            continue
        html = open(html_path, encoding="utf-8").read()
        problems = check_html(name, html)
        screenshot(browser, html_path, png, 1280, 2000)
        article = html.split('<article class="draft">', 1)[1].split("</article>", 1)[0]
        marks = len(re.findall(r'<mark class="f-[a-z]+" id="f\d+"', article))
        badge_count = article.count('<sup class="badge')
        # The draft column: left of the panel, below the header (whose legend shows every tint).
        header_px = 260
        tints, badges = colour_counts(png, (0, header_px, 840, 2000))
        seen = sum(tints.values()) + sum(badges.values())
        if (marks or badge_count) and seen == 0:
            problems.append(f"{marks} marks and {badge_count} badges in the HTML, none visible in the screenshot")
        status = "FAIL" if problems else "ok  "
        failures += bool(problems)
        shown = ", ".join(f"{k} {tints[k]}px" for k in TINTS if tints[k]) or "no tint"
        print(f"{status} {name}: {marks} marks, {badge_count} badges; screenshot: {shown}"
              + ("; " + "; ".join(problems) if problems else ""))

    # The README screenshot: the top of one flawed PR/FAQ, small enough to commit.
    os.makedirs(os.path.dirname(DOCS_PNG), exist_ok=True)
    docs_html = os.path.join(OUT, "docs.html")
    subprocess.run([BIN, "report", DOCS_FIXTURE, "-o", docs_html], capture_output=True)
    raw = os.path.join(OUT, "docs-raw.png")
    screenshot(browser, docs_html, raw, 1280, 1000)
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--quality=70-95", "--speed=1", "--output", DOCS_PNG, raw], check=True)
    else:
        shutil.copyfile(raw, DOCS_PNG)
    size = os.path.getsize(DOCS_PNG)
    tints, _ = colour_counts(raw, (0, header_px, 840, 1000))
    print(f"{DOCS_PNG}: {size // 1024} KB, highlights {sum(tints.values())}px" + ("" if shutil.which("pngquant") else " (pngquant not installed)"))
    if size >= DOCS_LIMIT:
        print(f"FAIL {DOCS_PNG} is {size // 1024} KB (limit {DOCS_LIMIT // 1024} KB)")
        failures += 1
    if sum(tints.values()) == 0:
        print(f"FAIL {DOCS_PNG} shows no highlights")
        failures += 1
    print(f"report-check: {len(fixtures)} fixtures rendered and screenshotted, {failures} failure{'' if failures == 1 else 's'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
