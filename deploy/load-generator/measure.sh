#!/usr/bin/env bash
# Measures the running local suite (deploy/local/up.sh) and this machine's ceilings in one run, each
# figure of the load generator next to an independent tool on the same load, and writes the figures
# under deploy/local/.run/load/ (docs/performance.md records them):
#   1. bare endpoint (deploy/bare-endpoint), 16 connections: generator, then wrk (same bodies)
#   2. PostgreSQL ceiling, 16 clients: generator --target postgres, then pgbench (same statements, same
#      seeded database), each followed by its statements' server time (statements.sql) when the server
#      loads pg_stat_statements
#   3. suite, 16 connections as fast as possible: generator, then wrk (same bodies and tokens),
#      each with freshness-probe.py posting unit $PROBE_UNIT (left out of the load) every 0.3 s
#   4. suite, open model at 20/s, 50/s and 200/s, each with the probe
#   5. "together": the generator (8 clients) and wrk (8 connections) load the suite in the same window,
#      each posting to its own half of the units: the suite's drift between runs (10-30 % on 2 shared
#      cores) cannot tell them apart, so a gap between their figures is the instruments' own. Steps 1
#      and 2 end with the same kind of run: generator and wrk at the bare endpoint at once, generator
#      and pgbench at once, each on its own scratch database.
# Before steps 3-5 the suite is warmed by wrk for $SUITE_WARMUP s (default 60), and before every run
# the script waits until the machine is idle again, so no run measures what the previous one left.
# PostgreSQL's autovacuum is turned on for the run when it is off (and put back afterwards).
# Usage: deploy/load-generator/measure.sh [SECONDS, default 30]
# Env: DTI_LOCAL_PORT_OFFSET as for up.sh (the suite's ports); PROBE_UNIT (default 96);
#      STEPS (default "bare postgres suite open together") to run some of them; SUITE_WARMUP (seconds, default 60);
#      ROUNDS (default 1): the runs of steps 2, 3 and 5 and the side-by-side runs of step 1 that many
#      times (the instruments in turn: compare medians; side by side: compare each round).
# Needs: a JDK 17, wrk, pgbench, python3 (apt-get install wrk postgresql-client python3).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
offset=${DTI_LOCAL_PORT_OFFSET:-0}
indicator=http://127.0.0.1:$((8081 + offset)) ranking=http://127.0.0.1:$((8082 + offset)) report=http://127.0.0.1:$((8083 + offset))
kafka=127.0.0.1:$((9092 + offset)) bare_port=$((8090 + offset))
probe_unit=${PROBE_UNIT:-96}
steps=" ${STEPS:-bare postgres suite open together} "
rounds=${ROUNDS:-1}
out=deploy/local/.run/load
mkdir -p "$out"
for tool in wrk pgbench python3; do command -v $tool >/dev/null || { echo "measure.sh needs $tool" >&2; exit 1; }; done
# builds what it runs from this checkout (-am: nothing has to be installed in ~/.m2 first)
[[ -f deploy/load-generator/target/load-generator.jar && -f deploy/bare-endpoint/target/quarkus-app/quarkus-run.jar ]] \
  || ./mvnw -B -q -ntp -DskipTests package -pl deploy/load-generator,deploy/bare-endpoint -am
# C1 only (-XX:TieredStopAtLevel=1): in a run of a minute the generator's C2 compiler thread was its
# largest CPU user (1.9 of 4.6 CPU-seconds in 20 s), taken from the 2 cores the suite under test needs.
# At the bare endpoint (20,000 requests a second, not a few hundred) it needs C2's code instead: C1-only
# it sent 9,641/s where it sends 20,712/s with C2 (wrk: 22,424/s; docs/performance.md, 2026-12-01).
gen() { java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m -jar deploy/load-generator/target/load-generator.jar "$@"; }
gen_c2() { java -XX:+UseSerialGC -Xmx512m -jar deploy/load-generator/target/load-generator.jar "$@"; }
urls=(--indicator-url "$indicator" --ranking-url "$ranking" --report-url "$report" --kafka "$kafka"
      --private-key deploy/local/.run/jwt/privateKey.pem)
# A suite in production runs with autovacuum (PostgreSQL's default). This machine's server turns it off
# (conf.d/90-ci.conf), and without it the outbox, current-value and standings tables bloat within minutes
# of load and the planner has no statistics: the figures would measure that. On for the run, put back after.
autovacuum_was=$(psql -h 127.0.0.1 -U postgres -tAc 'show autovacuum')
if [[ $autovacuum_was != on ]]; then
  psql -h 127.0.0.1 -U postgres -q -c 'alter system set autovacuum = on' -c 'select pg_reload_conf()' >/dev/null
  echo "autovacuum turned on for this run (it was off; put back when the run ends)"
