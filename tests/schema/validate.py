#!/usr/bin/env python3
"""Every JSON attrib writes validates against the published schema (schema/attrib.schema.json): the golden
files, and fresh output of quotes, audit and index over the samples in every JSON format. Documents the
schema must refuse are refused, so the check can fail.

usage: validate.py ATTRIB_BINARY SOURCE_DIR       (exit 77: python3-jsonschema is not installed)
"""
import copy
import glob
import json
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    # Debian's python3-jsonschema lives with /usr/bin/python3; another python3 first on PATH may lack it
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    print("python3-jsonschema is not installed: the JSON output is not validated")
    sys.exit(77)


def main():
    binary, root = sys.argv[1], sys.argv[2]
    schema = json.load(open(os.path.join(root, "schema", "attrib.schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    samples = sorted(glob.glob(os.path.join(root, "samples", "*.txt")))
    corpus = sorted(glob.glob(os.path.join(root, "samples", "corpus", "*.jsonl")))
    german = os.path.join(root, "samples", "de", "stadtrat-haushalt.txt")

    def run(*args):
        return subprocess.run([binary, *args], check=True, capture_output=True, text=True).stdout

    documents = [(path, json.load(open(path))) for path in sorted(glob.glob(os.path.join(root, "tests", "golden", "*.json")))]
    documents.append(("quotes --format json (several)", json.loads(run("quotes", "--format", "json", *samples))))
    documents.append(("quotes --format json --lang de", json.loads(run("quotes", "--format", "json", "--lang", "de", german))))
    for line in run("quotes", "--format", "jsonl", *corpus).splitlines():
        documents.append(("quotes --format jsonl", json.loads(line)))
    for path in samples:
        documents.append(("audit --format json " + os.path.basename(path), json.loads(run("audit", "--format", "json", "--fail-on", "none", path))))
    for line in run("audit", "--format", "jsonl", "--fail-on", "none", *corpus).splitlines():
        documents.append(("audit --format jsonl", json.loads(line)))
    documents.append(("index", json.loads(run("index", *corpus))))

    failures = 0
    for name, doc in documents:
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:5]:
            print("%s: %s at %s" % (name, e.message, "/".join(map(str, e.path))), file=sys.stderr)
        failures += bool(errors)
    print("%d documents, %d invalid" % (len(documents), failures))

    # what the schema must refuse
    article = next(doc for name, doc in documents if name.startswith("audit --format json"))
    refused = []
    for what, change in [
        ("no schema member", lambda d: d.pop("schema")),
        ("another schema version", lambda d: d.update(schema="attrib-article/2")),
        ("an unknown kind", lambda d: d["quotes"][0].update(kind="Direct")),
        ("a member of no version", lambda d: d["quotes"][0].update(colour="red")),
        ("a finding without a severity", lambda d: d["findings"][0].pop("severity")),
    ]:
        bad = copy.deepcopy(article)
        change(bad)
        if validator.is_valid(bad):
            refused.append(what)
    for what in refused:
        print("the schema accepts a document with " + what, file=sys.stderr)
    return 1 if failures or refused else 0


if __name__ == "__main__":
    sys.exit(main())
