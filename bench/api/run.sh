#!/usr/bin/env bash
# API load benchmark (bench/README.md, "api"): the Api in Release over a private PostgreSQL and Redis on loopback, the
# bare-Kestrel, pgbench and redis-benchmark ceilings on the same servers, then every scenario with wrk.
# Usage: bench/api/run.sh [--smoke]     --smoke: a few users, 2 s per scenario (checks the harness, not the figures)
# Settings: BENCH_DURATION (seconds per scenario, default 10), BENCH_USERS (default 1000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/eng/prerequisites.sh"
install_prerequisites
ensure_apt_packages wrk postgresql-client

smoke=false
[[ "${1:-}" == "--smoke" ]] && smoke=true
duration=${BENCH_DURATION:-$($smoke && echo 2 || echo 10)}
users=${BENCH_USERS:-$($smoke && echo 20 || echo 1000)}

echo "Building the Api and the ceiling (Release) …"
dotnet build "$root/HealthAgent.Api/HealthAgent.Api.csproj" -c Release -nologo -v quiet >/dev/null
dotnet build "$here/ceiling/Ceiling.csproj" -c Release -nologo -v quiet >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work="$(mktemp -d /tmp/bench-api.XXXXXX)"
pids=()
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as=()
if [[ "$(id -u)" == 0 ]]; then chown postgres "$work"; as=(runuser -u postgres --); fi
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "${as[@]}" "$bin/pg_ctl" -D "$work/db" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

pg_port=$(free_port); redis_port=$(free_port); api_port=$(free_port); ceiling_port=$(free_port)
echo "Starting PostgreSQL on $pg_port and Redis on $redis_port …"
"${as[@]}" "$bin/initdb" -D "$work/db" -U bench --auth=trust >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$work/db" -l "$work/pg.log" -w start -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 \
  -c max_connections=300 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top" >/dev/null
psql "host=127.0.0.1 port=$pg_port user=bench dbname=postgres" -qc "CREATE DATABASE healthdb" >/dev/null
psql "host=127.0.0.1 port=$pg_port user=bench dbname=healthdb" -qc "CREATE EXTENSION pg_stat_statements" >/dev/null
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --logfile "$work/redis.log" &
pids+=($!)

echo "Starting the ceiling on $ceiling_port and the Api on $api_port …"
ASPNETCORE_URLS="http://127.0.0.1:$ceiling_port" dotnet "$here/ceiling/bin/Release/net10.0/Ceiling.dll" >"$work/ceiling.log" 2>&1 &
pids+=($!)
service_key="bench-service-$(openssl rand -hex 24)"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$api_port" \
  ConnectionStrings__healthdb="Host=127.0.0.1;Port=$pg_port;Username=bench;Database=healthdb" \
  ConnectionStrings__redis="127.0.0.1:$redis_port" \
  Auth__ServiceKey="$service_key" Auth__AdminKey="bench-admin-$(openssl rand -hex 24)" \
  RateLimiting__Conversation__Burst=100000 RateLimiting__Conversation__PermitsPerMinute=100000 \
  RateLimiting__PlanHourlyQuotas__free=100000000 \
  Logging__LogLevel__Default=Warning \
  dotnet "$root/HealthAgent.Api/bin/Release/net10.0/HealthAgent.Api.dll" >"$work/api.log" 2>&1 &
api_pid=$!
pids+=("$api_pid")

python3 "$here/bench.py" --api "http://127.0.0.1:$api_port" --ceiling "http://127.0.0.1:$ceiling_port" \
  --pg "host=127.0.0.1 port=$pg_port user=bench" --redis-port "$redis_port" --api-pid "$api_pid" \
  --service-key "$service_key" --users "$users" --duration "$duration" --work "$work" --lua "$here/wrk/bench.lua" \
  || { echo "--- last lines of the Api's log ---"; tail -n 30 "$work/api.log"; exit 1; }
