#!/usr/bin/env python3
"""The HTML audit report in a real browser: every sample article (and the seed, when ../shared is there)
is written with `attrib audit --format html`, loaded in headless Chromium, and checked: the page's script
ran with no console message, every quotation is highlighted, every finding is in the margin; a screenshot
of the seed's report must show the highlighted article and the source graph.

usage: browser_test.py ATTRIB_BINARY SOURCE_DIR OUT_DIR     (exit 77: Chromium is not installed)
"""
import glob
import html.parser
import json
import os
import shutil
import struct
import subprocess
import sys
import zlib


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    return None


BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                 "--disable-extensions", "--enable-logging=stderr", "--v=0"]


def load(browser, page, *extra):
    """The DOM after the page's script ran, and the browser's console messages."""
    run = subprocess.run([browser, *BROWSER_FLAGS, *extra, "file://" + os.path.abspath(page)],
                         capture_output=True, text=True, timeout=120)
    console = [l for l in run.stderr.splitlines() if ":CONSOLE" in l]
    return run.stdout, console


class Dom(html.parser.HTMLParser):
    """What the checks read from the dumped DOM: marked quote ids, the margin's text, the body's state, and
    anything an article's text could have injected (an element the report never writes, an event handler)."""

    def __init__(self):
        super().__init__()
        self.marked, self.notes, self.ready, self.scripts, self.svg = set(), [], False, 0, False
        self.injected = []
        self._in_note = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("img", "iframe", "object", "embed") or any(k.startswith("on") for k in a):
            self.injected.append(tag + " " + " ".join(a))
        if tag == "body":
            self.ready = a.get("data-ready") == "true"
        if tag == "mark" and "data-q" in a:
            self.marked.add(a["data-q"])
        if tag == "script":
            self.scripts += 1
        if tag == "svg":
            self.svg = True
        if tag == "div" and "finding" in a.get("class", "").split():
            self._in_note += 1
            self.notes.append("")
        elif self._in_note:
            self._in_note += 1

    def handle_endtag(self, tag):
        if self._in_note and tag in ("div", "b", "code"):
            self._in_note -= 1

    def handle_data(self, data):
        if self._in_note:
            self.notes[-1] += data


def png_pixels(path):
    """Width, height and rows of (r, g, b) of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), (depth, color)
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        prev = line
    return width, height, rows


def main():
    binary, source, out = sys.argv[1], sys.argv[2], sys.argv[3]
    browser = chromium()
    if not browser:
        print("Chromium is not installed (apt-get install chromium): the HTML report is not checked in a browser")
        return 77
    os.makedirs(out, exist_ok=True)
    articles = sorted(glob.glob(os.path.join(source, "samples", "*.txt")))
    seed = os.path.join(source, "..", "shared", "seed", "article.txt")
    if os.path.exists(seed):
        articles.append(seed)
    # an article written to break the page: markup, an event handler, quotes and ampersands in the text, in a
    # speaker's name and in the file's name
    hostile_dir = os.path.join(out, "hostile")
    os.makedirs(hostile_dir, exist_ok=True)
    hostile = os.path.join(hostile_dir, "x'\"<b>&amp.txt")
    with open(hostile, "w", encoding="utf-8") as f:
        f.write("\u201cWe will not <script>alert(1)</script> & <img src=x onerror=alert(2)> give in,\u201d said "
                "Zo\u00eb O'Brien-<b>Smith</b>.\n"
                "AT&T said the merger </div><svg onload=alert(3)> would close \"soon\" & quietly.\n")
    articles.append(hostile)
    failures = []
    for article in articles:
        name = os.path.splitext(os.path.basename(article))[0]
        page = os.path.join(out, name + ".html")
        subprocess.run([binary, "audit", "--format", "html", "--fail-on", "none", "-o", page, article], check=True)
        expected = json.loads(subprocess.run([binary, "audit", "--format", "json", "--fail-on", "none", article],
                                             check=True, capture_output=True, text=True).stdout)
        dom_text, console = load(browser, page, "--dump-dom")
        dom = Dom()
        dom.feed(dom_text)
        quote_ids = {q["id"] for q in expected["quotes"]}
        notes = " ".join(" ".join(n.split()) for n in dom.notes)
        problems = []
        if console:
            problems.append("console: " + " | ".join(console))
        if not dom.ready:
            problems.append("the page's script did not finish (no data-ready)")
        if quote_ids - dom.marked:
            problems.append("quotes not highlighted: " + ", ".join(sorted(quote_ids - dom.marked)))
        missing = [f["message"] for f in expected["findings"] if " ".join(f["message"].split()) not in notes]
        if missing or len(dom.notes) != len(expected["findings"]):
            problems.append("findings: %d in the margin, %d expected; missing %s" % (len(dom.notes), len(expected["findings"]), missing))
        if not dom.svg:
            problems.append("no source graph")
        if dom.injected or dom.scripts != 1:
            problems.append("text became markup: %s, %d scripts" % (dom.injected, dom.scripts))
        print("%s: %d quotes, %d findings: %s" % (name, len(quote_ids), len(expected["findings"]), "; ".join(problems) or "ok"))
        failures += problems
    # the seed's report as an editor sees it (a sample's when ../shared is absent)
    shown = os.path.join(out, os.path.splitext(os.path.basename(articles[-2]))[0] + ".html")
    shot = os.path.join(out, "report.png")
    load(browser, shown, "--window-size=1400,2600", "--screenshot=" + shot)
    width, height, rows = png_pixels(shot)
    def share(region, colours):
        pixels = [p for row in region for p in row]
        return sum(p in colours for p in pixels) / len(pixels)
    highlights = {(0xff, 0xd8, 0xa8), (0xb2, 0xf2, 0xbb), (0xa5, 0xd8, 0xff), (0xee, 0xbe, 0xfa), (0xff, 0xc9, 0xc9), (0xc5, 0xf6, 0xfa)}
    graph_fills = {(0xff, 0xff, 0xe0), (0xff, 0xb6, 0xc1)}  # lightyellow and lightpink source boxes
    top, bottom = rows[:height // 2], rows[height // 2:]
    print("screenshot %s: %dx%d, highlighted %.1f%% of the upper half, source boxes %.2f%% of the lower half"
          % (shot, width, height, 100 * share(top, highlights), 100 * share(bottom, graph_fills)))
    if share(top, highlights) < 0.005:
        failures.append("the screenshot shows no highlighted article")
    if share(bottom, graph_fills) < 0.0005:
        failures.append("the screenshot shows no source graph")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
