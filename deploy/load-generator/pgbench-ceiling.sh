#!/usr/bin/env bash
# The PostgreSQL ceiling measured by pgbench (independent of the load generator's JDBC code): a scratch
# database with the indicator-service's schema (its Flyway migrations, applied by the generator's
# ceiling-db command) and pgbench-submission.sql, the service's statements for one submission.
#   deploy/load-generator/pgbench-ceiling.sh [SECONDS=30] [CLIENTS=16]
# Env: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), CEILING_DB (dti_pgbench_ceiling),
# KEEP_DB=1 to keep the scratch database afterwards (it is dropped by default).
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
java -jar "$jar" ceiling-db --jdbc-url "jdbc:postgresql://$PGHOST:$PGPORT/$db"
[[ ${KEEP_DB:-0} == 1 ]] || trap 'psql -q -d postgres -c "drop database if exists $db with (force)" >/dev/null' EXIT
# a short warm-up (fills current_value for every unit, as a running suite has), then the measurement
pgbench -n -M prepared -c "$clients" -j 2 -T 5 -f deploy/load-generator/pgbench-submission.sql "$db" >/dev/null
# statistics, as autovacuum would have gathered on a running suite's database (the planner needs them)
psql -q -d "$db" -c "vacuum analyze"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
pgbench -n -M prepared -c "$clients" -j 2 -T "$seconds" -P 10 -r -f deploy/load-generator/pgbench-submission.sql "$db"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