fi
bare=
cleanup() {
  [[ -z $bare ]] || kill "$bare" 2>/dev/null || true
  [[ $autovacuum_was == on ]] || psql -h 127.0.0.1 -U postgres -q -c 'alter system reset autovacuum' -c 'select pg_reload_conf()' >/dev/null
}
trap cleanup EXIT
load() { echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)  ($(date -u +%H:%M:%S) UTC)"; }
probe() { # probe NAME SECONDS: the polling freshness probe, in the background
  python3 deploy/load-generator/freshness-probe.py --indicator-url "$indicator" --ranking-url "$ranking" \
    --token "$(deploy/local/token submitter "$probe_unit")" --unit "$probe_unit" --duration "$2" --json "$out/probe-$1.json" \
    >"$out/probe-$1.txt" 2>&1 &
  probe_pid=$!
}
# settle: wait (at most 120 s) until the machine is idle again (>= 80 % idle CPU over 2 s), so no run
# measures the backlog the previous one left (the consumers, the recompute, autovacuum, the JIT)
settle() {
  local start=$SECONDS a b idle total
  while ((SECONDS - start < 120)); do
    read -r -a a < <(head -1 /proc/stat); sleep 2; read -r -a b < <(head -1 /proc/stat)
    idle=$(( (b[4] + b[5]) - (a[4] + a[5]) ))
    total=0; for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
    ((total > 0 && idle * 100 / total >= 80)) && break
  done
  echo "  settled: idle after $((SECONDS - start)) s"
}
probe_done() { wait "$probe_pid" || true; echo "  freshness probe:"; cat "$out/probe-$1.txt"; }
# side_by_side NAME OTHER GEN_RUNNER GEN_ARGS...: the generator (in the background) and the function
# OTHER (wrk or pgbench, writing its output to stdout) measure the same SECONDS window at once, each
# on its own share of the work; then one line each. The other starts when the generator's warm-up ends.
side_by_side() {
  local name=$1 other=$2 runner=$3 pid; shift 3
  rm -f "$out/$name-gen.txt" # an earlier run's "target" line must not start the other instrument early
  "$runner" run "$@" --duration "PT${seconds}S" --warmup PT10S --json "$out/$name-gen.json" >"$out/$name-gen.txt" 2>&1 &
  pid=$!
  until grep -q '^target ' "$out/$name-gen.txt" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "  the generator stopped before its run:"; cat "$out/$name-gen.txt"; return 0; }
    sleep 0.1
  done
  # OTHER_warmup, where defined, warms the other's own share (pgbench: its own database) in the same 10 s
  local warm=
  if declare -F "${other}_warmup" >/dev/null; then "${other}_warmup" >/dev/null 2>&1 & warm=$!; fi
  sleep 10
  [[ -z $warm ]] || wait "$warm" || true
  "$other" >"$out/$name-other.txt" 2>&1 || true
  wait "$pid" || true
  awk '$1 == "acceptedPerSecond" { r = $2 } $1 == "postP50Ms" { a = $2 } $1 == "postP90Ms" { c = $2 } $1 == "postP99Ms" { b = $2 } $1 == "errors" { e = $2 }
       END { printf "  generator: %s accepted/s, %s errors, p50 %s ms, p90 %s ms, p99 %s ms\n", r, e, a, c, b }' "$out/$name-gen.txt"
  awk '$1 == "createdPerSecond" { r = $2 } $1 == "created" { n = $5 } $1 == "p50" { a = $2 } $1 == "p90" { c = $2 } $1 == "p99" { b = $2 }
       $1 == "tps" { r = $3 } $1 == "latency" && $2 == "average" { a = "mean " $4 } $1 == "number" && $3 == "failed" { n = $5 }
       END { printf "  %-10s %s accepted/s, %s other answers or failures, p50 %s ms, p90 %s ms, p99 %s ms\n", other ":", r, n + 0, a, c, b }' \
    other="$other" "$out/$name-other.txt"
}

# the prepared submissions (bodies and tokens) that wrk replays: the generator's own, unit $probe_unit left out
gen run "${urls[@]}" --exclude-unit "$probe_unit" --write-requests "$out/requests.tsv" >/dev/null

