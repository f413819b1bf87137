#!/usr/bin/env python3
"""Time and memory stay linear on pathological input (issue: robustness).

Usage: check_scaling.py ATTRIB SAMPLES_DIR

Each pathological shape is timed against ordinary articles of the same size (the samples repeated), as
a ratio of CPU time (the least of a few runs), never as an absolute time; and the peak memory of a JSON
Lines run must not grow with the file. Exits 1 with the figures when a bound is broken.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

MAX_TIME_RATIO = 10.0      # a shape may cost at most this many times an ordinary text of its size
MAX_MEMORY_RATIO = 1.5     # peak memory on the large corpus against the small one
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
