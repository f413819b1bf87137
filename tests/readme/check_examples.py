#!/usr/bin/env python3
"""The README's examples are the program's real output: each block marked

    <!-- example: COMMAND -->
    ```
    $ COMMAND
    output …
    ```

is compared with what COMMAND prints now (run by bash in the source directory, `build/attrib` meaning the
binary under test, the Python module of the same build importable), and each block marked
`<!-- file: PATH -->` with that file. A difference fails with a diff; --update rewrites the blocks instead.

usage: check_examples.py BUILD_DIR SOURCE_DIR [--update]
"""
import difflib
import os
import re
import subprocess
import sys

DOCUMENTS = ["README.md", "rules/README.md"]
MARKER = re.compile(r"^<!-- (example|file): ([^\n]*) -->\n```[a-z]*\n(.*?)^```\n", re.M | re.S)


def produce(kind, what, build, source):
    if kind == "file":
        return open(os.path.join(source, what), encoding="utf-8").read()
    binary = os.path.join(build, "attrib")
    command = what.replace("build/attrib", binary)
    env = dict(os.environ, PYTHONPATH=os.path.join(build, "python"), NO_COLOR="1", COLUMNS="100", LC_ALL="C.UTF-8")
    run = subprocess.run(["bash", "-c", "set -o pipefail; " + command], cwd=source, env=env, capture_output=True, text=True)
    # an example may show a failure (a bad rule file): its messages are its output
    output = run.stdout + run.stderr
    return "$ " + what + "\n" + output.replace(build + "/", "build/").replace(source + "/", "")


def main():
    build, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    update = "--update" in sys.argv[3:]
    stale = checked = 0
    for doc in DOCUMENTS:
        path = os.path.join(source, doc)
        text = open(path, encoding="utf-8").read()
        pieces, last, changed = [], 0, False
        for m in MARKER.finditer(text):
            kind, what, shown = m.group(1), m.group(2), m.group(3)
            actual = produce(kind, what, build, source)
            if not actual.endswith("\n"):
                actual += "\n"
            if actual != shown:
                changed = True
                if not update:
                    stale += 1
                    sys.stderr.write("%s: the example `%s` is not what the program prints:\n" % (doc, what))
                    sys.stderr.writelines(difflib.unified_diff(shown.splitlines(True), actual.splitlines(True), "README", "now"))
            fence = m.group(0).split("\n")[1]
            pieces.append(text[last:m.start()] + "<!-- %s: %s -->\n%s\n%s```\n" % (kind, what, fence, actual))
            last = m.end()
        pieces.append(text[last:])
        if update and changed:
            open(path, "w", encoding="utf-8").write("".join(pieces))
            print("updated", doc)
        checked += len(MARKER.findall(text))
        print("%s: %d examples checked" % (doc, len(MARKER.findall(text))))
    return 1 if stale or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
