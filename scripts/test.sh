#!/usr/bin/env bash
# Runs every test of SalesCoachBot on a fresh machine: installs what the tests need (a CJK font,
# PostgreSQL, the pinned npm packages), builds with warnings as errors, runs the test projects (the
# data-facing ones on SQLite and on PostgreSQL) and the end-to-end test, and closes with one line
# "N passed, N failed". Used by README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Test prerequisites. A CJK font: the power-map tests check that Chinese names really draw.
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
fi

# The pinned Microsoft 365 Agents Playground for the end-to-end test
# (scripts/e2e/package.json + package-lock.json, installed into scripts/e2e/node_modules).
npm ci --prefix scripts/e2e --no-audit --no-fund
npm ci --prefix scripts/fsrs-oracle --no-audit --no-fund  # ts-fsrs, the FSRS-6 reference the scheduler's tests run

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# A throwaway PostgreSQL cluster on loopback (Debian's postgresql, installed when missing): the
# data-facing tests run a second time over it.
eval "$(bash scripts/postgres.sh)"
trap 'rm -f "$log"; bash scripts/postgres.sh stop' EXIT

dotnet build SalesCoachBot.sln -c Release
status=0
dotnet test SalesCoachBot.sln -c Release --no-build --blame-hang-timeout 10m 2>&1 | tee -a "$log" || status=1

# The same store, migration, conversation and proactive tests on PostgreSQL (TestDatabase reads these).
for project in SalesCoachBot.Data.Tests SalesCoachBot.Web.Tests SalesCoachBot.Tools.Tests; do
  echo "== $project on PostgreSQL"
  SALESCOACH_TEST_PROVIDER=Postgres dotnet test "tests/$project" -c Release --no-build --blame-hang-timeout 10m 2>&1 | tee -a "$log" || status=1
done

# The trainer's reports, printed so every run shows them: the course's cases with their top gaps,
# and the question bank's item report (over a fresh database: the bank's own figures).
reports=$(mktemp -d)
dotnet run --project src/SalesCoachBot.Tools -c Release --no-build -- case-replay --lang zh-CN --lang en-US 2>&1 | tee -a "$log" || status=1
dotnet run --project src/SalesCoachBot.Tools -c Release --no-build -- item-report "--ConnectionStrings:SalesCoach=Data Source=$reports/items.db" 2>&1 | tee -a "$log" || status=1
rm -rf "$reports"

# End-to-end: the Release build of the host in local mode and the real Agents Playground.
(cd scripts/e2e && node --experimental-websocket --test) 2>&1 | tee -a "$log" || status=1

# Totals over the xunit summaries ("Passed:  N", "Failed:  N") and node's ("# pass N", "# fail N").
read -r passed failed < <(awk '
  { line = $0 }
  match(line, /Failed: +[0-9]+/) { f += substr(line, RSTART + 7, RLENGTH - 7) + 0 }
  match(line, /Passed: +[0-9]+/) { p += substr(line, RSTART + 7, RLENGTH - 7) + 0 }
  /^# pass [0-9]+/ { p += $3 }
  /^# fail [0-9]+/ { f += $3 }
  END { print p + 0, f + 0 }' "$log")
# The failed tests by name, so the last lines of any run say which ones.
grep -E '^\s+Failed [A-Za-z_]' "$log" | sed -E 's/^\s+/failed: /' | sort -u || true
grep -E '^not ok [0-9]+' "$log" | sed -E 's/^/failed: /' || true
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
