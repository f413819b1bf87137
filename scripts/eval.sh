#!/usr/bin/env bash
# Scores attrib against the shared gold data with the reference scorer and checks the issues' thresholds.
# usage: scripts/eval.sh [ATTRIB_BINARY] [SHARED_DIR]     (exit 77 = skipped: no ../shared)
set -euo pipefail
bin=${1:-build/attrib}
shared=${2:-"$(dirname "$0")/../../shared"}
if [ ! -f "$shared/tools/score.py" ]; then
  echo "SKIPPED: $shared/tools/score.py is absent; the accuracy check needs ../shared" >&2
  exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
check() {  # name gold kinds min_f1 min_speaker
  local name=$1 gold=$2 kinds=$3 min_f1=$4 min_spk=$5
  "$bin" quotes --format jsonl "$gold" > "$tmp/pred.jsonl"
  local res; res=$(python3 "$shared/tools/score.py" "$gold" "$tmp/pred.jsonl" --kinds "$kinds" --json)
  echo "$name ($kinds): $res"
  python3 - "$res" "$min_f1" "$min_spk" <<'PY' || status=1
import json, sys
r = json.loads(sys.argv[1]); f1, spk = float(sys.argv[2]), float(sys.argv[3])
bad = [f"{k} {r[k]} < {m}" for k, m in (("f1", f1), ("speaker_accuracy", spk)) if r[k] < m]
if bad: print("  BELOW THRESHOLD: " + "; ".join(bad)); sys.exit(1)
PY
}
check seed "$shared/seed/gold.jsonl" direct,partial 1.0 1.0
check polnear-dev "$shared/evaldata/polnear/dev.jsonl" direct,mixed 0.90 0.90
exit $status
