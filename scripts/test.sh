#!/usr/bin/env bash
# Runs every test: the whole solution on SQLite, then the integration and browser suites again on PostgreSQL.
# PostgreSQL: uses TIANZHONG_TEST_POSTGRES when set, otherwise starts a throw-away local cluster (needs the
# postgresql package). Browser tests need Debian's Chromium at /usr/bin/chromium and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d /tmp/tianzhong-results.XXXX)
cluster=""
cleanup() {
  if [ -n "$cluster" ]; then scripts/postgres-cluster.sh stop "$cluster"; fi
}
trap cleanup EXIT

dotnet build Tianzhong.slnx -c Release -warnaserror

echo "== Tests on SQLite (all projects) =="
status=0
dotnet test Tianzhong.slnx -c Release --no-build --logger "trx;LogFilePrefix=sqlite" --results-directory "$results" || status=1

if [ -z "${TIANZHONG_TEST_POSTGRES:-}" ]; then
  cluster=$(mktemp -d /tmp/tianzhong-pg.XXXX)
  port=$(( 40000 + RANDOM % 20000 ))
  TIANZHONG_TEST_POSTGRES=$(scripts/postgres-cluster.sh start "$cluster" "$port")
  export TIANZHONG_TEST_POSTGRES
fi

echo "== Tests on PostgreSQL (integration and browser) =="
for project in tests/Tianzhong.IntegrationTests tests/Tianzhong.BrowserTests; do
  dotnet test "$project" -c Release --no-build --logger "trx;LogFilePrefix=postgres" --results-directory "$results" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); passed=$((passed + ${p:-0}))
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p'); failed=$((failed + ${f:-0}))
  n=$(echo "$counters" | sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p'); skipped=$((skipped + ${n:-0}))
done
rm -rf "$results"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "A test run failed outside individual tests (fixture set-up or clean-up); see its output above." >&2
fi
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit $status
