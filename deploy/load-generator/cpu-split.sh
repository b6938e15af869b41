#!/usr/bin/env bash
# CPU seconds each part of the local suite used over an interval (from /proc/<pid>/stat: user + system),
# grouped as: the three services' JVMs, their PostgreSQL backends (by database), Kafka, Keycloak and
# the rest. Run it beside a load (measure.sh, wrk) and divide by the submissions accepted meanwhile
# to get the CPU a submission costs in each part (docs/performance.md, "Where a submission's CPU goes").
#   deploy/load-generator/cpu-split.sh [SECONDS=20]
set -euo pipefail
seconds=${1:-20}
hz=$(getconf CLK_TCK)
snap() {
  for p in /proc/[0-9]*; do
    s=$(cat "$p/stat" 2>/dev/null) || continue
    read -r -a f <<<"${s##*) }"
    # fields after the command: state is f[0], utime f[11], stime f[12]
    printf '%s %s %s\n' "${p#/proc/}" $((f[11] + f[12])) "$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null | cut -c1-20000)"
  done | sort -k1,1
}
a=$(mktemp) b=$(mktemp); trap 'rm -f "$a" "$b"' EXIT
snap >"$a"; sleep "$seconds"; snap >"$b"
join <(cut -d' ' -f1,2 "$a") "$b" | awk -v hz="$hz" -v secs="$seconds" -v cores="$(nproc)" '
  { d = ($3 - $2) / hz; if (d <= 0) next; line = $0
    if (line ~ /indicator-service\/target/) k = "indicator-service JVM"
    else if (line ~ /ranking-service\/target/) k = "ranking-service JVM"
    else if (line ~ /report-service\/target/) k = "report-service JVM"
    else if (line ~ /postgres: .* dti_indicator/) k = "PostgreSQL, dti_indicator"
    else if (line ~ /postgres: .* dti_ranking/) k = "PostgreSQL, dti_ranking"
    else if (line ~ /postgres: .* dti_report/) k = "PostgreSQL, dti_report"
    else if (line ~ /postgres/) k = "PostgreSQL, other"
    else if (line ~ /kafka\.Kafka/) k = "Kafka broker"
    else if (line ~ /keycloak|kc\.config/) k = "Keycloak"
    else k = "other: " substr($4, 1, 40)
    cpu[k] += d; total += d }
  END { for (k in cpu) printf "%8.2f s  %s\n", cpu[k], k; printf "%8.2f s  total of %d s x %d cores\n", total, secs, cores }' | sort -rn
