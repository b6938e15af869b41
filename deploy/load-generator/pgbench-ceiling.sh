#!/usr/bin/env bash
# The PostgreSQL ceiling measured by pgbench (independent of the load generator's JDBC code): a scratch
# database with the indicator-service's schema (its Flyway migrations) and 100 submissions of every unit,
# analysed (the generator's ceiling-db command: the same start as `run --target postgres`), a warm-up
# as long as the generator's, then pgbench-submission.sql, the service's statements for one submission.
#   deploy/load-generator/pgbench-ceiling.sh [SECONDS=30] [CLIENTS=16]
# Env: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), CEILING_DB (dti_pgbench_ceiling),
# WARMUP (seconds, default 5), KEEP_DB=1 to keep the scratch database afterwards (dropped by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
clients=${2:-16}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${CEILING_DB:-dti_pgbench_ceiling}
[[ $db =~ ^[a-z0-9_]+$ ]] || { echo "CEILING_DB: a-z, 0-9 and _ only" >&2; exit 2; }
command -v pgbench >/dev/null || { echo "needs pgbench (apt-get install postgresql-contrib or postgresql-client)" >&2; exit 1; }
jar=deploy/load-generator/target/load-generator.jar
[[ -f $jar ]] || ./mvnw -B -q -ntp -DskipTests package -pl deploy/load-generator -am
java -XX:TieredStopAtLevel=1 -jar "$jar" ceiling-db --jdbc-url "jdbc:postgresql://$PGHOST:$PGPORT/$db"
[[ ${KEEP_DB:-0} == 1 ]] || trap 'psql -q -d postgres -c "drop database if exists $db with (force)" >/dev/null' EXIT
# the warm-up (the generator's --warmup in measure.sh), then the measurement; -D: see pgbench-submission.sql.
# A thread per client (-j), as the generator has (a JDBC connection blocks its thread): with one thread for
# 8 clients pgbench got 191-211/s beside the generator's 363-371/s on the same 2 cores (2026-12-01 10:51),
# each of its 18 round trips a submission (17 now) waiting for that one thread to be scheduled again.
script=(-n -M prepared -c "$clients" -j "$clients" -D clients="$clients" -D k=0 -f deploy/load-generator/pgbench-submission.sql)
pgbench "${script[@]}" -T "${WARMUP:-5}" "$db" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
pgbench "${script[@]}" -T "$seconds" -P 10 -r "$db"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
