#!/usr/bin/env bash
# Runs the whole DTI Suite on this machine (docs/contract.md §9): builds what is missing, creates
# the databases, starts a single-node KRaft Kafka broker from the Maven Central jars (no Docker),
# creates the topics, starts Keycloak (the identity provider, realm dti, from the Maven Central
# distribution), starts the services, waits for their health and loads the demo.
# Idempotent: whatever is already running (started by an earlier up.sh) is left alone.
# Stop it with deploy/local/down.sh. Logs and state: deploy/local/.run/ (git-ignored).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HEALTH_TIMEOUT=${DTI_HEALTH_TIMEOUT:-120}
KAFKA_TIMEOUT=60
# Keycloak augments itself on its first start (90 s to 5 min on a loaded 2-core machine), then starts
KEYCLOAK_TIMEOUT=${DTI_KEYCLOAK_TIMEOUT:-600}

usage() {
  cat <<EOF
usage: deploy/local/up.sh [--rebuild] [--no-demo] [--infra]

  --rebuild   rebuild every service (./mvnw -B -DskipTests package) and restart the running ones
  --no-demo   do not run deploy/local/demo.sh
  --infra     only the infrastructure (databases, Kafka, topics, JWT key, Keycloak): no build, no services,
              no demo; for running a service from your IDE or quarkus:dev against it

Needs: bash, JDK 17+, curl, psql and a PostgreSQL on $PG_HOST:$PG_PORT (user $PG_USER, no password).
EOF
}

REBUILD=0
RUN_DEMO=1
INFRA_ONLY=0
for arg in "$@"; do
  case $arg in
    --rebuild) REBUILD=1 ;;
    --no-demo) RUN_DEMO=0 ;;
    --infra) INFRA_ONLY=1 RUN_DEMO=0 ;;
    -h | --help) usage; exit 0 ;;
    *) printf 'up.sh: unknown option %s\n\n' "$arg" >&2; usage >&2; exit 2 ;;
  esac
done

STEP=0
STEPS=10
step() { STEP=$((STEP + 1)); printf '\n[%d/%d] %s\n' "$STEP" "$STEPS" "$*" >&2; }
rel() { printf '%s' "${1#"$REPO_DIR"/}"; }

# The services to build and start: all of them, or none with --infra.
ACTIVE=()      # "module port database"
((INFRA_ONLY)) || ACTIVE=("${SERVICES[@]}")

mkdir -p "$PID_DIR" "$LOG_DIR"
# setsid: what we start must not die with this shell's terminal (Ctrl-C, closed window)
launcher=(nohup)
if have setsid; then launcher=(setsid nohup); fi
# alive PID: the process exists (right after the fork its command line is not java's yet)
alive() { kill -0 "$1" 2>/dev/null; }

# ---------------------------------------------------------------------------------------------
step "Checking prerequisites"
missing=()
java_version=""
if ! have "$JAVA"; then
  missing+=("java (a JDK 17 or newer; put it on PATH or set JAVA_HOME)")
else
  java_version=$(java_feature_version)
  if [[ -z $java_version ]] || ((java_version < 17)); then
    missing+=("a JDK 17 or newer (found: $("$JAVA" -version 2>&1 | head -n 1))")
  fi
