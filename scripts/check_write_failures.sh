#!/usr/bin/env bash
# Every subcommand stops with a message and exit code 2 when its output cannot be written: a full disk
# (/dev/full) and a closed pipe with SIGPIPE ignored, as a corpus run under nohup or a supervisor meets them.
set -u
attrib=$1
sample=$2
status=0
expect_failure() {  # description, exit code, stderr
  if [ "$2" -ne 2 ] || ! grep -q "attrib: error: cannot write the output" <<<"$3"; then
    echo "FAIL $1: exit $2, stderr: $3"
    status=1
  else
    echo "ok   $1"
  fi
}
if [ -w /dev/full ]; then
  for cmd in "quotes" "quotes --format jsonl" "audit" "audit --format sarif" "graph"; do
    err=$("$attrib" $cmd "$sample" 2>&1 >/dev/full); expect_failure "$cmd > /dev/full" $? "$err"
  done
  err=$("$attrib" rules check "$(dirname "$0")/../rules/default.yaml" 2>&1 >/dev/full); expect_failure "rules check > /dev/full" $? "$err"
else
  echo "skipped: /dev/full is not writable here"
fi
# a closed pipe: the reader exits after one byte; SIGPIPE is ignored (inherited through exec), so only the
# failed write can stop the run
big=$(mktemp); errf=$(mktemp); codef=$(mktemp)
for _ in $(seq 300); do cat "$sample"; echo; done > "$big"
( trap '' PIPE; "$attrib" quotes --format jsonl "$big" 2>"$errf"; echo $? > "$codef" ) | head -c 1 > /dev/null
sleep 0.2
expect_failure "quotes | a reader that stops, SIGPIPE ignored" "$(cat "$codef")" "$(cat "$errf")"
rm -f "$big" "$errf" "$codef"
exit $status
