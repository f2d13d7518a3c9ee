#!/usr/bin/env bash
# Runs every libFuzzer target of build/fuzz for FUZZ_SECONDS each (default
# 60) and fails on any crash, leak, sanitizer report, input slower than 1 s
# or using more than 256 MB. Each target starts from its committed seeds and
# regressions plus what earlier runs found (build/fuzz/corpus/), with the
# dictionary of lever ids and JSON tokens. A failing input is left in
# build/fuzz/findings/<target>/: add it to fuzz/regressions/<target>/ with
# the fix, so the normal test suite replays it from then on.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-${FUZZ_SECONDS:-60}}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(api data_csv set_field levers)
bin=build/fuzz/fuzz
report=build/fuzz/report
mkdir -p "$report"
status=0
# A small quarantine keeps the peak RSS about the inputs, not about ASan's freed-memory pool (256 MB by default).
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=16:malloc_context_size=10}"
for target in "${targets[@]}"; do
  corpus="build/fuzz/corpus/$target"
  findings="build/fuzz/findings/$target"
  mkdir -p "$corpus" "$findings"
  log="$report/$target.log"
  echo "fuzz_$target: ${seconds} s"
  inputs=("$corpus" "fuzz/seeds/$target")
  [ -d "fuzz/regressions/$target" ] && inputs+=("fuzz/regressions/$target")
  if ! "$bin/fuzz_$target" "${inputs[@]}" \
    -dict=fuzz/tradeoff.dict -max_total_time="$seconds" -timeout=1 -rss_limit_mb=256 -malloc_limit_mb=256 \
    -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1; then
    echo "fuzz_$target FAILED: see $log and $findings/" >&2
    tail -30 "$log" >&2
    status=1
  fi
  # The figures of the run: executions, coverage (edges), corpus size.
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|cov: [0-9]+' "$log" | tail -3 | sed "s/^/  /" || true
done
exit "$status"
