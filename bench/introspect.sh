#!/usr/bin/env bash
# Benchmark (not a test): reading the schema of a database of N tables, for N in BENCH_TABLES, with
#   (a) pg_dump --schema-only                 the whole process, output to /dev/null: the yardstick
#   (b) Shale.introspect in a warm JVM        bench/IntrospectBench.java serving one introspection per round
#                                             (JVM defaults, after BENCH_JVM_WARMUP untimed ones)
#   (c) Shale.introspect in a fresh JVM       the whole process `java -cp shale.jar:harness IntrospectBench once`
#                                             with ./shale's JVM flags and a class data sharing archive
#                                             recorded by the warm-up round, as the launcher would
#   (d) ./shale -C PROJECT check --db         the whole process, when the command exists (skipped otherwise)
#   (e) the same with BENCH_HISTORY migrations (default 20): PROJECT's first migration and BENCH_HISTORY - 1
#                                             empty ones from shale create, each with its snapshot of the whole
#                                             schema, applied to a copy of the database (skipped when 1)
# interleaved round after round. Each database is made by bench/introspect-schema.awk (10 columns, a
# foreign key, 2 indexes, 1 or 2 checks, unique constraints and comments per table, 5 enum types), loaded
# with psql, and dropped at the end. The harness prints what it read (tables, columns, indexes, ...), and the
# script stops when that is not the whole database. Prints a table per N and appends them to bench/RESULTS.md.
#
# Usage: bench/introspect.sh                  (from anywhere; builds shale.jar when it is missing)
#        BENCH_TABLES="100 1000" BENCH_RUNS=10 bench/introspect.sh
# Environment: BENCH_TABLES ("100 1000 10000"), BENCH_RUNS (5), BENCH_WARMUP (1 untimed round),
#   BENCH_JVM_WARMUP (5 untimed introspections in the warm JVM), BENCH_PER_TRANSACTION (tables per
#   transaction when loading; default: all in one (psql -1) up to 1,000 tables, 200 above, since creating
#   a table holds several locks until the commit and PostgreSQL's default lock table holds ~8,000),
#   PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD if the server wants one,
#   BENCH_RESULTS (bench/RESULTS.md), BENCH_HISTORY (20).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
sizes=${BENCH_TABLES:-100 1000 10000}
runs=${BENCH_RUNS:-5}
warmup=${BENCH_WARMUP:-1}
jvm_warmup=${BENCH_JVM_WARMUP:-5}
history=${BENCH_HISTORY:-20}
results=${BENCH_RESULTS:-$here/RESULTS.md}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
jar="$root/generator-cli/target/shale.jar"
work=$(mktemp -d)
db=
db_history=
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$db" ] && dropdb --if-exists "$db" >/dev/null 2>&1 || true
  [ -n "$db_history" ] && dropdb --if-exists "$db_history" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

for tool in psql pg_dump createdb dropdb java javac jar awk; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not on the PATH" >&2; exit 2; }
done

# --- build what is missing: shale.jar, and the harness as a jar (class data sharing maps jars only) --------
if [ ! -f "$jar" ]; then
  echo "building shale ..." >&2
  (cd "$root" && mvn -q -DskipTests -pl generator-cli -am package)
fi
javac -cp "$jar" -d "$work/classes" "$here/IntrospectBench.java"
jar cf "$work/harness.jar" -C "$work/classes" .
classpath="$jar:$work/harness.jar"
# the launcher's own flags for a short-lived command, read from ./shale
launcher_opts=$(sed -n 's/^opts=\${SHALE_JAVA_OPTS-\(.*\)}$/\1/p' "$root/shale")
[ -n "$launcher_opts" ] || { echo "error: cannot read the JVM flags of ./shale" >&2; exit 2; }
jsa="$work/once.jsa"

has_check=
# (picocli answers `shale check --help` with the main help and exit 0 when there is no check command)
if "$root/shale" check --help >"$work/check-help" 2>&1 && grep -q -- '--db' "$work/check-help"; then
  has_check=1
  # `--db URL` or a plain `--db` that takes the URL from shale.yaml, whichever the command declares
  if grep -Eq -- '--db[= ]<?[A-Z]' "$work/check-help"; then check_takes_url=1; else check_takes_url=; fi
else
  echo "note: ./shale check --help names no --db (the command does not exist yet): (d) is skipped" >&2
fi

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{ t[NR] = $1 } END { if (NR == 0) { printf "-"; exit }
  printf "%.3f", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) / 1000 }'; }
minmax() { sort -n | awk '{ t[NR] = $1 } END { if (NR) printf "%.2f-%.2f", t[1] / 1000, t[NR] / 1000; else printf "-" }'; }
field() { sed -n "s/.*\\b$1=\\([0-9.]*\\).*/\\1/p"; }

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
cores=$(nproc 2>/dev/null || echo '?')
server=$(psql -X -At -d postgres -c 'SHOW server_version' | awk '{ print $1 }')
locks=$(psql -X -At -d postgres -c 'SHOW max_locks_per_transaction')
javav=$(java -version 2>&1 | head -1)
tables_md="| tables | load avg before; after | pg_dump --schema-only | introspect, warm JVM | introspect, fresh JVM (process) | of which introspect | shale check --db | check --db, $history migrations | warm vs pg_dump | fresh vs pg_dump |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
reads=""

