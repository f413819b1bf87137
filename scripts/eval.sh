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
check() {  # name gold kinds metric=min ...
  local name=$1 gold=$2 kinds=$3; shift 3
  "$bin" quotes --format jsonl "$gold" > "$tmp/pred.jsonl"
  local res; res=$(python3 "$shared/tools/score.py" "$gold" "$tmp/pred.jsonl" --kinds "$kinds" --json)
  echo "$name ($kinds): $res"
  python3 - "$res" "$@" <<'PY' || status=1
import json, sys
r = json.loads(sys.argv[1])
bad = [f"{k} {r[k]} < {m}" for k, m in (a.split("=") for a in sys.argv[2:]) if r[k] < float(m)]
if bad: print("  BELOW THRESHOLD: " + "; ".join(bad)); sys.exit(1)
PY
}
# the issues' acceptance figures, and floors at the figures measured when each landed (regression guards)
check seed "$shared/seed/gold.jsonl" direct,partial recall=1.0 speaker_accuracy=1.0
check seed "$shared/seed/gold.jsonl" all recall=1.0 speaker_accuracy=1.0
check polnear-dev "$shared/evaldata/polnear/dev.jsonl" direct,mixed f1=0.90 speaker_accuracy=0.90
# issue 3 asks dev all-kinds F1 >= 0.75 and speaker accuracy >= 0.85
check polnear-dev "$shared/evaldata/polnear/dev.jsonl" all f1=0.75 speaker_accuracy=0.90
exit $status
