#!/usr/bin/env bash
# Benchmark (not a test): apply 1,000 small generated migrations to an empty database with
#   (a) psql -1 -f all.sql   the same SQL concatenated, one transaction: the floor
#   (b) shale migrate        batch mode (the default)
#   (c) Flyway               flyway-core + flyway-database-postgresql, defaults, from bench/flyway
# shale also with the JVM's default flags, Flyway also with flags for short-lived commands; each run on a
# fresh database. Prints a table and writes it into bench/RESULTS.md.
#
# Usage: bench/apply-1000.sh            (from anywhere; builds what is missing)
# Environment: BENCH_COUNT (1000), BENCH_RUNS (5), BENCH_WARMUP (1), PGHOST (127.0.0.1),
#   PGPORT (5432), PGUSER (postgres), PGPASSWORD if the server wants one, BENCH_RESULTS
#   (bench/RESULTS.md), BENCH_BASELINE_JAR (another shale.jar to compare). The commands are timed by an interleaving shell loop; BENCH_HYPERFINE=1
#   uses hyperfine instead (apt-get install hyperfine), which runs one command's runs in a row.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
count=${BENCH_COUNT:-1000}
runs=${BENCH_RUNS:-5}
warmup=${BENCH_WARMUP:-1}
results=${BENCH_RESULTS:-$here/RESULTS.md}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=shale_bench_$$
url="jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER"
work=$(mktemp -d)
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

for tool in psql createdb dropdb java mvn; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not on the PATH" >&2; exit 2; }
done

# user + system CPU seconds of every finished child of this shell, from bash's times builtin
# (written to a file: in a command substitution it would report the subshell's children)
cpu_of_children() {
  times >"$work/cpu"
  awk 'NR == 2 { for (f = 1; f <= 2; f++) { split($f, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] } }
    END { printf "%.3f", s }' "$work/cpu"
}

# --- build what is missing ---------------------------------------------------------------------
if [ ! -f "$root/generator-cli/target/shale.jar" ]; then
  echo "building shale ..."
  (cd "$root" && mvn -q -DskipTests -pl generator-cli -am package)
fi
if [ ! -f "$here/flyway/target/flyway-apply.jar" ]; then
  echo "building bench/flyway ..."
  mvn -q -f "$here/flyway/pom.xml" package
fi

# --- generate the migrations -------------------------------------------------------------------
# Version i is 2026-01-01 plus i seconds; every migration creates a table with two rows, every
# tenth also adds a column to the previous table and indexes its own.
mkdir -p "$work/project/migrations" "$work/flyway"
awk -v n="$count" -v shale="$work/project/migrations" -v flyway="$work/flyway" -v all="$work/all.sql" 'BEGIN {
  for (i = 1; i <= n; i++) {
    version = sprintf("20260101%02d%02d%02d", int(i / 3600), int(i % 3600 / 60), i % 60)
    name = sprintf("create_t_%04d", i)
    sql = sprintf("-- bench migration %d\nCREATE TABLE t_%04d (id bigint PRIMARY KEY, name text NOT NULL);\n", i, i)
    sql = sql sprintf("INSERT INTO t_%04d (id, name) VALUES (1, '\''row 1'\''), (2, '\''row 2'\'');\n", i)
    if (i % 10 == 0) {
      sql = sql sprintf("ALTER TABLE t_%04d ADD COLUMN note text;\nCREATE INDEX t_%04d_name_idx ON t_%04d (name);\n", i - 1, i, i)
    }
    printf "%s", sql > (shale "/" version "_" name ".sql"); close(shale "/" version "_" name ".sql")
    printf "%s", sql > (flyway "/V" version "__" name ".sql"); close(flyway "/V" version "__" name ".sql")
    printf "%s", sql >> all
  }
}'
"$root/shale" -C "$work/project" hash >/dev/null

# --- the commands ------------------------------------------------------------------------------
# shale through ./shale as shipped (JVM flags for a short-lived command, C1 only and serial GC, and the
# class data sharing archive that the warm-up run records), and with the JVM's own defaults; Flyway as
# shipped and with the same flags. BENCH_BASELINE_JAR adds another shale build (say, the last commit's)
# run with the same flags but no archive, to compare runner changes under the same load.
jvm_fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
prepare="dropdb --if-exists $db && createdb $db"
prepare_text="dropdb --if-exists DB && createdb DB"
names=(psql shale "shale, JVM defaults" flyway "flyway, fast JVM")
commands=(
  "psql -X -q -1 -v ON_ERROR_STOP=1 -d $db -f $work/all.sql"
  "$root/shale -C $work/project migrate --url $url"
  "SHALE_JAVA_OPTS= SHALE_CDS=off $root/shale -C $work/project migrate --url $url"
  "java -jar $here/flyway/target/flyway-apply.jar $url $work/flyway"
  "java $jvm_fast -jar $here/flyway/target/flyway-apply.jar $url $work/flyway"
)
baseline_text=" \"shale, baseline jar\": \`java $jvm_fast -jar \$BENCH_BASELINE_JAR migrate\`, another build
  of shale (BENCH_BASELINE_JAR), with the same flags and no archive."
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  names+=("shale, baseline jar")
  commands+=("java $jvm_fast -jar $BENCH_BASELINE_JAR -C $work/project migrate --url $url")
fi

