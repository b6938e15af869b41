#!/usr/bin/env bash
# Stops what deploy/local/up.sh started, by its pid files in .run/pids/: the services first, then
# Keycloak and Kafka (SIGTERM, then SIGKILL after 20 s). Nothing else is touched. Data is kept unless asked.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

databases=""
for line in "${SERVICES[@]}"; do read -r _ _ db <<<"$line"; databases+="$db "; done

usage() {
  printf '%s\n' \
    "usage: deploy/local/down.sh [--purge] [--purge-db]" \
    "" \
    "  --purge     also delete the Kafka data (.run/kafka: topics, offsets, cluster id) and Keycloak's" \
    "              (its database: the realm and its users; .run/keycloak/secrets.env: the generated secrets)" \
    "  --purge-db  also drop the databases of the suite (${databases% } $KEYCLOAK_DB) and the saved demo briefs"
}

PURGE=0
PURGE_DB=0
for arg in "$@"; do
  case $arg in
    --purge) PURGE=1 ;;
    --purge-db) PURGE_DB=1 ;;
    -h | --help) usage; exit 0 ;;
    *) printf 'down.sh: unknown option %s\n\n' "$arg" >&2; usage >&2; exit 2 ;;
  esac
done

info "Stopping the DTI Suite"
# The services in reverse list order (consumers before the producer), plus any other service
# pid file (a service removed from the list since up.sh ran); then Keycloak; Kafka last.
names=()
for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
  read -r module _ _ <<<"${SERVICES[i]}"
  names+=("$module")
done
if [[ -d $PID_DIR ]]; then
  for file in "$PID_DIR"/*.pid; do
    [[ -e $file ]] || continue
    name=$(basename "$file" .pid)
    [[ $name == kafka || $name == keycloak || " ${names[*]} " == *" $name "* ]] || names+=("$name")
  done
fi
stopped_any=0
for name in "${names[@]}" keycloak kafka; do
  if [[ -f $PID_DIR/$name.pid ]]; then
    stop_pid "$name" 20
    stopped_any=1
  fi
done
((stopped_any)) || info "  nothing was running"

if ((PURGE)); then
  rm -rf "$KAFKA_DIR"
  info "  deleted the Kafka data (${KAFKA_DIR#"$REPO_DIR"/})"
  # the realm and the passwords go together: a new realm is imported with new passwords
  have psql || die "--purge needs psql (Keycloak's database $KEYCLOAK_DB)"
  pg -c "drop database if exists \"$KEYCLOAK_DB\"" || die "could not drop database $KEYCLOAK_DB (is Keycloak still running?)"
  rm -rf "$KEYCLOAK_HOME/data" "$(dirname "$KEYCLOAK_SECRETS")"
  info "  dropped Keycloak's database $KEYCLOAK_DB and deleted its generated secrets (${KEYCLOAK_SECRETS#"$REPO_DIR"/})"
fi
if ((PURGE_DB)); then
  have psql || die "--purge-db needs psql"
  # Keycloak's too: the next up.sh imports the realm again, with the passwords of secrets.env
  for line in "${SERVICES[@]}" "keycloak - $KEYCLOAK_DB"; do
    read -r _ _ db <<<"$line"
    pg -c "drop database if exists \"$db\"" || die "could not drop database $db (is something else connected to it?)"
    info "  dropped database $db"
  done
  # the saved demo briefs belonged to the dropped data
  rm -rf "$RUN_DIR/briefs"
fi
