#!/usr/bin/env bash
# Starts the whole of HealthAgent locally through the Aspire AppHost: PostgreSQL, Redis, Api, Bot, Worker and the
# Aspire dashboard. Prints the dashboard's login URL and, once each is healthy, the URL of the Api, the Bot and the Worker.
# Usage: eng/run.sh [AppHost arguments]   (Ctrl+C or SIGTERM stops everything it started)
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/prerequisites.sh
install_prerequisites

configuration=${CONFIGURATION:-Debug}
dotnet build HealthAgent.AppHost/HealthAgent.AppHost.csproj -c "$configuration" -nologo -v quiet

# What the AppHost's launch profile sets for 'dotnet run'; running the built AppHost needs them in the environment.
# Without a developer certificate the dashboard and its endpoints are plain http on loopback.
export DOTNET_ENVIRONMENT=${DOTNET_ENVIRONMENT:-Development}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:${AppHost__DashboardPort:-18888}}
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=${ASPIRE_ALLOW_UNSECURED_TRANSPORT:-true}
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://127.0.0.1:18889}
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://127.0.0.1:18890}

# exec: the AppHost itself receives Ctrl+C and SIGTERM, and DCP stops every resource it started.
exec dotnet "HealthAgent.AppHost/bin/$configuration/net10.0/HealthAgent.AppHost.dll" "$@"
