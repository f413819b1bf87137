#!/usr/bin/env bash
# Checks that Graphviz's dot accepts `attrib graph` for every article of PolNeAR dev, one graph at a time.
# usage: scripts/check_dot.sh [ATTRIB_BINARY] [SHARED_DIR]     (exit 77 = skipped)
set -euo pipefail
bin=${1:-build/attrib}
shared=${2:-"$(dirname "$0")/../../shared"}
corpus="$shared/evaldata/polnear/dev.jsonl"
[ -f "$corpus" ] || { echo "SKIPPED: $corpus is absent" >&2; exit 77; }
command -v dot >/dev/null || { echo "SKIPPED: Graphviz's dot is not installed" >&2; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0; bad=0
while IFS= read -r record; do
  n=$((n + 1))
  printf '%s\n' "$record" > "$tmp/one.jsonl"
  "$bin" graph "$tmp/one.jsonl" > "$tmp/one.dot"
  if ! dot -Tsvg -o /dev/null "$tmp/one.dot" 2> "$tmp/err"; then
    bad=$((bad + 1)); echo "article $n: dot rejected the graph: $(head -c 300 "$tmp/err")"
  fi
done < "$corpus"
echo "$((n - bad)) of $n graphs accepted by dot"
[ "$bad" -eq 0 ]
