# shellcheck shell=bash disable=SC2034  # the settings are used by the scripts that source this file
# Shared settings and helpers of the local suite. Sourced by up.sh, down.sh, token and the
# kafka-* wrappers; not meant to be run on its own.

# ---------------------------------------------------------------------------------------------
# A second copy of the suite on the same machine (another checkout) shifts every port by
# DTI_LOCAL_PORT_OFFSET and suffixes every database name with DTI_LOCAL_DB_SUFFIX; both default to
# nothing, so the documented ports and databases are the defaults.
PORT_OFFSET=${DTI_LOCAL_PORT_OFFSET:-0}
[[ $PORT_OFFSET =~ ^[0-9]{1,4}$ ]] || { printf 'ERROR: DTI_LOCAL_PORT_OFFSET must be a number, not %s\n' "$PORT_OFFSET" >&2; exit 2; }
DB_SUFFIX=${DTI_LOCAL_DB_SUFFIX:-}
[[ $DB_SUFFIX =~ ^[a-z0-9_]*$ ]] || { printf 'ERROR: DTI_LOCAL_DB_SUFFIX may hold only a-z, 0-9 and _, not %s\n' "$DB_SUFFIX" >&2; exit 2; }
# The services of the suite: "module port database", one line each.
SERVICES=(
  "indicator-service $((8081 + PORT_OFFSET)) dti_indicator$DB_SUFFIX"
  "ranking-service   $((8082 + PORT_OFFSET)) dti_ranking$DB_SUFFIX"
  "report-service    $((8083 + PORT_OFFSET)) dti_report$DB_SUFFIX"
)
INDICATOR_URL=http://127.0.0.1:$((8081 + PORT_OFFSET))
RANKING_URL=http://127.0.0.1:$((8082 + PORT_OFFSET))
REPORT_URL=http://127.0.0.1:$((8083 + PORT_OFFSET))
KAFKA_VERSION=4.1.2                 # must match deploy/local/kafka/pom.xml
KAFKA_PORT=$((9092 + PORT_OFFSET))
KAFKA_CONTROLLER_PORT=$((9093 + PORT_OFFSET))
KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
# "topic partitions"
KAFKA_TOPICS=(
  "dti.units 3"
  "dti.frameworks 3"
  "dti.submissions 3"
  "dti.standings 3"
  "dti.ranking.dlq 1"
  "dti.report.dlq 1"
  "dti.indicator.dlq 1"
)
PG_HOST=${DTI_PG_HOST:-127.0.0.1}
PG_PORT=${DTI_PG_PORT:-5432}
PG_USER=${DTI_PG_USER:-postgres}
# The local identity provider (docs/operations.md "Identity provider"): Keycloak from Maven Central
KEYCLOAK_VERSION=26.4.7             # must match deploy/local/keycloak/pom.xml
KEYCLOAK_PORT=$((8180 + PORT_OFFSET))
# Keycloak's management interface (health); its default 9000 would collide between copies
KEYCLOAK_MANAGEMENT_PORT=$((9180 + PORT_OFFSET))
KEYCLOAK_URL=http://127.0.0.1:$KEYCLOAK_PORT
KEYCLOAK_REALM=dti
KEYCLOAK_ISSUER=$KEYCLOAK_URL/realms/$KEYCLOAK_REALM
KEYCLOAK_JWKS_URL=$KEYCLOAK_ISSUER/protocol/openid-connect/certs
KEYCLOAK_TOKEN_URL=$KEYCLOAK_ISSUER/protocol/openid-connect/token
# The services verify the realm's tokens (issuer + JWKS). LocalJwt tokens (the demo loader, the token
# fallback) carry the same issuer and are signed with the key the realm imports as its signing key.
JWT_ISSUER=$KEYCLOAK_ISSUER
# The demo users of the realm (docs/portal.md, DESIGN §15), local suite only: officer-{code}
# (submitter, attribute unit) for every unit code the indicator-service seeds (its Flyway seed,
# read by seeded_unit_codes), and reviewer, committee, admin (in the realm template). The password
# of each is "demo-" + its user name: documented demo credentials, not secrets.
DEMO_PASSWORD_PREFIX=demo-
KEYCLOAK_HEAP=${DTI_KEYCLOAK_HEAP:--Xms64m -Xmx512m}
# Keycloak's own database (its realm, users, sessions) on the suite's PostgreSQL; H2 "dev-file"
# timed out opening its file on a loaded machine
KEYCLOAK_DB=dti_keycloak$DB_SUFFIX
# The JVM settings of each service (docs/operations.md, "JVM settings"; measured in
# docs/performance.md, "Memory"). The same strings are the JAVA_TOOL_OPTIONS of the Kubernetes
# Deployments (each service's pom.xml, k8s profile; deploy/k8s-check asserts they are equal).
# Bounded heap, metaspace, code cache and direct memory keep a replica under 300 MB RSS at full load;
# SerialGC suits <= 2 cores and heaps this small; -XX:+ExitOnOutOfMemoryError lets the supervisor
# restart a broken JVM rather than keep it limping.
declare -A SERVICE_JVM_OPTS=(
  [indicator-service]="-Xms64m -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -Xss512k -XX:+UseSerialGC -XX:CICompilerCount=2 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
  [ranking-service]="-Xms64m -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -Xss512k -XX:+UseSerialGC -XX:CICompilerCount=2 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
  [report-service]="-Xms64m -Xmx112m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -Xss512k -XX:+UseSerialGC -XX:CICompilerCount=2 -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
)
# DTI_JVM_DEFAULTS=1 starts the services with none of the settings above (the JVM's own defaults:
# G1, a quarter of the machine's memory as heap), to compare. DTI_SERVICE_JAVA_OPTS is appended to
# every service's options (a later flag wins), e.g. DTI_SERVICE_JAVA_OPTS="-Xmx256m".
JVM_DEFAULTS=${DTI_JVM_DEFAULTS:-0}
SERVICE_JAVA_OPTS=${DTI_SERVICE_JAVA_OPTS:-}
# glibc keeps up to 8 malloc arenas per core for a JVM's threads; 2 are enough for these services
# and save tens of MB of resident memory (the Kafka clients, Netty and the JIT all malloc).
SERVICE_MALLOC_ARENA_MAX=${DTI_MALLOC_ARENA_MAX:-2}

