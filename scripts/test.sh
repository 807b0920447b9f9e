#!/usr/bin/env bash
# Runs every test of SalesCoachBot on a fresh machine: installs what the tests need, builds with
# warnings as errors, runs the test projects. Used by README and by .ci/run.
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

dotnet build SalesCoachBot.sln -c Release
dotnet test SalesCoachBot.sln -c Release --no-build

# End-to-end: the Release build of the host in local mode and the real Agents Playground.
(cd scripts/e2e && node --experimental-websocket --test)
