#!/usr/bin/env bash
# Benchmark (not a test): a migration applied to a table of BENCH_ROWS rows while pgbench keeps reading and writing it.
# The migration adds an index, a foreign key, a NOT NULL (on a column every row fills), a unique constraint and a
# column with a default. Four runs, each on a fresh database, each under the same rate-limited traffic:
#   shale              the SQL shale generate writes (bench/online: before/ -> after/), applied by shale migrate
#   plain DDL          the same changes as plain DDL (bench/online/plain.sql), psql -1
#   shale, lock held   as shale, while another session keeps a transaction open on the table (ACCESS SHARE,
#                      bench/online/holder.sql), opened just before the migration and committed BENCH_HOLD seconds
#                      after the migration first waits for it
#   plain DDL, lock held
# Reports per run: failed transactions and aborted clients, worst and p99 latency (from pgbench's per-transaction
# log, whole run and during the migration), the migration's wall time and whether it succeeded (exit code, and the
# database shows every change, valid). Prints a Markdown table and writes it, with the SQL measured, to
# BENCH_RESULTS. bench/online-load.md describes it.
#
# Usage: bench/online-load.sh            (from anywhere; builds shale.jar when it is missing)
# Environment: BENCH_ROWS (1000000), BENCH_CUSTOMERS (10000), BENCH_CLIENTS (8), BENCH_THREADS (2),
#   BENCH_RATE (200 transactions/s in all), BENCH_DURATION (60 s of traffic per run), BENCH_MIGRATE_AT (15: seconds
#   of traffic before the migration starts), BENCH_HOLD (10 s), BENCH_RUNS ("shale plain shale-lock plain-lock"),
#   BENCH_RESULTS (bench/RESULTS.md, where the script replaces its own section), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD
#   if the server wants one.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
project=$here/online
rows=${BENCH_ROWS:-1000000}
customers=${BENCH_CUSTOMERS:-10000}
clients=${BENCH_CLIENTS:-8}
threads=${BENCH_THREADS:-2}
rate=${BENCH_RATE:-200}
duration=${BENCH_DURATION:-60}
migrate_at=${BENCH_MIGRATE_AT:-15}
hold=${BENCH_HOLD:-10}
runs=${BENCH_RUNS:-shale plain shale-lock plain-lock}
results=${BENCH_RESULTS:-$here/RESULTS.md}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=shale_online_$$
url="jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER"
work=$(mktemp -d)
pids=()  # background processes this script started (pgbench, the lock holder), stopped on exit
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  dropdb --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for tool in psql pgbench createdb dropdb java javac mvn awk sort; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not on the PATH" >&2; exit 2; }
done
[ "$migrate_at" -lt "$duration" ] || { echo "error: BENCH_MIGRATE_AT ($migrate_at) must be below BENCH_DURATION ($duration)" >&2; exit 2; }
for run in $runs; do
  case $run in shale | plain | shale-lock | plain-lock) ;;
    *) echo "error: unknown run '$run' in BENCH_RUNS (shale, plain, shale-lock, plain-lock)" >&2; exit 2 ;;
  esac
done

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
now_us() { echo $(( $(date +%s%N) / 1000 )); }

# --- build what is missing, compile the records, generate the migrations ----------------------------------------
jar=$root/generator-cli/target/shale.jar
if [ ! -f "$jar" ]; then
  echo "building shale ..." >&2
  (cd "$root" && mvn -q -DskipTests -pl generator-cli -am package)