if [[ $steps == *" bare "* ]]; then
  java -Dquarkus.http.port="$bare_port" -jar deploy/bare-endpoint/target/quarkus-app/quarkus-run.jar >"$out/bare-endpoint.log" 2>&1 &
  bare=$!
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$bare_port/q/health/ready" && break; sleep 1; done
  # warm the endpoint's own JIT first, or the instrument that runs first measures a cold server
  wrk -t2 -c16 -d15s -s deploy/load-generator/wrk-submissions.lua "http://127.0.0.1:$bare_port" -- "$out/requests.tsv" /noop/submissions >/dev/null
  settle
  echo "== bare endpoint, 16 clients: load generator"; load
  gen_c2 run "${urls[@]}" --target bare --bare-url "http://127.0.0.1:$bare_port" --exclude-unit "$probe_unit" \
    --duration "PT${seconds}S" --warmup PT10S --json "$out/bare.json"
  settle
  echo "== bare endpoint, 16 connections: wrk, same bodies"; load
  wrk -t2 -c16 -d5s -s deploy/load-generator/wrk-submissions.lua "http://127.0.0.1:$bare_port" -- "$out/requests.tsv" /noop/submissions >/dev/null
  wrk -t2 -c16 -d"${seconds}s" -s deploy/load-generator/wrk-submissions.lua "http://127.0.0.1:$bare_port" -- "$out/requests.tsv" /noop/submissions \
    | tee "$out/bare-wrk.txt"
  wrk_bare() { wrk -t1 -c8 -d"${seconds}s" -s deploy/load-generator/wrk-submissions.lua "http://127.0.0.1:$bare_port" -- "$out/requests.tsv" /noop/submissions; }
  for round in $(seq 1 "$rounds"); do
    settle
    echo "== bare endpoint, together: load generator (8 clients) and wrk (8 connections) in the same window (round $round of $rounds)"; load
    side_by_side "together-bare-$round" wrk_bare gen_c2 "${urls[@]}" --target bare --bare-url "http://127.0.0.1:$bare_port" \
      --exclude-unit "$probe_unit" --concurrency 8
  done
  kill "$bare"; wait "$bare" 2>/dev/null || true; bare=
fi
if [[ $steps == *" postgres "* ]]; then
  gen_db="dti_load_ceiling${DTI_LOCAL_DB_SUFFIX:-}" pgbench_db="dti_pgbench_ceiling${DTI_LOCAL_DB_SUFFIX:-}"
  # the server's time per statement of each run, where the server loads pg_stat_statements (a restart:
  # shared_preload_libraries), so the two instruments' statements compare one by one
  statements=0
  if [[ $(psql -h 127.0.0.1 -U postgres -tAc 'show shared_preload_libraries') == *pg_stat_statements* ]]; then
    psql -h 127.0.0.1 -U postgres -q -d postgres -c 'set client_min_messages = warning' \
      -c 'create extension if not exists pg_stat_statements' && statements=1
  else
    echo "  (no per-statement figures: the server does not load pg_stat_statements)"
  fi
  statements_reset() { ((statements == 0)) || psql -h 127.0.0.1 -U postgres -qAt -d postgres -c 'select pg_stat_statements_reset()' >/dev/null; }
  statements_of() { # statements_of DB FILE
    ((statements == 0)) || psql -h 127.0.0.1 -U postgres -d postgres -v db="$1" -f deploy/load-generator/statements.sql | tee "$2"
  }
  for round in $(seq 1 "$rounds"); do
    settle
    echo "== PostgreSQL directly, 16 clients: load generator (round $round of $rounds)"; load
    statements_reset
    gen run "${urls[@]}" --target postgres --exclude-unit "$probe_unit" --duration "PT${seconds}S" --warmup PT5S \
      --jdbc-url "jdbc:postgresql://127.0.0.1:5432/$gen_db" --json "$out/postgres-$round.json"
    statements_of "$gen_db" "$out/postgres-statements-$round.txt"
    psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists $gen_db with (force)"
    settle
    echo "== PostgreSQL directly, 16 clients: pgbench, same statements (round $round of $rounds)"; load
    statements_reset
    CEILING_DB="$pgbench_db" KEEP_DB=1 deploy/load-generator/pgbench-ceiling.sh "$seconds" 16 | tee "$out/postgres-pgbench-$round.txt"
    statements_of "$pgbench_db" "$out/postgres-pgbench-statements-$round.txt"
    psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists $pgbench_db with (force)"
  done
  # together: each on its own scratch database, both seeded alike (ceiling-db) and warmed in the same
  # 10 s (the generator's warm-up; pgbench_half_warmup), 8 clients each, in one window
  pgbench_db="dti_pgbench_together${DTI_LOCAL_DB_SUFFIX:-}"
  pgbench_script=(-h 127.0.0.1 -U postgres -n -M prepared -c 8 -j 8 -D clients=8 -D k=0 -f deploy/load-generator/pgbench-submission.sql)
  pgbench_half_warmup() { pgbench "${pgbench_script[@]}" -T 10 "$pgbench_db"; }
  # pgbench prints a mean latency only; its per-transaction log (-l, latency in µs) gives the percentiles
  pgbench_half() {
    rm -f "$out"/pgbench-half.*
    pgbench "${pgbench_script[@]}" -T "$seconds" -l --log-prefix="$out/pgbench-half" "$pgbench_db"
    cat "$out"/pgbench-half.* | awk '{ print $3 / 1000 }' | sort -n \
      | awk '{ v[NR] = $1 } END { if (NR) printf "p50 %.2f\np90 %.2f\np99 %.2f\n", v[int(NR * 0.5)], v[int(NR * 0.9)], v[int(NR * 0.99)] }'
  }
  for round in $(seq 1 "$rounds"); do
    gen ceiling-db --jdbc-url "jdbc:postgresql://127.0.0.1:5432/$pgbench_db" >/dev/null
    settle
    echo "== PostgreSQL directly, together: load generator (8 clients) and pgbench (8 clients), each on its own database (round $round of $rounds)"; load
    statements_reset
    side_by_side "together-postgres-$round" pgbench_half gen "${urls[@]}" --target postgres --exclude-unit "$probe_unit" --concurrency 8 \
      --jdbc-url "jdbc:postgresql://127.0.0.1:5432/$gen_db"
    if ((statements)); then
      echo "  the generator's statements:"; statements_of "$gen_db" "$out/together-postgres-$round-gen-statements.txt"
      echo "  pgbench's statements:"; statements_of "$pgbench_db" "$out/together-postgres-$round-other-statements.txt"
    fi
    psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists $gen_db with (force)" \
      -c "drop database if exists $pgbench_db with (force)"
  done
