#!/usr/bin/env bash
# Runs every test of SalesCoachBot on a fresh machine: installs what the tests need, builds with
# warnings as errors, runs the test projects. Used by README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Test prerequisites: the pinned Microsoft 365 Agents Playground for the end-to-end test
# (scripts/e2e/package.json + package-lock.json, installed into scripts/e2e/node_modules).
npm ci --prefix scripts/e2e --no-audit --no-fund
npm ci --prefix scripts/fsrs-oracle --no-audit --no-fund  # ts-fsrs, the FSRS-6 reference the scheduler's tests run

dotnet build SalesCoachBot.sln -c Release
dotnet test SalesCoachBot.sln -c Release --no-build

# End-to-end: the Release build of the host in local mode and the real Agents Playground.
(cd scripts/e2e && node --experimental-websocket --test)
