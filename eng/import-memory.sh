#!/usr/bin/env bash
# Imports the original agent's memory files into PostgreSQL (docs/memory-import.md):
#   eng/import-memory.sh --from DIR [--dry-run] [--report FILE] [--user TELEGRAM_ID]
# With ConnectionStrings__healthdb (and optionally ConnectionStrings__redis) set, it uses those, as the Api does.
# Without, it uses the servers of the AppHost that eng/run.sh is running from the same data folder (.data).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${AppHost__DataDirectory:-$root/.data}"

if [[ -z "${ConnectionStrings__healthdb:-}" ]]; then
  pid_file="$(find "$data" -maxdepth 3 -name postmaster.pid 2>/dev/null | head -n 1)"
  if [[ -z "$pid_file" || ! -f "$data/postgres.password" ]]; then
    echo "ConnectionStrings__healthdb is not set and no AppHost PostgreSQL is running from $data." >&2
    echo "Start the app with eng/run.sh (in another terminal), or set ConnectionStrings__healthdb." >&2
    exit 2
  fi
  # The fourth line of postmaster.pid is the port the running server listens on.
  export ConnectionStrings__healthdb="Host=127.0.0.1;Port=$(sed -n 4p "$pid_file");Username=postgres;Password=$(cat "$data/postgres.password");Database=healthdb"
  if [[ -z "${ConnectionStrings__redis:-}" && -f "$data/redis/redis.conf" && -f "$data/redis.password" ]]; then
    # The same run's Redis, so the services' cached profiles are refreshed after the import.
    export ConnectionStrings__redis="127.0.0.1:$(awk '$1 == "port" { print $2 }' "$data/redis/redis.conf"),password=$(cat "$data/redis.password")"
  fi
fi

exec dotnet run --project "$root/HealthAgent.Api" -c Release --no-launch-profile -- import-memory "$@"
