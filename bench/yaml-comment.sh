#!/usr/bin/env bash
# Benchmark (not a test): how long `shale hash` takes on a project whose shale.yaml holds one comment line
# of N MB (then `migrations: migrations`), against the same project with a one-line shale.yaml. `hash` reads
# shale.yaml and the (empty) migrations folder and connects to nothing, so the difference is the reading of
# shale.yaml. Medians of BENCH_RUNS runs, whole processes (./shale, the launcher as shipped).
#
# Usage: bench/yaml-comment.sh       (needs generator-cli/target/shale.jar)
# Environment: BENCH_SIZES in MB ("0.5 1 2 3 10"), BENCH_RUNS (3).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
sizes=${BENCH_SIZES:-0.5 1 2 3 10}
runs=${BENCH_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$root/generator-cli/target/shale.jar" ] || { echo "error: build shale first: mvn -q -DskipTests package" >&2; exit 2; }

# median of the seconds (and the last exit code) of $runs runs of `shale hash` in project $1
time_hash() {
  local times=() code=0 start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$root/shale" -C "$1" hash >"$work/out" 2>&1 && code=0 || code=$?
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v code="$code" '{ a[NR] = $1 } END { printf "%.2f|%d", a[int((NR + 1) / 2)] / 1000, code }'
}

mkdir -p "$work/small/migrations"
echo "migrations: migrations" >"$work/small/shale.yaml"
"$root/shale" -C "$work/small" hash >/dev/null
IFS='|' read -r base _ <<<"$(time_hash "$work/small")"
echo "| comment | shale hash (s) | exit | minus the one-line shale.yaml (s) |"
echo "| ---: | ---: | ---: | ---: |"
echo "| none | $base | 0 | 0 |"
for mb in $sizes; do
  dir="$work/c$mb"
  mkdir -p "$dir/migrations"
  awk -v n="$(awk -v mb="$mb" 'BEGIN { printf "%d", mb * 1000000 }')" 'BEGIN {
    printf "# "; line = sprintf("%1000s", ""); gsub(/ /, "x", line)
    for (i = 0; i < n / 1000; i++) printf "%s", line
    printf "\nmigrations: migrations\n" }' >"$dir/shale.yaml"
  cp "$work/small/migrations/shale.sum" "$dir/migrations/" 2>/dev/null || true
  IFS='|' read -r secs code <<<"$(time_hash "$dir")"
  echo "| $mb MB | $secs | $code | $(awk -v a="$secs" -v b="$base" 'BEGIN { printf "%.2f", a - b }') |"
done
[ "${code:-0}" = 0 ] || tail -3 "$work/out"
