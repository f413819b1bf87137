#!/usr/bin/env bash
# Installs what attrib needs from Debian 12's packages (when missing), then configures and builds into build/.
#
#   bash scripts/setup.sh           the command line only (build/attrib): the quick start, a few minutes
#   bash scripts/setup.sh --python  that and the Python module, installed for the python3 on PATH
#   bash scripts/setup.sh --all     everything: tests, benchmarks, the Python module (installed), what the
#                                   tests drive (GNU parallel, Slurm, Chromium, help2man, pytest, jsonschema)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-cli}
case "$mode" in
  cli|--python|--all) ;;
  *) echo "usage: bash scripts/setup.sh [--python|--all]" >&2; exit 2 ;;
esac

pkgs=(g++ cmake ninja-build pkg-config python3 libboost-dev libboost-graph-dev libyaml-cpp-dev libcli11-dev
      nlohmann-json3-dev zlib1g-dev libzstd-dev graphviz)
python_pkgs=(python3-dev pybind11-dev)
test_pkgs=(libgtest-dev libgmock-dev libbenchmark-dev parallel slurm-wlm munge chromium help2man python3-pytest
           python3-jsonschema)
[ "$mode" = cli ] || pkgs+=("${python_pkgs[@]}")
[ "$mode" = --all ] && pkgs+=("${test_pkgs[@]}")
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The build for the python3 on PATH (a pyenv or a virtualenv one included), so that `import attrib` works there.
python=$(command -v python3)
configure() { cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE="$python" "$@" >/dev/null; }
case "$mode" in
  cli)
    # a first configuration without the parts whose packages this mode does not install; a later run keeps
    # whatever build/ was configured with
    [ -f build/CMakeCache.txt ] || configure -DATTRIB_BUILD_TESTS=OFF -DATTRIB_BUILD_BENCH=OFF -DATTRIB_BUILD_PYTHON=OFF
    cmake --build build --target attrib ;;
  --python)
    # tests and benchmarks need packages this mode does not install: off in a first configuration
    if [ -f build/CMakeCache.txt ]; then configure -DATTRIB_BUILD_PYTHON=ON
    else configure -DATTRIB_BUILD_PYTHON=ON -DATTRIB_BUILD_TESTS=OFF -DATTRIB_BUILD_BENCH=OFF; fi
    cmake --build build --target attrib attrib_python
    cmake --install build --component python >/dev/null ;;
  --all)
    configure -DATTRIB_BUILD_TESTS=ON -DATTRIB_BUILD_BENCH=ON -DATTRIB_BUILD_PYTHON=ON
    cmake --build build
    cmake --install build --component python >/dev/null ;;
esac
