#!/usr/bin/env bash
# The man page and the shell completions the build makes from the program: the page renders without a roff
# warning and documents every subcommand; bash completes subcommands, options and their values.
# usage: shell_test.sh BUILD_DIR
set -euo pipefail
build=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

page="$build/attrib.1"
if [ -f "$page" ]; then
  warnings=$(groff -man -Tutf8 -ww "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "the man page has roff warnings: $warnings"
  rendered=$(groff -man -Tutf8 "$page" 2>/dev/null | sed 's/.\x08//g')
  for top in $("$build/attrib" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
    sub=$top
    nested=$("$build/attrib" "$top" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
    [ -z "$nested" ] || sub="$top $nested"
    grep -q "attrib $sub\$" <<<"$rendered" || fail "the man page has no section for attrib $sub"
  done
  for word in "--format TEXT:{text,json,jsonl,sarif,html}" "NO_COLOR" "EXIT STATUS" "--no-reported"; do
    grep -qF -- "$word" <<<"$rendered" || fail "the man page does not mention $word"
  done
  echo "man page: ok"
else
  echo "man page: not built (help2man is not installed)"
fi

# bash: what a TAB after these words offers
complete_words() {
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    _attrib
    printf "%s\n" "${COMPREPLY[@]}"' _ "$build/completions/attrib" "$@"
}
expect() {  # EXPECTED WORDS...
  local want=$1; shift
  local got
  got=$(complete_words "$@" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$want" ] || fail "completing '$*': got '$got', want '$want'"
}
expect "audit" attrib au
expect "html json jsonl sarif text" attrib audit --format ""
expect "always auto never" attrib audit --color ""
expect "--fail-on --field --format" attrib audit --f
expect "check" attrib rules ""
expect "--help --output -h -o" attrib rules check -
expect "bash zsh" attrib completion ""
expect "dot png svg" attrib graph -j 2 --format ""
expect "--no-beliefs --no-color --no-reported --no-scare" attrib audit --no
echo "bash completion: ok"
if command -v zsh >/dev/null; then
  zsh -n "$build/completions/_attrib" || fail "the zsh completion does not parse"
  echo "zsh completion: parses"
fi