# service_java_opts MODULE -> the JVM options of MODULE (settings above, then DTI_SERVICE_JAVA_OPTS)
service_java_opts() {
  if [[ $JVM_DEFAULTS == 1 ]]; then
    printf '%s' "$SERVICE_JAVA_OPTS"
  else
    printf '%s %s' "${SERVICE_JVM_OPTS[$1]:?no JVM settings for $1}" "$SERVICE_JAVA_OPTS"
  fi
}
KAFKA_JAVA_OPTS=${DTI_KAFKA_JAVA_OPTS:--Xms256m -Xmx1g}
# ---------------------------------------------------------------------------------------------

LOCAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$LOCAL_DIR/../.." && pwd)
RUN_DIR=$LOCAL_DIR/.run
PID_DIR=$RUN_DIR/pids
LOG_DIR=$RUN_DIR/logs
JWT_DIR=$RUN_DIR/jwt
KAFKA_DIR=$RUN_DIR/kafka
KAFKA_CLASSPATH_FILE=$RUN_DIR/kafka.classpath
KAFKA_POM=$LOCAL_DIR/kafka/pom.xml
KEYCLOAK_POM=$LOCAL_DIR/keycloak/pom.xml
KEYCLOAK_REALM_TEMPLATE=$LOCAL_DIR/keycloak/dti-realm.json
KEYCLOAK_HOME=$RUN_DIR/keycloak-dist/keycloak-$KEYCLOAK_VERSION
# generated on first start, never committed: the dti-portal client secret, the admin console password
KEYCLOAK_SECRETS=$RUN_DIR/keycloak/secrets.env
# the units the indicator-service seeds (63 provinces until 2025-06-30, 34 units from 2025-07-01)
UNIT_SEED_SQL=$REPO_DIR/indicator-service/src/main/resources/db/migration/V2__seed_provinces.sql
# The repository's one token minter (JDK only), compiled into .run/ on first use
LOCAL_JWT_SOURCE=$REPO_DIR/deploy/test-support/src/main/java/vn/dti/testing/jwt/LocalJwt.java
LOCAL_JWT_CLASSES=$RUN_DIR/local-jwt

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA=$JAVA_HOME/bin/java
else
  JAVA=java
