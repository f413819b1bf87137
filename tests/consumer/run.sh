#!/usr/bin/env bash
# Installs the build into a temporary prefix, then builds tests/consumer against it three ways (CMake's
# find_package with the shared and the static library, pkg-config) and checks each program's output against
# the command line's own analysis of the same article.
# usage: run.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
article="$root/samples/river-talks.txt"

for component in runtime development; do cmake --install "$build" --prefix "$work/prefix" --component $component >/dev/null; done
test -f "$work/prefix/include/attrib/attrib.hpp"
test -f "$work/prefix/share/bash-completion/completions/attrib"
test -f "$work/prefix/share/zsh/site-functions/_attrib"
if command -v help2man >/dev/null; then test -f "$work/prefix/share/man/man1/attrib.1"; fi
# the shared library exports the public API, not the pipeline's internals
internal=$(nm -DC --defined-only "$work/prefix/lib/libattrib.so" | awk '{ $1 = $2 = ""; print }' | grep -E '^ +attrib::' | grep -vE '^ +attrib::api::' || true)
[ -z "$internal" ] || { echo "libattrib.so exports internal symbols:" >&2; echo "$internal" | head >&2; exit 1; }

# what every build of the consumer must print, from the installed command line
expected="$work/expected.txt"
"$work/prefix/bin/attrib" quotes --format json "$article" | python3 -c '
import json, sys
a = json.load(sys.stdin)
print("attrib 0.1.0: %s: %d quotes, %d speakers" % (a["id"], len(a["quotes"]), len(a["speakers"])))
for s in a["speakers"]:
    print("  %s (%s%s)" % (s["name"], s["kind"], ", anonymous" if s["anonymous"] else ""))
' > "$expected"

check() {  # PROGRAM LABEL
  "$1" "$article" > "$work/out.txt"
  # the first lines are the analysis; the findings, the graph and the error values follow
  head -n "$(wc -l < "$expected")" "$work/out.txt" | diff -u "$expected" - || { echo "consumer ($2): the analysis differs from attrib's" >&2; exit 1; }
  grep -q '^river-talks:2:117: warning \[loaded-attribution-verb\]$' "$work/out.txt" || { echo "consumer ($2): no finding" >&2; exit 1; }
  grep -q '^graph: [1-9][0-9]* nodes, [1-9][0-9]* edges$' "$work/out.txt" || { echo "consumer ($2): no graph" >&2; exit 1; }
  grep -qx '<text>: error: the article is empty' "$work/out.txt" || { echo "consumer ($2): no error value" >&2; exit 1; }
  grep -qx 'bad.yaml:2:1: error: end of sequence flow not found' "$work/out.txt" || { echo "consumer ($2): no rule error value" >&2; cat "$work/out.txt" >&2; exit 1; }
  echo "consumer ($2): ok"
}

# CMake: find_package(attrib) with CMAKE_PREFIX_PATH
cmake -S "$here" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/cmake-build" >/dev/null
LD_LIBRARY_PATH="$work/prefix/lib" check "$work/cmake-build/consumer" "find_package, shared"
ldd "$work/cmake-build/consumer_static" | grep -q libattrib && { echo "consumer_static links libattrib.so" >&2; exit 1; }
check "$work/cmake-build/consumer_static" "find_package, static"

# pkg-config, as a Makefile would use it
export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
test "$(pkg-config --modversion attrib)" = "0.1.0"
# shellcheck disable=SC2046
c++ -std=c++17 "$here/main.cpp" -o "$work/pc-shared" $(pkg-config --cflags --libs attrib) -Wl,-rpath,"$work/prefix/lib"
check "$work/pc-shared" "pkg-config, shared"
# shellcheck disable=SC2046
c++ -std=c++17 "$here/main.cpp" -o "$work/pc-static" $(pkg-config --cflags attrib) "$work/prefix/lib/libattrib.a" $(pkg-config --static --libs-only-l attrib | sed 's/-lattrib //')
ldd "$work/pc-static" | grep -q libattrib && { echo "pc-static links libattrib.so" >&2; exit 1; }
check "$work/pc-static" "pkg-config, static"
