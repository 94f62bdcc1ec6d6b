#!/usr/bin/env bash
# Installs the prerequisites, builds, runs every test against real PostgreSQL and Redis servers,
# and checks line coverage of Core, Agent, Contracts, ServiceDefaults and Api (eng/coverage.runsettings)
# against eng/coverage-threshold.
# Usage: eng/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Migration]
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/prerequisites.sh
install_test_prerequisites

configuration=${CONFIGURATION:-Release}
results=TestResults
rm -rf "$results"
dotnet build HealthAgent.sln -c "$configuration" -nologo -v quiet

set +e
dotnet test HealthAgent.sln -c "$configuration" --no-build --results-directory "$results" \
  --collect:"XPlat Code Coverage" --settings eng/coverage.runsettings "$@" 2>&1 | tee "$results.log"
status=${PIPESTATUS[0]}
set -e

summary=$(grep -E "^(Passed|Failed)! +- +Failed:" "$results.log" | tail -n 1 || true)
failed=$(sed -nE 's/.*Failed: +([0-9]+),.*/\1/p' <<<"$summary")
passed=$(sed -nE 's/.*Passed: +([0-9]+),.*/\1/p' <<<"$summary")
skipped=$(sed -nE 's/.*Skipped: +([0-9]+),.*/\1/p' <<<"$summary")
rm -f "$results.log"
if [ "$status" -ne 0 ]; then
  echo "Tests: ${passed:-0} passed, ${failed:-?} failed"
  exit "$status"
fi

eng/coverage.sh "$results"
echo "Tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
