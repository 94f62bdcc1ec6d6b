#!/usr/bin/env bash
# Dispatch benchmark: a throwaway PostgreSQL cluster on a free port, then 100 000 due reminders with 1 and 3 dispatchers.
# Usage: bench/reminders/run.sh [reminders=100000] [replicas=1,3] [batch=500] [parallelism=32]
# With PG_CONNECTION set (an admin connection string), that server is used instead.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ -z "${PG_CONNECTION:-}" ]]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  data="$(mktemp -d /tmp/bench-pg.XXXXXX)"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  as=()
  if [[ "$(id -u)" == 0 ]]; then chown postgres "$data"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$data/db" -U bench --auth=trust >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$data/db" -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=200" -l "$data/log" -w start >/dev/null
  trap '"${as[@]}" "$bin/pg_ctl" -D "$data/db" -m fast stop >/dev/null; rm -rf "$data"' EXIT
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=bench;Database=postgres"
fi
dotnet run -c Release --project "$here/Reminders.Bench.csproj" -- "$PG_CONNECTION" "${1:-100000}" "${2:-1,3}" "${3:-500}" "${4:-32}"
