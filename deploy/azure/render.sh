#!/usr/bin/env bash
# Fills the ${NAME} placeholders of the Container Apps specs in this folder from the environment and writes the results
# to an output folder, ready for `az containerapp create|update -g RG -n NAME --yaml FILE` (deploy/azure/README.md).
# A placeholder without a value stops it, naming the variable, so a half-filled spec never reaches Azure.
# Usage: deploy/azure/render.sh OUTPUT_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: deploy/azure/render.sh OUTPUT_DIR}"
mkdir -p "$out"

missing=()
for name in $(grep -ohE '\$\{[A-Z_]+\}' "$here"/*.containerapp.yaml | sort -u | tr -d '${}'); do
  [ -n "${!name:-}" ] || missing+=("$name")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Set these environment variables first: ${missing[*]}" >&2
  exit 2
fi

for spec in "$here"/*.containerapp.yaml; do
  perl -pe 's/\$\{([A-Z_]+)\}/$ENV{$1}/g' "$spec" > "$out/$(basename "$spec")"
  echo "$out/$(basename "$spec")"
done
