#!/usr/bin/env bash
# Starts the whole of HealthAgent locally: PostgreSQL, Redis, Api, Bot and Worker, through the AppHost.
# Usage: eng/run.sh [AppHost arguments]   (Ctrl+C stops everything it started)
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/prerequisites.sh
install_prerequisites

configuration=${CONFIGURATION:-Debug}
dotnet build HealthAgent.AppHost/HealthAgent.AppHost.csproj -c "$configuration" -nologo -v quiet
exec dotnet "HealthAgent.AppHost/bin/$configuration/net10.0/HealthAgent.AppHost.dll" "$@"
