#!/usr/bin/env bash
# Builds the Teams app package (SalesCoachBot.zip) from manifest/ for sideloading or the Teams
# admin center. Arguments are passed to the packager, e.g.
#   bash scripts/package.sh --app-id 2b5f4c0e-8a51-4c57-9e1e-0c4c7b8f1a11 --domain salescoach.contoso.com
#   bash scripts/package.sh --app-id <guid> --domain <host> --out artifacts/SalesCoachBot.zip
# Without --app-id/--domain the packager falls back to MicrosoftAppId and Bot__PublicBaseUrl (or
# Packaging__Domain) from the environment or appsettings.json. Without --out the zip lands at the
# repository root.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

# `dotnet run` starts the program in the project's folder, so a relative --out would land there;
# make it relative to where this script was called instead.
args=()
while (($#)); do
  case "$1" in
    --out | --manifest-dir)
      [[ $# -ge 2 ]] || { echo "$1 needs a path" >&2; exit 2; }
      args+=("$1" "$(realpath -m -- "$2")")
      shift 2
      ;;
    *)
      args+=("$1")
      shift
      ;;
  esac
done

exec dotnet run --project "$repo/src/SalesCoachBot.Tools" -c Release -- package "${args[@]}"
