#!/usr/bin/env bash
# Writes attrib's man page from the program's own --help (help2man), with every subcommand's help, the
# environment and the exit status, so that the page never drifts from the program.
# usage: make_man.sh ATTRIB_BINARY OUTPUT.1
set -euo pipefail
bin=$1
out=$2
include=$(mktemp)
trap 'rm -f "$include"' EXIT
# roff: backslashes written \e; a line starting with '.', "'" or '[' (help2man's section marker) kept as text
escape() { sed -e 's/\\/\\e/g' -e "s/^\([.'[]\)/\\\\\&\1/"; }
{
  echo "[SUBCOMMANDS]"
  # every subcommand the program lists, and those under it (`rules check`)
  subcommands=()
  for top in $("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
    nested=$("$bin" "$top" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
    if [ -n "$nested" ]; then for n in $nested; do subcommands+=("$top $n"); done; else subcommands+=("$top"); fi
  done
  for sub in "${subcommands[@]}"; do
    echo ".SS attrib $sub"
    echo ".nf"
    # shellcheck disable=SC2086
    "$bin" $sub --help | escape
    echo ".fi"
  done
  cat <<'ROFF'
[ENVIRONMENT]
.TP
.B NO_COLOR
When set and not empty, the text report of
.B attrib audit
has no colours unless
.B \-\-color always
asks for them (https://no-color.org).
[EXIT STATUS]
.TP
.B 0
the run finished and no audit finding reached \-\-fail\-on;
.TP
.B 1
an audit finding reached \-\-fail\-on;
.TP
.B 2
the run could not do what was asked: a bad option, rule file or lexicon, an input that could not be read (the
others are still read), or an output that could not be written.
[FILES]
.TP
.I rules/default.yaml
the audit rules compiled into the program;
.TP
.I rules/lexicon/<language>/
the language packs compiled into the program (\-\-lang, \-\-lexicon add to them).
[SEE ALSO]
The README and rules/README.md of the source distribution; the public C++ header <attrib/attrib.hpp> and the
Python module "attrib".
ROFF
} > "$include"
help2man --no-info --no-discard-stderr --section=1 --source="attrib" \
  --name="find quoted and reported speech in news articles, attribute it, and audit the sourcing" \
  --include="$include" --output="$out" "$bin"