for n in $sizes; do
  db=shale_introspect_${n}_$$
  url="jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER"
  per=${BENCH_PER_TRANSACTION:-$([ "$n" -le 1000 ] && echo 0 || echo 200)}
  awk -v n="$n" -v per_transaction="$per" -f "$here/introspect-schema.awk" >"$work/schema.sql"
  dropdb --if-exists "$db" >/dev/null 2>&1; createdb "$db"
  start=$(date +%s%N)
  if [ "$per" -eq 0 ]; then
    psql -X -q -1 -v ON_ERROR_STOP=1 -d "$db" -f "$work/schema.sql" >/dev/null
  else
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/schema.sql" >/dev/null
  fi
  echo "$n tables: loaded in $(ms_since "$start") ms ($([ "$per" -eq 0 ] && echo 'one transaction' || echo "$per tables per transaction"))" >&2

  # the project of check --db (its latest snapshot and history = the database), written by the harness;
  # the history table it adds is left out of Shale's introspection and is one more table for pg_dump
  project="$work/project-$n"
  java -cp "$classpath" IntrospectBench project "$url" "$project" "$work/schema.sql" >"$work/project.out"
  read_line=$(sed 's/^project [^:]*: //' "$work/project.out")
  expected="tables=$n columns=$((n * 10)) indexes=$((n * 2))"
  case $read_line in "$expected "*) ;; *)
    echo "error: the introspection read \"$read_line\", expected \"$expected ...\"" >&2; exit 1 ;;
  esac
  reads="$reads
  - $n tables: $read_line"
  # its schema records: pulled from the database and compiled, so that check compares records, files and database
  if [ -n "$has_check" ]; then
    "$root/shale" -C "$project" pull --url "$url" --package bench.schema --out src --no-baseline >"$work/pull.out" 2>&1 \
      || { cat "$work/pull.out" >&2; exit 1; }
    find "$project/src" -name '*.java' >"$work/sources"
    javac -nowarn -d "$project/classes" -cp "$root/generator-cli/target/shale.jar" @"$work/sources"
  fi
  check_cmd=()
  if [ -n "$has_check" ]; then
    check_cmd=("$root/shale" -C "$project" check --db)
    [ -n "$check_takes_url" ] && check_cmd+=("$url")
  fi
  # (e): a copy of the project and of the database, with a history of $history migrations
  history_cmd=()
  if [ -n "$has_check" ] && [ "$history" -gt 1 ]; then
    db_history=${db}_history
    createdb -T "$db" "$db_history"
    url_history="jdbc:postgresql://$PGHOST:$PGPORT/$db_history?user=$PGUSER"
    cp -r "$project" "$project-history"
    sed -i "s|$url|$url_history|" "$project-history/shale.yaml"
    for ((i = 2; i <= history; i++)); do
      sleep 1  # each migration's version is the second it was created in
      "$root/shale" -C "$project-history" create "noop_$i" >"$work/create.out" 2>&1 || { cat "$work/create.out" >&2; exit 1; }
    done
    "$root/shale" -C "$project-history" migrate >"$work/migrate.out" 2>&1 || { cat "$work/migrate.out" >&2; exit 1; }
    history_cmd=("$root/shale" -C "$project-history" check --db)
    [ -n "$check_takes_url" ] && history_cmd+=("$url_history")
  fi

  # the warm JVM: a coprocess answering one introspection per line it reads
  coproc SERVER { exec java -cp "$classpath" IntrospectBench serve "$url" "$jvm_warmup" 2>"$work/serve.err"; }
  server_pid=$SERVER_PID
  read -r ready <&"${SERVER[0]}" || { cat "$work/serve.err" >&2; exit 1; }
  [ "$ready" = ready ] || { echo "error: the harness said: $ready" >&2; exit 1; }

  load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
  : >"$work/times"
  for ((r = 0; r < warmup + runs; r++)); do
    # (a)
    start=$(date +%s%N)
    pg_dump --schema-only -d "$db" -f /dev/null
    dump=$(ms_since "$start")
    # (b)
    echo go >&"${SERVER[1]}"
    read -r line <&"${SERVER[0]}"
    warm=$(echo "$line" | field ms)
    # (c) the warm-up round records the class data sharing archive, later rounds map it
    if [ "$r" -eq 0 ]; then cds="-XX:ArchiveClassesAtExit=$jsa"; else cds="-XX:SharedArchiveFile=$jsa"; fi
    start=$(date +%s%N)
    line=$(java $launcher_opts $cds -Xlog:cds*=off -cp "$classpath" IntrospectBench once "$url")
    fresh=$(ms_since "$start")
    inner=$(echo "$line" | field ms)
    # (d) exit 1 (findings) still did the whole check; anything else is an error
    check=-
    if [ ${#check_cmd[@]} -gt 0 ]; then
      start=$(date +%s%N)
      status=0
      "${check_cmd[@]}" >"$work/check.out" 2>&1 || status=$?
      check=$(ms_since "$start")
      if [ "$status" -ne 0 ]; then echo "error: ${check_cmd[*]} exited $status:" >&2; cat "$work/check.out" >&2; exit 1; fi
      check_status=$status
    fi
    # (e)
    check_history=-
    if [ ${#history_cmd[@]} -gt 0 ]; then
      start=$(date +%s%N)
      status=0
      "${history_cmd[@]}" >"$work/check.out" 2>&1 || status=$?
      check_history=$(ms_since "$start")
      if [ "$status" -ne 0 ]; then echo "error: ${history_cmd[*]} exited $status:" >&2; cat "$work/check.out" >&2; exit 1; fi
    fi
    [ "$r" -ge "$warmup" ] && echo "$dump $warm $fresh $inner $check $check_history" >>"$work/times"
    echo "$n tables, round $r: pg_dump $dump ms, warm $warm ms, fresh JVM $fresh ms (introspect $inner ms), check $check ms, check with $history migrations $check_history ms" >&2
  done
  load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
  eval "exec ${SERVER[1]}>&-"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
  dropdb "$db"
  db=
  if [ -n "$db_history" ]; then dropdb "$db_history"; db_history=; fi

  col() { awk -v c="$1" '$c != "-" { print $c }' "$work/times" | "${2:-median}"; }
  dump_m=$(col 1) warm_m=$(col 2) fresh_m=$(col 3) inner_m=$(col 4) check_m=$(col 5) history_m=$(col 6)
  check_text=$check_m
  [ "$check_m" != - ] && check_text="$check_m (exit ${check_status:-?})"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == 0) print "-"; else printf "%.2fx", a / b }'; }
  history_text=$history_m
  [ "$history_m" != - ] && history_text="$history_m ($(col 6 minmax))"
  row="| $n | $load_before; $load_after | $dump_m ($(col 1 minmax)) | $warm_m ($(col 2 minmax)) | $fresh_m ($(col 3 minmax)) | $inner_m | $check_text ($(col 5 minmax)) | $history_text | $(ratio "$warm_m" "$dump_m") | $(ratio "$fresh_m" "$dump_m") |"
  tables_md="$tables_md
$row"
  echo "$row" >&2
done

echo
echo "$tables_md"
cat >>"$results" <<EOF

# Benchmark: reading the schema of a database of ${sizes// /, } tables

Written by \`bench/introspect.sh\` (\`BENCH_TABLES="$sizes" BENCH_RUNS=$runs\`). Medians of $runs rounds
(after $warmup untimed), in seconds, min-max in parentheses; every round runs each command once, in turn.

- Database: \`bench/introspect-schema.awk\`: 5 enum types; per table 10 columns (bigint identity primary key,
  bigint foreign key to an earlier table, varchar(n), text, integer, numeric(p,s), an enum, boolean, jsonb
  or uuid, timestamptz DEFAULT now(); 4.5 defaults per table), 1.33 unique constraints, 1.5 checks, 1 foreign
  key (a third ON DELETE CASCADE, a third SET NULL), 2 indexes (multi-column; partial or expression), a table
  and a column comment. Loaded with psql (one transaction up to 1,000 tables, 200 tables per transaction
  above) and dropped at the end.
- pg_dump --schema-only: the whole process, to /dev/null.
- introspect, warm JVM: \`Shale.introspect(url, List.of(), RunnerSettings.DEFAULTS)\` (connecting included)
  in a JVM with default flags that has done $jvm_warmup introspections before (\`bench/IntrospectBench.java\`).
- introspect, fresh JVM: the whole process \`java $launcher_opts -XX:SharedArchiveFile=... -cp
  shale.jar:harness.jar IntrospectBench once URL\` (the launcher's flags, and a class data sharing archive
  recorded by the warm-up round); "of which introspect": the same call timed inside that JVM.
- shale check --db: \`./shale -C PROJECT check --db\` as a whole process, on a project whose only migration is
  the DDL, recorded in the history table, and whose snapshot is the introspected model; "-" when the
  command does not exist yet.
- check --db, $history migrations: the same on a copy of the project and of the database with $((history - 1))
  more migrations (empty ones from \`shale create\`, each with its snapshot of the whole schema), all applied.
- What the introspection read (checked by the script):$reads
- Machine: $cpu, $cores cores, shared with other engineers' builds (hence the load averages);
  PostgreSQL $server on the same machine over TCP ($PGHOST), max_locks_per_transaction $locks; $javav.

$tables_md
EOF
echo
echo "appended to ${results#"$root"/}"
