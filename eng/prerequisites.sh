# Sourced by eng/run.sh and eng/test.sh: installs what a fresh Debian or Ubuntu machine lacks.
# Each step checks first, so a second run installs nothing and needs no network.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required: install it (https://dot.net/download, or 'sudo apt-get install dotnet-sdk-10.0' where your distribution ships it) and run this again." >&2
    exit 1
  fi
  local major
  major=$(dotnet --version 2>/dev/null | cut -d. -f1)
  if [ "${major:-0}" -lt 10 ]; then
    echo "The .NET SDK $(dotnet --version) is too old: HealthAgent needs .NET 10 or newer." >&2
    exit 1
  fi
}

# ensure_apt_packages PACKAGE... : installs the Debian packages that are not installed yet.
ensure_apt_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} …"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# ensure_npm_packages FOLDER : installs the npm packages locked in FOLDER/package-lock.json when node_modules is missing
# or older than the lock file (tests use the telegram-test-api emulator from eng/node).
ensure_npm_packages() {
  local folder="$1"
  if [ ! -d "$folder/node_modules" ] || [ "$folder/package-lock.json" -nt "$folder/node_modules" ]; then
    echo "Installing npm packages in $folder …"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) && touch "$folder/node_modules"
  fi
}

install_prerequisites() {
  require_dotnet
  # The Debian packages start nothing by themselves here; the AppHost and the test fixtures run private servers.
  ensure_apt_packages postgresql redis-server
}

# What the tests need on top: promtool (Debian's prometheus package) checks /metrics output and the alert rules, amtool
# (prometheus-alertmanager) checks the Alertmanager configuration and its routes,
# and the telegram-test-api emulator (npm) stands in for Telegram in end-to-end tests.
install_test_prerequisites() {
  install_prerequisites
  ensure_apt_packages prometheus prometheus-alertmanager
  # Node may come from elsewhere (NodeSource ships npm inside nodejs); Debian's packages only when node or npm is missing.
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    ensure_apt_packages nodejs npm
  fi
  ensure_npm_packages "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/node"
}