fi

info() { printf '%s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# java_feature_version -> e.g. 17 (empty when java is missing or unreadable)
java_feature_version() {
  "$JAVA" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//; s/\..*//' | head -n 1
}

# ----- pid files -----------------------------------------------------------------------------
# Each process up.sh starts has .run/pids/NAME.pid; "ours" means: alive and its command line
# still is the one we started (a recycled pid is not ours).
pid_marker() {
  case $1 in
    kafka) printf '%s' 'kafka.Kafka' ;;
    # kc.sh, and the java it execs after a re-augmentation, both name the distribution's folder
    keycloak) printf '%s' "$KEYCLOAK_HOME" ;;
    *) printf '%s' "$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}

# our_pid NAME -> prints the pid and returns 0 if NAME is running as started by up.sh
our_pid() {
  local file=$PID_DIR/$1.pid pid args
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r /proc/$pid/cmdline ]]; then
    args=$(tr '\0' ' ' <"/proc/$pid/cmdline") || return 1
  else
    args=$(ps -ww -p "$pid" -o args= 2>/dev/null) || return 1
  fi
  [[ $args == *"$(pid_marker "$1")"* ]] || return 1
  printf '%s\n' "$pid"
}

# port_open PORT -> 0 if something accepts connections on 127.0.0.1:PORT
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# who_listens PORT -> a best-effort description of the listener, for error messages
who_listens() {
  if have ss; then
    ss -ltnpH "sport = :$1" 2>/dev/null | sed 's/^/    /'
  elif have lsof; then
    lsof -nP -iTCP:"$1" -sTCP:LISTEN 2>/dev/null | sed 's/^/    /'
  fi
}

# stop_pid NAME [TIMEOUT_SECONDS]: SIGTERM, wait, then SIGKILL; removes the pid file
stop_pid() {
  local name=$1 timeout=${2:-20} pid i
  if ! pid=$(our_pid "$name"); then
    [[ -f $PID_DIR/$name.pid ]] && info "  $name: not running (removing stale pid file)"
    rm -f "$PID_DIR/$name.pid"
    return 0
  fi
  printf '  %s: stopping pid %s ' "$name" "$pid" >&2
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
    ((i % 2 == 0)) && printf '.' >&2
  done
  if kill -0 "$pid" 2>/dev/null; then
    printf ' still alive after %ss, SIGKILL' "$timeout" >&2
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  printf ' stopped\n' >&2
  rm -f "$PID_DIR/$name.pid"
}

# ----- Kafka ---------------------------------------------------------------------------------
# kafka_classpath -> prints the classpath of Kafka 4.1.2 (broker + tools), resolving it with the
# Maven wrapper into .run/kafka.classpath the first time (and whenever kafka/pom.xml changes).
kafka_classpath() {
  local cp="" jar stale=0
  if [[ -s $KAFKA_CLASSPATH_FILE && ! $KAFKA_POM -nt $KAFKA_CLASSPATH_FILE ]]; then
    cp=$(<"$KAFKA_CLASSPATH_FILE")
    local IFS=:
    for jar in $cp; do [[ -f $jar ]] || { stale=1; break; }; done
  else
    stale=1
  fi
  if ((stale)); then
    info "  resolving the Apache Kafka $KAFKA_VERSION jars from Maven Central (first time only) ..."
    mkdir -p "$RUN_DIR"
    (cd "$REPO_DIR" && ./mvnw -q -B -f "$KAFKA_POM" dependency:build-classpath \
        -Dmdep.outputFile="$KAFKA_CLASSPATH_FILE.tmp" >&2) \
      || die "could not resolve the Kafka classpath (./mvnw -f deploy/local/kafka/pom.xml dependency:build-classpath)"
    mv "$KAFKA_CLASSPATH_FILE.tmp" "$KAFKA_CLASSPATH_FILE"
    cp=$(<"$KAFKA_CLASSPATH_FILE")
  fi
  printf '%s\n' "$cp"
}

