#!/usr/bin/env bash
# Runs every test of SalesCoachBot on a fresh machine: installs what the tests need, builds with
# warnings as errors, runs the test projects. Used by README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build SalesCoachBot.sln -c Release
dotnet test SalesCoachBot.sln -c Release --no-build
