#!/usr/bin/env bash
# Soak: loads the running local suite (deploy/local/up.sh) with wrk, 16 connections, in chunks of
# CHUNK seconds until the indicator database holds TARGET submissions, and records after each chunk
# what a slow-down would show: accepted/s and latency, the database's size, each service's heap
# (old generation, collections and their time) and RSS, and the CPU a submission cost in each part
# of the suite (cpu-split.sh over the middle of the chunk). One line per chunk in
# deploy/local/.run/load/soak.tsv; docs/performance.md ("Flat over time") records a run.
# Usage: deploy/load-generator/soak.sh [TARGET=100000] [CHUNK=30]
# Env: DTI_LOCAL_PORT_OFFSET and DTI_LOCAL_DB_SUFFIX as for up.sh; CONNECTIONS (default 16); PAUSE (seconds between chunks, default 0);
#      AUTOVACUUM=as-is to keep the server's setting (by default it is turned on for the run, as measure.sh does).
# Needs: wrk, psql, jstat (a JDK 17).
set -euo pipefail
cd "$(dirname "$0")/../.."
# the suite's ports, database names and pid files, as up.sh and rss-probe.sh find them
# shellcheck source=../local/lib.sh
source deploy/local/lib.sh
target=${1:-100000} chunk=${2:-30}
connections=${CONNECTIONS:-16} pause=${PAUSE:-0}
indicator=$INDICATOR_URL
out=$RUN_DIR/load
mkdir -p "$out"
for tool in wrk psql jstat; do command -v $tool >/dev/null || { echo "soak.sh needs $tool" >&2; exit 1; }; done
[[ -f deploy/load-generator/target/load-generator.jar ]] || ./mvnw -B -q -ntp -DskipTests package -pl deploy/load-generator -am
psql_() { psql -h 127.0.0.1 -U postgres -tAq "$@"; }
autovacuum_was=$(psql_ -c 'show autovacuum')
[[ ${AUTOVACUUM:-on} != as-is ]] || autovacuum_was=on # nothing to turn on, nothing to put back
echo "autovacuum: $( [[ ${AUTOVACUUM:-on} == as-is ]] && echo "$(psql_ -c 'show autovacuum') (the server's setting)" || echo on)"
[[ $autovacuum_was == on ]] || psql_ -c 'alter system set autovacuum = on' -c 'select pg_reload_conf()' >/dev/null
trap '[[ $autovacuum_was == on ]] || psql_ -c "alter system reset autovacuum" -c "select pg_reload_conf()" >/dev/null' EXIT
# the same prepared submissions measure.sh replays (units in turn, 20 values each, pre-signed tokens)
java -XX:+UseSerialGC -jar deploy/load-generator/target/load-generator.jar run \
  --indicator-url "$indicator" --kafka "$KAFKA_BOOTSTRAP" \
  --private-key "$JWT_DIR/privateKey.pem" --exclude-unit 96 --write-requests "$out/requests.tsv" >/dev/null

pid() { cat "$PID_DIR/$1.pid"; }
# old generation used (MB), full collections, their seconds, young collections, their seconds
heap() { jstat -gc "$(pid "$1")" | awk 'NR == 2 { printf "%.0f\t%d\t%.2f\t%d\t%.2f", $8 / 1024, $15, $16, $13, $14 }'; }
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$(pid "$1")/status"; }
submissions() { psql_ -d "dti_indicator$DB_SUFFIX" -c 'select count(*) from submission'; }
db_mb() { psql_ -c "select pg_database_size('$1') / 1048576"; }

tsv=$out/soak.tsv
printf 'utc\tsubmissions\taccepted_per_s\tnon_201\tp50_ms\tp99_ms\tcpu_ms_per_submission\tindicator_jvm_ms\tindicator_db_ms\tranking_jvm_ms\tranking_db_ms\treport_jvm_ms\treport_db_ms\tkafka_ms\tdti_indicator_mb\tdti_ranking_mb\tdti_report_mb' >"$tsv"
for s in indicator-service ranking-service report-service; do
  printf '\t%s_old_mb\t%s_fgc\t%s_fgc_s\t%s_ygc\t%s_ygc_s\t%s_rss_mb' "$s" "$s" "$s" "$s" "$s" "$s" >>"$tsv"
done
echo >>"$tsv"
echo "soak: wrk, $connections connections, ${chunk}-s chunks, until dti_indicator holds $target submissions -> $tsv"
while (( $(submissions) < target )); do
  started=$(date -u +%H:%M:%S) before=$(submissions)
  split_secs=$((chunk * 2 / 3))
  ( sleep $((chunk / 6)); deploy/load-generator/cpu-split.sh "$split_secs" >"$out/soak-split.txt" ) &
  split=$!
  wrk -t2 -c"$connections" -d"${chunk}s" -s deploy/load-generator/wrk-submissions.lua "$indicator" -- "$out/requests.tsv" >"$out/soak-wrk.txt"
  wait $split
  after=$(submissions)
  # accepted in the cpu-split window: the chunk's rate times the window (the rate is steady within a chunk)
  # the wrk script's own summary: 201s per second, answers other than 201, latency percentiles (ms)
  rate=$(awk '$1 == "createdPerSecond" { print $2 }' "$out/soak-wrk.txt")
  non201=$(awk '$1 == "created" { print $5 }' "$out/soak-wrk.txt")
  p50=$(awk '$1 == "p50" { print $2 }' "$out/soak-wrk.txt") p99=$(awk '$1 == "p99" { print $2 }' "$out/soak-wrk.txt")
  per() { awk -v k="$1" -v n="$(awk -v r="$rate" -v s="$split_secs" 'BEGIN { print r * s }')" \
    'index($0, k) { sum += $1 } END { printf "%.2f", (n > 0 ? sum * 1000 / n : 0) }' "$out/soak-split.txt"; }
  total=$(awk -v n="$(awk -v r="$rate" -v s="$split_secs" 'BEGIN { print r * s }')" '/total of/ { printf "%.2f", $1 * 1000 / n }' "$out/soak-split.txt")
  line="$started\t$after\t$rate\t${non201:-0}\t$p50\t$p99\t$total\t$(per 'indicator-service JVM')\t$(per 'dti_indicator')\t$(per 'ranking-service JVM')\t$(per 'dti_ranking')\t$(per 'report-service JVM')\t$(per 'dti_report')\t$(per 'Kafka')"
  line+="\t$(db_mb "dti_indicator$DB_SUFFIX")\t$(db_mb "dti_ranking$DB_SUFFIX")\t$(db_mb "dti_report$DB_SUFFIX")"
  for s in indicator-service ranking-service report-service; do line+="\t$(heap $s)\t$(rss $s)"; done
  echo -e "$line" >>"$tsv"
  printf '%s  %7d submissions (+%d)  %6.1f/s  p50 %s p99 %s  %s ms CPU/submission\n' "$started" "$after" $((after - before)) "$rate" "$p50" "$p99" "$total"
  (( pause == 0 )) || sleep "$pause"
done
column -t -s $'\t' "$tsv" | cut -c1-250
