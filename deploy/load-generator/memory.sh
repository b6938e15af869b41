#!/usr/bin/env bash
# Memory under load: the resident memory (RSS) of each service of the running local suite
# (deploy/local/up.sh, with its demo) in three phases, sampled every second by rss-probe.sh with the
# peak reset at the start of each: idle (IDLE seconds), the intake at its maximum (wrk, 16
# connections, LOAD seconds), and the same intake while 8 clients read PDFs of 40 briefs (more than
# the PDF cache holds, so every read lays one out; pdf-load.sh). docs/performance.md ("Memory")
# records a run. Prints each phase's RSS table, wrk's rate and latency and the PDF readers' figures;
# the files are in deploy/local/.run/load/memory-*.
# Usage: deploy/load-generator/memory.sh [LOAD=60] [IDLE=15] [WARMUP=60]
# WARMUP seconds of the same intake run first and are not measured (the JIT compiles the intake path),
# so "idle" is the suite at rest after load.
# Env: DTI_LOCAL_PORT_OFFSET and DTI_LOCAL_DB_SUFFIX as for up.sh.  Needs: wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../local/lib.sh
source deploy/local/lib.sh
load=${1:-60} idle=${2:-15} warmup=${3:-60}
out=$RUN_DIR/load
mkdir -p "$out"
command -v wrk >/dev/null || { echo "memory.sh needs wrk" >&2; exit 1; }
[[ -f deploy/load-generator/target/load-generator.jar ]] || ./mvnw -B -q -ntp -DskipTests package -pl deploy/load-generator -am
# the same prepared submissions measure.sh and soak.sh replay (units in turn, 20 values each, pre-signed tokens)
java -XX:+UseSerialGC -jar deploy/load-generator/target/load-generator.jar run \
  --indicator-url "$INDICATOR_URL" --kafka "$KAFKA_BOOTSTRAP" \
  --private-key "$JWT_DIR/privateKey.pem" --exclude-unit 96 --write-requests "$out/requests.tsv" >/dev/null
intake() { # SECONDS -> wrk's summary line: 201s per second, other answers, p50/p99 ms
  wrk -t2 -c16 -d"$1s" -s deploy/load-generator/wrk-submissions.lua "$INDICATOR_URL" -- "$out/requests.tsv" >"$out/memory-wrk.txt"
  awk '$1 == "createdPerSecond" { r = $2 } $1 == "created" { n = $5 } $1 == "p50" { a = $2 } $1 == "p99" { b = $2 }
       END { printf "wrk: %s accepted/s, %s other answers, POST p50 %s ms, p99 %s ms\n", r, n + 0, a, b }' "$out/memory-wrk.txt"
}

if ((warmup > 0)); then
  echo "== warm-up, ${warmup} s of intake, not measured ($(date -u +%H:%M:%S) UTC)"
  intake "$warmup"
fi

echo "== idle, ${idle} s ($(date -u +%H:%M:%S) UTC)"
deploy/local/rss-probe.sh --reset-peak --seconds "$idle" --csv "$out/memory-idle.csv"

echo "== maximum intake, ${load} s ($(date -u +%H:%M:%S) UTC)"
deploy/local/rss-probe.sh --reset-peak --seconds "$load" --csv "$out/memory-intake.csv" >"$out/memory-intake.txt" &
probe=$!
intake "$load"
wait $probe
cat "$out/memory-intake.txt"

echo "== maximum intake + 8 PDF readers, ${load} s ($(date -u +%H:%M:%S) UTC)"
deploy/local/rss-probe.sh --reset-peak --seconds "$load" --csv "$out/memory-pdfs.csv" >"$out/memory-pdfs.txt" &
probe=$!
# the readers first create their 40 briefs (a few seconds), then read for the rest of the phase
deploy/local/pdf-load.sh --clients 8 --briefs 40 --seconds $((load - 10)) >"$out/memory-pdf-load.txt" 2>&1 &
readers=$!
intake "$load"
wait $readers $probe
cat "$out/memory-pdfs.txt"
tail -2 "$out/memory-pdf-load.txt"