# kafka_tool_cmd CLASS ARGS... : sets KAFKA_TOOL_CMD to the command line running one of Kafka's
# own command-line tools on the cached classpath; adds --bootstrap-server unless given.
kafka_tool_cmd() {
  local class=$1; shift
  local cp arg has_bootstrap=0
  cp=$(kafka_classpath) || exit 1
  for arg in "$@"; do
    [[ $arg == --bootstrap-server || $arg == --bootstrap-server=* ]] && has_bootstrap=1
  done
  KAFKA_TOOL_CMD=("$JAVA" -Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
    "-Dlog4j2.configurationFile=$LOCAL_DIR/kafka/log4j2-tools.properties"
    -cp "$cp" "$class")
  ((has_bootstrap)) || KAFKA_TOOL_CMD+=(--bootstrap-server "$KAFKA_BOOTSTRAP")
  KAFKA_TOOL_CMD+=("$@")
}

# ----- JWT keys and tokens (docs/contract.md §3) -------------------------------------------------
# local_jwt ARGS...: runs LocalJwt (keygen DIR | token PRIVATE_KEY_PEM ISSUER ROLE [UNIT]). It is
# compiled once into .run/local-jwt/ (again when the source changes): a token then takes one JVM
# start, not a compilation. Without javac, the java launcher runs the source file as it is.
local_jwt() {
  local package=vn/dti/testing/jwt tmp
  local class=$LOCAL_JWT_CLASSES/$package/LocalJwt.class
  if [[ ! -f $class || $LOCAL_JWT_SOURCE -nt $class ]] && have "${JAVA%java}javac"; then
    mkdir -p "$LOCAL_JWT_CLASSES/$package"
    tmp=$(mktemp -d "$RUN_DIR/.local-jwt.XXXXXX")
    # compiled aside, then renamed into place: a token minted meanwhile never sees half a class file
    "${JAVA%java}javac" -nowarn -d "$tmp" "$LOCAL_JWT_SOURCE" && mv -f "$tmp/$package"/*.class "$LOCAL_JWT_CLASSES/$package/"
    rm -rf "$tmp"
  fi
  if [[ -f $class && ! $LOCAL_JWT_SOURCE -nt $class ]]; then
    "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$LOCAL_JWT_CLASSES" vn.dti.testing.jwt.LocalJwt "$@"
  else
    "$JAVA" "$LOCAL_JWT_SOURCE" "$@"
  fi
}

# ensure_jwt_keys: creates .run/jwt/privateKey.pem (PKCS#8) and publicKey.pem (X.509 SPKI),
# RSA 2048, unless they exist.
ensure_jwt_keys() {
  [[ -s $JWT_DIR/privateKey.pem && -s $JWT_DIR/publicKey.pem ]] && return 0
  local tmp
  mkdir -p "$JWT_DIR"
  tmp=$(mktemp -d "$JWT_DIR/.new.XXXXXX")
  (umask 077 && local_jwt keygen "$tmp") || { rm -rf "$tmp"; die "could not generate the JWT key pair in $JWT_DIR"; }
  chmod 644 "$tmp/publicKey.pem"
  # another process may have won the race; keep whichever pair is complete
  if [[ -s $JWT_DIR/privateKey.pem && -s $JWT_DIR/publicKey.pem ]]; then
    rm -rf "$tmp"
  else
    mv "$tmp/privateKey.pem" "$JWT_DIR/privateKey.pem"
    mv "$tmp/publicKey.pem" "$JWT_DIR/publicKey.pem"
    rmdir "$tmp"
    info "  generated the local JWT signing key pair in ${JWT_DIR#"$REPO_DIR"/}/"
  fi
}

# ----- Keycloak ------------------------------------------------------------------------------
# keycloak_dist: unpacks org.keycloak:keycloak-quarkus-dist into .run/keycloak-dist/ with the Maven
# wrapper (first time only, ~170 MB).
keycloak_dist() {
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] && return 0
  info "  unpacking Keycloak $KEYCLOAK_VERSION from Maven Central (first time only) ..."
  (cd "$REPO_DIR" && ./mvnw -q -B -f "$KEYCLOAK_POM" dependency:unpack -Dkeycloak.dir="$RUN_DIR/keycloak-dist" >&2) \
    || die "could not unpack Keycloak (./mvnw -f deploy/local/keycloak/pom.xml dependency:unpack)"
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] || die "no $KEYCLOAK_HOME/bin/kc.sh after unpacking"
}

# seeded_unit_codes -> the distinct unit codes of the indicator-service's seed, one a line, sorted
seeded_unit_codes() {
  [[ -f $UNIT_SEED_SQL ]] || die "no unit seed at $UNIT_SEED_SQL"
  sed -n "s/^('\([A-Za-z0-9._-]*\)',.*/\1/p" "$UNIT_SEED_SQL" | sort -u
}

