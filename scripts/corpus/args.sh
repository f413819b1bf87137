# Sourced by parallel_index.sh and slurm_index.sh: their shared command line, `OUT INPUT... [-- MERGE_OPTION...]`.
# Sets out, inputs (array), merge_options (array), here (the project's top directory) and attrib (the binary:
# $ATTRIB, else attrib on PATH, else build/attrib).
[ $# -ge 2 ] || { echo "usage: $0 OUT INPUT... [-- MERGE_OPTION...]" >&2; exit 2; }
out=$1; shift
inputs=(); merge_options=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; merge_options=("$@"); break; fi
  inputs+=("$1"); shift
done
here=$(cd "$(dirname "$0")/../.." && pwd)
attrib=${ATTRIB:-$(command -v attrib || echo "$here/build/attrib")}
