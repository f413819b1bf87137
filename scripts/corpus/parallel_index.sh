#!/usr/bin/env bash
# Builds a corpus index on one machine with GNU parallel: each input file is a shard, indexed by its own
# `attrib index --format state` process, and the shards are merged into one report, byte-identical to a run
# over all the inputs in one process.
#
# usage: scripts/corpus/parallel_index.sh OUT INPUT... [-- MERGE_OPTION...]
#   INPUT  files or directories (directories are listed recursively, as attrib lists them)
#   after --, options for the merge (the report): --format csv --table outlets, --aliases FILE, --rules FILE
# environment: ATTRIB (the binary, default: attrib on PATH, else build/attrib), JOBS (default: the cores),
#   SHARD_OPTIONS (options for every shard: --field outlet=meta.publisher …), WORKDIR (kept when given)
set -euo pipefail
source "$(dirname "$0")/args.sh"
jobs=${JOBS:-$(nproc)}
if [ -n "${WORKDIR:-}" ]; then work=$WORKDIR; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
command -v parallel >/dev/null || { echo "$0: GNU parallel is not installed (Debian: apt-get install parallel)" >&2; exit 2; }

# the shards: every file attrib would read, in the order it would read them
"$attrib" inputs "${inputs[@]}" > "$work/shards.txt"
[ -s "$work/shards.txt" ] || { echo "$0: no input files" >&2; exit 2; }
# shellcheck disable=SC2086  # SHARD_OPTIONS is a list of options
parallel --halt now,fail=1 --jobs "$jobs" --arg-file "$work/shards.txt" \
  "$attrib" index -q -j 1 --format state ${SHARD_OPTIONS:-} -o "$work/shard-{#}.state" {}
"$attrib" index -q --merge "$work"/shard-*.state "${merge_options[@]}" -o "$out"
