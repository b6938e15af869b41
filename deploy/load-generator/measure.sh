#!/usr/bin/env bash
# Measures the running local suite (deploy/local/up.sh) and this machine's ceilings in one run, and
# writes the figures as JSON under deploy/local/.run/load/ (docs/performance.md records them):
#   1. the bare endpoint (deploy/bare-endpoint): HTTP + JSON, nothing else
#   2. the indicator-service's inserts done directly in PostgreSQL (a scratch database)
#   3. the suite at a steady 20/s and 50/s, then as fast as 16 clients can
# Usage: deploy/load-generator/measure.sh [DURATION, default PT30S]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-PT30S}
out=deploy/local/.run/load
mkdir -p "$out"
[[ -f deploy/load-generator/target/load-generator.jar && -f deploy/bare-endpoint/target/quarkus-app/quarkus-run.jar ]] \
  || ./mvnw -B -q -DskipTests package -pl deploy/load-generator,deploy/bare-endpoint -am
run() { java -jar deploy/load-generator/target/load-generator.jar run --private-key deploy/local/.run/jwt/privateKey.pem "$@"; }

java -jar deploy/bare-endpoint/target/quarkus-app/quarkus-run.jar >"$out/bare-endpoint.log" 2>&1 &
bare=$!
trap 'kill $bare 2>/dev/null || true' EXIT
for _ in $(seq 1 30); do curl -sf -o /dev/null http://127.0.0.1:8090/q/health/ready && break; sleep 1; done

echo "== bare endpoint, 16 clients";      run --target bare --duration "$duration" --warmup PT10S --json "$out/bare.json"
echo "== PostgreSQL directly, 16 clients"; run --target postgres --duration "$duration" --warmup PT5S --json "$out/postgres.json"
echo "== suite at 20/s";                  run --target suite --rate 20 --duration "$duration" --warmup PT10S --json "$out/suite-20.json"
echo "== suite at 50/s";                  run --target suite --rate 50 --duration "$duration" --warmup PT5S --json "$out/suite-50.json"
echo "== suite, 16 clients, max";         run --target suite --duration "$duration" --warmup PT5S --json "$out/suite-max.json"
echo "figures: $out/*.json"
