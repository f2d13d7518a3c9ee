#!/usr/bin/env bash
# Installs the Debian packages the build needs, if any is missing; with
# --tests, also what the tests need (Chromium for the browser tests); with
# --fuzz, clang and its libFuzzer runtime (make fuzz).
# Idempotent and silent when everything is present.
set -euo pipefail

packages=(cmake ninja-build g++ make libeigen3-dev nlohmann-json3-dev doctest-dev libcli11-dev libbenchmark-dev
  clang-format emscripten)
[ "${1:-}" = "--tests" ] && packages+=(chromium)
[ "${1:-}" = "--fuzz" ] && packages+=(clang libclang-rt-14-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js runs the tests and serves the demo; any node >= 20 will do (a newer one may
# already be on PATH outside Debian's packages).
command -v node >/dev/null 2>&1 || missing+=(nodejs)

[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
