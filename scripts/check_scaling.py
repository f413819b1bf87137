#!/usr/bin/env python3
"""Time and memory stay linear on pathological input (issue: robustness).

Usage: check_scaling.py ATTRIB SAMPLES_DIR

Each pathological shape is timed against ordinary articles of the same size (the samples repeated), as
a ratio of CPU time (the least of a few runs), never as an absolute time; and the peak memory of a JSON
Lines run must not grow with the file. One long article with thousands of different sources must cost about
what the same text costs as separate articles (no step may grow with the square of an article's speakers).
Exits 1 with the figures when a bound is broken.
"""
import glob
import json
import os
import re
import string
import subprocess
import sys
import tempfile

MAX_TIME_RATIO = 10.0      # a shape may cost at most this many times an ordinary text of its size
MAX_MEMORY_RATIO = 1.5     # peak memory on the large corpus against the small one
MAX_LONG_ARTICLE_RATIO = 1.5  # one long article against the same text as separate articles (measured ~0.9x)
LONG_ARTICLE_BYTES = 2_000_000
RUNS = 3                   # the least CPU time of this many runs is taken
SMALL_CORPUS_BYTES = 5_000_000
LARGE_CORPUS_BYTES = 50_000_000


def run(cmd):
    """CPU seconds and peak resident kilobytes of one run of `cmd`, its output discarded."""
    with open(os.devnull, "wb") as null, tempfile.TemporaryFile() as errors:
        p = subprocess.Popen(cmd, stdout=null, stderr=errors)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = 0
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"check_scaling: {' '.join(cmd)} failed ({status}): {err[:300]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def cpu(cmd):
    return min(run(cmd)[0] for _ in range(RUNS))


def suffix(k):
    """A distinct lowercase suffix for copy k: `baf`, `bag`, …"""
    out, k = "", k + 26 * 26
    while k:
        out, k = string.ascii_lowercase[k % 26] + out, k // 26
    return out


def distinct_copies(texts, size):
    """The samples repeated to `size` bytes, each copy's capitalised words (after the first of a sentence) made
    its own (`Whitfield` → `Whitfieldbaf`), so that every copy brings new people and organisations."""
    copies, written, k = [], 0, 0
    while written < size:
        c = suffix(k)
        copy = re.sub(r"(?<=[a-z,] )([A-Z][a-z]{3,})\b", lambda m: m.group(1) + c, texts[k % len(texts)])
        copies.append(copy)
        written += len(copy.encode())
        k += 1
    return copies


def long_article(attrib, texts, tmp):
    """CPU time of one article made of many distinct copies, over the same copies as JSON Lines records."""
    copies = distinct_copies(texts, LONG_ARTICLE_BYTES)
    one, many = os.path.join(tmp, "long.txt"), os.path.join(tmp, "copies.jsonl")
    with open(one, "w", encoding="utf-8") as f:
        f.write("\n\n".join(copies) + "\n")
    with open(many, "w", encoding="utf-8") as f:
        for i, c in enumerate(copies):
            f.write(json.dumps({"id": str(i), "text": c}, ensure_ascii=False) + "\n")
    whole = cpu([attrib, "quotes", "--format", "jsonl", one])
    separate = max(cpu([attrib, "quotes", "--format", "jsonl", many]), 0.01)
    return whole, separate, len(copies)


def main():
    attrib, samples = sys.argv[1], sys.argv[2]
    text = "".join(open(f, encoding="utf-8").read() + "\n" for f in sorted(glob.glob(os.path.join(samples, "*.txt"))))
    mb = 1_000_000
    normal = (text * (mb // len(text) + 1))[:mb]
    normal = normal[: normal.rfind("\n") + 1]
    shapes = {
        "ordinary articles, 1 MB": normal,
        "one paragraph of 1 MB": normal.replace("\n", " ") + "\n",
        "200 KB of \"": '"' * 200_000 + "\n",
        "200 KB of .": "." * 200_000 + "\n",
        "200 KB of \u201C": "\u201C" * 66_000 + "\n",
        "12,000 one-word quotations": "They listed " + ", ".join(f'"w{i}"' for i in range(12_000)) + ".\n",
        "12,000 quoted sentences in one paragraph": " ".join(f'"Word {i}."' for i in range(12_000)) + "\n",
    }
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        times = {}
        for name, body in shapes.items():
            path = os.path.join(tmp, "shape.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(body)
            times[name] = cpu([attrib, "quotes", "--format", "jsonl", path])
        base = max(times["ordinary articles, 1 MB"], 0.01)
        for name, t in times.items():
            ratio = t / base
            ok = ratio <= MAX_TIME_RATIO
            failed |= not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name}: {t:.3f} s CPU, {ratio:.2f}x ordinary text (at most {MAX_TIME_RATIO}x)")

        whole, separate, n = long_article(attrib, [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(samples, "*.txt")))], tmp)
        ratio = whole / separate
        ok = ratio <= MAX_LONG_ARTICLE_RATIO
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} one article of {n} distinct copies ({LONG_ARTICLE_BYTES // mb} MB): {whole:.3f} s CPU, "
              f"{ratio:.2f}x the same copies as separate articles (at most {MAX_LONG_ARTICLE_RATIO}x)")

        records = [json.dumps({"id": os.path.basename(f), "text": open(f, encoding="utf-8").read()}, ensure_ascii=False)
                   for f in sorted(glob.glob(os.path.join(samples, "*.txt")))]
        peaks = {}
        for size in (SMALL_CORPUS_BYTES, LARGE_CORPUS_BYTES):
            path = os.path.join(tmp, f"corpus-{size}.jsonl")
            written, i = 0, 0
            with open(path, "w", encoding="utf-8") as f:
                while written < size:
                    line = records[i % len(records)].replace('"id": "', f'"id": "{i}-', 1) + "\n"
                    f.write(line)
                    written += len(line.encode())
                    i += 1
            peaks[size] = run([attrib, "quotes", "--format", "jsonl", path])[1]
            os.remove(path)
        ratio = peaks[LARGE_CORPUS_BYTES] / peaks[SMALL_CORPUS_BYTES]
        ok = ratio <= MAX_MEMORY_RATIO
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} peak memory: {peaks[SMALL_CORPUS_BYTES]} KB on {SMALL_CORPUS_BYTES // mb} MB of JSON Lines, "
              f"{peaks[LARGE_CORPUS_BYTES]} KB on {LARGE_CORPUS_BYTES // mb} MB ({ratio:.2f}x, at most {MAX_MEMORY_RATIO}x)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
