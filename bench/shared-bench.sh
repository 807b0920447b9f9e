#!/usr/bin/env bash
# Runs the shared side-by-side benchmark (../shared/bench: the archived botbuilder-js peer, a bare
# ASP.NET Core floor) with this bot as the third target, on SQLite, then the bot alone on
# PostgreSQL, and prints both reports.
#   bash bench/shared-bench.sh                  # full matrix: ~20 min
#   DUR=8 CONCS="16 64" bash bench/shared-bench.sh
# Knobs: those of ../shared/bench/run.sh (DUR, WARM, CONCS, MODES, M), plus SHARED_BENCH (where the
# shared bench is), POSTGRES=0 to skip the PostgreSQL pass.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${SHARED_BENCH:-$root/../shared/bench}
publish=${BENCH_PUBLISH:-/tmp/salescoach-bench-bot}
work=${BENCH_WORK:-/tmp/salescoach-bench}
stamp=$(date +%Y%m%d-%H%M%S)

dotnet publish "$root/src/SalesCoachBot.Web" -c Release -o "$publish" --nologo -v quiet

# Local mode (no app id), loopback only, logs at Warning, a fresh database per cell.
bot_env="ASPNETCORE_URLS=http://127.0.0.1:\$PROJECT_PORT Logging__LogLevel__Default=Warning MicrosoftAppId= MicrosoftAppPassword="
export MODES=${MODES:-"card dialog journey"}
# Warm-up before each measured cell: .NET's tiered PGO needs about 20 s of this load to reach its
# steady-state code (card turns go from ~3.5 to ~1.1 ms of CPU; measured 4 s at a time with
# DOTNET_TieredPGO on and off). The shared bench's own default, 3 s, measures mostly that ramp;
# WARM=3 reproduces it. The peer and the floor get the same warm-up.
export WARM=${WARM:-25}
export SKIP=${SKIP:-"peer:journey floor:journey project:dialog"}
BENCH_JOURNEY=$(cat "$bench/journey.zh.json")
export BENCH_JOURNEY

PROJECT_CMD="rm -f /tmp/salescoach-bench.db*; cd $publish && exec env $bot_env \
Storage__Provider=Sqlite 'ConnectionStrings__SalesCoach=Data Source=/tmp/salescoach-bench.db' dotnet SalesCoachBot.Web.dll" \
  BENCH_WORK=$work OUT=results/$stamp-sqlite bash "$bench/run.sh"

if [[ "${POSTGRES:-1}" == "1" ]]; then
  eval "$(bash "$root/scripts/postgres.sh")"
  pg="Host=127.0.0.1;Port=55432;Username=postgres;Database=salescoach_bench"
  PROJECT_CMD="psql -q -h 127.0.0.1 -p 55432 -U postgres -c 'DROP DATABASE IF EXISTS salescoach_bench WITH (FORCE)' >/dev/null; \
cd $publish && exec env $bot_env Storage__Provider=Postgres 'ConnectionStrings__SalesCoach=$pg' dotnet SalesCoachBot.Web.dll" \
    TARGETS=project BENCH_WORK=$work OUT=results/$stamp-postgres bash "$bench/run.sh"
fi

echo
echo "== SQLite, beside the peer and the floor: $work/results/$stamp-sqlite/report.txt"
cat "$work/results/$stamp-sqlite/report.txt"
if [[ -f "$work/results/$stamp-postgres/report.txt" ]]; then
  echo "== PostgreSQL, the bot alone: $work/results/$stamp-postgres/report.txt"
  cat "$work/results/$stamp-postgres/report.txt"
fi
