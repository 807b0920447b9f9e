#!/usr/bin/env bash
# Runs the bot on this machine with the Microsoft 365 Agents Playground (a local Teams-like client):
# the bot in local mode (no MicrosoftAppId, so no tokens) on http://127.0.0.1:3978, the playground
# on http://localhost:56150. Ctrl-C stops both.
# Ports: BOT_PORT and PLAYGROUND_PORT override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
E2E_DIR="scripts/e2e"

# The playground is pinned in scripts/e2e/package-lock.json and installed there, not globally.
if [[ ! -x "$E2E_DIR/node_modules/.bin/agentsplayground" ]]; then
  npm ci --prefix "$E2E_DIR" --no-audit --no-fund
fi

dotnet build src/SalesCoachBot.Web/SalesCoachBot.Web.csproj -c Debug --nologo -v quiet

bot_pid=""
playground_pid=""
stop() {
  trap - EXIT INT TERM
  [[ -n "$playground_pid" ]] && kill "$playground_pid" 2>/dev/null || true
  [[ -n "$bot_pid" ]] && kill "$bot_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

# From the project folder, so that its appsettings.json is the content root's.
(cd src/SalesCoachBot.Web && MicrosoftAppId="" MicrosoftAppPassword="" ASPNETCORE_URLS="http://127.0.0.1:${BOT_PORT}" \
  exec dotnet bin/Debug/net10.0/SalesCoachBot.Web.dll) &
bot_pid=$!

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:${BOT_PORT}/healthz" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$bot_pid" 2>/dev/null; then
    echo "The bot stopped during start-up; see its log above." >&2
    exit 1
  fi
  sleep 1
done

# The playground writes its log to ./devTools of its working folder (ignored by git).
(cd "$E2E_DIR" && TEAMSAPPTESTER_BROWSER=none exec node_modules/.bin/agentsplayground \
  -e "http://127.0.0.1:${BOT_PORT}/api/messages" -c msteams -p "${PLAYGROUND_PORT}" --dt) &
playground_pid=$!

# The block below is the last thing start-up prints, so it waits until the playground answers.
for _ in $(seq 1 30); do
  if curl -fsS -o /dev/null "http://localhost:${PLAYGROUND_PORT}" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$playground_pid" 2>/dev/null; then
    echo "The playground stopped during start-up; see its log above." >&2
    exit 1
  fi
  sleep 1
done

cat <<EOF

==================================================================
 SalesCoachBot is running (local mode: no app id, no tokens)
   Bot:        http://127.0.0.1:${BOT_PORT}/api/messages   (health: /healthz)
   Playground: http://localhost:${PLAYGROUND_PORT}   <- open this in a browser
               (if that port was busy, the playground printed the one it took)
 Press Ctrl-C to stop both.
==================================================================

EOF

# Stop everything as soon as either process ends.
wait -n "$bot_pid" "$playground_pid" || true