fi
if [[ $steps == *" suite "* || $steps == *" open "* || $steps == *" together "* ]] && ((${SUITE_WARMUP:-60} > 0)); then
  # the services' JIT compiles for minutes after a start (async-profiler: C2 took a fifth of the
  # indicator-service's CPU in its first 10 minutes); warm them with the same load before any figure
  echo "== warming the suite: wrk, ${SUITE_WARMUP:-60} s (not measured)"; load
  wrk -t2 -c16 -d"${SUITE_WARMUP:-60}s" -s deploy/load-generator/wrk-submissions.lua "$indicator" -- "$out/requests.tsv" >/dev/null
fi
if [[ $steps == *" suite "* ]]; then
  for round in $(seq 1 "$rounds"); do
    settle
    echo "== suite, 16 clients as fast as possible: load generator + probe (round $round of $rounds)"; load
    probe gen-max-$round $((seconds + 15))
    gen run "${urls[@]}" --exclude-unit "$probe_unit" --duration "PT${seconds}S" --warmup PT10S --json "$out/suite-max-$round.json"
    probe_done gen-max-$round
    settle
    echo "== suite, 16 connections: wrk, same bodies and tokens + probe (round $round of $rounds)"; load
    probe wrk-max-$round $((seconds + 5))
    wrk -t2 -c16 -d5s -s deploy/load-generator/wrk-submissions.lua "$indicator" -- "$out/requests.tsv" >/dev/null
    wrk -t2 -c16 -d"${seconds}s" -s deploy/load-generator/wrk-submissions.lua "$indicator" -- "$out/requests.tsv" | tee "$out/suite-wrk-$round.txt"
    probe_done wrk-max-$round
  done
fi
if [[ $steps == *" open "* ]]; then
  for rate in 20 50 200; do
    settle
    echo "== suite at $rate/s (open model): load generator + probe"; load
    probe "open-$rate" $((seconds + 15))
    gen run "${urls[@]}" --exclude-unit "$probe_unit" --rate "$rate" --duration "PT${seconds}S" --warmup PT10S --json "$out/suite-$rate.json" \
      || echo "  (some requests failed: an overloaded suite answers 503; the figures above count them as errors)"
    probe_done "open-$rate"
  done
fi
if [[ $steps == *" together "* ]]; then
  # the units but the probe's, split in two halves by turn: the generator posts to one, wrk to the other
  mapfile -t all_units < <(cut -f1 "$out/requests.tsv" | sort -u)
  gen_skip=() wrk_skip=()
  for i in "${!all_units[@]}"; do
    if ((i % 2 == 0)); then wrk_skip+=(--exclude-unit "${all_units[$i]}"); else gen_skip+=(--exclude-unit "${all_units[$i]}"); fi
  done
  gen run "${urls[@]}" --exclude-unit "$probe_unit" "${gen_skip[@]}" --write-requests "$out/requests-wrk-half.tsv" >/dev/null
  wrk_half() { wrk -t1 -c8 -d"${seconds}s" -s deploy/load-generator/wrk-submissions.lua "$indicator" -- "$out/requests-wrk-half.tsv"; }
  for round in $(seq 1 "$rounds"); do
    settle
    echo "== suite, together: load generator (8 clients, half the units) and wrk (8 connections, the other half) (round $round of $rounds)"; load
    side_by_side "together-suite-$round" wrk_half gen "${urls[@]}" --exclude-unit "$probe_unit" "${wrk_skip[@]}" --concurrency 8
  done
fi
load
echo "figures: $out/"
