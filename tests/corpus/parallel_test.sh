#!/usr/bin/env bash
# A corpus index built in shards under GNU parallel is byte-identical to the one-run index and to the golden
# file. usage: tests/corpus/parallel_test.sh ATTRIB   (exit 77: GNU parallel is not installed)
set -euo pipefail
attrib=$(realpath "$1"); cd "$(dirname "$0")/../.."
command -v parallel >/dev/null || { echo "SKIPPED: GNU parallel is not installed" >&2; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$attrib" index -q samples/corpus/ -o "$work/one.json"
ATTRIB=$attrib JOBS=2 scripts/corpus/parallel_index.sh "$work/sharded.json" samples/corpus/
cmp "$work/one.json" "$work/sharded.json"
cmp "$work/one.json" tests/golden/corpus-index.json
# the merge's own options apply to the report: a CSV table
ATTRIB=$attrib JOBS=2 scripts/corpus/parallel_index.sh "$work/outlets.csv" samples/corpus/ -- --format csv --table outlets
"$attrib" index -q samples/corpus/ --format csv --table outlets -o "$work/one.csv"
cmp "$work/one.csv" "$work/outlets.csv"
echo "parallel shards: identical to the one-run index"
