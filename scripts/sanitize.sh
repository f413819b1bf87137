#!/usr/bin/env bash
# The whole test suite and the fuzz corpora under AddressSanitizer and UndefinedBehaviorSanitizer, in
# build-asan/. Timing tests are left out (the sanitizers change what they measure), and so is the
# installed-library test (its consumer is built without them). Run after scripts/setup.sh has installed the
# packages.
set -euo pipefail
cd "$(dirname "$0")/.."
# -g1 (lines and functions, enough for the sanitizers' stack traces) and -O0 halve the build against -g -O1;
# the engine alone is optimised (-O1), since the tests spend their time in it.
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DATTRIB_BUILD_BENCH=OFF -DATTRIB_BUILD_PYTHON=OFF \
      -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_CXX_FLAGS_DEBUG="-g1" -DATTRIB_ENGINE_OPTIONS="-O1" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -LE "timing|install" -j2
