#!/usr/bin/env bash
# Installs @microsoft/app-manifest (pinned) into artifacts/manifest-tools. It bundles the official
# Teams schemas, the localization schema included, and validates a manifest with no network.
# The packaging tests call this when the schemas are not there yet; it is safe to run again.
# Prints the folder of the installed package.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
prefix="$repo/artifacts/manifest-tools"
package_dir="$prefix/node_modules/@microsoft/app-manifest"
version="1.1.2"
# The package requires fs-extra at run time without declaring it, so it is installed beside it.
fs_extra_version="11.3.2"

if [[ ! -f "$package_dir/package.json" ]] \
  || ! grep -q "\"version\": \"$version\"" "$package_dir/package.json" \
  || [[ ! -f "$prefix/node_modules/fs-extra/package.json" ]]; then
  mkdir -p "$prefix"
  [[ -f "$prefix/package.json" ]] || echo '{ "private": true }' > "$prefix/package.json"
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "@microsoft/app-manifest@$version" "fs-extra@$fs_extra_version" >&2
fi

echo "$package_dir"
