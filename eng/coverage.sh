#!/usr/bin/env bash
# Prints line coverage per assembly from the Cobertura report(s) under $1 and fails below eng/coverage-threshold.
set -euo pipefail
cd "$(dirname "$0")/.."
results=${1:-TestResults}
threshold=$(tr -d '[:space:]' < eng/coverage-threshold)
report=$(find "$results" -name coverage.cobertura.xml | head -n 1)
if [ -z "$report" ]; then
  echo "No coverage report under $results: was coverlet.collector run?" >&2
  exit 1
fi

echo "Line coverage (Core, Agent, Contracts, ServiceDefaults, Api):"
grep -oE '<package name="[^"]+" line-rate="[0-9.]+"' "$report" |
  sed -E 's/<package name="([^"]+)" line-rate="([0-9.]+)"/\1 \2/' |
  awk '{ printf "  %-28s %6.1f %%\n", $1, $2 * 100 }'
covered=$(grep -oE '<coverage line-rate="[0-9.]+"' "$report" | head -n 1 | sed -E 's/.*"([0-9.]+)"/\1/')
lines_valid=$(grep -oE 'lines-valid="[0-9]+"' "$report" | head -n 1 | sed -E 's/[^0-9]//g')
total=$(awk -v r="$covered" 'BEGIN { printf "%.1f", r * 100 }')
echo "  total                        $total % of $lines_valid lines (threshold $threshold %)"
if awk -v t="$total" -v min="$threshold" 'BEGIN { exit !(t < min) }'; then
  echo "Line coverage $total % is below the threshold of $threshold % kept in eng/coverage-threshold." >&2
  exit 1
fi
