#!/usr/bin/env bash
# Peak RSS of the published host serving card turns (the shared bench's load, C=16) on a SQLite
# database holding 100 000 deals of 10 000 managers' teams, beside the same load on an empty one.
# Compare with the floor's peak RSS in the shared bench's report (bench/shared-bench.sh).
#   bash bench/rss-full-database.sh            # seeds once (~2 min), then two 15 s cells
# Knobs: DEALS, MANAGERS, C, DUR, SHARED_BENCH, BENCH_PUBLISH.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${SHARED_BENCH:-$root/../shared/bench}
publish=${BENCH_PUBLISH:-/tmp/salescoach-bench-bot}
deals=${DEALS:-100000}
managers=${MANAGERS:-10000}
seeded=/tmp/salescoach-rss-$deals.db
port=39103

dotnet build "$root/bench/SalesCoachBot.Bench" -c Release --nologo -v quiet
dotnet publish "$root/src/SalesCoachBot.Web" -c Release -o "$publish" --nologo -v quiet
if [[ ! -f "$seeded" ]]; then
  dotnet "$root/bench/SalesCoachBot.Bench/bin/Release/net10.0/SalesCoachBot.Bench.dll" seed-deals "$seeded" "$deals" "$managers"
fi

node "$bench/connector.js" 39100 >/dev/null 2>&1 &
connector=$!
trap 'kill $connector 2>/dev/null || true' EXIT

cell() { # $1 label, $2 database file to copy (empty: none)
  local db=/tmp/salescoach-rss-run.db
  rm -f "$db" "$db-wal" "$db-shm"
  [[ -n "$2" ]] && cp "$2" "$db"
  (cd "$publish" && exec env ASPNETCORE_URLS=http://127.0.0.1:$port Logging__LogLevel__Default=Warning \
    MicrosoftAppId= MicrosoftAppPassword= Storage__Provider=Sqlite "ConnectionStrings__SalesCoach=Data Source=$db" \
    dotnet SalesCoachBot.Web.dll >/dev/null 2>&1) &
  local bot=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
  local idle
  idle=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$bot/status")
  local result
  result=$(BENCH_PID=$bot node "$bench/load.js" "http://127.0.0.1:$port/api/messages" http://127.0.0.1:39100 "${C:-16}" 7 card "${DUR:-15s}" 3)
  local peak
  peak=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$bot/status")
  kill "$bot"; wait "$bot" 2>/dev/null || true
  echo "$1: idle $idle MiB, peak $peak MiB (VmHWM) — $(echo "$result" | node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8")); console.log(`${r.tps} turns/s, p99 ${r.p99} ms, non2xx ${r.non2xx}`)')"
}

cell "empty database        " ""
cell "$deals deals stored" "$seeded"