# demo_password USER -> the demo user's password (DESIGN §15)
demo_password() { printf '%s%s' "$DEMO_PASSWORD_PREFIX" "$1"; }

# ensure_keycloak_secrets: writes .run/keycloak/secrets.env (mode 600) with the real secrets of the
# local realm, the dti-portal client secret and Keycloak's bootstrap admin password, unless it exists.
ensure_keycloak_secrets() {
  [[ -s $KEYCLOAK_SECRETS ]] && return 0
  local tmp
  random_secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20; }
  mkdir -p "$(dirname "$KEYCLOAK_SECRETS")"
  tmp=$(mktemp "$KEYCLOAK_SECRETS.XXXXXX")
  {
    printf '# Generated by deploy/local/up.sh on %s; never commit. Delete it with the Keycloak data (down.sh --purge).\n' "$(date -u +%FT%TZ)"
    printf 'PORTAL_CLIENT_SECRET=%s\n' "$(random_secret)"
    printf 'KEYCLOAK_ADMIN_PASSWORD=%s\n' "$(random_secret)"
  } >"$tmp"
  chmod 600 "$tmp"
  mv "$tmp" "$KEYCLOAK_SECRETS"
  info "  generated the dti-portal client secret and the admin console password in ${KEYCLOAK_SECRETS#"$REPO_DIR"/}"
}

# keycloak_secret NAME -> one value of secrets.env (empty if absent)
keycloak_secret() {
  [[ -f $KEYCLOAK_SECRETS ]] || return 0
  sed -n "s/^$1=//p" "$KEYCLOAK_SECRETS" | head -n 1
}

# officer_users_json -> the realm's users officer-{code} (submitter, attribute unit, password
# demo-officer-{code}) for every seeded unit code, as JSON objects each followed by a comma; the
# same users KeycloakServer.withOfficers adds in the tests (KeycloakServerTest checks the rule).
officer_users_json() {
  local code
  for code in $(seeded_unit_codes); do
    printf '{"username":"officer-%s","enabled":true,"emailVerified":true,"email":"officer-%s@dti.example",' "$code" "$code"
    printf '"firstName":"Officer","lastName":"Unit %s","realmRoles":["submitter"],' "$code"
    printf '"credentials":[{"type":"password","value":"%s","temporary":false}],' "$(demo_password "officer-$code")"
    printf '"attributes":{"unit":["%s"]}},\n' "$code"
  done
}

# write_realm_import FILE: the realm template with the officers of the seeded units, the portal
# URL, its client secret and the local signing key (.run/jwt/privateKey.pem) filled in, mode 600.
write_realm_import() {
  local out=$1 realm key officers
  realm=$(<"$KEYCLOAK_REALM_TEMPLATE")
  # PEM lines joined with JSON's \n; base64 holds no character JSON or the replacement would mind
  key=$(awk '{printf "%s\\n", $0}' "$JWT_DIR/privateKey.pem")
  officers=$(officer_users_json)
  shopt -u patsub_replacement 2>/dev/null || true
  [[ $realm == *'"users": ['* ]] || die "the realm template has no \"users\": [ to add the officers to"
  realm=${realm/'"users": ['/'"users": ['$'\n'"$officers"}
  realm=${realm//@@SIGNING_PRIVATE_KEY_PEM@@/$key}
  realm=${realm//@@PORTAL_URL@@/$REPORT_URL}
  realm=${realm//@@PORTAL_CLIENT_SECRET@@/$(keycloak_secret PORTAL_CLIENT_SECRET)}
  [[ $realm != *@@* ]] || die "the realm template has a placeholder up.sh does not fill: $(grep -o '@@[A-Z_0-9]*@@' <<<"$realm" | head -n 1)"
  mkdir -p "$(dirname "$out")"
  (umask 077 && printf '%s\n' "$realm" >"$out")
}

# ----- PostgreSQL ----------------------------------------------------------------------------
pg() {
  PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"
}
