#!/usr/bin/env bash
# Loads the demo into the running local suite (run by up.sh; safe to run again by hand):
# three rounds of submissions on the default DTI framework, posted through the public API with
# each unit's own token: 2023 and 2024 on the 63 provinces, 2025 on the 34 units of 2025-07-01 (a
# few late, a few incomplete, two provinces not reporting for 2024, one unit for 2025); then waits
# for the standings and makes committee briefs of 2024 against 2023 and of 2025 against 2024 (2024
# restated on the 34 units) in Vietnamese and English, saved under .run/briefs/ (HTML, PDF, Markdown).
# Then the official results: releases of 2023 and 2024, two disputes on 2024 (one upheld, corrected by
# an admin after the round closed, one rejected), 2024 revision 2 and its brief with a share link.
# Idempotent, decided from what the API answers: nothing is made twice, an interrupted run finishes.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

jar=$REPO_DIR/deploy/load-generator/target/load-generator.jar
# -am: the loader signs its tokens with LocalJwt of deploy/test-support, a module of this build
if [[ ! -f $jar ]] || [[ -n $(find "$REPO_DIR/deploy/load-generator/src" "$REPO_DIR/deploy/load-generator/pom.xml" \
    "$LOCAL_JWT_SOURCE" -newer "$jar" -print -quit) ]]; then
  info "  building the demo loader (deploy/load-generator) ..."
  (cd "$REPO_DIR" && ./mvnw -B -q -DskipTests package -pl deploy/load-generator -am >"$LOG_DIR/build-load-generator.log" 2>&1) \
    || { tail -n 40 "$LOG_DIR/build-load-generator.log" >&2; die "building deploy/load-generator failed"; }
fi
ensure_jwt_keys
mkdir -p "$RUN_DIR/briefs"
cd "$REPO_DIR"
"$JAVA" -jar "$jar" demo --indicator-url "$INDICATOR_URL" --ranking-url "$RANKING_URL" --report-url "$REPORT_URL" \
  --kafka "$KAFKA_BOOTSTRAP" --private-key "$JWT_DIR/privateKey.pem" --issuer "$JWT_ISSUER" --out "$RUN_DIR/briefs" "$@"
