#!/usr/bin/env bash
# Runs every nanoVehicle test on this machine and ends with one line: "N passed, N failed, N skipped".
#
#   bash tests/run.sh
#
# Needs the .NET 10 SDK. Installs Debian's mosquitto and mosquitto-clients when they are missing (the MQTT tests
# run against the real Eclipse Mosquitto broker and clients), or says exactly what to install.
set -uo pipefail
cd "$(dirname "$0")/.."

say() { printf '%s\n' "$*"; }

if ! command -v dotnet >/dev/null 2>&1; then
  say "missing: the .NET 10 SDK (dotnet). Install it, then run: bash tests/run.sh"
  exit 2
fi

# Real peers: Eclipse Mosquitto, broker and clients.
if ! command -v mosquitto >/dev/null 2>&1 && [ ! -x /usr/sbin/mosquitto ] || ! command -v mosquitto_pub >/dev/null 2>&1; then
  say "== Installing mosquitto and mosquitto-clients (Debian packages) for the MQTT tests"
  if [ "$(id -u)" = "0" ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else SUDO="none"; fi
  if [ "$SUDO" = "none" ] || ! command -v apt-get >/dev/null 2>&1 \
     || ! { $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq mosquitto mosquitto-clients >/dev/null; }; then
    say "missing: mosquitto and mosquitto-clients. Install them (Debian/Ubuntu: sudo apt-get install mosquitto mosquitto-clients), then run: bash tests/run.sh"
    exit 2
  fi
fi
# The broker's service is not wanted: each test starts its own mosquitto on a free port.
export PATH="$PATH:/usr/sbin"

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

say "== Building (nanoVehicle.Host.slnf: the core's .NET build, the emulator, the tests)"
if ! dotnet build nanoVehicle.Host.slnf -c Release -nologo -v q; then
  say "build failed"
  say "0 passed, 1 failed"
  exit 1
fi

passed=0; failed=0; skipped=0

# Device code is the firmware and the device test sources (the NFUnitTest project compiles them for the device too).
say "== nanoFramework subset guard over the device sources (firmware/, tests/NanoVehicle.Core.Tests/)"
if dotnet run --project tests/NanoVehicle.SubsetGuard -c Release --no-build -- firmware tests/NanoVehicle.Core.Tests; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

say "== Tests"
dotnet test nanoVehicle.Host.slnf -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" \
  --blame-hang-timeout 10m
test_exit=$?

count() { grep -o "$1=\"[0-9]*\"" "$2" | head -1 | grep -o '[0-9]*'; }
trx_count=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  trx_count=$((trx_count + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  [ -n "$counters" ] || { failed=$((failed + 1)); continue; }
  printf '%s\n' "$counters" > "$results/.counters"
  p=$(count passed "$results/.counters"); f=$(count failed "$results/.counters")
  e=$(count error "$results/.counters"); t=$(count timeout "$results/.counters"); a=$(count aborted "$results/.counters")
  # A skipped test is a result with outcome NotExecuted, yet the TRX logger leaves notExecuted="0" in the counters
  # and only leaves it out of executed: the skipped are total - executed.
  total=$(count total "$results/.counters"); executed=$(count executed "$results/.counters")
  n=$(( ${total:-0} - ${executed:-0} ))
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0})); skipped=$((skipped + n))
done
rm -f "$results/.counters"

if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  say "dotnet test exited with $test_exit without a failed test in its reports (a test host crashed or hung)"
  failed=$((failed + 1))
fi

say "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
