#!/usr/bin/env bash
# Builds a corpus index across the machines of a Slurm cluster: a job array indexes the input files (each file a
# shard, TASKS tasks sharing them), then the shards are merged into one report, byte-identical to a single run.
# WORKDIR must be on a file system every node sees.
#
# usage: scripts/corpus/slurm_index.sh OUT INPUT... [-- MERGE_OPTION...]
# environment: ATTRIB (the binary, on a shared path), TASKS (array size, default: the number of shards, at most
#   SLURM_MAX_TASKS=1000), SHARD_OPTIONS, WORKDIR (default: ./attrib-index-work), SBATCH_OPTIONS (--partition …)
set -euo pipefail
source "$(dirname "$0")/args.sh"
attrib=$(realpath "$attrib")
work=$(realpath -m "${WORKDIR:-attrib-index-work}")
mkdir -p "$work"
"$attrib" inputs "${inputs[@]}" | while IFS= read -r f; do realpath "$f"; done > "$work/shards.txt"
shards=$(wc -l < "$work/shards.txt")
[ "$shards" -gt 0 ] || { echo "$0: no input files" >&2; exit 2; }
tasks=${TASKS:-$shards}
[ "$tasks" -le "${SLURM_MAX_TASKS:-1000}" ] || tasks=${SLURM_MAX_TASKS:-1000}
rm -f "$work"/shard-*.state
# shellcheck disable=SC2086  # SBATCH_OPTIONS is a list of options
sbatch --wait --array=0-$((tasks - 1)) --chdir="$work" --export=ALL ${SBATCH_OPTIONS:-} \
  "$here/scripts/corpus/slurm/index_shards.sbatch" "$work/shards.txt" "$work" "$attrib"
"$attrib" index -q --merge "$work"/shard-*.state "${merge_options[@]}" -o "$out"
