#!/usr/bin/env bash
# Benchmark (not a test): what the ./shale launcher's JVM flags and class data sharing archive save on
# short commands: `shale --help`, and `shale migrate` of 30 small migrations to a fresh database.
# Three launcher settings, interleaved round after round (medians of BENCH_RUNS rounds):
#   JVM defaults      SHALE_JAVA_OPTS= SHALE_CDS=off   (what ./shale did before it had defaults)
#   fast flags        SHALE_CDS=off                    (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
#   fast flags + CDS  the launcher as shipped          (the archives are made by the first, uncounted round)
#
# Usage: bench/startup.sh            (from anywhere; needs generator-cli/target/shale.jar)
# Environment: BENCH_RUNS (15), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
runs=${BENCH_RUNS:-15}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=shale_startup_$$
url="jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER"
work=$(mktemp -d)
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

for tool in psql createdb dropdb java; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not on the PATH" >&2; exit 2; }
done
[ -f "$root/generator-cli/target/shale.jar" ] || { echo "error: build shale first: mvn -q -DskipTests install" >&2; exit 2; }

mkdir -p "$work/project/migrations"
awk -v shale="$work/project/migrations" 'BEGIN {
  for (i = 1; i <= 30; i++) {
    file = sprintf("%s/20260101%02d%02d%02d_create_t_%04d.sql", shale, int(i / 3600), int(i % 3600 / 60), i % 60, i)
    printf "-- bench migration %d\nCREATE TABLE t_%04d (id bigint PRIMARY KEY, name text NOT NULL);\n", i, i > file
    printf "INSERT INTO t_%04d (id, name) VALUES (1, '\''row 1'\''), (2, '\''row 2'\'');\n", i > file
    close(file)
  }
}'
"$root/shale" -C "$work/project" hash >/dev/null

names=("JVM defaults" "fast flags" "fast flags + CDS")
envs=("SHALE_JAVA_OPTS= SHALE_CDS=off" "SHALE_CDS=off" "")
# a loop that interleaves the settings round after round, so that a change in the machine's load weighs on
# all of them alike; the first round (which also records the archives) is not counted
ms() { local start end; start=$(date +%s%N); sh -c "$1" >/dev/null 2>&1 || { echo "error: $1 failed" >&2; exit 1; }
  end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
for ((r = 0; r <= runs; r++)); do
  for i in "${!names[@]}"; do
    help=$(ms "env ${envs[$i]} $root/shale --help")
    dropdb --if-exists "$db" >/dev/null 2>&1; createdb "$db"
    migrate=$(ms "env ${envs[$i]} $root/shale -C $work/project migrate --url $url")
    [ "$r" -gt 0 ] && echo "$i $help $migrate" >>"$work/times"
    echo "round $r: ${names[$i]}: --help $help ms, migrate $migrate ms" >&2
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
median() { sort -n | awk '{ t[NR] = $1 } END { printf "%.3f", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) / 1000 }'; }
echo
echo "| launcher | --help median (s) | migrate 30 median (s) |"
echo "| --- | ---: | ---: |"
for i in "${!names[@]}"; do
  echo "| ${names[$i]} | $(awk -v i="$i" '$1 == i { print $2 }' "$work/times" | median) |" \
    "$(awk -v i="$i" '$1 == i { print $3 }' "$work/times" | median) |"
done
