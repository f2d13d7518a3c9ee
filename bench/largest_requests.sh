#!/usr/bin/env bash
# The largest requests the limits allow (docs/model.md section 12), each timed
# by GNU time: CPU seconds (user + system), wall seconds and peak resident
# memory. Opt-in, not part of `make bench`: the default set takes about a
# minute of CPU; --all adds the largest sensitivity run a data file of 500
# countries allows (60,000 draws to 2050), about 30 s more.
#
#   bench/largest_requests.sh [--all] [TRADEOFF_BIN]
set -euo pipefail

all=0
if [[ ${1:-} == --all ]]; then
  all=1
  shift
fi
bin=${1:-build/release/cli/tradeoff}
[[ -x $bin ]] || { echo "no CLI at $bin: cmake --build --preset release" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A data file of 500 rows, the most allowed: the built-in countries again and
# again under new codes (AA, AB, ...).
"$bin" countries --format csv | grep -v '^#' | awk -F, -v OFS=, '
  NR == 1 { print; next }
  { row[n++] = $0 }
  END {
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for (i = 0; i < 500; i++) {
      $0 = row[i % n]
      $1 = substr(letters, int(i / 26) + 1, 1) substr(letters, i % 26 + 1, 1)
      $2 = "Country " $1
      print
    }
  }' >"$work/countries500.csv"

# Scenarios of up to 1 MiB, the most allowed: arrays of 1,000 copies of ITEM
# (the most entries an array may hold), COUNT of them; an array of 349,522
# and an object of 111,847 distinct keys (both refused for their size).
scenario() { # FILE ITEM COUNT
  awk -v item="$2" -v count="$3" 'BEGIN {
    printf "{\"x\":["
    for (i = 0; i < count; i++) {
      printf "%s[%s", i ? "," : "", item
      for (j = 1; j < 1000; j++) printf ",%s", item
      printf "]"
    }
    printf "]}"
  }' >"$1"
}
scenario "$work/strings.json" '""' 349
scenario "$work/objects.json" '{}' 349
awk 'BEGIN { printf "{\"x\":[{}"; for (i = 1; i < 349522; i++) printf ",{}"; printf "]}" }' >"$work/flat.json"
awk 'BEGIN {
  printf "{\"0\":0"
  for (i = 1; i < 111847; i++) printf ",\"%x\":0", i
  printf "}"
}' >"$work/keys.json"
# The largest valid scenario: 500 countries and 500 overrides of the 500-row
# data file, to 2050, padded with spaces to 1 MiB.
awk 'BEGIN {
  letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
  for (i = 0; i < 500; i++) code[i] = substr(letters, int(i / 26) + 1, 1) substr(letters, i % 26 + 1, 1)
  printf "{\"countries\": [\"%s\"", code[0]
  for (i = 1; i < 500; i++) printf ", \"%s\"", code[i]
  printf "],\n\"end_year\": 2050, \"nato\": {\"target_year\": 2050},\n\"overrides\": {"
  for (i = 0; i < 500; i++) printf "%s\n\"%s\": {\"core_target_pct_gdp\": 3.0, \"target_year\": 2050}", i ? "," : "", code[i]
  printf "}}\n"
}' >"$work/valid.json"
printf '%*s' $((1048576 - $(wc -c <"$work/valid.json"))) '' >>"$work/valid.json"
# The 500 rows again with 16 flags each, the most allowed: a note per flag on run.
awk -F, -v OFS=, 'NR == 1 { print; next } {
  $NF = "f0"
  for (i = 1; i < 16; i++) $NF = $NF ";f" i
  print
}' "$work/countries500.csv" >"$work/flags.csv"

printf '%-58s %4s %8s %8s %8s\n' request exit 'CPU s' 'wall s' 'RSS MB'
measure() { # NAME ARGS...
  local name=$1
  shift
  /usr/bin/time -f '%x %U %S %e %M' -o "$work/time" "$bin" "$@" >/dev/null 2>&1 || true
  # GNU time writes "Command exited with non-zero status N" first, if so.
  read -r code user sys wall rss < <(tail -n 1 "$work/time")
  awk -v n="$name" -v c="$code" -v u="$user" -v s="$sys" -v w="$wall" -v r="$rss" \
    'BEGIN { printf "%-58s %4s %8.2f %8.2f %8.1f\n", n, c, u + s, w, r * 1024 / 1e6 }'
}

measure 'run, 29 countries to 2050' run --countries ALL --set end_year=2050 --format json
measure 'run, 500 countries (data file) to 2050' \
  run --data "$work/countries500.csv" --countries ALL --set end_year=2050 --format json
measure 'frontier, 1001 points, to 2050' \
  frontier --country BE --points 1001 --countries ALL --set end_year=2050 --year 2050 --format json
measure 'sensitivity, 1e6 draws, 29 countries, target 2035, to 2050' \
  sensitivity --draws 1000000 --countries ALL --set end_year=2050 --format json
measure 'sensitivity, 1e6 draws, 29 countries, target 2050, to 2050' \
  sensitivity --draws 1000000 --countries ALL --set end_year=2050 --set nato.target_year=2050 --format json
measure 'sensitivity, 500,000 draws, to 2027 (by_year kept)' \
  sensitivity --draws 500000 --countries ALL --set end_year=2027 --format json
measure 'sensitivity, 1e6 draws, to 2027 (by_year omitted)' \
  sensitivity --draws 1000000 --countries ALL --set end_year=2027 --format json
measure '1 MiB scenario, 349 arrays of 1,000 empty strings (refused)' run "$work/strings.json" --format json
measure '1 MiB scenario, 349 arrays of 1,000 empty objects (refused)' run "$work/objects.json" --format json
measure '1 MiB scenario, 349,522 objects in one array (refused)' run "$work/flat.json" --format json
measure '1 MiB scenario, 111,847 keys in one object (refused)' run "$work/keys.json" --format json
measure '1 MiB scenario, 500 countries and overrides, to 2050' \
  run "$work/valid.json" --data "$work/countries500.csv" --format json
measure 'run, 500 countries with 16 flags each' run --data "$work/flags.csv" --countries ALL --format json
if ((all)); then
  measure 'sensitivity, 60,000 draws, 500 countries, target 2050, to 2050' \
    sensitivity --draws 60000 --data "$work/countries500.csv" --countries ALL --set end_year=2050 \
    --set nato.target_year=2050 --format json
fi
