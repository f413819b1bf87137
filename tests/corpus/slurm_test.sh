#!/usr/bin/env bash
# A corpus index built by a Slurm job array on a single-node cluster started here (munge, slurmctld, slurmd) is
# byte-identical to the one-run index. usage: tests/corpus/slurm_test.sh ATTRIB
# (exit 77: not root, or slurm-wlm/munge not installed, so no cluster can start here)
set -euo pipefail
attrib=$(realpath "$1"); cd "$(dirname "$0")/../.."
work=$(mktemp -d); chmod 755 "$work"; cluster=$work/cluster  # munged runs as munge: it must reach its files
trap 'scripts/corpus/slurm/local_cluster.sh stop "$cluster"; rm -rf "$work"' EXIT
set +e; env_line=$(scripts/corpus/slurm/local_cluster.sh start "$cluster"); status=$?; set -e
[ $status -eq 77 ] && { echo "SKIPPED: no single-node Slurm can start here" >&2; exit 77; }
[ $status -eq 0 ] || exit 1
eval "$env_line"
mapfile -t files < <("$attrib" inputs samples/corpus/ | xargs realpath)
"$attrib" index -q "${files[@]}" -o "$work/one.json"
ATTRIB=$attrib WORKDIR=$work/shards TASKS=2 scripts/corpus/slurm_index.sh "$work/slurm.json" samples/corpus/
cmp "$work/one.json" "$work/slurm.json"
echo "Slurm job array: identical to the one-run index"
