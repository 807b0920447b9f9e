#!/usr/bin/env bash
# Builds and lints the Azure templates with the Bicep CLI and fails on any warning or error.
#   bash scripts/bicep.sh                 # infra/main.bicep and infra/main.bicepparam
#   bash scripts/bicep.sh path/to/x.bicep # one template (its bicepconfig.json is the nearest one above it)
# The CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (version pinned in
# Directory.Packages.props), restored through infra/tools/BicepCli.csproj, so a fresh machine
# needs only the .NET SDK. Callable from CI.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

tool_project="infra/tools/BicepCli.csproj"
dotnet restore "$tool_project" --verbosity quiet >&2
bicep="$(dotnet msbuild "$tool_project" -nologo -getProperty:BicepPath | tr -d '\r' | tail -n 1)"
if [[ ! -f "$bicep" ]]; then
  echo "bicep.sh: the Bicep CLI was not found at '$bicep' after restoring $tool_project" >&2
  exit 1
fi
chmod +x "$bicep"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 BICEP_TRACING_ENABLED=false

failed=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Runs one bicep command; any Warning/Error diagnostic fails the script even when bicep exits 0
# (bicep lint and build exit 0 on warnings).
# The compiled JSON (--stdout) is discarded: only the diagnostics matter here.
run() {
  echo "+ bicep $*" >&2
  local status=0
  if [[ " $* " == *" --stdout "* ]]; then
    "$bicep" "$@" >/dev/null 2>"$log" || status=$?
  else
    "$bicep" "$@" >"$log" 2>&1 || status=$?
  fi
  if ((status != 0)); then
    failed=1
  fi
  cat "$log" >&2
  if grep -Eq ' : (Warning|Error) ' "$log"; then
    failed=1
  fi
}

if (($# > 0)); then
  templates=("$@")
  params=()
else
  templates=("infra/main.bicep")
  params=("infra/main.bicepparam")
fi

for template in "${templates[@]}"; do
  run build "$template" --stdout
  run lint "$template"
done

# The parameters file reads identity values from the environment; stand-ins let it compile here.
for param_file in "${params[@]}"; do
  MICROSOFT_APP_ID="${MICROSOFT_APP_ID:-00000000-0000-0000-0000-000000000000}" \
    run build-params "$param_file" --stdout
done

if ((failed)); then
  echo "bicep.sh: FAILED (see the diagnostics above)" >&2
  exit 1
fi
echo "bicep.sh: ${templates[*]} ${params[*]} build and lint clean" >&2