fi
have curl || missing+=("curl")
have psql || missing+=("psql (the PostgreSQL client, e.g. apt-get install postgresql-client)")
if ((${#missing[@]})); then
  info "Missing prerequisites:"
  for m in "${missing[@]}"; do info "  - $m"; done
  exit 1
fi
info "  java $java_version ($(command -v "$JAVA")), curl, psql: ok"
if ! pg_error=$(pg -tAc 'select 1' 2>&1 >/dev/null); then
  info "PostgreSQL is not reachable at $PG_HOST:$PG_PORT as user $PG_USER:"
  info "  ${pg_error:-no answer}"
  info "Start PostgreSQL (e.g. 'sudo pg_ctlcluster <version> main start' on Debian/Ubuntu," \
    "'brew services start postgresql@15' on macOS) and allow user $PG_USER without a password" \
    "from $PG_HOST (trust authentication), or set DTI_PG_HOST / DTI_PG_PORT / DTI_PG_USER."
  exit 1
fi
info "  PostgreSQL at $PG_HOST:$PG_PORT: ok ($(pg -tAc 'show server_version' | cut -d' ' -f1))"
# the outbox, current-value and standings tables are rewritten on every submission: without autovacuum
# they bloat and the planner has no statistics, and the suite slows down hour by hour
if [[ $(pg -tAc 'show autovacuum') != on ]]; then
  warn "autovacuum is off on this PostgreSQL: the suite's tables will bloat under load." \
    "Turn it on (alter system set autovacuum = on; select pg_reload_conf()) for anything but a short test (docs/performance.md)."
fi
if ((INFRA_ONLY)); then
  info "  --infra: services are neither built nor started"
fi

# ---------------------------------------------------------------------------------------------
step "Checking ports"
busy=0
check_port() { # PORT NAME
  local port=$1 name=$2 pid
  if pid=$(our_pid "$name"); then
    info "  $port: $name already running (pid $pid)"
  elif port_open "$port"; then
    info "  $port: in use by another process (needed for $name):"
    who_listens "$port" >&2 || true
    busy=1
  else
    info "  $port: free"
  fi
}
check_port "$KAFKA_PORT" kafka
check_port "$KAFKA_CONTROLLER_PORT" kafka
check_port "$KEYCLOAK_PORT" keycloak
check_port "$KEYCLOAK_MANAGEMENT_PORT" keycloak
for line in "${ACTIVE[@]}"; do
  read -r module port _ <<<"$line"
  check_port "$port" "$module"
done
((busy == 0)) || die "free the ports above (or stop the other copy of the suite) and run up.sh again"

# ---------------------------------------------------------------------------------------------
step "Building services"
to_build=()
for line in "${ACTIVE[@]}"; do
  read -r module _ _ <<<"$line"
  jar=$REPO_DIR/$module/target/quarkus-app/quarkus-run.jar
  reason=""
  if ((REBUILD)); then
    reason="--rebuild"
  elif [[ ! -f $jar ]]; then
    reason="no jar yet"
  elif newer=$(find "$REPO_DIR/$module" -name target -prune -o -type f \( -path '*/src/*' -o -name pom.xml \) \
      -newer "$jar" -print -quit 2>/dev/null) && [[ -n $newer ]]; then
    reason="$(rel "$newer") changed"
  fi
  if [[ -z $reason ]]; then
    info "  $module: up to date"
  elif pid=$(our_pid "$module") && ((REBUILD == 0)); then
    info "  $module: $reason, but it is running (pid $pid): not rebuilt;" \
      "use 'deploy/local/up.sh --rebuild' (or down.sh, up.sh) to pick up the change"
  else
    info "  $module: $reason"
    to_build+=("$module")
  fi
done
if ((${#to_build[@]})); then
  for module in "${to_build[@]}"; do
    if our_pid "$module" >/dev/null; then stop_pid "$module"; fi
  done
  modules=$(IFS=,; printf '%s' "${to_build[*]}")
  build_log=$LOG_DIR/build.log
  info "  ./mvnw -B -DskipTests package -pl $modules -am   (log: $(rel "$build_log"))"
  if ! (cd "$REPO_DIR" && ./mvnw -B -DskipTests package -pl "$modules" -am >"$build_log" 2>&1); then
    tail -n 40 "$build_log" >&2
    die "the build failed; full log: $(rel "$build_log")"
  fi
  info "  built: ${to_build[*]}"
elif ((INFRA_ONLY)); then
  info "  skipped (--infra)"
fi

# ---------------------------------------------------------------------------------------------
step "Preparing Kafka $KAFKA_VERSION jars, Keycloak $KEYCLOAK_VERSION and the JWT signing key"
KAFKA_CP=$(kafka_classpath)
info "  Kafka classpath: $(rel "$KAFKA_CLASSPATH_FILE") ($(awk -F: '{print NF}' <<<"$KAFKA_CP") jars)"
keycloak_dist
info "  Keycloak: $(rel "$KEYCLOAK_HOME")"
ensure_jwt_keys
info "  JWT signing key (imported by the realm): $(rel "$JWT_DIR/privateKey.pem")"
ensure_keycloak_secrets

# ---------------------------------------------------------------------------------------------
step "Creating databases"
for line in "${SERVICES[@]}" "keycloak - $KEYCLOAK_DB"; do
  read -r _ _ db <<<"$line"
  if [[ $(pg -tAc "select 1 from pg_database where datname = '$db'") == 1 ]]; then
    info "  $db: exists"
  else
    pg -c "create database \"$db\"" && info "  $db: created"
  fi
done

# ---------------------------------------------------------------------------------------------
step "Starting Kafka (KRaft, broker+controller) on $KAFKA_BOOTSTRAP"
kafka_log=$LOG_DIR/kafka.log
write_kafka_config() {
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Generated by deploy/local/up.sh; rewritten on every start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=3
default.replication.factor=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# On a restart the controller refuses the new broker incarnation until the old one's session
# has expired (DUPLICATE_BROKER_REGISTRATION); a short session makes restarts take ~5 s, not ~15 s.
broker.session.timeout.ms=4000
broker.heartbeat.interval.ms=1000
EOF
}
if pid=$(our_pid kafka); then
  info "  already running (pid $pid)"
else
  mkdir -p "$KAFKA_DIR"
  write_kafka_config
  if [[ ! -f $KAFKA_DIR/data/meta.properties ]]; then
    cluster_id=$("$JAVA" -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    [[ -n $cluster_id ]] || die "kafka.tools.StorageTool random-uuid failed"
    printf '%s\n' "$cluster_id" >"$KAFKA_DIR/cluster-id"
    "$JAVA" "-Dlog4j2.configurationFile=$LOCAL_DIR/kafka/log4j2-tools.properties" -cp "$KAFKA_CP" \
      kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" \
      >"$LOG_DIR/kafka-format.log" 2>&1 \
      || { cat "$LOG_DIR/kafka-format.log" >&2; die "formatting the Kafka storage failed"; }
    info "  formatted $(rel "$KAFKA_DIR/data") (cluster id $cluster_id)"
  fi
  [[ -f $kafka_log ]] && mv -f "$kafka_log" "$kafka_log.1"
  # shellcheck disable=SC2086  # KAFKA_JAVA_OPTS is a list of options
  (cd "$KAFKA_DIR" && exec "${launcher[@]}" "$JAVA" $KAFKA_JAVA_OPTS \
    "-Dlog4j2.configurationFile=$LOCAL_DIR/kafka/log4j2-broker.properties" \
    -cp "$KAFKA_CP" kafka.Kafka "$KAFKA_DIR/server.properties" >"$kafka_log" 2>&1 </dev/null) &
  kafka_pid=$!
  echo "$kafka_pid" >"$PID_DIR/kafka.pid"
  printf '  pid %s, waiting for the broker ' "$kafka_pid" >&2
  for ((i = 0; ; i++)); do
    if ! alive "$kafka_pid"; then
      printf ' exited\n' >&2
      tail -n 40 "$kafka_log" >&2
      rm -f "$PID_DIR/kafka.pid"
      die "Kafka did not start; log: $(rel "$kafka_log")"
    fi
    if grep -q 'Kafka Server started' "$kafka_log" 2>/dev/null && port_open "$KAFKA_PORT"; then
      printf ' ready (%ss)\n' "$i" >&2
      break
    fi
    if ((i >= KAFKA_TIMEOUT)); then
      printf ' timed out\n' >&2
      tail -n 40 "$kafka_log" >&2
      die "Kafka not ready within ${KAFKA_TIMEOUT}s; it is still running, stop it with deploy/local/down.sh; log: $(rel "$kafka_log")"
    fi
    printf '.' >&2
    sleep 1
  done
fi
info "  log: $(rel "$kafka_log")"

# ---------------------------------------------------------------------------------------------
step "Creating Kafka topics"
kafka_tool_cmd org.apache.kafka.tools.TopicCommand --list
for attempt in 1 2 3; do
  existing=$("${KAFKA_TOOL_CMD[@]}" 2>"$LOG_DIR/kafka-topics.log") && break
  ((attempt < 3)) || { cat "$LOG_DIR/kafka-topics.log" >&2; die "could not list the Kafka topics"; }
  sleep 2
done
for line in "${KAFKA_TOPICS[@]}"; do
  read -r topic partitions <<<"$line"
  if grep -qxF "$topic" <<<"$existing"; then
    info "  $topic: exists"
  else
    kafka_tool_cmd org.apache.kafka.tools.TopicCommand --create --if-not-exists --topic "$topic" \
      --partitions "$partitions" --replication-factor 1
    "${KAFKA_TOOL_CMD[@]}" >/dev/null 2>"$LOG_DIR/kafka-topics.log" \
      || { cat "$LOG_DIR/kafka-topics.log" >&2; die "could not create topic $topic"; }
    info "  $topic: created ($partitions partitions)"
  fi
done

# ---------------------------------------------------------------------------------------------
step "Starting Keycloak (realm $KEYCLOAK_REALM) on $KEYCLOAK_URL"
keycloak_log=$LOG_DIR/keycloak.log
if pid=$(our_pid keycloak); then
  info "  already running (pid $pid)"
else
  # The realm is imported on the first start only (IGNORE_EXISTING); later starts keep its data
  # (database $KEYCLOAK_DB): a realm imported before the demo users changed keeps its old users
  # until down.sh --purge --purge-db.
  write_realm_import "$KEYCLOAK_HOME/data/import/dti-realm.json"
  [[ -f $keycloak_log ]] && mv -f "$keycloak_log" "$keycloak_log.1"
  # start-dev: HTTP, no TLS, its data in PostgreSQL (trust authentication: no password); the
  # hostname fixes the issuer (iss) whatever host name a client uses. The bootstrap admin (master
  # realm, admin console) is created on the first start only.
  (cd "$RUN_DIR" && exec env \
    JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP" \
    KC_BOOTSTRAP_ADMIN_USERNAME=kc-admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$(keycloak_secret KEYCLOAK_ADMIN_PASSWORD)" \
    "${launcher[@]}" "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --hostname="$KEYCLOAK_URL" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true --import-realm \
    --db=postgres --db-url="jdbc:postgresql://$PG_HOST:$PG_PORT/$KEYCLOAK_DB" --db-username="$PG_USER" \
    >"$keycloak_log" 2>&1 </dev/null) &
  keycloak_pid=$!
  echo "$keycloak_pid" >"$PID_DIR/keycloak.pid"
  printf '  pid %s, waiting for the realm ' "$keycloak_pid" >&2
  for ((i = 0; ; i += 2)); do
    if ! alive "$keycloak_pid"; then
      printf ' exited\n' >&2
      tail -n 40 "$keycloak_log" >&2
      rm -f "$PID_DIR/keycloak.pid"
      die "Keycloak did not start; log: $(rel "$keycloak_log")"
    fi
    if curl -sf -o /dev/null --max-time 2 "$KEYCLOAK_ISSUER/.well-known/openid-configuration"; then
      printf ' ready (%ss)\n' "$i" >&2
      break
    fi
    if ((i >= KEYCLOAK_TIMEOUT)); then
      printf ' timed out\n' >&2
      tail -n 40 "$keycloak_log" >&2
      die "Keycloak not ready within ${KEYCLOAK_TIMEOUT}s; it is still running, stop it with deploy/local/down.sh; log: $(rel "$keycloak_log")"
    fi
    printf '.' >&2
    sleep 2
  done
fi
# the import file holds the passwords and the signing key: not left lying around once imported
rm -f "$KEYCLOAK_HOME/data/import/dti-realm.json"
info "  issuer $KEYCLOAK_ISSUER, JWKS $KEYCLOAK_JWKS_URL, log: $(rel "$keycloak_log")"

# ---------------------------------------------------------------------------------------------
step "Starting services"
if ((INFRA_ONLY)); then
  info "  skipped (--infra)"
fi
declare -A service_pid=()
for line in "${ACTIVE[@]}"; do
  read -r module port db <<<"$line"
  if pid=$(our_pid "$module"); then
    info "  $module: already running (pid $pid)"
    continue
  fi
  log=$LOG_DIR/$module.log
  [[ -f $log ]] && mv -f "$log" "$log.1"
  java_opts=$(service_java_opts "$module")
  # GC log beside the service's log: pauses and heap after each collection (docs/operations.md)
  gc_log="-Xlog:gc:file=$LOG_DIR/$module-gc.log:time,uptime,level,tags:filecount=2,filesize=5m"
  malloc_arenas=()
  [[ $JVM_DEFAULTS == 1 ]] || malloc_arenas=(MALLOC_ARENA_MAX="$SERVICE_MALLOC_ARENA_MAX")
  # the portal (report-service): people sign in at the realm with the dti-portal client (docs/portal.md),
  # and its pages call the three APIs of this suite with the signed-in person's token
  portal_env=()
  if [[ $module == report-service ]]; then
    portal_env=(QUARKUS_OIDC_TENANT_ENABLED=true QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK_ISSUER"
      QUARKUS_OIDC_CLIENT_ID=dti-portal QUARKUS_OIDC_CREDENTIALS_SECRET="$(keycloak_secret PORTAL_CLIENT_SECRET)"
      DTI_PORTAL_INDICATOR_URL="$INDICATOR_URL" DTI_PORTAL_RANKING_URL="$RANKING_URL" DTI_PORTAL_REPORT_URL="$REPORT_URL")
  fi
  # shellcheck disable=SC2086  # java_opts is a list of options
  (cd "$RUN_DIR" && exec env "${malloc_arenas[@]}" \
    QUARKUS_HTTP_PORT="$port" \
    KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    QUARKUS_DATASOURCE_PASSWORD= \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$KEYCLOAK_JWKS_URL" \
    MP_JWT_VERIFY_ISSUER="$KEYCLOAK_ISSUER" \
    DTI_SEED_REQUIRE_APPROVAL=true \
    DTI_SHARE_BASE_URL="$REPORT_URL" \
    "${portal_env[@]}" \
    "${launcher[@]}" "$JAVA" $java_opts "$gc_log" -jar "$REPO_DIR/$module/target/quarkus-app/quarkus-run.jar" \
    >"$log" 2>&1 </dev/null) &
  service_pid[$module]=$!
  echo "$!" >"$PID_DIR/$module.pid"
  info "  $module: started (pid $!), port $port, database $db, log $(rel "$log")"
  info "    JVM: ${java_opts:-JVM defaults}"
done
for line in "${ACTIVE[@]}"; do
  read -r module port _ <<<"$line"
  log=$LOG_DIR/$module.log
  url=http://127.0.0.1:$port/q/health/ready
  printf '  %s: waiting for %s ' "$module" "$url" >&2
  for ((i = 0; ; i++)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    if [[ $code == 200 ]]; then
      printf ' ready (%ss)\n' "$i" >&2
      break
    fi
    # A service started earlier (not by this run) has no service_pid: ask its pid file. No pid at
    # all means it has died; never pass 0, which `kill -0` reads as "our process group": alive.
    pid=${service_pid[$module]:-$(our_pid "$module" || true)}
    if ! { [[ -n $pid ]] && alive "$pid"; }; then
      printf ' exited\n' >&2
      rm -f "$PID_DIR/$module.pid"
      info "--- last 40 lines of $(rel "$log") ---"
      tail -n 40 "$log" >&2
      die "$module stopped during startup; log: $(rel "$log")"
    fi
    if ((i >= HEALTH_TIMEOUT)); then
      printf ' timed out (last answer: %s)\n' "${code:-none}" >&2
      info "--- last 40 lines of $(rel "$log") ---"
      tail -n 40 "$log" >&2
      die "$module not ready within ${HEALTH_TIMEOUT}s (it is still running; deploy/local/down.sh stops the suite); log: $(rel "$log")"
    fi
    printf '.' >&2
    sleep 1
  done
done

# ---------------------------------------------------------------------------------------------
step "Loading the demo"
demo=$LOCAL_DIR/demo.sh
demo_failed=0
if ((INFRA_ONLY)); then
  info "  skipped (--infra)"
elif ((RUN_DEMO == 0)); then
  info "  skipped (--no-demo)"
elif [[ -x $demo ]]; then
  info "  $(rel "$demo")"
  "$demo" || demo_failed=$?
else
  info "  no executable $(rel "$demo") yet, skipped"
fi

# ---------------------------------------------------------------------------------------------
not_started=""
if ((INFRA_ONLY)); then
  not_started=" (infrastructure only)"
fi
databases=""
for line in "${SERVICES[@]}"; do read -r _ _ db <<<"$line"; databases+="$db "; done
cat <<EOF

DTI Suite is running$not_started.
EOF
for line in "${ACTIVE[@]}"; do
  read -r module port _ <<<"$line"
  printf '  %-18s http://localhost:%s/q/swagger-ui\n' "$module" "$port"
done
cat <<EOF
  Kafka broker       $KAFKA_BOOTSTRAP
  Keycloak           $KEYCLOAK_URL/admin (realm $KEYCLOAK_REALM; console user kc-admin, password $(keycloak_secret KEYCLOAK_ADMIN_PASSWORD))
  PostgreSQL         $PG_HOST:$PG_PORT (databases: ${databases% } $KEYCLOAK_DB)
  Portal             $REPORT_URL/portal/ (sign in with a demo user below; docs/portal.md)

Demo users of the realm $KEYCLOAK_REALM (local suite only; password = "$DEMO_PASSWORD_PREFIX" + user name):
  officer-CODE   (submitter of unit CODE) for each of the $(seeded_unit_codes | wc -l) seeded unit codes, e.g. officer-48 / $(demo_password officer-48)
  reviewer       (reviewer)   password $(demo_password reviewer)
  committee      (committee)  password $(demo_password committee)
  admin          (admin)      password $(demo_password admin)
Sign in to the portal as committee and open the 2024 standings: $REPORT_URL/portal/standings/DTI-PROVINCE/2024

A token of a demo user (roles: submitter UNIT | reviewer | committee | admin):
  deploy/local/token admin
  deploy/local/token submitter 48
Standings of the demo (2024), and a unit's profile against 2023:
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" $RANKING_URL/api/v1/standings/DTI-PROVINCE/2024
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" "$RANKING_URL/api/v1/standings/DTI-PROVINCE/2024/units/48?compareTo=2023"
2025 on the 34 units, 2024 restated on them, and Hồ Chí Minh City (79 ← 79, 74, 77) against 2024:
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" $RANKING_URL/api/v1/standings/DTI-PROVINCE/2025
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" "$RANKING_URL/api/v1/standings/DTI-PROVINCE/2024/restated?asOf=2025-07-01"
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" "$RANKING_URL/api/v1/standings/DTI-PROVINCE/2025/units/79?compareTo=2024"
Official results: the releases (2023; 2024 revisions 1 and 2), the official 2024 standings (revision 2),
and the disputes on 2024 (one upheld and corrected, one rejected):
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" "$RANKING_URL/api/v1/releases?frameworkCode=DTI-PROVINCE"
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" $RANKING_URL/api/v1/standings/DTI-PROVINCE/2024/official
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" "$INDICATOR_URL/api/v1/disputes?frameworkCode=DTI-PROVINCE&period=2024"
  A release with its changes: curl -H "Authorization: Bearer \$(deploy/local/token committee)" $RANKING_URL/api/v1/releases/{id}
Briefs:
  curl -H "Authorization: Bearer \$(deploy/local/token committee)" $REPORT_URL/api/v1/briefs
EOF
for name in 2024 2025 2024-r2; do
  for lang in vi en; do
    url_file=$RUN_DIR/briefs/demo-$name-$lang.url
    [[ -f $url_file ]] || continue
    brief_url=$(<"$url_file")
    case $name in
      2024-r2) what="2024 official results, revision 2" ;;
      *) what=$name ;;
    esac
    cat <<EOF
  The demo brief of $what ($lang) as HTML, and saved for a browser (the .pdf and .md are next to it):
    curl -H "Accept: text/html" -H "Authorization: Bearer \$(deploy/local/token committee)" $brief_url
    file://$RUN_DIR/briefs/demo-$name-$lang.html
EOF
    share_file=$RUN_DIR/briefs/demo-$name-$lang.share
    if [[ -f $share_file ]]; then
      printf '    share link, no token needed (add ?format=pdf for the PDF): %s\n' "$(head -n 1 "$share_file")"
    fi
  done
done
cat <<EOF
The submission events (CloudEvents headers, key and value), with Kafka's own console consumer:
  deploy/local/kafka-console-consumer --topic dti.submissions --from-beginning --property print.headers=true --property print.key=true --timeout-ms 10000
Logs: $(rel "$LOG_DIR")/   Stop: deploy/local/down.sh
EOF
if ((INFRA_ONLY)); then
  cat <<EOF
A service run by hand (IDE, quarkus:dev) against it needs, besides its own settings:
  KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP MP_JWT_VERIFY_PUBLICKEY_LOCATION=$KEYCLOAK_JWKS_URL MP_JWT_VERIFY_ISSUER=$KEYCLOAK_ISSUER
and the report-service's portal sign-in (docs/portal.md):
  QUARKUS_OIDC_TENANT_ENABLED=true QUARKUS_OIDC_AUTH_SERVER_URL=$KEYCLOAK_ISSUER QUARKUS_OIDC_CREDENTIALS_SECRET=<PORTAL_CLIENT_SECRET of $(rel "$KEYCLOAK_SECRETS")>
EOF
fi
if ((demo_failed)); then
  die "demo.sh failed (exit $demo_failed); the suite is running, see the output above"
fi
