#!/usr/bin/env bash
# Makes the local suite's report-service render PDFs concurrently, for the memory figures of
# docs/performance.md ("Memory"). The PDF of a brief is cached (dti.briefs.pdf-cache-memory, 8 MB,
# about 14 of these briefs, least recently read dropped first), so reading the same brief again measures the cache,
# not the renderer. This script therefore creates BRIEFS draft briefs (default 40, more than the
# cache holds) and has CLIENTS parallel readers walk all of them in turn: with more briefs than the
# cache holds, read round-robin, every read is a miss and renders a PDF.
#
#   deploy/local/pdf-load.sh [--clients 8] [--briefs 40] [--seconds 60] [--framework DTI-PROVINCE]
#                            [--period 2024] [--compare-period 2023]
#
# Needs the demo data (up.sh runs demo.sh). Uses the same DTI_LOCAL_PORT_OFFSET as up.sh. Prints
# the number of PDFs read, the HTTP statuses and the latency percentiles.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

clients=8 briefs=40 seconds=60 framework=DTI-PROVINCE period=2024 compare=2023
while (($#)); do
  case $1 in
    --clients) clients=$2; shift 2 ;;
    --briefs) briefs=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --framework) framework=$2; shift 2 ;;
    --period) period=$2; shift 2 ;;
    --compare-period) compare=$2; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "pdf-load: unknown option $1" ;;
  esac
done
for n in "$clients" "$briefs" "$seconds"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "pdf-load: $n is not a positive number"; done

token=$("$LOCAL_DIR/token" committee)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

info "creating $briefs briefs of $framework $period (vs $compare) at $REPORT_URL ..."
for ((i = 1; i <= briefs; i++)); do
  lang=vi; ((i % 2)) && lang=en
  body=$(printf '{"title":"Memory probe %d","meetingDate":"2025-04-10","frameworkCode":"%s","period":"%s","comparePeriod":"%s","language":"%s"}' \
    "$i" "$framework" "$period" "$compare" "$lang")
  location=$(curl -sS -o /dev/null -D - -X POST "$REPORT_URL/api/v1/briefs" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data "$body" \
    | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
  [[ -n $location ]] || die "pdf-load: POST /api/v1/briefs did not create a brief (is the demo loaded?)"
  echo "${location##*/}" >>"$work/ids"
done
mapfile -t ids <"$work/ids"

info "$clients clients reading PDFs round-robin for ${seconds}s ..."
reader() {
  local c=$1 end=$((SECONDS + seconds)) k=$1 id
  while ((SECONDS < end)); do
    id=${ids[$((k % ${#ids[@]}))]}
    k=$((k + clients))
    curl -sS -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' --max-time 120 \
      -H "Authorization: Bearer $token" "$REPORT_URL/api/v1/briefs/$id/pdf" >>"$work/reader-$c" || echo "000 0 0" >>"$work/reader-$c"
  done
}
for ((c = 0; c < clients; c++)); do reader "$c" & done
wait
cat "$work"/reader-* | sort -k2,2n | awk -v secs="$seconds" '
  { code[$1]++; t[NR] = $2; bytes += $3 }
  END {
    printf "PDFs read: %d in %ds (%.2f/s), mean size %.0f KiB; statuses:", NR, secs, NR / secs, bytes / NR / 1024
    for (c in code) printf " %s=%d", c, code[c]
    printf "\nlatency s: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", t[int(NR * 0.5) + 1], t[int(NR * 0.9) + 1], t[int(NR * 0.99) + 1], t[NR]
  }'
