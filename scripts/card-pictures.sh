#!/usr/bin/env bash
# Regenerates the card pictures in docs/cards/ from the real card builders:
# `card-samples` writes each card as JSON, then the official Adaptive Cards renderer draws it in
# headless Chromium. Needs Debian's chromium and a CJK font (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
npm ci --prefix scripts/cards --no-audit --no-fund

json=$(mktemp -d)
trap 'rm -rf "$json"' EXIT
dotnet run --project src/SalesCoachBot.Tools -- card-samples "$json"
rm -f docs/cards/*.png
node scripts/cards/render.mjs "$json" docs/cards
