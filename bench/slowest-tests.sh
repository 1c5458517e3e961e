#!/usr/bin/env bash
# Lists the slowest test classes of the last test run, across modules, from surefire's XML reports.
# Run it from the repository root after `mvn verify` (or one module's tests):
#   bench/slowest-tests.sh          # the 15 slowest classes
#   bench/slowest-tests.sh 40       # the 40 slowest
# Prints seconds, module, class and number of tests, then the sum over every class found.
set -euo pipefail
top="${1:-15}"
shopt -s nullglob
reports=(*/target/surefire-reports/TEST-*.xml)
if [ ${#reports[@]} -eq 0 ]; then
  echo "no surefire reports under */target/surefire-reports: run the tests first" >&2
  exit 2
fi
for report in "${reports[@]}"; do
  module="${report%%/*}"
  # the <testsuite ...> element's own attributes (surefire writes it on one line)
  suite="$(grep -m1 -o '<testsuite [^>]*' "$report")"
  name="$(sed -n 's/.* name="\([^"]*\)".*/\1/p' <<<"$suite")"
  time="$(sed -n 's/.* time="\([^"]*\)".*/\1/p' <<<"$suite" | tr -d ,)"
  tests="$(sed -n 's/.* tests="\([^"]*\)".*/\1/p' <<<"$suite")"
  printf '%s\t%s\t%s\t%s\n' "$time" "$module" "$name" "$tests"
done | sort -t$'\t' -k1,1gr | awk -F'\t' -v top="$top" '
  { total += $1; n++ }
  n <= top { printf "%9.1f s  %-14s %s (%s tests)\n", $1, $2, $3, $4 }
  END { printf "%9.1f s  in %d test classes\n", total, n }'