fi
mkdir -p "$work/project"
cp "$project/shale.yaml" "$work/project/"
for side in before after; do
  mkdir -p "$work/classes/$side"
  javac -nowarn -d "$work/classes/$side" -cp "$jar" "$project/$side"/bench/online/*.java
done
"$root/shale" -C "$work/project" generate --classpath "$work/classes/before" --name baseline >"$work/generate.out"
sleep 1  # versions are the time in seconds
"$root/shale" -C "$work/project" generate --classpath "$work/classes/after" --name online_changes >>"$work/generate.out"
baseline=$(cd "$work/project/migrations" && ls ./*_baseline.sql | sed 's:^\./\([0-9]*\)_.*:\1:')
change_file=$(ls "$work/project/migrations"/*_online_changes.sql)
change_version=$(basename "$change_file" | cut -d_ -f1)
[ -n "$baseline" ] && [ -f "$change_file" ] || { cat "$work/generate.out" >&2; echo "error: shale generate wrote no migration" >&2; exit 1; }

# --- one run ----------------------------------------------------------------------------------------------------
# Writes $work/<run>/row: the table row's cells after the run's name, separated by |.
one_run() {
  local run=$1 dir=$work/$1 kind=${1%-lock} locked=
  [ "$run" != "$kind" ] && locked=1
  mkdir -p "$dir"
  local load_before pgbench_pid holder_pid= rc=0 bench_rc=0 start end traffic_start
  dropdb --if-exists "$db" >/dev/null 2>&1
  createdb "$db"
  "$root/shale" -C "$work/project" migrate --url "$url" --to "$baseline" >"$dir/setup.out" 2>&1 \
    || { cat "$dir/setup.out" >&2; echo "error: $run: the baseline migration failed" >&2; exit 1; }
  psql -X -q -d "$db" -v rows="$rows" -v customers="$customers" -f "$project/fill.sql" >"$dir/fill.out" 2>&1 \
    || { cat "$dir/fill.out" >&2; echo "error: $run: filling the tables failed" >&2; exit 1; }
  load_before=$(load)

  (cd "$dir" && exec pgbench -n -c "$clients" -j "$threads" -T "$duration" -R "$rate" -P 5 \
    -D rows="$rows" -D customers="$customers" \
    -f "$project/read.sql@6" -f "$project/update.sql@3" -f "$project/insert.sql@1" \
    -l --log-prefix=tx "$db" >"$dir/pgbench.out" 2>"$dir/pgbench.err") &
  pgbench_pid=$!
  pids+=("$pgbench_pid")
  traffic_start=$(now_us)
  sleep "$migrate_at"

  # the lock holder: a psql session fed through a FIFO, so that the script decides when it commits
  local holder_fd= holder_backend= hold_until= waited_at=
  if [ -n "$locked" ]; then
    mkfifo "$dir/holder.in"
    PGAPPNAME=shale_bench_holder psql -X -q -d "$db" <"$dir/holder.in" >"$dir/holder.out" 2>&1 &
    holder_pid=$!
    pids+=("$holder_pid")
    exec {holder_fd}>"$dir/holder.in"
    cat "$project/holder.sql" >&"$holder_fd"
    # the migration starts once the holder has its lock
    for _ in $(seq 100); do
      holder_backend=$(psql -X -At -d "$db" -c "SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a USING (pid)
        WHERE a.application_name = 'shale_bench_holder' AND l.relation = 'public.orders'::regclass AND l.granted")
      [ -n "$holder_backend" ] && break
      sleep 0.1
    done
    [ -n "$holder_backend" ] || { echo "error: $run: the lock holder got no lock: $(cat "$dir/holder.out")" >&2; exit 1; }
  fi

  start=$(now_us)
  (
    rc=0
    if [ "$kind" = shale ]; then
      "$root/shale" -C "$work/project" migrate --url "$url" >"$dir/migrate.out" 2>&1 || rc=$?
    else
      psql -X -q -1 -v ON_ERROR_STOP=1 -d "$db" -f "$project/plain.sql" >"$dir/migrate.out" 2>&1 || rc=$?
    fi
    now_us >"$dir/migrate.end"
    echo "$rc" >"$dir/migrate.rc"
  ) &
  local migrate_pid=$!
  pids+=("$migrate_pid")
  # the holder stays open until BENCH_HOLD seconds after a session (the migration) first waits for it, as the
  # server records that wait's start, or until the migration ends when it never waits
  while kill -0 "$migrate_pid" 2>/dev/null; do
    if [ -n "$holder_fd" ]; then
      if [ -z "$waited_at" ]; then
        waited_at=$(psql -X -At -d "$db" -c "SELECT (extract(epoch FROM min(waitstart)) * 1000000)::bigint
          FROM pg_locks WHERE NOT granted AND $holder_backend = ANY (pg_blocking_pids(pid))")
        [ -n "$waited_at" ] && hold_until=$(( waited_at + hold * 1000000 ))
      fi
      if [ -n "$hold_until" ] && [ "$(now_us)" -ge "$hold_until" ]; then
        echo 'COMMIT;' >&"$holder_fd"
        exec {holder_fd}>&-
        holder_fd=
      fi
    fi
    sleep 0.2
  done
  wait "$migrate_pid" || true
  if [ -n "$holder_fd" ]; then
    echo 'COMMIT;' >&"$holder_fd"
    exec {holder_fd}>&-
  fi
  end=$(cat "$dir/migrate.end") rc=$(cat "$dir/migrate.rc")
  [ -n "$holder_pid" ] && { wait "$holder_pid" || echo "warning: $run: the lock holder failed: $(tail -1 "$dir/holder.out")" >&2; }
  wait "$pgbench_pid" || bench_rc=$?
  pids=()
  local held=
  if [ -n "$locked" ]; then
    held="; the migration first waited for the holder after $(awk -v a="$start" -v b="${waited_at:-}" \
      'BEGIN { if (b == "") print "never"; else printf "%.1f s", (b - a) / 1e6 }')"
  fi

  # the migration's own time as shale's history records it (lock waits in, the JVM's start and the pre-flight
  # checks out); psql's start is negligible, so plain DDL's is its wall time
  local in_db
  if [ "$kind" = shale ]; then
    in_db=$(psql -X -At -d "$db" -c "SELECT round(execution_ms / 1000.0, 1) FROM public.shale_migrations
      WHERE version::text = '$change_version'" 2>/dev/null || true)
  else
    in_db=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
  fi
  local missing succeeded
  missing=$(psql -X -At -d "$db" -f "$project/schema-check.sql" 2>&1 | paste -sd';' - || true)
  if [ "$rc" -ne 0 ]; then
    # PostgreSQL's message (shale prints it after "PostgreSQL:", psql after "ERROR:"), else the first error line
    local reason
    reason=$(sed -n 's/.*\(PostgreSQL: \|ERROR: *\)//p' "$dir/migrate.out" | head -1)
    [ -z "$reason" ] && reason=$(grep -m1 -i 'error' "$dir/migrate.out" || true)
    succeeded="no (exit $rc: $(echo "$reason" | cut -c1-160 | tr '|' '/'))"
  elif [ -n "$missing" ]; then
    succeeded="no ($missing)"
  else
    succeeded=yes
  fi
  if [ "$(( (end - traffic_start) / 1000000 ))" -ge "$duration" ]; then
    succeeded="$succeeded; ran past the traffic's end"
  fi

  # pgbench's log: client, transaction, latency in µs (from the scheduled start, schedule lag included) or
  # "failed", script, end time (s, µs). Failed transactions, aborted clients, latencies of the run and of the
  # transactions that overlapped the migration.
  local failed aborted
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$dir/pgbench.out")
  aborted=$(grep -Ec 'client [0-9]+ .*aborted' "$dir/pgbench.err" || true)
  [ "$bench_rc" -ne 0 ] && [ "$aborted" = 0 ] && aborted="pgbench exit $bench_rc"
  cat "$dir"/tx.* >"$dir/log"
  local stats
  stats=$(awk -v s="$start" -v e="$end" '
    { t = $5 * 1000000 + $6 }
    $3 !~ /^[0-9]+$/ { bad++; next }
    { n++; print "all", $3; if (t >= s && t - $3 <= e) { w++; print "window", $3 } }
    END { printf("count %d %d %d\n", n, bad, w) > "/dev/stderr" }' "$dir/log" 2>"$dir/counts" | sort -k1,1 -k2,2n \
    | awk '
      { v[$1, ++c[$1]] = $2 }
      function p99(k) { return c[k] ? v[k, int((c[k] * 99 + 99) / 100)] / 1000 : 0 }
      function worst(k) { return c[k] ? v[k, c[k]] / 1000 : 0 }
      function over(k,   i, o) { for (i = 1; i <= c[k]; i++) if (v[k, i] > 1000000) o++; return o + 0 }
      END { printf "%.1f|%.1f|%.1f|%.1f|%d", p99("all"), p99("window"), worst("all"), worst("window"), over("all") }')
  local counts
  counts=$(cat "$dir/counts")  # count <ok> <failed in the log> <during the migration>
  local ok logged_failed during
  ok=$(echo "$counts" | cut -d' ' -f2) logged_failed=$(echo "$counts" | cut -d' ' -f3) during=$(echo "$counts" | cut -d' ' -f4)
  [ -z "$failed" ] && failed=$logged_failed
  echo "$ok|$during|$failed|$aborted|$stats|$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')|${in_db:-?}|$succeeded|$load_before; $(load)" \
    >"$dir/row"
  {
    echo "== $run: migration ($kind), exit $rc, $(( (end - start) / 1000 )) ms; pgbench exit $bench_rc$held"
    sed 's/^/  /' "$dir/migrate.out" | tail -20
    sed -n '/^progress/!s/^/  pgbench: /p' "$dir/pgbench.err" | tail -10
    sed -n 's/^progress/  progress/p' "$dir/pgbench.err"
  } >&2
  dropdb --if-exists "$db" >/dev/null 2>&1
}

declare -A label=([shale]="shale" [plain]="plain DDL (psql -1)" [shale-lock]="shale, lock held ${hold} s"
  [plain-lock]="plain DDL, lock held ${hold} s")
load_start=$(load)
for run in $runs; do
  echo "run $run ... (load average $(load))" >&2
  one_run "$run"
done
load_end=$(load)

# --- the table --------------------------------------------------------------------------------------------------
table="| run | transactions | during migration | failed | aborted clients | p99 (ms) | p99 during migration (ms) | worst (ms) | worst during migration (ms) | over 1 s | migration (s) | in the database (s) | migration succeeded | load average before; after |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
for run in $runs; do
  table="$table
| ${label[$run]} | $(sed 's/|/ | /g' "$work/$run/row") |"
done
echo
echo "$table"

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
cores=$(nproc 2>/dev/null || echo '?')
memory=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME" || uname -s)
server=$(psql -X -At -d postgres -c 'SHOW server_version' | awk '{ print $1 }')
pgbenchv=$(pgbench --version | awk '{ print $3 }')
javav=$(java -version 2>&1 | head -1)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)

section=$work/section.md
cat >"$section" <<EOF
# Benchmark: a migration under load

Written by \`bench/online-load.sh\` (see [online-load.md](online-load.md); \`BENCH_ROWS\`, \`BENCH_CLIENTS\`,
\`BENCH_DURATION\`, \`BENCH_RATE\` change the size). Shale at commit $commit.

- Tables: \`orders\` with $rows rows, \`customers\` with $customers rows (the foreign key's target), created by
  the baseline migration that \`shale generate\` writes from \`bench/online/before\`, filled with
  \`generate_series\`, vacuumed and analyzed; a fresh database per run.
- Traffic: \`pgbench -n -c $clients -j $threads -R $rate -T $duration\`, scripts \`read.sql@6\` (two point reads),
  \`update.sql@3\` (amount, customer_id, status of a random order), \`insert.sql@1\` (read a customer and insert an
  order, in one transaction); latency per transaction from its scheduled start (schedule lag included), from
  \`pgbench -l\`.
- Migration, started after $migrate_at s of traffic: "shale" is \`shale migrate\` (the \`./shale\` launcher,
  defaults) of the migration \`shale generate\` writes from \`bench/online/before\` to \`bench/online/after\`
  (below); "plain DDL" is \`psql -1 -f bench/online/plain.sql\`. "lock held": a session reads \`orders\` in a
  transaction opened just before the migration and keeps it open (ACCESS SHARE) until $hold s after the migration
  first waits for it (the wait's start as \`pg_locks.waitstart\` records it).
- "during migration": the transactions whose run overlapped the migration's wall time. Migration time includes
  the JVM's start and the pre-flight checks for shale; "in the database" is the migration's \`execution_ms\` in
  shale's history, lock waits included (psql's wall time for plain DDL). "migration succeeded": exit code 0 and
  the database shows every change, valid, with no INVALID index or NOT VALID constraint left.
- Machine: $cpu, $cores cores, $memory memory; $os; PostgreSQL $server and pgbench $pgbenchv on the same machine
  over TCP ($PGHOST); $javav. Load average (1, 5, 15 min) at the start: $load_start; at the end: $load_end.

$table

The migration shale generated and applied:

\`\`\`sql
$(awk 'body && (NF || printed) { print; printed = 1 } !NF { body = 1 }' "$change_file")
\`\`\`
EOF
# this benchmark's section replaces its previous one (from its heading to the next benchmark's); others stay
heading='# Benchmark: a migration under load'
if [ -f "$results" ] && grep -qxF "$heading" "$results"; then
  awk -v heading="$heading" -v section="$section" '
    $0 == heading { while ((getline line < section) > 0) print line; skip = 1; next }
    skip && /^# Benchmark: / { skip = 0; print "" }
    !skip { print }' "$results" >"$work/results.md"
  cp "$work/results.md" "$results"
elif [ -f "$results" ]; then
  { cat "$results"; echo; cat "$section"; } >"$work/results.md"
  cp "$work/results.md" "$results"
else
  cp "$section" "$results"
fi
echo
echo "wrote ${results#"$root"/}"