check() { # the database holds every table after a run
  local tables
  tables=$(psql -X -At -d "$db" -c "SELECT count(*) FROM pg_tables WHERE tablename LIKE 't\\_%'")
  [ "$tables" = "$count" ] || { echo "error: $1 left $tables tables, expected $count" >&2; exit 1; }
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
rows=()
if [ -n "${BENCH_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
  # hyperfine times each command's runs one after the other
  timer="hyperfine --warmup $warmup --runs $runs --prepare '$prepare_text', one command after the other"
  for i in "${!names[@]}"; do
    hyperfine --style basic --warmup "$warmup" --runs "$runs" --prepare "$prepare" \
      --export-csv "$work/$i.csv" --command-name "${names[$i]}" "${commands[$i]}" >&2
    check "${names[$i]}"
    # command,mean,stddev,median,user,system,min,max
    rows+=("$(awk -F, 'NR == 2 { printf "%.3f|%.3f|%.3f|%.3f|%.2f\n", $4, $2, $7, $8, $5 + $6 }' "$work/$i.csv")")
  done
else
  # a loop that interleaves the commands, round after round, so that a change in the machine's load
  # (other work on the same cores or the same server) weighs on all of them alike
  timer="a shell loop of $warmup warm-up + $runs timed rounds, each round running every command once"
  timer="$timer in turn on a fresh database ('$prepare_text' before each, not timed); wall time from"
  timer="$timer date +%s%N, client CPU (user + system) from bash's times"
  for ((r = 0; r < warmup + runs; r++)); do
    for i in "${!names[@]}"; do
      sh -c "$prepare" >/dev/null
      cpu_of_children >"$work/cpu0"
      start=$(date +%s%N)
      sh -c "${commands[$i]}" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
      end=$(date +%s%N)
      cpu_of_children >"$work/cpu1"
      cpu0=$(cat "$work/cpu0") cpu1=$(cat "$work/cpu1")
      check "${names[$i]}"
      if [ "$r" -ge "$warmup" ]; then
        echo "$i $(( (end - start) / 1000000 )) $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.2f", b - a }')" >>"$work/times"
      fi
      echo "round $r: ${names[$i]} $(( (end - start) / 1000000 )) ms" >&2
    done
  done
  for i in "${!names[@]}"; do
    # median, mean, min, max of the wall times in seconds, mean client CPU
    rows+=("$(awk -v i="$i" '$1 == i { print $2 / 1000, $3 }' "$work/times" | sort -n | awk '
      { t[NR] = $1; s += $1; c += $2 }
      END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
            printf "%.3f|%.3f|%.3f|%.3f|%.2f\n", m, s / NR, t[1], t[NR], c / NR }')")
  done
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# --- the table ---------------------------------------------------------------------------------
floor=$(echo "${rows[0]}" | cut -d'|' -f1)
table="| tool | median (s) | mean (s) | min (s) | max (s) | client CPU (s) | median vs psql -1 |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for i in "${!names[@]}"; do
  table="$table
$(echo "${rows[$i]}" | awk -F'|' -v name="${names[$i]}" -v floor="$floor" \
    '{ printf "| %s | %.3f | %.3f | %.3f | %.3f | %.2f | %.2fx |", name, $1, $2, $3, $4, $5, $1 / floor }')"
done
echo
echo "$table"

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
cores=$(nproc 2>/dev/null || echo '?')
memory=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME" || uname -s)
server=$(psql -X -At -d postgres -c 'SHOW server_version' | awk '{ print $1 }')
javav=$(java -version 2>&1 | head -1)
flywayv=$(sed -n 's:.*<flyway.version>\(.*\)</flyway.version>.*:\1:p' "$here/flyway/pom.xml")

cat >"$results" <<EOF
# Benchmark: applying $count small migrations to an empty database

Written by \`bench/apply-1000.sh\` (run it from the repository root: \`bench/apply-1000.sh\`;
\`BENCH_RUNS\`, \`BENCH_COUNT\` change the size). Every run starts on a freshly created database
and includes starting the process (a JVM for shale and Flyway).

- Migrations: $count files, each a \`CREATE TABLE\` with a primary key and a two-row \`INSERT\`;
  every tenth also \`ALTER TABLE ... ADD COLUMN\` on the previous table and a \`CREATE INDEX\`
  ($(cat "$work"/project/migrations/*.sql | grep -c ';$') statements in all).
- psql: \`psql -1 -f all.sql\`, the same SQL concatenated in one transaction: the floor.
- shale: \`shale migrate\` (batch mode: one transaction, one history row per migration, statements and
  history rows sent in JDBC batches) through the \`./shale\` launcher as shipped: \`$jvm_fast -Xshare:auto\`
  and the class data sharing archive recorded by the warm-up run. "shale, JVM defaults": the same with
  \`SHALE_JAVA_OPTS= SHALE_CDS=off\` (no flags, no archive).
- Flyway $flywayv: flyway-core + flyway-database-postgresql with defaults (one transaction per
  migration), driven by \`bench/flyway\` (\`java -jar flyway-apply.jar URL FOLDER\`).
- "flyway, fast JVM": Flyway with \`$jvm_fast\`.${BENCH_BASELINE_JAR:+$baseline_text}
  See bench/README.md for where the time goes.
- Timing: $timer.
- Machine: $cpu, $cores cores, $memory memory; $os; PostgreSQL $server on the same machine over
  TCP ($PGHOST); $javav. Load average (1, 5, 15 min) before: $load_before; after: $load_after.

$table
EOF
echo
echo "wrote ${results#"$root"/}"
